import { PlusOutlined } from '@ant-design/icons';
import { consortiumStatusSchema, type ConsortiumStatus, type ConsortiumSummary } from '@huahe/contracts';
import { Button, Card, Col, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExportButton } from '../../components/ExportButton';
import { formatDate } from '../../components/format';
import { regionFullLabel } from '../../components/labels';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';
import { useNarrow } from '../../components/useNarrow';
import { StatusTag } from '../../components/StatusTag';
import { hasRole, useSession } from '../auth/session';
import { consortiumSheets, useConsortia, type ConsortiumFilters } from './api';
import { ConsortiumCreateModal } from './ConsortiumCreateModal';

/** The consortium directory; `publicMode` is the visitor's view (no export, no creation, public links). */
function ConsortiaDirectory(props: { publicMode?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const filters: ConsortiumFilters = {
    q: params.get('q') ?? undefined,
    status: (params.get('status') as ConsortiumStatus | null) ?? undefined,
    region: params.get('region') ?? undefined,
    historical: (params.get('historical') as 'true' | 'false' | null) ?? undefined,
  };
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const list = useConsortia(filters, page, pageSize);
  const [creating, setCreating] = useState(false);
  const narrow = useNarrow();
  const base = props.publicMode ? '/public/consortia' : '/consortia';
  const set = (patch: Partial<ConsortiumFilters>, p = 1, ps = pageSize) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, ...patch })) if (v) next.set(k, v);
    if (p > 1) next.set('page', String(p));
    if (ps !== 20) next.set('pageSize', String(ps));
    setParams(next, { replace: true });
  };
  const full = { width: '100%' };
  return (
    <Card
      title={t(props.publicMode ? 'consortia.publicTitle' : 'consortia.title')}
      extra={
        !props.publicMode && (
          <Space wrap>
            <ExportButton path={consortiumSheets.exportPath(filters)} fileName="consortia.xlsx" />
            {hasRole(session, 'platform_admin', 'bureau_staff') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('consortia.create')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <Input.Search
            allowClear
            defaultValue={filters.q}
            placeholder={t('consortia.search')}
            onSearch={(q) => set({ q: q || undefined })}
          />
        </Col>
        <Col xs={12} md={5}>
          <Select<ConsortiumStatus>
            allowClear
            style={full}
            placeholder={t('consortia.statusLabel')}
            value={filters.status}
            onChange={(status) => set({ status })}
            options={consortiumStatusSchema.options.map((s) => ({
              value: s,
              label: t(`consortia.status.${s}`),
            }))}
          />
        </Col>
        <Col xs={12} md={6}>
          <LazyRegionCascader
            style={full}
            placeholder={t('consortia.region')}
            value={filters.region}
            onChange={(region) => set({ region: region ?? undefined })}
          />
        </Col>
        <Col xs={24} md={5}>
          <Select<'true' | 'false'>
            allowClear
            style={full}
            placeholder={t('consortia.historicalFilter')}
            value={filters.historical}
            onChange={(historical) => set({ historical })}
            options={[
              { value: 'false', label: t('consortia.contemporary') },
              { value: 'true', label: t('consortia.historical') },
            ]}
          />
        </Col>
      </Row>
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<ConsortiumSummary>
          rowKey="id"
          data-testid="consortia-table"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('consortia.none') }}
          pagination={serverPagination(t, { page, pageSize, total: list.data?.total }, (p, ps) =>
            set({}, p, ps),
          )}
          columns={[
            {
              title: t('consortia.name'),
              key: 'name',
              fixed: narrow ? undefined : 'left',
              width: 250,
              render: (_, c) => (
                <div>
                  <Link to={`${base}/${c.id}`}>{lang === 'en' && c.nameEn ? c.nameEn : c.nameZh}</Link>
                  {c.isHistorical && <Tag style={{ marginInlineStart: 4 }}>{t('consortia.historical')}</Tag>}
                  {lang !== 'en' && c.nameEn && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                      {c.nameEn}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            {
              title: t('consortia.statusLabel'),
              dataIndex: 'status',
              width: 90,
              render: (s: ConsortiumStatus) => <StatusTag status={s} />,
            },
            {
              title: t('consortia.field'),
              dataIndex: 'field',
              width: 120,
              render: (v: string | null) => v ?? '-',
            },
            {
              title: t('consortia.lead'),
              key: 'lead',
              width: 190,
              render: (_, c) =>
                props.publicMode ? (
                  c.leadName
                ) : (
                  <Link to={`/organisations/${c.leadOrganisationId}`}>{c.leadName}</Link>
                ),
            },
            { title: t('consortia.memberCount'), dataIndex: 'memberCount', width: 90, align: 'right' },
            {
              title: t('consortia.region'),
              dataIndex: 'regionCode',
              width: 140,
              render: (c: string | null) => regionFullLabel(c, lang) || '-',
            },
            {
              title: t('consortia.founded'),
              dataIndex: 'foundedOn',
              width: 100,
              responsive: ['xxl'],
              render: formatDate,
            },
          ]}
        />
      </PageState>
      {creating && (
        <ConsortiumCreateModal
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate(`/consortia/${id}`)}
        />
      )}
    </Card>
  );
}

/** /consortia */
export function ConsortiaPage() {
  return <ConsortiaDirectory />;
}

/** /public/consortia: the public directory, no login needed. */
export function PublicConsortiaPage() {
  return <ConsortiaDirectory publicMode />;
}
