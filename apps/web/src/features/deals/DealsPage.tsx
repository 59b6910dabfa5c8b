import { PlusOutlined } from '@ant-design/icons';
import type { DealSummary } from '@huahe/contracts';
import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { useConsortium } from '../consortia/api';
import { FenMoney, Money } from '../distributions/Money';
import { sumFen } from '../distributions/money';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { useDeals } from './api';
import { DealModal } from './DealModal';
import { DealKindTag, DealStatusTag } from './labels';

/** /consortia/:id/deals */
export function DealsPage() {
  const { id = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="deals" key={id}>
      <DealList consortiumId={id} />
    </ConsortiumSection>
  );
}

/** Transfers, licences, equity and self-implementation deals, with what each brought in. */
function DealList(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const consortium = useConsortium(props.consortiumId).data;
  const q = useDeals(props.consortiumId);
  const [creating, setCreating] = useState(false);
  const rows = q.data ?? [];
  return (
    <Card
      title={t('deals.title')}
      extra={
        consortium?.canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="deal-create"
          >
            {t('deals.create')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('deals.intro')}</Typography.Paragraph>
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<DealSummary>
          rowKey="id"
          size="middle"
          data-testid="deals-table"
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('deals.none') }}
          columns={[
            {
              title: t('deals.titleLabel'),
              key: 'title',
              fixed: narrow ? undefined : 'left',
              width: narrow ? 200 : 280,
              render: (_, d) => <Link to={`/consortia/${props.consortiumId}/deals/${d.id}`}>{d.title}</Link>,
            },
            {
              title: t('deals.kind'),
              dataIndex: 'kind',
              width: 110,
              render: (_, d) => <DealKindTag kind={d.kind} />,
            },
            { title: t('deals.counterparty'), dataIndex: 'counterparty', width: 240, ellipsis: true },
            {
              title: t('deals.contractValue'),
              dataIndex: 'contractValue',
              width: 140,
              align: 'right',
              render: (v: string | null) => <Money value={v} />,
            },
            { title: t('deals.signedOn'), dataIndex: 'signedOn', width: 110, render: formatDate },
            {
              title: t('deals.received'),
              dataIndex: 'received',
              width: 140,
              align: 'right',
              render: (v: string) => <Money value={v} />,
            },
            {
              title: t('deals.netIncome'),
              dataIndex: 'netIncome',
              width: 140,
              align: 'right',
              render: (v: string) => <Money value={v} strong />,
            },
            {
              title: t('deals.status'),
              dataIndex: 'status',
              width: 90,
              render: (_, d) => <DealStatusTag status={d.status} />,
            },
          ]}
          summary={() =>
            rows.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={5}>
                  <Typography.Text strong>{t('deals.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <FenMoney fen={sumFen(rows.map((r) => r.received))} />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  <FenMoney fen={sumFen(rows.map((r) => r.netIncome))} strong />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} />
              </Table.Summary.Row>
            ) : null
          }
        />
      </PageState>
      {creating && (
        <DealModal
          consortiumId={props.consortiumId}
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate(`/consortia/${props.consortiumId}/deals/${id}`)}
        />
      )}
    </Card>
  );
}
