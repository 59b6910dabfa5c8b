import { Button, Popover, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLang } from '../../../app/i18n';
import { useAgreementText } from '../api';
import { pick } from '../labels';

/** The clause a reason cites (第七条第三款); opening it shows the clause's text from the version that decided. */
export function ClauseTag(props: {
  agreementId: string;
  versionId: string;
  clauseKey: string;
  clauseRef: { zh: string; en: string };
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [, setParams] = useSearchParams();
  const q = useAgreementText(open ? props.agreementId : '', lang, props.versionId);
  const clause = q.data?.articles.flatMap((a) => a.clauses).find((c) => c.key === props.clauseKey);
  const article = q.data?.articles.find(
    (a) => a.key === props.clauseKey || a.clauses.some((c) => c.key === props.clauseKey),
  );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={pick(props.clauseRef, lang)}
      content={
        <div style={{ maxWidth: 420 }}>
          {q.isLoading ? (
            <Spin size="small" />
          ) : clause ? (
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{clause.text}</Typography.Paragraph>
              {clause.items.map((it, i) => (
                <div key={i} style={{ paddingLeft: 16 }}>
                  {it.label} {it.text}
                </div>
              ))}
            </>
          ) : (
            <Typography.Text type="secondary">{article?.heading ?? '-'}</Typography.Text>
          )}
          <div>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() =>
                setParams({ tab: 'text', version: props.versionId, clause: clause?.key ?? props.clauseKey })
              }
            >
              {t('agreements.motions.inText')}
            </Button>
          </div>
        </div>
      }
    >
      <Tag color="blue" style={{ cursor: 'pointer' }} data-testid="clause-ref">
        {pick(props.clauseRef, lang)}
      </Tag>
    </Popover>
  );
}
