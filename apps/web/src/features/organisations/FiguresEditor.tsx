import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { moneySchema, type Organisation } from '@huahe/contracts';
import { Button, Col, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { useFormSave, zodRule } from '../../components/forms';
import { useOrganisationWrites, type FigureRow } from './api';

interface Values {
  figures: FigureRow[];
}

const blank = (v: string | null | undefined) =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim();

/** Edits the yearly figures; money is typed and sent as decimal strings, intensity is derived by the server. */
export function FiguresEditor(props: { organisation: Organisation; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form);
  const { figures } = useOrganisationWrites(props.organisation.id);
  const money = zodRule(moneySchema, lang);
  const initial: Values = {
    figures: [...props.organisation.figures]
      .sort((a, b) => a.year - b.year)
      .map((f) => ({
        year: f.year,
        revenue: f.revenue,
        rdSpending: f.rdSpending,
        rdStaff: f.rdStaff,
        staff: f.staff,
      })),
  };
  const submit = (v: Values) =>
    save(
      () =>
        figures.mutateAsync(
          (v.figures ?? []).map((f) => ({
            year: f.year,
            revenue: blank(f.revenue),
            rdSpending: blank(f.rdSpending),
            rdStaff: f.rdStaff ?? null,
            staff: f.staff ?? null,
          })),
        ),
      t('common.saved'),
      props.onClose,
    );
  return (
    <Modal
      open
      width={860}
      title={t('figures.edit')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={figures.isPending}
    >
      <Typography.Paragraph type="secondary">{t('figures.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.List name="figures">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row
                  gutter={8}
                  key={field.key}
                  align="bottom"
                  style={{ borderBottom: '1px dashed #f0f0f0', marginBottom: 8 }}
                >
                  <Col xs={12} md={3}>
                    <Form.Item
                      name={[field.name, 'year']}
                      label={t('figures.year')}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <InputNumber min={1950} max={2100} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item
                      name={[field.name, 'revenue']}
                      label={t('figures.revenueYuan')}
                      rules={[money]}
                    >
                      <Input inputMode="decimal" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item
                      name={[field.name, 'rdSpending']}
                      label={t('figures.rdSpendingYuan')}
                      rules={[money]}
                    >
                      <Input inputMode="decimal" />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={4}>
                    <Form.Item name={[field.name, 'rdStaff']} label={t('figures.rdStaff')}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={4}>
                    <Form.Item name={[field.name, 'staff']} label={t('figures.staff')}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={1}>
                    <Form.Item>
                      <Button
                        danger
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ year: new Date().getFullYear() - 1 })}
              >
                {t('figures.addYear')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
