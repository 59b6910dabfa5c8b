import { dealKindSchema, usccSchema, type DealKind } from '@huahe/contracts';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { cleanAmount } from '../distributions/money';
import { moneyRule } from '../distributions/rules';
import { useResults } from '../results/api';
import { createDeal } from './api';

interface Values {
  kind: DealKind;
  title: string;
  counterparty: string;
  counterpartyUscc?: string;
  contractValue?: string;
  signedOn?: Dayjs | null;
  resultIds?: string[];
}

/** Records a deal: kind, counterparty (credit code checked), contract value and the results it covers. */
export function DealModal(props: {
  consortiumId: string;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const results = useResults(props.consortiumId, {}, 1, 200);
  const submit = async (v: Values) => {
    try {
      const d = await createDeal(props.consortiumId, {
        kind: v.kind,
        title: v.title.trim(),
        counterparty: v.counterparty.trim(),
        counterpartyUscc: v.counterpartyUscc?.trim() || null,
        contractValue: cleanAmount(v.contractValue) ?? null,
        signedOn: v.signedOn ? v.signedOn.format('YYYY-MM-DD') : null,
        resultIds: v.resultIds ?? [],
      });
      message.success(t('common.saved'));
      props.onSaved(d.id);
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };
  const required = { required: true, message: t('validation.required') };
  const half = { xs: 24, md: 12 };
  return (
    <Modal open width={760} title={t('deals.create')} onCancel={props.onClose} onOk={() => form.submit()}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'licence' }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="kind" label={t('deals.kind')} rules={[required]}>
              <Select
                options={dealKindSchema.options.map((k) => ({ value: k, label: t(`deals.kinds.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="signedOn" label={t('deals.signedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t('deals.titleLabel')} rules={[required, { max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="counterparty"
              label={t('deals.counterparty')}
              tooltip={t('deals.counterpartyHint')}
              rules={[required, { max: 300 }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="counterpartyUscc"
              label={t('deals.counterpartyUscc')}
              rules={[zodRule(usccSchema, lang)]}
            >
              <Input style={{ fontFamily: 'monospace' }} maxLength={18} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="contractValue" label={t('deals.contractValueYuan')} rules={[moneyRule(t)]}>
              <Input inputMode="decimal" placeholder="1200000.00" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="resultIds" label={t('deals.results')}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                loading={results.isLoading}
                options={(results.data?.items ?? []).map((r) => ({ value: r.id, label: r.title }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
