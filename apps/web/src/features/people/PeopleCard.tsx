import { PlusOutlined } from '@ant-design/icons';
import type { Person } from '@huahe/contracts';
import { App, Button, Card, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { usePeople, usePersonWrites } from './api';
import { peopleColumns } from './peopleColumns';
import { PersonModal } from './PersonModal';

/** The people of one organisation; those who may edit the organisation add, edit and remove them. */
export function PeopleCard(props: { organisationId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const list = usePeople({ organisationId: props.organisationId }, page, 10);
  const { remove } = usePersonWrites(props.organisationId);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  return (
    <Card
      title={t('people.ofOrganisation')}
      extra={
        props.canEdit && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('people.add')}
          </Button>
        )
      }
    >
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<Person>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('people.none') }}
          pagination={{
            current: page,
            pageSize: 10,
            total: list.data?.total,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          columns={[
            ...peopleColumns(t, false),
            ...(props.canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 140,
                    render: (_: unknown, p: Person) => (
                      <Space>
                        <Button size="small" onClick={() => setEditing(p)}>
                          {t('common.edit')}
                        </Button>
                        <Popconfirm
                          title={t('people.confirmDelete', { name: p.nameZh })}
                          onConfirm={() => remove.mutate(p.id, { onError: (e) => message.error(e.message) })}
                        >
                          <Button size="small" danger>
                            {t('common.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </PageState>
      {editing && (
        <PersonModal
          organisationId={props.organisationId}
          person={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
