import { PlusOutlined } from '@ant-design/icons';
import { listingVisibilitySchema, type Demand, type ListingVisibility } from '@huahe/contracts';
import { Button, Card, Col, Input, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExportButton } from '../../components/ExportButton';
import { formatDate } from '../../components/format';
import { regionLabel } from '../../components/labels';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';
import { useNarrow } from '../../components/useNarrow';
import { useSession } from '../auth/session';
import { demandsExportPath, useDemands, type DemandFilters } from './api';
import { DemandFormModal } from './DemandFormModal';
import { Budget } from './DemandHeader';
import { ListingStatusTag, OrganisationLink, regionPrefix, Trl, VisibilityTag } from './labels';
import { OffersTab } from './OffersTab';
import { mayPost, ownOrganisations, runConsortia } from './rights';

const FILTER_KEYS = [
  'q',
  'tag',
  'organisationId',
  'consortiumId',
  'visibility',
  'status',
  'region',
  'trl',
] as const;

/** /demands: technology demands and offers (需求与供给), in two tabs. */
export function DemandsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'offers' ? 'offers' : 'demands';
  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'offers' ? { tab: 'offers' } : {}, { replace: true })}
        items={[
          { key: 'demands', label: t('matching.demands.title'), children: <DemandsTab /> },
          { key: 'offers', label: t('matching.offers.title'), children: <OffersTab /> },
        ]}
      />
    </Card>
  );
}

/** Who is posting "mine": all, one of the caller's organisations, or a consortium it runs. */
export function useScopes() {
  const { t } = useTranslation();
  const session = useSession().data;
  const orgs = ownOrganisations(session);
  const runs = runConsortia(session);
  return [
    { value: '', label: t('matching.scope.all') },
    ...orgs.map((o) => ({
      value: `org:${o.id}`,
      label: orgs.length === 1 ? t('matching.scope.mine') : t('matching.scope.org', { name: o.name }),
    })),
    ...runs.map((c) => ({
      value: `consortium:${c.id}`,
      label: t('matching.scope.consortium', { name: c.name }),
    })),
  ];
}

function DemandsTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const navigate = useNavigate();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])),
  ) as DemandFilters;
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const query = { ...filters, region: regionPrefix(filters.region) };
  const list = useDemands(query, page, pageSize);
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const [creating, setCreating] = useState(false);
  const scopes = useScopes();

  const update = (f: DemandFilters, p = 1, ps = pageSize) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v) next.set(k, String(v));
    if (p > 1) next.set('page', String(p));
    if (ps !== 20) next.set('pageSize', String(ps));
    setParams(next, { replace: true });
  };
  const set = (patch: Partial<DemandFilters>) => update({ ...filters, ...patch });
  const scope = filters.organisationId
    ? `org:${filters.organisationId}`
    : filters.consortiumId
      ? `consortium:${filters.consortiumId}`
      : '';
  const full = { width: '100%' };

  return (
    <>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12} xl={7}>
          <Input.Search
            allowClear
            placeholder={t('matching.demands.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || undefined })}
            data-testid="demand-search"
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Input.Search
            allowClear
            placeholder={t('matching.filters.tag')}
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            onSearch={(v) => set({ tag: v.trim() || undefined })}
          />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Select
            allowClear
            style={full}
            placeholder={t('matching.filters.trl')}
            value={filters.trl}
            onChange={(trl: string | undefined) => set({ trl })}
            options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }))}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <LazyRegionCascader
            style={full}
            placeholder={t('matching.filters.regionPreference')}
            value={filters.region}
            onChange={(region) => set({ region: region ?? undefined })}
          />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Select
            style={full}
            value={filters.status ?? 'open'}
            onChange={(status: DemandFilters['status']) =>
              set({ status: status === 'open' ? undefined : status })
            }
            options={(['open', 'closed', 'all'] as const).map((s) => ({
              value: s,
              label: t(`matching.listingStatus.${s}`),
            }))}
            data-testid="demand-status-filter"
          />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Select<ListingVisibility>
            allowClear
            style={full}
            placeholder={t('matching.visibilityLabel')}
            value={filters.visibility}
            onChange={(visibility) => set({ visibility })}
            options={listingVisibilitySchema.options.map((v) => ({
              value: v,
              label: t(`matching.visibility.${v}`),
            }))}
          />
        </Col>
        {scopes.length > 1 && (
          <Col xs={12} md={6} xl={4}>
            <Select
              style={full}
              value={scope}
              onChange={(v: string) => {
                const [kind, id] = v.split(':');
                set({
                  organisationId: kind === 'org' ? id : undefined,
                  consortiumId: kind === 'consortium' ? id : undefined,
                });
              }}
              options={scopes}
              popupMatchSelectWidth={false}
              data-testid="demand-scope"
            />
          </Col>
        )}
        <Col flex="auto" style={{ textAlign: narrow ? 'left' : 'right' }}>
          <Space wrap>
            <ExportButton path={demandsExportPath(query)} fileName="demands.xlsx" />
            {mayPost(session) && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="demand-create"
              >
                {t('matching.demands.create')}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<Demand>
          rowKey="id"
          size="middle"
          data-testid="demands-table"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 980 }}
          locale={{ emptyText: t('matching.demands.none') }}
          pagination={serverPagination(t, { page, pageSize, total: list.data?.total }, (p, ps) =>
            update(filters, p, ps),
          )}
          columns={[
            {
              title: t('matching.demands.titleLabel'),
              key: 'title',
              fixed: narrow ? undefined : 'left',
              width: narrow ? 200 : 250,
              render: (_, d) => (
                <div>
                  <Link to={`/demands/${d.id}`} style={{ fontWeight: 500 }}>
                    {d.title}
                  </Link>
                  <div style={{ marginTop: 4 }}>
                    {d.tags.slice(0, 4).map((x) => (
                      <Tag key={x} style={{ marginBottom: 2 }}>
                        {x}
                      </Tag>
                    ))}
                  </div>
                </div>
              ),
            },
            {
              title: t('matching.demands.organisation'),
              key: 'organisation',
              width: 180,
              render: (_, d) => <OrganisationLink organisation={d.organisation} />,
            },
            {
              title: t('matching.demands.trlNeeded'),
              dataIndex: 'trlNeeded',
              width: 90,
              render: (v: number | null) => <Trl trl={v} />,
            },
            {
              title: t('matching.demands.budget'),
              key: 'budget',
              width: 150,
              render: (_, d) => <Budget min={d.budgetMin} max={d.budgetMax} />,
            },
            {
              title: t('matching.demands.region'),
              dataIndex: 'regionPreference',
              width: 90,
              render: (v: string | null) => regionLabel(v, lang) || '-',
            },
            { title: t('matching.demands.deadline'), dataIndex: 'deadline', width: 100, render: formatDate },
            {
              title: t('matching.statusLabel'),
              key: 'status',
              width: 120,
              render: (_, d) => (
                <Space size={[0, 4]} wrap>
                  <ListingStatusTag status={d.status} />
                  <VisibilityTag visibility={d.visibility} />
                </Space>
              ),
            },
          ]}
        />
      </PageState>
      {!list.error && list.data && list.data.total > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('matching.demands.listHint')}
        </Typography.Text>
      )}
      {creating && (
        <DemandFormModal
          onClose={() => setCreating(false)}
          onSaved={(d) => void navigate(`/demands/${d.id}`)}
        />
      )}
    </>
  );
}
