import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@huahe/contracts';
import { get, qs } from '../../api/client';
import { PageState } from '../../components/PageState';

interface Page {
  items: AuditEvent[];
  total: number;
}

/** The audit events the user may see, newest first, with their chain hashes. */
export function AuditPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q = useQuery({
    queryKey: ['audit', page, pageSize],
    queryFn: () => get<Page>(`/api/audit${qs({ page, pageSize })}`),
  });
  return (
    <Card title={t('audit.title')}>
      <PageState error={q.error} onRetry={() => void q.refetch()}>
        <Table<AuditEvent>
          rowKey="seq"
          loading={q.isLoading}
          dataSource={q.data?.items}
          scroll={{ x: 900 }}
          size="middle"
          pagination={{
            current: page,
            pageSize,
            total: q.data?.total,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            {
              title: t('audit.at'),
              dataIndex: 'at',
              width: 190,
              render: (v: string) => new Date(v).toLocaleString(),
            },
            { title: t('audit.actor'), dataIndex: 'actorLabel', width: 200 },
            { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Tag>{v}</Tag> },
            { title: t('audit.entity'), render: (_, e) => `${e.entityType} ${e.entityId.slice(0, 8)}` },
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
