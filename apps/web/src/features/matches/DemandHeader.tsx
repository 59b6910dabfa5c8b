import { DeleteOutlined, EditOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import type { Demand } from '@huahe/contracts';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';
import { formatDate, formatMoney } from '../../components/format';
import { kindLabel, regionFullLabel } from '../../components/labels';
import { useNarrow } from '../../components/useNarrow';
import { useDemandWrites } from './api';
import { DemandFormModal } from './DemandFormModal';
import { ListingStatusTag, nameIn, Trl, VisibilityTag } from './labels';

/** A budget range in yuan, exactly as sent (never a float). */
export function Budget(props: { min: string | null; max: string | null }) {
  const { t } = useTranslation();
  const min = props.min ? formatMoney(props.min) : null;
  const max = props.max ? formatMoney(props.max) : null;
  const text =
    min && max
      ? t('matching.budget.range', { min, max })
      : min
        ? t('matching.budget.from', { min })
        : max
          ? t('matching.budget.upTo', { max })
          : '-';
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{text}</span>;
}

/** Closes a demand with an optional reason: it is no longer ranked or introduced. */
function CloseDemandModal(props: { demand: Demand; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { close } = useDemandWrites();
  return (
    <Modal
      open
      title={t('matching.demands.closeTitle')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ danger: true }}
      okText={t('matching.demands.close')}
      confirmLoading={close.isPending}
    >
      <Typography.Paragraph type="secondary">{t('matching.demands.closeHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          close.mutate(
            { id: props.demand.id, reason: v.reason?.trim() || null },
            { onSuccess: props.onClose, onError: (err) => message.error(err.message) },
          )
        }
      >
        <Form.Item name="reason" label={t('matching.noteOptional')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A demand: title, status, who posted it, what it needs (TRL, budget, region, deadline) and its text. */
export function DemandHeader(props: { demand: Demand }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { reopen, remove } = useDemandWrites();
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const narrow = useNarrow();
  const d = props.demand;
  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="demand-title">
            {d.title}
          </Typography.Title>
          <div style={{ marginTop: 8 }}>
            <ListingStatusTag status={d.status} />
            <VisibilityTag visibility={d.visibility} />
          </div>
        </div>
        {d.canEdit && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="demand-edit">
              {t('common.edit')}
            </Button>
            {d.status === 'open' ? (
              <Button icon={<StopOutlined />} onClick={() => setClosing(true)} data-testid="demand-close">
                {t('matching.demands.close')}
              </Button>
            ) : (
              <Button
                icon={<RollbackOutlined />}
                loading={reopen.isPending}
                onClick={() => reopen.mutate(d.id, { onError: (err) => message.error(err.message) })}
              >
                {t('matching.reopen')}
              </Button>
            )}
            <Popconfirm
              title={t('matching.demands.confirmDelete')}
              description={t('matching.demands.deleteHint')}
              onConfirm={() =>
                remove
                  .mutateAsync(d.id)
                  .then(() => navigate('/demands'))
                  .catch((err: Error) => message.error(err.message))
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
      <Descriptions
        size="small"
        layout={narrow ? 'vertical' : 'horizontal'}
        style={{ marginTop: 12 }}
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'org',
            label: t('matching.demands.organisation'),
            children: (
              <span>
                <Link to={`/organisations/${d.organisation.id}`}>{nameIn(d.organisation, lang)}</Link>
                {d.organisation.isExample && <ExampleTag />}
                <Tag style={{ marginInlineStart: 6 }}>{kindLabel(d.organisation.kind, lang)}</Tag>
              </span>
            ),
          },
          {
            key: 'consortium',
            label: t('matching.demands.consortium'),
            children: d.consortium ? (
              <Link to={`/consortia/${d.consortium.id}`}>{d.consortium.nameZh}</Link>
            ) : (
              '-'
            ),
          },
          { key: 'trl', label: t('matching.demands.trlNeeded'), children: <Trl trl={d.trlNeeded} /> },
          {
            key: 'budget',
            label: t('matching.demands.budget'),
            children: <Budget min={d.budgetMin} max={d.budgetMax} />,
          },
          {
            key: 'region',
            label: t('matching.demands.region'),
            children: regionFullLabel(d.regionPreference, lang) || t('matching.demands.regionAny'),
          },
          { key: 'deadline', label: t('matching.demands.deadline'), children: formatDate(d.deadline) },
          { key: 'posted', label: t('matching.demands.posted'), children: formatDate(d.createdAt) },
          {
            key: 'tags',
            label: t('matching.tags'),
            span: 'filled',
            children: d.tags.length ? (
              <span data-testid="demand-tags">
                {d.tags.map((x) => (
                  <Tag key={x} color="blue">
                    {x}
                  </Tag>
                ))}
              </span>
            ) : (
              '-'
            ),
          },
          {
            key: 'description',
            label: t('matching.demands.description'),
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{d.description}</span>,
          },
        ]}
      />
      {editing && <DemandFormModal demand={d} onClose={() => setEditing(false)} onSaved={() => undefined} />}
      {closing && <CloseDemandModal demand={d} onClose={() => setClosing(false)} />}
    </Card>
  );
}
