import { Alert, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormSave } from '../../components/forms';
import { FenMoney } from '../distributions/Money';
import { cleanAmount, toFen } from '../distributions/money';
import { moneyRule } from '../distributions/rules';
import { useDealWrites } from './api';

const saveProps = { 'data-testid': 'revenue-save' };

interface Values {
  receivedOn: Dayjs;
  amount: string;
  deductibleCosts?: string;
  note?: string;
}

/** Records money received on a deal: amount, deductible costs and (shown as typed) the net income. */
export function RevenueModal(props: { dealId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form);
  const writes = useDealWrites(props.dealId);
  const amount = cleanAmount(Form.useWatch('amount', form));
  const costs = cleanAmount(Form.useWatch('deductibleCosts', form) || '0');
  const net = amount && costs ? toFen(amount)! - toFen(costs)! : undefined;
  const submit = (v: Values) =>
    save(
      () =>
        writes.revenue.mutateAsync({
          receivedOn: v.receivedOn.format('YYYY-MM-DD'),
          amount: cleanAmount(v.amount)!,
          deductibleCosts: cleanAmount(v.deductibleCosts || '0')!,
          note: v.note?.trim() || null,
        }),
      t('common.saved'),
      props.onClose,
    );
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      title={t('deals.recordRevenue')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={saveProps}
      confirmLoading={writes.revenue.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: dayjs(), deductibleCosts: '0.00' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="receivedOn" label={t('deals.receivedOn')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="amount" label={t('deals.amountYuan')} rules={[required, moneyRule(t)]}>
              <Input inputMode="decimal" data-testid="revenue-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="deductibleCosts"
              label={t('deals.costsYuan')}
              tooltip={t('deals.costsHint')}
              rules={[moneyRule(t)]}
            >
              <Input inputMode="decimal" data-testid="revenue-costs" />
            </Form.Item>
          </Col>
        </Row>
        <Alert
          style={{ marginBottom: 16 }}
          type={net !== undefined && net < 0n ? 'error' : 'info'}
          title={
            <span data-testid="revenue-net">
              {t('deals.netPreview')}
              {net === undefined ? '-' : <FenMoney fen={net} strong />}
              {net !== undefined && net < 0n && ` — ${t('deals.costsTooHigh')}`}
            </span>
          }
        />
        <Form.Item name="note" label={t('results.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
