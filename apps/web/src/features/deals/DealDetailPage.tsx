import { PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Deal, RevenueEvent } from '@huahe/contracts';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { FenMoney, Money } from '../distributions/Money';
import { sumFen } from '../distributions/money';
import { RunModal } from '../distributions/RunModal';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { useDeal } from './api';
import { DealKindTag, DealStatusTag } from './labels';
import { RevenueModal } from './RevenueModal';

/** /consortia/:id/deals/:dealId */
export function DealDetailPage() {
  const { id = '', dealId = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="deals" key={dealId}>
      <DealView consortiumId={id} id={dealId} />
    </ConsortiumSection>
  );
}

function DealView(props: { consortiumId: string; id: string }) {
  const { t } = useTranslation();
  const q = useDeal(props.id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="deal-title">
          {d.title}
        </Typography.Title>
        <div style={{ margin: '8px 0 12px' }}>
          <DealKindTag kind={d.kind} />
          <DealStatusTag status={d.status} />
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            { key: 'cp', label: t('deals.counterparty'), children: d.counterparty },
            {
              key: 'uscc',
              label: t('deals.counterpartyUscc'),
              children: d.counterpartyUscc ? (
                <span style={{ fontFamily: 'monospace' }}>{d.counterpartyUscc}</span>
              ) : (
                '-'
              ),
            },
            { key: 'signed', label: t('deals.signedOn'), children: formatDate(d.signedOn) },
            { key: 'value', label: t('deals.contractValue'), children: <Money value={d.contractValue} /> },
            { key: 'received', label: t('deals.received'), children: <Money value={d.received} /> },
            { key: 'net', label: t('deals.netIncome'), children: <Money value={d.netIncome} strong /> },
            {
              key: 'results',
              label: t('deals.results'),
              span: 'filled',
              children: d.results.length ? (
                <Space wrap size={[8, 4]}>
                  {d.results.map((r) => (
                    <Link key={r.id} to={`/consortia/${props.consortiumId}/results/${r.id}`}>
                      <Tag style={{ cursor: 'pointer', whiteSpace: 'normal', maxWidth: '100%' }}>
                        {t(`results.types.${r.type}`)} · {r.title}
                      </Tag>
                    </Link>
                  ))}
                </Space>
              ) : (
                '-'
              ),
            },
          ]}
        />
      </Card>
      <RevenueCard consortiumId={props.consortiumId} deal={d} />
    </Space>
  );
}

function RevenueCard(props: { consortiumId: string; deal: Deal }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const d = props.deal;
  const [recording, setRecording] = useState(false);
  const [running, setRunning] = useState<RevenueEvent | null>(null);
  const rows = d.revenueEvents;
  return (
    <Card
      title={t('deals.revenueEvents')}
      extra={
        d.canManage &&
        d.status !== 'terminated' && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            data-testid="revenue-create"
          >
            {t('deals.recordRevenue')}
          </Button>
        )
      }
    >
      <Table<RevenueEvent>
        rowKey="id"
        size="middle"
        data-testid="revenue-table"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('deals.noRevenue') }}
        columns={[
          {
            title: t('deals.receivedOn'),
            dataIndex: 'receivedOn',
            width: 110,
            fixed: narrow ? undefined : 'left',
          },
          {
            title: t('deals.amount'),
            dataIndex: 'amount',
            width: 140,
            align: 'right',
            render: (v: string) => <Money value={v} />,
          },
          {
            title: t('deals.costs'),
            dataIndex: 'deductibleCosts',
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
          { title: t('deals.settleBy'), dataIndex: 'settleBy', width: 120, render: formatDate },
          {
            title: t('results.note'),
            dataIndex: 'note',
            ellipsis: true,
            render: (v: string | null) => v ?? '-',
          },
          {
            title: t('deals.distribution'),
            key: 'run',
            width: 150,
            fixed: narrow ? undefined : 'right',
            render: (_, e) =>
              e.runId ? (
                <Link to={`/consortia/${props.consortiumId}/distributions/${e.runId}`} data-testid="run-link">
                  {t('deals.viewRun')}
                </Link>
              ) : d.canManage ? (
                <Button
                  size="small"
                  type="primary"
                  ghost
                  icon={<PlayCircleOutlined />}
                  onClick={() => setRunning(e)}
                  data-testid="run-distribution"
                >
                  {t('deals.runDistribution')}
                </Button>
              ) : (
                <Tag color="warning">{t('deals.undistributed')}</Tag>
              ),
          },
        ]}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('deals.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <FenMoney fen={sumFen(rows.map((r) => r.amount))} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <FenMoney fen={sumFen(rows.map((r) => r.deductibleCosts))} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <FenMoney fen={sumFen(rows.map((r) => r.netIncome))} strong />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} colSpan={3} />
            </Table.Summary.Row>
          ) : null
        }
      />
      {recording && <RevenueModal dealId={d.id} onClose={() => setRecording(false)} />}
      {running && (
        <RunModal
          consortiumId={props.consortiumId}
          event={running}
          dealKind={d.kind}
          onClose={() => setRunning(null)}
          onPosted={(runId) => void navigate(`/consortia/${props.consortiumId}/distributions/${runId}`)}
        />
      )}
    </Card>
  );
}
