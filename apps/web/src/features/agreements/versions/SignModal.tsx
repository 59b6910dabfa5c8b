import type { AgreementVersion, AgreementView } from '@huahe/contracts';
import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useAgreementWrites } from '../api';

/**
 * Signing a version for one's organisation: the signer sees the digest they sign, confirms having
 * read that text, and re-enters their password.
 */
export function SignModal(props: {
  view: AgreementView;
  version: AgreementVersion;
  party: AgreementView['signableBy'][number];
  onClose: () => void;
  onSigned: (view: AgreementView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ read: boolean; password: string }>();
  const { sign } = useAgreementWrites(props.view.consortiumId, props.view.id);
  const v = props.version;

  const submit = async (values: { password: string }) => {
    try {
      const next = await sign.mutateAsync({ versionId: v.id, password: values.password, digest: v.digest });
      message.success(t('agreements.sign.done', { name: props.party.organisationName }));
      props.onSigned(next);
      props.onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid_credentials') {
        form.setFields([{ name: 'password', errors: [t('agreements.sign.wrongPassword')] }]);
        return;
      }
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal
      open
      title={t('agreements.sign.title', { number: v.number })}
      okText={t('agreements.sign.ok')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={sign.isPending}
      okButtonProps={{ ...submitTestId }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('agreements.sign.as', { name: props.party.organisationName, number: v.number })}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('agreements.sign.digestLabel')}</Typography.Text>
      <Typography.Paragraph
        code
        copyable
        data-testid="sign-digest"
        style={{ wordBreak: 'break-all', fontSize: 13, marginTop: 4 }}
      >
        {v.digest}
      </Typography.Paragraph>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('agreements.sign.explain')} />
      <Form form={form} layout="vertical" name="sign" onFinish={(x) => void submit(x)}>
        <Form.Item
          name="read"
          valuePropName="checked"
          rules={[
            {
              validator: async (_: unknown, checked: unknown) => {
                if (!checked) throw new Error(t('agreements.sign.mustRead'));
              },
            },
          ]}
        >
          <Checkbox data-testid="sign-read">{t('agreements.sign.read', { number: v.number })}</Checkbox>
        </Form.Item>
        <Form.Item
          name="password"
          label={t('agreements.sign.password')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="sign-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const submitTestId = { 'data-testid': 'sign-submit' };
