import {
  endMemberRequestSchema,
  memberRoleSchema,
  memberTierSchema,
  type ConsortiumMember,
  type MemberRole,
  type MemberTier,
} from '@huahe/contracts';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { useMemberWrites } from './api';

const nameOf = (m: ConsortiumMember) => m.organisation.nameZh;

/** Changes a current member's role or tier. */
export function EditMemberModal(props: {
  consortiumId: string;
  member: ConsortiumMember;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ role: MemberRole; tier: MemberTier }>();
  const { update } = useMemberWrites(props.consortiumId);
  const m = props.member;
  const roles = memberRoleSchema.options.filter((r) => r !== 'lead' || m.role === 'lead');
  return (
    <Modal
      open
      title={t('consortia.editMember', { name: nameOf(m) })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ role: m.role, tier: m.tier }}
        onFinish={(v) =>
          update.mutate(
            { memberId: m.id, ...v },
            {
              onSuccess: () => {
                message.success(t('common.saved'));
                props.onClose();
              },
              onError: (err) => applyFieldErrors(form, err, message),
            },
          )
        }
      >
        <Form.Item name="role" label={t('consortia.role')}>
          <Select
            disabled={m.role === 'lead'}
            options={roles.map((r) => ({ value: r, label: t(`consortia.roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="tier" label={t('consortia.tier')}>
          <Select
            options={memberTierSchema.options.map((r) => ({ value: r, label: t(`consortia.tiers.${r}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Ends a membership on a date, with the reason (kept in the history). */
export function EndMemberModal(props: {
  consortiumId: string;
  member: ConsortiumMember;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ leftOn: Dayjs; leaveReason: string }>();
  const { end } = useMemberWrites(props.consortiumId);
  const m = props.member;
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      title={t('consortia.endMember', { name: nameOf(m) })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ danger: true }}
      okText={t('consortia.end')}
      confirmLoading={end.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ leftOn: dayjs() }}
        onFinish={(v) =>
          end.mutate(
            { memberId: m.id, leftOn: v.leftOn.format('YYYY-MM-DD'), leaveReason: v.leaveReason.trim() },
            {
              onSuccess: () => {
                message.success(t('consortia.memberEnded'));
                props.onClose();
              },
              onError: (err) => applyFieldErrors(form, err, message),
            },
          )
        }
      >
        <Form.Item name="leftOn" label={t('consortia.leftOn')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(m.joinedOn), 'day')} />
        </Form.Item>
        <Form.Item
          name="leaveReason"
          label={t('consortia.leaveReason')}
          rules={[required, zodRule(endMemberRequestSchema.shape.leaveReason, lang)]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
