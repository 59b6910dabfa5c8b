import { Col, Descriptions, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField, LocalizedField, useRequired, type StepProps } from './fields';

/** Step 1: the consortium's name, field and purpose, and the term. */
export function BasicsStep(props: StepProps & { template: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Descriptions
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'template',
            label: t('agreements.f.template'),
            children: t(`agreements.template.${props.template}`),
          },
        ]}
      />
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item
            name={['consortium', 'name', 'zh']}
            label={t('agreements.f.consortiumName')}
            rules={[required]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={['consortium', 'name', 'en']} label={t('agreements.f.english')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <LocalizedField name={['consortium', 'field']} label={t('agreements.f.field')} />
      <LocalizedField
        name={['consortium', 'purpose']}
        label={t('agreements.f.purpose')}
        rows={6}
        testId="purpose"
      />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <DateField name={['term', 'startsOn']} label={t('agreements.f.startsOn')} />
        </Col>
        <Col xs={24} md={12}>
          <DateField name={['term', 'endsOn']} label={t('agreements.f.endsOn')} testId="ends-on" />
        </Col>
      </Row>
    </>
  );
}
