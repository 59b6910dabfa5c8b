import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { OrganisationSummary } from '@huahe/contracts';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { CreditCode, ExampleTag } from '../../components/ExampleTag';
import { ExportButton } from '../../components/ExportButton';
import { formatPercent } from '../../components/format';
import { ImportModal } from '../../components/ImportModal';
import { industryLabel, kindLabel, nameIn, regionFullLabel } from '../../components/labels';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';
import { useNarrow } from '../../components/useNarrow';
import { hasRole, useSession } from '../auth/session';
import { organisationSheets, useOrganisations, type OrganisationFilters as Filters } from './api';
import { OrganisationFilters } from './OrganisationFilters';
import { OrganisationFormModal } from './OrganisationFormModal';

const FILTER_KEYS = ['q', 'kind', 'region', 'industry', 'qualification', 'sme', 'sort'] as const;

/** The organisation directory: search, filters, server-side pages, Excel export and import. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])),
  ) as Filters;
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const list = useOrganisations(filters, page, pageSize);
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const narrow = useNarrow();
  const manager = hasRole(session, 'platform_admin', 'bureau_staff');

  const update = (f: Filters, p = 1, ps = pageSize) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v) next.set(k, String(v));
    if (p > 1) next.set('page', String(p));
    if (ps !== 20) next.set('pageSize', String(ps));
    setParams(next, { replace: true });
  };

  return (
    <Card
      title={t('organisations.title')}
      extra={
        <Space wrap>
          <ExportButton path={organisationSheets.exportPath(filters)} fileName="organisations.xlsx" />
          {manager && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('import.button')}
            </Button>
          )}
          {manager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('organisations.create')}
            </Button>
          )}
        </Space>
      }
    >
      <OrganisationFilters value={filters} onChange={(f) => update(f)} />
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<OrganisationSummary>
          rowKey="id"
          data-testid="organisations-table"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 960 }}
          size="middle"
          locale={{ emptyText: t('organisations.none') }}
          pagination={serverPagination(t, { page, pageSize, total: list.data?.total }, (p, ps) =>
            update(filters, p, ps),
          )}
          columns={[
            {
              title: t('organisations.name'),
              key: 'name',
              fixed: narrow ? undefined : 'left',
              width: 230,
              render: (_, o) => (
                <div>
                  <Link to={`/organisations/${o.id}`}>{nameIn(o, lang)}</Link>
                  {o.isExample && <ExampleTag />}
                  {o.nameEn && o.nameEn !== o.nameZh && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                      {lang === 'en' ? o.nameZh : o.nameEn}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            {
              title: t('organisations.kind'),
              dataIndex: 'kind',
              width: 110,
              render: (k: string) => kindLabel(k, lang),
            },
            {
              title: t('organisations.region'),
              dataIndex: 'regionCode',
              width: 150,
              render: (c: string | null) => regionFullLabel(c, lang) || '-',
            },
            {
              title: t('organisations.industry'),
              dataIndex: 'industryCode',
              width: 160,
              responsive: ['xxl'],
              ellipsis: true,
              render: (c: string | null) => industryLabel(c, lang) || '-',
            },
            {
              title: t('organisations.uscc'),
              key: 'uscc',
              width: 215,
              render: (_, o) => <CreditCode code={o.uscc} isExample={o.usccIsExample} />,
            },
            {
              title: t('organisations.sme'),
              dataIndex: 'isSme',
              width: 80,
              render: (v: boolean) => (v ? <Tag color="green">{t('common.yes')}</Tag> : '-'),
            },
            {
              title: t('organisations.consortia'),
              dataIndex: 'consortiumCount',
              width: 90,
              align: 'right',
            },
            {
              title: t('organisations.rdIntensity'),
              dataIndex: 'latestRdIntensity',
              width: 90,
              align: 'right',
              render: formatPercent,
            },
          ]}
        />
      </PageState>
      {importing && (
        <ImportModal
          title={t('organisations.importTitle')}
          templatePath={organisationSheets.template}
          templateName="organisations-template.xlsx"
          importPath={organisationSheets.importPath}
          reportPath={organisationSheets.reportPath}
          reportName="organisations-errors.xlsx"
          onClose={() => setImporting(false)}
          onImported={() => void list.refetch()}
        />
      )}
      {creating && (
        <OrganisationFormModal
          onClose={() => setCreating(false)}
          onSaved={(o) => void navigate(`/organisations/${o.id}`)}
        />
      )}
    </Card>
  );
}
