import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { formatInstant } from '../../components/format';
import { DealKindTag } from '../deals/labels';
import { useRuns, type RunSummary } from './api';
import { RunStatusTag } from './labels';
import { Money } from './Money';

/** /consortia/:id/distributions */
export function RunsPage() {
  const { id = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="distributions" key={id}>
      <RunList consortiumId={id} />
    </ConsortiumSection>
  );
}

/** Every distribution run and reversal of the consortium, newest first. */
function RunList(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const q = useRuns(props.consortiumId);
  return (
    <Card title={t('distributions.title')}>
      <Typography.Paragraph type="secondary">{t('distributions.intro')}</Typography.Paragraph>
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<RunSummary>
          rowKey="id"
          size="middle"
          data-testid="runs-table"
          dataSource={q.data}
          pagination={(q.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('distributions.none') }}
          columns={[
            {
              title: t('distributions.postedAt'),
              dataIndex: 'createdAt',
              width: 150,
              fixed: narrow ? undefined : 'left',
              render: (v: string, r) => (
                <Link to={`/consortia/${props.consortiumId}/distributions/${r.id}`}>{formatInstant(v)}</Link>
              ),
            },
            {
              title: t('distributions.deal'),
              key: 'deal',
              width: 280,
              render: (_, r) => (
                <span>
                  <DealKindTag kind={r.deal.kind} />
                  <Link to={`/consortia/${props.consortiumId}/deals/${r.deal.id}`}>{r.deal.title}</Link>
                </span>
              ),
            },
            {
              title: t('distributions.method'),
              key: 'method',
              width: 220,
              render: (_, r) => (
                <span>
                  {r.methodLabel}
                  {r.clause && (
                    <Typography.Text type="secondary">
                      {t('distributions.clauseParen', { clause: lang === 'en' ? r.clause.en : r.clause.zh })}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            {
              title: t('deals.netIncome'),
              dataIndex: 'netIncome',
              width: 140,
              align: 'right',
              render: (v: string) => <Money value={v} strong />,
            },
            {
              title: t('distributions.status'),
              dataIndex: 'status',
              width: 100,
              render: (_, r) => <RunStatusTag status={r.status} />,
            },
          ]}
        />
      </PageState>
    </Card>
  );
}
