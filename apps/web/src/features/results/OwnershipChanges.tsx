import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { RatioSchema, type OwnershipChange, type ResultDetail } from '@huahe/contracts';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { useFormSave, zodRule } from '../../components/forms';
import { PageState } from '../../components/PageState';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { useOwnershipChanges, useResultWrites } from './api';
import { formatInstant } from '../../components/format';
import { memberOptions, ownOrganisations, ShareText } from './labels';

const statusColors: Record<OwnershipChange['status'], string> = {
  pending: 'processing',
  applied: 'success',
  refused: 'error',
};

/** Proposed changes of owners, each with every co-owner's answer; the caller answers for its organisation. */
export function OwnershipChanges(props: { result: ResultDetail }) {
  const { t } = useTranslation();
  const r = props.result;
  const q = useOwnershipChanges(r.id);
  const [proposing, setProposing] = useState(false);
  return (
    <Card
      title={t('results.changes.title')}
      size="small"
      data-testid="ownership-changes"
      extra={
        r.canManage &&
        !r.pendingOwnershipChangeId && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
            {t('results.changes.propose')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('results.changes.hint')}</Typography.Paragraph>
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        {q.data?.length ? (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {q.data.map((c) => (
              <ChangeItem key={c.id} result={r} change={c} />
            ))}
          </Space>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('results.changes.none')} />
        )}
      </PageState>
      {proposing && <ProposeModal result={r} onClose={() => setProposing(false)} />}
    </Card>
  );
}

function ChangeItem(props: { result: ResultDetail; change: OwnershipChange }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const session = useSession().data;
  const own = ownOrganisations(session);
  const writes = useResultWrites(props.result.id);
  const c = props.change;
  const answer = (organisationId: string, decision: 'consent' | 'refuse') => {
    let note = '';
    modal.confirm({
      title: t(decision === 'consent' ? 'results.changes.confirmConsent' : 'results.changes.confirmRefuse'),
      content: (
        <Input.TextArea
          placeholder={t('results.changes.notePlaceholder')}
          onChange={(e) => (note = e.target.value)}
          autoSize={{ minRows: 2 }}
        />
      ),
      okButtonProps: { danger: decision === 'refuse' },
      onOk: async () => {
        try {
          await writes.answer.mutateAsync({
            changeId: c.id,
            organisationId,
            decision,
            note: note.trim() || null,
          });
          message.success(t('common.saved'));
        } catch (err) {
          message.error(err instanceof Error ? err.message : String(err));
        }
      },
    });
  };
  return (
    <Card
      type="inner"
      size="small"
      title={<Tag color={statusColors[c.status]}>{t(`results.changes.status.${c.status}`)}</Tag>}
      extra={formatInstant(c.createdAt)}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'owners',
            label: t('results.changes.newOwners'),
            children: (
              <Space wrap size={[12, 4]}>
                {c.owners.map((o) => (
                  <span key={o.organisationId}>
                    {o.name} <ShareText share={o.share} />
                  </span>
                ))}
              </Space>
            ),
          },
          { key: 'reason', label: t('results.changes.reason'), children: c.reason },
          { key: 'by', label: t('results.changes.proposedBy'), children: c.proposedBy ?? '-' },
        ]}
      />
      <Table
        rowKey="organisationId"
        size="small"
        pagination={false}
        dataSource={c.consents}
        scroll={{ x: 560 }}
        columns={[
          { title: t('results.changes.coOwner'), dataIndex: 'name' },
          {
            title: t('results.changes.answer'),
            key: 'decision',
            width: 200,
            render: (_, x) =>
              x.decision ? (
                <Tag color={x.decision === 'consent' ? 'success' : 'error'}>
                  {t(`results.changes.decisions.${x.decision}`)}
                </Tag>
              ) : c.status === 'pending' && own.includes(x.organisationId) ? (
                <Space size={4}>
                  <Button
                    size="small"
                    type="primary"
                    data-testid="consent"
                    onClick={() => answer(x.organisationId, 'consent')}
                  >
                    {t('results.changes.consent')}
                  </Button>
                  <Button size="small" danger onClick={() => answer(x.organisationId, 'refuse')}>
                    {t('results.changes.refuse')}
                  </Button>
                </Space>
              ) : (
                <Tag>{t('results.changes.awaiting')}</Tag>
              ),
          },
          {
            title: t('results.changes.answeredBy'),
            key: 'by',
            render: (_, x) => (x.by ? `${x.by} · ${formatInstant(x.at)}` : '-'),
          },
          { title: t('results.note'), dataIndex: 'note', render: (v: string | null) => v ?? '-' },
        ]}
      />
    </Card>
  );
}

interface ProposeValues {
  owners: { organisationId?: string; share?: string }[];
  reason: string;
}

function ProposeModal(props: { result: ResultDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<ProposeValues>();
  const save = useFormSave(form);
  const writes = useResultWrites(props.result.id);
  const consortium = useConsortium(props.result.consortiumId).data;
  const current = props.result.owners.map((o) => ({ value: o.organisationId, label: o.name }));
  const options = [
    ...current,
    ...memberOptions(consortium, lang).filter((m) => !current.some((c) => c.value === m.value)),
  ];
  const submit = (v: ProposeValues) =>
    save(
      () =>
        writes.proposeChange.mutateAsync({
          owners: v.owners.map((o) => ({ organisationId: o.organisationId!, share: o.share!.trim() })),
          reason: v.reason.trim(),
        }),
      t('common.saved'),
      props.onClose,
    );
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={680}
      title={t('results.changes.propose')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.proposeChange.isPending}
    >
      <Form<ProposeValues>
        form={form}
        layout="vertical"
        initialValues={{
          owners: props.result.owners.map((o) => ({ organisationId: o.organisationId, share: o.share })),
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.List name="owners">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key}>
                  <Col xs={24} md={14}>
                    <Form.Item name={[f.name, 'organisationId']} rules={[required]}>
                      <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
                    </Form.Item>
                  </Col>
                  <Col xs={18} md={8}>
                    <Form.Item name={[f.name, 'share']} rules={[required, zodRule(RatioSchema, lang)]}>
                      <Input placeholder={t('results.sharePlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={2}>
                    {fields.length > 1 && (
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                    )}
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({})}
                style={{ marginBottom: 16 }}
              >
                {t('results.addOwner')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="reason" label={t('results.changes.reason')} rules={[required, { max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
