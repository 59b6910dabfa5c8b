import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEvent } from '@huahe/contracts';
import { get, qs, type Page } from '../../api/client';
import { ConsortiumName, OrganisationName } from '../../app/layout/RecordName';
import { formatInstant } from '../../components/format';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';

const FILTERS = ['consortiumId', 'organisationId', 'entityType', 'entityId'] as const;

/** A one-line rendering of an event's summary (what changed), cut to fit a table cell. */
function summaryText(summary: unknown): string {
  if (summary === null || summary === undefined) return '';
  const s = typeof summary === 'string' ? summary : JSON.stringify(summary);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
}

/** Where an action's label lives: governance events and match steps are named by their own pages. */
function actionKey(action: string): string {
  const [domain, what] = action.split('.', 2);
  if (domain === 'governance') return `agreements.events.kinds.${what}`;
  if (domain === 'match') return `matching.steps.${what}`;
  return `audit.actions.${action}`;
}

/** The audit events the user may see, newest first, with their chain hashes. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])));
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q = useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: () => get<Page<AuditEvent>>(`/api/audit${qs({ ...filters, page, pageSize })}`),
  });
  return (
    <Card
      title={t('audit.title')}
      extra={Object.entries(filters).map(([k, v]) => (
        <Tag
          key={k}
          closable
          onClose={() => {
            const next = new URLSearchParams(params);
            next.delete(k);
            setParams(next, { replace: true });
            setPage(1);
          }}
        >
          {t(`audit.filter.${k}`)}:{' '}
          {k === 'consortiumId' ? (
            <ConsortiumName id={String(v)} />
          ) : k === 'organisationId' ? (
            <OrganisationName id={String(v)} />
          ) : (
            String(v).slice(0, 12)
          )}
        </Tag>
      ))}
    >
      <PageState error={q.error} onRetry={() => void q.refetch()}>
        <Table<AuditEvent>
          rowKey="seq"
          loading={q.isLoading}
          dataSource={q.data?.items}
          scroll={{ x: 1200 }}
          size="middle"
          pagination={serverPagination(t, { page, pageSize, total: q.data?.total }, (p, s) => {
            setPage(p);
            setPageSize(s);
          })}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            {
              title: t('audit.at'),
              dataIndex: 'at',
              width: 170,
              render: formatInstant,
            },
            { title: t('audit.actor'), dataIndex: 'actorLabel', width: 190, ellipsis: true },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 170,
              render: (v: string) => (
                <Tag title={v} data-action={v}>
                  {t(actionKey(v), { defaultValue: v })}
                </Tag>
              ),
            },
            {
              title: t('audit.entity'),
              width: 210,
              render: (_, e) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {t(`audit.entities.${e.entityType}`, { defaultValue: e.entityType })}{' '}
                  <Typography.Text code>{e.entityId.slice(0, 8)}</Typography.Text>
                </span>
              ),
            },
            {
              title: t('audit.summary'),
              dataIndex: 'summary',
              width: 280,
              ellipsis: true,
              render: (v: unknown) => (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {summaryText(v)}
                </Typography.Text>
              ),
            },
            {
              title: t('audit.hash'),
              dataIndex: 'hash',
              render: (v: string) => (
                <Typography.Text code copyable={{ text: v }}>
                  {v.slice(0, 12)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </PageState>
    </Card>
  );
}
