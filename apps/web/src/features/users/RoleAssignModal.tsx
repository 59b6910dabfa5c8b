import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleScope, roleSchema, type Role, type User } from '@huahe/contracts';
import { del, post } from '../../api/client';
import { applyFieldErrors } from '../../components/forms';
import { ConsortiumSelect, OrganisationSelect } from '../../components/RecordSelect';

/** Grant or withdraw a user's roles; a role is bound to an organisation or consortium where it needs one. */
export function RoleAssignModal(props: { user: User; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ role: Role; organisationId?: string; consortiumId?: string }>();
  const role = Form.useWatch('role', form);
  const assign = useMutation({
    mutationFn: (v: { role: Role; organisationId?: string; consortiumId?: string }) =>
      post<User>(`/api/users/${props.user.id}/roles`, v),
    onSuccess: () => {
      props.onSaved();
      props.onClose();
    },
    onError: (err) => applyFieldErrors(form, err, message),
  });
  const remove = useMutation({
    mutationFn: (roleId: string) => del<User>(`/api/users/${props.user.id}/roles/${roleId}`),
    onSuccess: () => {
      props.onSaved();
      props.onClose();
    },
  });
  const scope = role ? roleScope[role] : 'platform';
  return (
    <Modal
      open
      title={`${t('users.addRole')} · ${props.user.displayName}`}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={assign.isPending}
    >
      <div style={{ marginBottom: 16 }}>
        {props.user.roles.map((r) => (
          <Tag
            key={r.id}
            closable
            onClose={(e) => {
              e.preventDefault();
              remove.mutate(r.id);
            }}
          >
            {t(`roles.${r.role}`)} {r.organisationName ?? r.consortiumName ?? ''}
          </Tag>
        ))}
      </div>
      <Form form={form} layout="vertical" onFinish={(v) => assign.mutate(v)}>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select options={roleSchema.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {scope === 'organisation' && (
          <Form.Item name="organisationId" label={t('users.organisation')} rules={[{ required: true }]}>
            <OrganisationSelect testId="role-organisation" />
          </Form.Item>
        )}
        {scope === 'consortium' && (
          <Form.Item name="consortiumId" label={t('users.consortium')} rules={[{ required: true }]}>
            <ConsortiumSelect testId="role-consortium" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
