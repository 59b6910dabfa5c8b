import { PlusOutlined } from '@ant-design/icons';
import {
  RESULT_TYPES,
  resultConfidentialitySchema,
  resultStatusSchema,
  type ResultSummary,
} from '@huahe/contracts';
import { Button, Card, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';
import { ExportButton } from '../../components/ExportButton';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';
import { useNarrow } from '../../components/useNarrow';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { resultsExportPath, useResults, type ResultFilters } from './api';
import { ConsortiumSection } from './ConsortiumSection';
import {
  ConfidentialityTag,
  memberOptions,
  ownOrganisations,
  ResultStatusTag,
  statusLabel,
  TrlTag,
} from './labels';
import { ResultCreateModal } from './ResultCreateModal';

const FILTER_KEYS = ['q', 'type', 'status', 'confidentiality', 'organisationId', 'minTrl'] as const;

/** /consortia/:id/results */
export function ResultsPage() {
  const { id = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="results" key={id}>
      <ResultsRegister consortiumId={id} />
    </ConsortiumSection>
  );
}

/** The results register: filters, server-side pages, Excel export, and recording a new result. */
function ResultsRegister(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const session = useSession().data;
  const consortium = useConsortium(props.consortiumId).data;
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])),
  ) as ResultFilters;
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const list = useResults(props.consortiumId, filters, page, pageSize);
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState(filters.q ?? '');
  const members = memberOptions(consortium, lang);
  const own = ownOrganisations(session, true);
  const canCreate = !!consortium && (consortium.canManage || members.some((m) => own.includes(m.value)));

  const update = (f: ResultFilters, p = 1, ps = pageSize) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v) next.set(k, String(v));
    if (p > 1) next.set('page', String(p));
    if (ps !== 20) next.set('pageSize', String(ps));
    setParams(next, { replace: true });
  };
  const set = (k: keyof ResultFilters, v: string | undefined) => update({ ...filters, [k]: v || undefined });
  const select = { allowClear: true, style: { width: narrow ? '100%' : 124 } };

  return (
    <Card
      title={t('results.title')}
      extra={
        <Space wrap>
          <ExportButton path={resultsExportPath(props.consortiumId, filters)} fileName="results.xlsx" />
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="result-create"
            >
              {t('results.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex wrap gap={8} vertical={narrow} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('results.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => set('q', v.trim())}
          style={{ width: narrow ? '100%' : 200 }}
        />
        <Select
          {...select}
          placeholder={t('results.type')}
          value={filters.type}
          onChange={(v: string | undefined) => set('type', v)}
          options={RESULT_TYPES.map((v) => ({ value: v, label: t(`results.types.${v}`) }))}
          popupMatchSelectWidth={false}
        />
        <Select
          {...select}
          placeholder={t('results.status')}
          value={filters.status}
          onChange={(v: string | undefined) => set('status', v)}
          options={resultStatusSchema.options.map((v) => ({ value: v, label: statusLabel(v, lang) }))}
        />
        <Select
          {...select}
          placeholder={t('results.confidentiality')}
          value={filters.confidentiality}
          onChange={(v: string | undefined) => set('confidentiality', v)}
          options={resultConfidentialitySchema.options.map((v) => ({
            value: v,
            label: t(`results.confidentialityLevels.${v}`),
          }))}
        />
        <Select
          {...select}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: narrow ? '100%' : 190 }}
          placeholder={t('results.owner')}
          value={filters.organisationId}
          onChange={(v: string | undefined) => set('organisationId', v)}
          options={members}
          popupMatchSelectWidth={false}
        />
        <Select
          {...select}
          style={{ width: narrow ? '100%' : 110 }}
          placeholder={t('results.minTrl')}
          value={filters.minTrl}
          onChange={(v: string | undefined) => set('minTrl', v)}
          options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ≥ ${n}` }))}
        />
      </Flex>
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<ResultSummary>
          rowKey="id"
          size="middle"
          data-testid="results-table"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 920 }}
          locale={{ emptyText: t('results.none') }}
          pagination={serverPagination(t, { page, pageSize, total: list.data?.total }, (p, ps) =>
            update(filters, p, ps),
          )}
          columns={[
            {
              title: t('results.titleLabel'),
              key: 'title',
              fixed: narrow ? undefined : 'left',
              width: narrow ? 200 : 240,
              render: (_, r) => (
                <div>
                  <Link to={`/consortia/${props.consortiumId}/results/${r.id}`}>
                    {lang === 'en' && r.titleEn ? r.titleEn : r.title}
                  </Link>
                  {r.isExample && <ExampleTag />}
                </div>
              ),
            },
            {
              title: t('results.type'),
              dataIndex: 'type',
              width: 110,
              render: (v: string) => t(`results.types.${v}`),
            },
            {
              title: t('results.identifier'),
              dataIndex: 'identifier',
              width: 140,
              render: (v: string | null) =>
                v ? <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text> : '-',
            },
            {
              title: t('results.status'),
              dataIndex: 'status',
              width: 96,
              render: (_, r) => <ResultStatusTag status={r.status} />,
            },
            { title: 'TRL', dataIndex: 'trl', width: 76, render: (_, r) => <TrlTag trl={r.trl} /> },
            {
              title: t('results.confidentiality'),
              dataIndex: 'confidentiality',
              width: 100,
              render: (_, r) => <ConfidentialityTag value={r.confidentiality} />,
            },
            {
              title: t('results.owner'),
              key: 'owners',
              width: 180,
              render: (_, r) => (
                <span data-testid="result-owners">
                  {r.owners.length ? r.owners.join(lang === 'en' ? '; ' : '；') : '-'}
                </span>
              ),
            },
            {
              title: t('results.achievedOn'),
              dataIndex: 'achievedOn',
              width: 110,
              responsive: ['xxl'],
              render: formatDate,
            },
          ]}
        />
      </PageState>
      {creating && consortium && (
        <ResultCreateModal
          consortium={consortium}
          onClose={() => setCreating(false)}
          onSaved={(rid) => void navigate(`/consortia/${props.consortiumId}/results/${rid}`)}
        />
      )}
    </Card>
  );
}
