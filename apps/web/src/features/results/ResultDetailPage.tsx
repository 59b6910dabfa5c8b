import { PlusOutlined } from '@ant-design/icons';
import type { ResultDetail } from '@huahe/contracts';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useResult } from './api';
import { ConsortiumSection } from './ConsortiumSection';
import { ConfidentialityTag, ResultStatusTag, ShareText, TrlTag } from './labels';
import { OwnershipChanges } from './OwnershipChanges';
import { StatusModal } from './StatusModal';

/** /consortia/:id/results/:resultId */
export function ResultDetailPage() {
  const { id = '', resultId = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="results" key={resultId}>
      <ResultView id={resultId} />
    </ConsortiumSection>
  );
}

function ResultView(props: { id: string }) {
  const q = useResult(props.id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ResultHeader result={r} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <OwnersCard result={r} />
        </Col>
        <Col xs={24} xl={10}>
          <HistoryCard result={r} />
        </Col>
      </Row>
      <InventorsCard result={r} />
      <OwnershipChanges result={r} />
    </Space>
  );
}

function ResultHeader(props: { result: ResultDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = props.result;
  const [main, second] = lang === 'en' && r.titleEn ? [r.titleEn, r.title] : [r.title, r.titleEn];
  return (
    <Card>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="result-title">
        {main}
        {r.isExample && <ExampleTag />}
      </Typography.Title>
      {second && <Typography.Text type="secondary">{second}</Typography.Text>}
      <div style={{ margin: '8px 0 12px' }}>
        <Tag>{t(`results.types.${r.type}`)}</Tag>
        <ResultStatusTag status={r.status} />
        {r.trl !== null && <TrlTag trl={r.trl} />}
        <ConfidentialityTag value={r.confidentiality} />
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'identifier',
            label: t('results.identifier'),
            children: r.identifier ? <span style={{ fontFamily: 'monospace' }}>{r.identifier}</span> : '-',
          },
          { key: 'origin', label: t('results.origin'), children: t(`results.origins.${r.origin}`) },
          { key: 'achieved', label: t('results.achievedOn'), children: formatDate(r.achievedOn) },
          {
            key: 'tasks',
            label: t('results.linkedTasks'),
            children: r.linkedTasks.length ? r.linkedTasks.join(', ') : '-',
          },
          {
            key: 'description',
            label: t('results.description'),
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.description ?? '-'}</span>,
          },
        ]}
      />
    </Card>
  );
}

function OwnersCard(props: { result: ResultDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = props.result;
  const o = r.ownership;
  return (
    <Card
      title={t('results.owners')}
      size="small"
      data-testid="result-owners-card"
      style={{ height: '100%' }}
    >
      {o.clause ? (
        <div style={{ marginBottom: 12 }}>
          <Tag color="blue" data-testid="ownership-clause">
            {t('results.clauseOf', {
              clause: lang === 'en' ? o.clause.en : o.clause.zh,
              version: o.agreementVersionNumber ?? '-',
            })}
          </Tag>
          {o.rule && <Tag>{t(`results.rules.${o.rule}`)}</Tag>}
          {o.explanation && (
            <Typography.Paragraph style={{ margin: '8px 0 0' }} data-testid="ownership-explanation">
              {o.explanation}
            </Typography.Paragraph>
          )}
        </div>
      ) : (
        <Typography.Paragraph type="secondary">{o.explanation ?? t('results.noClause')}</Typography.Paragraph>
      )}
      <Table
        rowKey="organisationId"
        size="small"
        pagination={false}
        dataSource={r.owners}
        columns={[
          { title: t('results.owner'), dataIndex: 'name' },
          {
            title: t('results.share'),
            dataIndex: 'share',
            width: 150,
            render: (s: string) => <ShareText share={s} />,
          },
          {
            title: t('results.contribution'),
            dataIndex: 'contribution',
            width: 110,
            render: (v: string | null) => v ?? '-',
          },
        ]}
      />
    </Card>
  );
}

function HistoryCard(props: { result: ResultDetail }) {
  const { t } = useTranslation();
  const r = props.result;
  const [adding, setAdding] = useState(false);
  const items = [...r.statusHistory].sort(
    (a, b) => b.on.localeCompare(a.on) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <Card
      title={t('results.statusHistory')}
      size="small"
      style={{ height: '100%' }}
      extra={
        r.canManage && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('results.addStatus')}
          </Button>
        )
      }
    >
      <Timeline
        data-testid="status-history"
        items={items.map((h) => ({
          key: h.id,
          content: (
            <div>
              <Typography.Text strong>{formatDate(h.on)}</Typography.Text>{' '}
              <ResultStatusTag status={h.status} />
              {h.note && <div style={{ color: '#595959' }}>{h.note}</div>}
            </div>
          ),
        }))}
      />
      {adding && <StatusModal result={r} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function InventorsCard(props: { result: ResultDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('results.inventors')} size="small">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={props.result.inventors}
        locale={{ emptyText: t('results.noInventors') }}
        scroll={{ x: 480 }}
        columns={[
          { title: t('results.inventorName'), dataIndex: 'name' },
          {
            title: t('results.inventorOrganisation'),
            dataIndex: 'organisationName',
            render: (v: string | null) => v ?? '-',
          },
          {
            title: t('results.inventorContribution'),
            dataIndex: 'contribution',
            width: 120,
            render: (v: string | null) => v ?? '-',
          },
        ]}
      />
    </Card>
  );
}
