import {
  CheckOutlined,
  CloseOutlined,
  CommentOutlined,
  StopOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import {
  closeMatchRequestSchema,
  memberTierSchema,
  partnerRequestSchema,
  type Match,
  type MatchSide,
} from '@huahe/contracts';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { useMatchSteps, type PartnerBody } from './api';
import { sideKey } from './labels';

type Step =
  | { type: 'respond'; side: MatchSide; decision: 'accept' | 'decline' }
  | { type: 'negotiate' }
  | { type: 'close' };

const submitProps = { 'data-testid': 'step-submit' };
const partnerProps = { 'data-testid': 'partner-submit' };

/** Shows an API error on the form's own fields, else (e.g. a 409 with its reason) as a message. */
function showError(
  form: Parameters<typeof applyFieldErrors>[0],
  err: unknown,
  message: { error: (text: string) => unknown },
  fields: string[],
) {
  if (err instanceof ApiError && err.details.some((d) => fields.includes(d.path.replace(/^body\./, ''))))
    applyFieldErrors(form, err, message);
  else message.error(err instanceof Error ? err.message : String(err));
}

/** A step that takes a note: answering, moving to negotiation (optional note) or closing (a reason). */
function StepModal(props: { match: Match; step: Step; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const w = useMatchSteps(props.match.id);
  const s = props.step;
  const closing = s.type === 'close';
  const title =
    s.type === 'respond'
      ? t(`matching.actions.${s.decision}Title`, { side: t(sideKey(props.match.kind, s.side)) })
      : t(`matching.actions.${s.type}Title`);
  const pending = w.respond.isPending || w.negotiate.isPending || w.close.isPending;
  const done = () => {
    message.success(t('matching.stepDone'));
    props.onClose();
  };
  const onError = (err: Error) => showError(form, err, message, ['note', 'reason']);
  const submit = (v: { note?: string }) => {
    const note = v.note?.trim() || null;
    if (s.type === 'respond')
      w.respond.mutate({ decision: s.decision, side: s.side, note }, { onSuccess: done, onError });
    else if (s.type === 'negotiate') w.negotiate.mutate(note, { onSuccess: done, onError });
    else w.close.mutate(note ?? '', { onSuccess: done, onError });
  };
  return (
    <Modal
      open
      title={title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{
        ...submitProps,
        danger: closing || (s.type === 'respond' && s.decision === 'decline'),
      }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={closing ? t('matching.closeReason') : t('matching.noteOptional')}
          rules={
            closing
              ? [
                  { required: true, whitespace: true, message: t('validation.required') },
                  zodRule(closeMatchRequestSchema.shape.reason, lang),
                ]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="step-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PartnerValues {
  outcome: PartnerBody['outcome'];
  contractReference?: string;
  role: 'core' | 'member' | 'supporting';
  tier: 'core' | 'close' | 'general';
  joinedOn?: Dayjs;
  note?: string;
}

/** Records the partnership: the candidate joins the consortium, or the parties sign a contract. */
function PartnerModal(props: { match: Match; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<PartnerValues>();
  const w = useMatchSteps(props.match.id);
  const canJoin = !!props.match.consortium;
  const outcome = Form.useWatch('outcome', form) ?? (canJoin ? 'joined_consortium' : 'contract');
  const submit = (v: PartnerValues) => {
    const body: PartnerBody =
      v.outcome === 'contract'
        ? {
            outcome: 'contract',
            contractReference: v.contractReference?.trim(),
            note: v.note?.trim() || null,
          }
        : {
            outcome: 'joined_consortium',
            role: v.role,
            tier: v.tier,
            ...(v.joinedOn ? { joinedOn: v.joinedOn.format('YYYY-MM-DD') } : {}),
            note: v.note?.trim() || null,
          };
    w.partner.mutate(body, {
      onSuccess: () => {
        message.success(t('matching.partnered'));
        props.onClose();
      },
      onError: (err) => showError(form, err, message, ['contractReference', 'joinedOn', 'note', 'outcome']),
    });
  };
  return (
    <Modal
      open
      title={t('matching.actions.partnerTitle')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={partnerProps}
      confirmLoading={w.partner.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          outcome: canJoin ? 'joined_consortium' : 'contract',
          role: 'member',
          tier: 'general',
          joinedOn: dayjs(),
        }}
      >
        <Form.Item name="outcome" label={t('matching.outcome')}>
          <Radio.Group
            data-testid="partner-outcome"
            options={[
              {
                value: 'joined_consortium',
                label: t('matching.outcomes.joined_consortium'),
                disabled: !canJoin,
              },
              { value: 'contract', label: t('matching.outcomes.contract') },
            ]}
          />
        </Form.Item>
        {outcome === 'contract' ? (
          <Form.Item
            name="contractReference"
            label={t('matching.contractReference')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              zodRule(partnerRequestSchema.shape.contractReference.unwrap(), lang),
            ]}
          >
            <Input maxLength={300} data-testid="contract-reference" />
          </Form.Item>
        ) : (
          <Space wrap style={{ width: '100%' }} size={12}>
            <Form.Item name="role" label={t('consortia.role')} style={{ minWidth: 140 }}>
              <Select
                options={(['core', 'member', 'supporting'] as const).map((r) => ({
                  value: r,
                  label: t(`consortia.roles.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="tier" label={t('consortia.tier')} style={{ minWidth: 140 }}>
              <Select
                options={memberTierSchema.options.map((r) => ({
                  value: r,
                  label: t(`consortia.tiers.${r}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="joinedOn" label={t('consortia.joinedOn')}>
              <DatePicker allowClear={false} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="note" label={t('matching.noteOptional')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The steps the caller may take on a match now, as buttons; nothing when there is none. */
export function MatchActions(props: { match: Match }) {
  const { t } = useTranslation();
  const m = props.match;
  const [step, setStep] = useState<Step | null>(null);
  const [partnering, setPartnering] = useState(false);
  const both = m.can.respondAs.length > 1;
  const sideLabel = (side: MatchSide) => t(sideKey(m.kind, side));
  const any = m.can.respondAs.length > 0 || m.can.negotiate || m.can.partner || m.can.close;
  if (!any) return null;
  return (
    <>
      <Space wrap data-testid="match-actions">
        {m.can.respondAs.map((side) => (
          <Space.Compact key={side}>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              data-testid={`accept-${side}`}
              onClick={() => setStep({ type: 'respond', side, decision: 'accept' })}
            >
              {both
                ? t('matching.actions.acceptAs', { side: sideLabel(side) })
                : t('matching.actions.accept')}
            </Button>
            <Button
              icon={<CloseOutlined />}
              data-testid={`decline-${side}`}
              onClick={() => setStep({ type: 'respond', side, decision: 'decline' })}
            >
              {both
                ? t('matching.actions.declineAs', { side: sideLabel(side) })
                : t('matching.actions.decline')}
            </Button>
          </Space.Compact>
        ))}
        {m.can.negotiate && (
          <Button
            type="primary"
            icon={<CommentOutlined />}
            data-testid="negotiate"
            onClick={() => setStep({ type: 'negotiate' })}
          >
            {t('matching.actions.negotiate')}
          </Button>
        )}
        {m.can.partner && (
          <Button
            type="primary"
            icon={<TrophyOutlined />}
            data-testid="partner"
            onClick={() => setPartnering(true)}
          >
            {t('matching.actions.partner')}
          </Button>
        )}
        {m.can.close && (
          <Button
            danger
            icon={<StopOutlined />}
            data-testid="close-match"
            onClick={() => setStep({ type: 'close' })}
          >
            {t('matching.actions.close')}
          </Button>
        )}
      </Space>
      {step && <StepModal match={m} step={step} onClose={() => setStep(null)} />}
      {partnering && <PartnerModal match={m} onClose={() => setPartnering(false)} />}
    </>
  );
}
