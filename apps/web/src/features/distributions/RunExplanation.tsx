import type { DistributionRun } from '@huahe/contracts';
import { Alert, Card, Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** How a run was computed: the method and its basis, each party's line, and the warnings. */
export function RunExplanation(props: { run: DistributionRun }) {
  const { t } = useTranslation();
  const r = props.run;
  return (
    <Card title={t('distributions.howComputed')} size="small">
      {r.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('distributions.warnings', { count: r.warnings.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 160, overflow: 'auto' }}>
              {r.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      {r.explanation[0] && <Typography.Paragraph>{r.explanation[0]}</Typography.Paragraph>}
      {r.explanation.length > 1 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'lines',
              label: t('distributions.perParty', { count: r.explanation.length - 1 }),
              children: (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {r.explanation.slice(1).map((l, i) => (
                    <li key={i} style={{ marginBottom: 4, fontSize: 13 }}>
                      {l}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
