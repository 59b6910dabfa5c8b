import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PersonMonthsSchema, YuanSchema, type Agreement } from '@huahe/contracts';
import { Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LocalizedField, PartySelect, useRequired, type StepProps } from './fields';
import { RowsList } from './RowsList';

/** A rule checking a decimal string with the shared schema, with the interface's own message. */
function useDecimalRule(schema: { safeParse: (v: unknown) => { success: boolean } }, messageKey: string) {
  const { t } = useTranslation();
  return {
    validator: async (_: unknown, v: unknown) => {
      if (v === undefined || v === null || v === '') return;
      if (!schema.safeParse(typeof v === 'string' ? v.trim() : v).success) throw new Error(t(messageKey));
    },
  };
}

/** Step 6: each party's input commitment (cash, in kind, staff) and the funds-management rules. */
export function FundingStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const yuan = useDecimalRule(YuanSchema, 'agreements.f.yuanInvalid');
  const months = useDecimalRule(PersonMonthsSchema, 'agreements.f.personMonthsInvalid');
  const form = Form.useFormInstance<Agreement>();
  const commitments = (Form.useWatch(['funding', 'commitments'], { form, preserve: true }) ?? []) as Partial<
    Agreement['funding']['commitments'][number]
  >[];
  const listed = new Set(commitments.map((c) => c?.partyId));
  const missing = props.parties.filter((p) => !listed.has(p.organisationId));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form.List name={['funding', 'commitments']}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="commitments">
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                extra={
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(f.name)}
                  />
                }
                title={t('agreements.f.commitmentN', { n: i + 1 })}
              >
                <Row gutter={12}>
                  <Col xs={24} md={10}>
                    <Form.Item name={[f.name, 'partyId']} label={t('agreements.f.party')} rules={[required]}>
                      <PartySelect parties={props.parties} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={7}>
                    <Form.Item
                      name={[f.name, 'cashYuan']}
                      label={t('agreements.f.cashYuan')}
                      rules={[required, yuan]}
                    >
                      <Input
                        suffix={t('agreements.f.unit.yuan')}
                        inputMode="decimal"
                        data-testid={`commitment-${i}-cash`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={7}>
                    <Form.Item
                      name={[f.name, 'personMonths']}
                      label={t('agreements.f.personMonths')}
                      rules={[required, months]}
                    >
                      <Input
                        suffix={t('agreements.f.unit.personMonths')}
                        inputMode="decimal"
                        data-testid={`commitment-${i}-months`}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <RowsList
                  name={[f.name, 'inKind']}
                  addLabel={t('agreements.f.addInKind')}
                  newRow={() => ({ description: { zh: '' }, valueYuan: '' })}
                  row={(x) => (
                    <>
                      <Col flex="auto">
                        <Form.Item name={[x.name, 'description', 'zh']} rules={[required]}>
                          <Input placeholder={t('agreements.f.inKindDescription')} />
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={6}>
                        <Form.Item name={[x.name, 'valueYuan']} rules={[required, yuan]}>
                          <Input
                            suffix={t('agreements.f.unit.yuan')}
                            placeholder={t('agreements.f.inKindValue')}
                          />
                        </Form.Item>
                      </Col>
                    </>
                  )}
                />
              </Card>
            ))}
            <Space wrap>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ cashYuan: '', personMonths: '', inKind: [] })}
              >
                {t('agreements.f.addCommitment')}
              </Button>
              {missing.length > 0 && (
                <Button
                  type="dashed"
                  data-testid="add-commitment-per-party"
                  onClick={() =>
                    missing.forEach((p) =>
                      add({ partyId: p.organisationId, cashYuan: '', personMonths: '', inKind: [] }),
                    )
                  }
                >
                  {t('agreements.f.addCommitmentPerParty', { count: missing.length })}
                </Button>
              )}
            </Space>
          </Space>
        )}
      </Form.List>
      <Typography.Text type="secondary">{t('agreements.f.moneyHelp')}</Typography.Text>
      <LocalizedField name={['funding', 'managementRules']} label={t('agreements.f.fundsRules')} rows={5} />
    </Space>
  );
}
