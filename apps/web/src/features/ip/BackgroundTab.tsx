import { PlusOutlined } from '@ant-design/icons';
import type { BackgroundIp } from '@huahe/contracts';
import { Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { formatDate } from '../../components/format';
import { useFormSave } from '../../components/forms';
import { PageState } from '../../components/PageState';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { memberOptions, ownOrganisations } from '../results/labels';
import { AccessRequestModal } from './AccessRequestModal';
import { useBackgroundIp, useIpWrites } from './api';

/** The background IP each member brings, with what it excludes; others may ask for access rights. */
export function BackgroundTab(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession().data;
  const consortium = useConsortium(props.consortiumId).data;
  const q = useBackgroundIp(props.consortiumId);
  const [member, setMember] = useState<string | undefined>();
  const [declaring, setDeclaring] = useState(false);
  const [asking, setAsking] = useState<BackgroundIp | null>(null);
  const members = memberOptions(consortium, lang);
  const own = ownOrganisations(session).filter((o) => members.some((m) => m.value === o));
  const declarable = consortium?.canManage ? members : members.filter((m) => own.includes(m.value));
  const rows = (q.data ?? [])
    .filter((b) => !member || b.organisation.id === member)
    .sort(
      (a, b) =>
        a.organisation.name.localeCompare(b.organisation.name, 'zh-CN') || a.title.localeCompare(b.title),
    );
  return (
    <>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('ip.byMember')}
          style={{ width: 280, maxWidth: '100%' }}
          value={member}
          onChange={(v: string | undefined) => setMember(v)}
          options={members}
        />
        {declarable.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDeclaring(true)}>
            {t('ip.background.declare')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('ip.background.hint')}</Typography.Paragraph>
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<BackgroundIp>
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('ip.background.none') }}
          columns={[
            { title: t('ip.owner'), key: 'org', width: 200, render: (_, b) => b.organisation.name },
            { title: t('ip.itemTitle'), dataIndex: 'title', width: 240 },
            {
              title: t('results.identifier'),
              dataIndex: 'identifier',
              width: 160,
              render: (v: string | null) => (v ? <span style={{ fontFamily: 'monospace' }}>{v}</span> : '-'),
            },
            {
              title: t('ip.background.exclusions'),
              dataIndex: 'exclusions',
              render: (v: string | null) => (
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: 'collapsible' }}>
                  {v ?? '-'}
                </Typography.Paragraph>
              ),
            },
            { title: t('ip.declaredOn'), dataIndex: 'createdAt', width: 110, render: formatDate },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 120,
              render: (_, b) =>
                own.length > 0 && !own.includes(b.organisation.id) ? (
                  <Button size="small" onClick={() => setAsking(b)}>
                    {t('ip.access.ask')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </PageState>
      {declaring && (
        <DeclareModal
          consortiumId={props.consortiumId}
          options={declarable}
          onClose={() => setDeclaring(false)}
        />
      )}
      {asking && (
        <AccessRequestModal
          consortiumId={props.consortiumId}
          requesters={members.filter((m) => own.includes(m.value))}
          target={{ kind: 'background', id: asking.id, title: asking.title }}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}

interface DeclareValues {
  organisationId: string;
  title: string;
  identifier?: string;
  description?: string;
  exclusions?: string;
}

function DeclareModal(props: {
  consortiumId: string;
  options: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeclareValues>();
  const save = useFormSave(form);
  const writes = useIpWrites(props.consortiumId);
  const submit = (v: DeclareValues) =>
    save(
      () =>
        writes.declare.mutateAsync({
          organisationId: v.organisationId,
          title: v.title.trim(),
          identifier: v.identifier?.trim() || null,
          description: v.description?.trim() || null,
          exclusions: v.exclusions?.trim() || null,
        }),
      t('common.saved'),
      props.onClose,
    );
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={640}
      title={t('ip.background.declare')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.declare.isPending}
    >
      <Form<DeclareValues>
        form={form}
        layout="vertical"
        initialValues={{ organisationId: props.options.length === 1 ? props.options[0]?.value : undefined }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="organisationId" label={t('ip.owner')} rules={[required]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={props.options} />
        </Form.Item>
        <Form.Item name="title" label={t('ip.itemTitle')} rules={[required, { max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="identifier" label={t('results.identifier')} rules={[{ max: 80 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('results.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item
          name="exclusions"
          label={t('ip.background.exclusions')}
          tooltip={t('ip.background.exclusionsHint')}
          rules={[{ max: 5000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
