import { personInputSchema, type Person } from '@huahe/contracts';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, blankToNull, zodRule } from '../../components/forms';
import { usePersonWrites, type PersonInput } from './api';

const shape = personInputSchema.shape;

/** Adds a person to an organisation, or edits one. */
export function PersonModal(props: { organisationId: string; person?: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonInput>();
  const writes = usePersonWrites(props.organisationId);
  const p = props.person;
  const rule = (s: Parameters<typeof zodRule>[0]) => zodRule(s, lang);
  const submit = async (raw: PersonInput) => {
    const { expertise, ...rest } = raw;
    const v = { ...blankToNull(rest), nameZh: rest.nameZh.trim(), expertise: expertise ?? [] };
    try {
      if (p) await writes.update.mutateAsync({ ...v, id: p.id });
      else await writes.create.mutateAsync(v);
      message.success(t('common.saved'));
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };
  const half = { xs: 24, md: 12 };
  return (
    <Modal
      open
      width={720}
      title={p ? t('people.edit') : t('people.add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.create.isPending || writes.update.isPending}
    >
      <Form<PersonInput>
        form={form}
        layout="vertical"
        name="person"
        initialValues={
          p
            ? {
                nameZh: p.nameZh,
                nameEn: p.nameEn,
                title: p.title,
                email: p.email,
                expertise: p.expertise,
                bio: p.bio,
              }
            : { expertise: [] }
        }
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="nameZh"
              label={t('people.nameZh')}
              rules={[{ required: true, message: t('validation.required') }, rule(shape.nameZh)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="nameEn" label={t('people.nameEn')} rules={[rule(shape.nameEn)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="title" label={t('people.title')} rules={[rule(shape.title)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="email" label={t('people.email')} rules={[rule(shape.email)]}>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="expertise" label={t('people.expertise')} rules={[rule(shape.expertise)]}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="bio" label={t('people.bio')} rules={[rule(shape.bio)]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
