import { accessPurposeSchema, type AccessPurpose } from '@huahe/contracts';
import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSave } from '../../components/forms';
import { useIpWrites } from './api';

interface Values {
  requesterOrganisationId: string;
  purpose: AccessPurpose;
  justification: string;
}

/**
 * Asks another member for access rights to background IP or a result, saying why the access is
 * "needed"; the terms and the deadline follow from the agreement and come back with the request.
 */
export function AccessRequestModal(props: {
  consortiumId: string;
  requesters: { value: string; label: string }[];
  target: { kind: 'background' | 'result'; id: string; title: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form);
  const writes = useIpWrites(props.consortiumId);
  const submit = (v: Values) =>
    save(
      () =>
        writes.request.mutateAsync({
          requesterOrganisationId: v.requesterOrganisationId,
          ...(props.target.kind === 'background'
            ? { backgroundIpId: props.target.id }
            : { resultId: props.target.id }),
          purpose: v.purpose,
          justification: v.justification.trim(),
        }),
      t('ip.access.sent'),
      props.onClose,
    );
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={640}
      title={t('ip.access.ask')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.request.isPending}
    >
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t('ip.access.target')}</Typography.Text> {props.target.title}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          purpose: 'work',
          requesterOrganisationId: props.requesters.length === 1 ? props.requesters[0]?.value : undefined,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="requesterOrganisationId" label={t('ip.access.requester')} rules={[required]}>
          <Select options={props.requesters} />
        </Form.Item>
        <Form.Item name="purpose" label={t('ip.access.purpose')} rules={[required]}>
          <Radio.Group
            options={accessPurposeSchema.options.map((p) => ({
              value: p,
              label: t(`ip.access.purposes.${p}`),
            }))}
          />
        </Form.Item>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ip.access.neededHint')} />
        <Form.Item
          name="justification"
          label={t('ip.access.justification')}
          rules={[required, { min: 10, message: t('validation.tooShort', { min: 10 }) }, { max: 4000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
