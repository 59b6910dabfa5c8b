import { consortiumInputSchema, type Consortium } from '@huahe/contracts';
import { App, Col, DatePicker, Form, Input, Modal, Row, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, blankToNull, zodRule } from '../../components/forms';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import { OrganisationSelect } from '../../components/RecordSelect';

const shape = consortiumInputSchema.shape;

interface Values {
  nameZh: string;
  nameEn?: string;
  field?: string;
  industryChain?: string;
  goalsSummary?: string;
  leadOrganisationId: string;
  foundedOn?: Dayjs | null;
  regionCode?: string | null;
  isPublic: boolean;
}

/** Registers a self-organised consortium with its lead unit (the first member). */
export function ConsortiumCreateModal(props: { onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rule = (s: Parameters<typeof zodRule>[0]) => zodRule(s, lang);
  const submit = async (v: Values) => {
    const { foundedOn, isPublic, leadOrganisationId, ...text } = v;
    try {
      const c = await post<Consortium>('/api/consortia', {
        ...blankToNull(text),
        leadOrganisationId,
        isPublic,
        foundedOn: foundedOn ? foundedOn.format('YYYY-MM-DD') : null,
      });
      message.success(t('common.saved'));
      props.onSaved(c.id);
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };
  const half = { xs: 24, md: 12 };
  return (
    <Modal open width={760} title={t('consortia.create')} onCancel={props.onClose} onOk={() => form.submit()}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ isPublic: true }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="nameZh"
              label={t('consortia.nameZh')}
              rules={[{ required: true, message: t('validation.required') }, rule(shape.nameZh)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="nameEn" label={t('consortia.nameEn')} rules={[rule(shape.nameEn)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="leadOrganisationId"
              label={t('consortia.lead')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <OrganisationSelect />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="field" label={t('consortia.field')} rules={[rule(shape.field)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="industryChain"
              label={t('consortia.industryChain')}
              rules={[rule(shape.industryChain)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="regionCode" label={t('consortia.region')}>
              <LazyRegionCascader style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="foundedOn" label={t('consortia.founded')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="isPublic" label={t('consortia.isPublic')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="goalsSummary" label={t('consortia.goals')} rules={[rule(shape.goalsSummary)]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
