import { WarningOutlined } from '@ant-design/icons';
import type { WhatIf } from '@huahe/contracts';
import { Alert, Button, Card, Collapse, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../components/LazyChart';
import { useNarrow } from '../../components/useNarrow';
import { FenMoney, Money } from './Money';
import { sumFen } from './money';
import { whatIfHeight, whatIfOption } from './whatIfChart';

type Method = WhatIf['methods'][number];
type Party = WhatIf['parties'][number];

/** Data attributes for a table cell (tests find the method's column by them). */
const cellAttrs = (name: string, value: string) => ({ [name]: value });

/** The comparison: what could not be computed, the chart, the table and each method's basis. */
export function Comparison(props: { whatIf: WhatIf; onEnterScores?: () => void }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const w = props.whatIf;
  const methods = useMemo(() => w.methods.filter((m) => m.applicable), [w]);
  const missing = w.methods.filter((m) => !m.applicable);
  const option = useMemo(
    () => whatIfOption(w, methods, { axis: t('whatIf.axis'), yuan: t('distributions.yuan') }, narrow),
    [w, methods, narrow, t],
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {w.notes.map((n, i) => (
        <Alert key={i} type="info" showIcon title={n} />
      ))}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="whatif-missing"
          title={t('whatIf.notComputed')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {missing.map((m) => (
                <li key={m.method}>
                  <Typography.Text strong>{m.label}</Typography.Text>
                  {m.isAgreementMethod && (
                    <Tag color="blue" style={{ marginInlineStart: 6 }}>
                      {t('whatIf.current')}
                    </Tag>
                  )}
                  {t('whatIf.because')}
                  {m.reason}
                  {m.method === 'improved-shapley' && props.onEnterScores && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => {
                        props.onEnterScores?.();
                        window.scrollTo({ top: 0, behavior: 'smooth' });
                      }}
                      data-testid="whatif-enter-scores"
                    >
                      {t('whatIf.enterScores')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Card
        title={t('whatIf.chartTitle')}
        extra={
          <Typography.Text type="secondary">
            {t('whatIf.amount')} <Money value={w.amount} strong testId="whatif-result-amount" />
          </Typography.Text>
        }
        size="small"
      >
        {methods.length === 0 ? (
          <Alert type="warning" title={t('whatIf.noneApplicable')} />
        ) : (
          <LazyChart
            option={option}
            testId="whatif-chart"
            label={t('whatIf.chartTitle')}
            height={whatIfHeight(w.parties.length, methods.length)}
          />
        )}
      </Card>
      <Card title={t('whatIf.tableTitle')} size="small">
        <ComparisonTable whatIf={w} methods={methods} />
      </Card>
      <Card title={t('whatIf.bases')} size="small">
        <Collapse
          size="small"
          items={methods.map((m) => ({
            key: m.method,
            label: (
              <span>
                {m.label}
                {m.isAgreementMethod && (
                  <Tag color="blue" style={{ marginInlineStart: 6 }}>
                    {t('whatIf.current')}
                  </Tag>
                )}
                {m.warnings.length > 0 && (
                  <WarningOutlined style={{ color: '#faad14', marginInlineStart: 6 }} />
                )}
              </span>
            ),
            children: (
              <>
                <Typography.Paragraph style={{ fontSize: 13 }}>{m.basis}</Typography.Paragraph>
                {m.warnings.map((x, i) => (
                  <Alert key={i} type="warning" showIcon title={x} style={{ marginBottom: 4 }} />
                ))}
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

function ComparisonTable(props: { whatIf: WhatIf; methods: Method[] }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { whatIf: w, methods } = props;
  const cell = (m: Method, p: Party) => m.members.find((x) => x.organisationId === p.id);
  const hasReward = methods.some((m) => m.members.some((x) => x.inventorReward));
  return (
    <Table<Party>
      rowKey="id"
      size="small"
      data-testid="whatif-table"
      dataSource={w.parties}
      pagination={false}
      scroll={{ x: 250 + methods.length * 130 }}
      expandable={{
        expandedRowRender: (p) => (
          <div data-testid="whatif-explanations">
            {methods.map((m) => {
              const x = cell(m, p);
              return (
                <div key={m.method} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{t('whatIf.labelled', { label: m.label })}</Typography.Text>
                  <Typography.Text style={{ fontSize: 13 }}>{x?.explanation ?? '-'}</Typography.Text>
                  {x?.inventorReward && (
                    <div style={{ fontSize: 13, color: '#722ed1' }}>
                      {t('whatIf.rewardLine', { amount: x.inventorReward })}
                    </div>
                  )}
                  {x?.warnings.map((wn, i) => (
                    <div key={i} style={{ fontSize: 13, color: '#d46b08' }}>
                      <WarningOutlined /> {wn}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        ),
      }}
      columns={[
        {
          title: t('distributions.party'),
          dataIndex: 'name',
          width: narrow ? 120 : 200,
          fixed: narrow ? undefined : 'left',
          ellipsis: { showTitle: true },
        },
        ...methods.map((m) => ({
          title: (
            <span>
              {m.label}
              {m.isAgreementMethod && (
                <Tag color="blue" style={{ marginInlineStart: 4 }}>
                  {t('whatIf.current')}
                </Tag>
              )}
            </span>
          ),
          key: m.method,
          width: 130,
          align: 'right' as const,
          onCell: () => cellAttrs('data-method', m.method),
          render: (_: unknown, p: Party) => {
            const x = cell(m, p);
            if (!x) return '-';
            const warn = x.warnings.length > 0;
            return (
              <div>
                <Money value={x.amount} testId="whatif-amount" />
                {warn && (
                  <Tooltip title={x.warnings.join('；')}>
                    <WarningOutlined
                      style={{ color: '#fa8c16', marginInlineStart: 4 }}
                      aria-label={t('whatIf.warning')}
                      data-testid="whatif-warning"
                    />
                  </Tooltip>
                )}
                {hasReward && x.inventorReward && (
                  <div style={{ fontSize: 12, color: '#722ed1' }}>
                    {t('whatIf.reward')} <Money value={x.inventorReward} />
                  </div>
                )}
              </div>
            );
          },
        })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t('deals.total')}</Typography.Text>
          </Table.Summary.Cell>
          {methods.map((m, i) => (
            <Table.Summary.Cell key={m.method} index={i + 2} align="right">
              <FenMoney fen={sumFen(m.members.map((x) => x.amount))} strong />
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
