import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '@huahe/contracts';
import { del, get, post } from '../../api/client';
import { formatInstant } from '../../components/format';
import { PageState } from '../../components/PageState';
import { applyFieldErrors } from '../../components/forms';

/** The user's API tokens for scripts: create (shown once), list, revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string; scopes: ('read' | 'write')[] }>();
  const list = useQuery({ queryKey: ['tokens'], queryFn: () => get<ApiToken[]>('/api/auth/tokens') });
  const create = useMutation({
    mutationFn: (v: { name: string; scopes: string[] }) =>
      post<{ token: ApiToken; secret: string }>('/api/auth/tokens', v),
    onSuccess: (r) => {
      setSecret(r.secret);
      setOpen(false);
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (err) => applyFieldErrors(form, err, message),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => del(`/api/auth/tokens/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const fmt = (v: string | null) => (v ? formatInstant(v) : t('tokens.never'));
  return (
    <Card
      title={t('tokens.title')}
      extra={
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('tokens.create')}
        </Button>
      }
    >
      {secret && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSecret(null)}
          style={{ marginBottom: 16 }}
          title={t('tokens.created')}
          description={
            <Typography.Text code copyable>
              {secret}
            </Typography.Text>
          }
        />
      )}
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<ApiToken>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data}
          pagination={false}
          scroll={{ x: 700 }}
          columns={[
            { title: t('tokens.name'), dataIndex: 'name' },
            {
              title: 'ID',
              dataIndex: 'prefix',
              render: (v: string) => <Typography.Text code>{v}…</Typography.Text>,
            },
            {
              title: t('tokens.scopes'),
              dataIndex: 'scopes',
              render: (s: string[]) => s.map((x) => <Tag key={x}>{t(`tokens.${x}`)}</Tag>),
            },
            { title: t('tokens.lastUsed'), dataIndex: 'lastUsedAt', render: fmt },
            { title: t('tokens.expires'), dataIndex: 'expiresAt', render: fmt },
            {
              title: t('common.actions'),
              render: (_, tok) =>
                tok.revokedAt ? (
                  <Tag>{t('tokens.revoked')}</Tag>
                ) : (
                  <Popconfirm title={t('tokens.revoke')} onConfirm={() => revoke.mutate(tok.id)}>
                    <Button danger size="small">
                      {t('tokens.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </PageState>
      <Modal
        open={open}
        title={t('tokens.create')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ scopes: ['read'] }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="scopes" label={t('tokens.scopes')} rules={[{ required: true }]}>
            <Checkbox.Group
              options={[
                { label: t('tokens.read'), value: 'read' },
                { label: t('tokens.write'), value: 'write' },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
