import { PARTY_ROLE_LABELS, UsccSchema, memberTierSchema } from '@huahe/contracts';
import { Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../../../components/forms';
import { pick } from '../labels';
import { LabelSelect, LocalizedField, useRequired, type StepProps } from './fields';

/** Step 2: each party's identification: legal name, credit code, domicile, legal representative, signer, role. */
export function PartiesStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.List name="parties">
      {(fields) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {fields.map((f, i) => {
            const p = props.parties[i];
            return (
              <Card
                key={f.key}
                size="small"
                data-testid={`party-${i}`}
                title={
                  <Typography.Text strong ellipsis>
                    {p ? pick(p.legalName, props.lang) : `#${i + 1}`}
                  </Typography.Text>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={14}>
                    <Form.Item
                      name={[f.name, 'legalName', 'zh']}
                      label={t('agreements.f.legalName')}
                      rules={[required]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name={[f.name, 'legalName', 'en']} label={t('agreements.f.english')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[f.name, 'creditCode']}
                      label={t('agreements.f.creditCode')}
                      rules={[zodRule(UsccSchema, props.lang, (v) => String(v).trim())]}
                    >
                      <Input maxLength={18} data-testid={`party-${i}-credit-code`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[f.name, 'legalRepresentative']}
                      label={t('agreements.f.legalRepresentative')}
                    >
                      <Input data-testid={`party-${i}-legal-rep`} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[f.name, 'role']} label={t('agreements.f.role')} rules={[required]}>
                      <LabelSelect labels={PARTY_ROLE_LABELS} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[f.name, 'tier']} label={t('agreements.f.tier')}>
                      <Select
                        allowClear
                        options={memberTierSchema.options.map((x) => ({
                          value: x,
                          label: t(`consortia.tiers.${x}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <LocalizedField
                  name={[f.name, 'domicile']}
                  label={t('agreements.f.domicile')}
                  testId={`party-${i}-domicile`}
                />
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[f.name, 'authorisedSigner', 'name']}
                      label={t('agreements.f.signerName')}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[f.name, 'authorisedSigner', 'title']}
                      label={t('agreements.f.signerTitle')}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          <Typography.Text type="secondary">{t('agreements.f.partiesFromMembers')}</Typography.Text>
        </Space>
      )}
    </Form.List>
  );
}
