import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@huahe/contracts';
import { get, patch, post, qs } from '../../api/client';
import { PageState } from '../../components/PageState';
import { applyFieldErrors } from '../../components/forms';
import { RoleAssignModal } from './RoleAssignModal';

interface Page {
  items: User[];
  total: number;
}

/** Account administration for the platform admin. */
export function UsersPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<User | null>(null);
  const [form] = Form.useForm<{ email: string; displayName: string; password: string }>();
  const list = useQuery({
    queryKey: ['users', q, page],
    queryFn: () => get<Page>(`/api/users${qs({ q, page })}`),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['users'] });
  const create = useMutation({
    mutationFn: (v: { email: string; displayName: string; password: string }) => post<User>('/api/users', v),
    onSuccess: () => {
      setCreating(false);
      form.resetFields();
      message.success(t('common.saved'));
      refresh();
    },
    onError: (err) => applyFieldErrors(form, err, message),
  });
  const toggle = useMutation({
    mutationFn: (u: User) => patch<User>(`/api/users/${u.id}`, { isActive: !u.isActive }),
    onSuccess: refresh,
    onError: (err) => message.error(err.message),
  });
  return (
    <Card
      title={t('users.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('users.search')}
            onSearch={(v) => {
              setQ(v);
              setPage(1);
            }}
            style={{ width: 220 }}
          />
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        </Space>
      }
    >
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<User>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            total: list.data?.total,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('users.email'), dataIndex: 'email' },
            { title: t('users.displayName'), dataIndex: 'displayName' },
            {
              title: t('users.roles'),
              render: (_, u) => (
                <Space wrap size={[4, 4]}>
                  {u.roles.map((r) => (
                    <Tag key={r.id} color="blue">
                      {t(`roles.${r.role}`)}
                      {r.organisationName || r.consortiumName
                        ? ` · ${r.organisationName ?? r.consortiumName}`
                        : ''}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('users.active'),
              render: (_, u) => (
                <Switch
                  checked={u.isActive}
                  checkedChildren={t('users.activeYes')}
                  unCheckedChildren={t('users.activeNo')}
                  onChange={() => toggle.mutate(u)}
                />
              ),
            },
            {
              title: t('common.actions'),
              render: (_, u) => (
                <Button size="small" onClick={() => setAssigning(u)}>
                  {t('users.addRole')}
                </Button>
              ),
            },
          ]}
        />
      </PageState>
      <Modal
        open={creating}
        title={t('users.create')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
      >
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="email" label={t('users.email')} rules={[{ required: true, type: 'email' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('users.passwordPolicy')}
            rules={[{ required: true }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      {assigning && <RoleAssignModal user={assigning} onClose={() => setAssigning(null)} onSaved={refresh} />}
    </Card>
  );
}
