import { DISSOLUTION_TRIGGER_LABELS, type Agreement } from '@huahe/contracts';
import { Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../labels';
import { DaysField, LocalizedField, PartySelect, useRequired, type StepProps } from './fields';

/** Step 10: confidentiality, the external-liability unit, the dispute forum (one of two), dissolution. */
export function LegalStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance<Agreement>();
  const forum = Form.useWatch(['dispute', 'forum', 'kind'], { form, preserve: true }) as
    'arbitration' | 'litigation' | undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('agreements.f.confidentialityAndLiability')}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name={['confidentiality', 'termYears']} label={t('agreements.f.confidentialityYears')}>
              <InputNumber
                min={1}
                max={50}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('agreements.f.unit.years')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="externalLiabilityPartyId"
              label={t('agreements.f.liabilityUnit')}
              tooltip={t('agreements.f.liabilityHelp')}
            >
              <PartySelect parties={props.parties} allowClear />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('agreements.f.dispute')}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <DaysField name={['dispute', 'negotiationDays']} label={t('agreements.f.negotiationDays')} />
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name={['dispute', 'forum', 'kind']}
              label={t('agreements.f.forum')}
              extra={t('agreements.f.forumHelp')}
            >
              <Radio.Group
                data-testid="dispute-forum"
                options={(['arbitration', 'litigation'] as const).map((k) => ({
                  value: k,
                  label: t(`agreements.f.forums.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {forum === 'arbitration' && (
          <Form.Item
            name={['dispute', 'forum', 'commission']}
            label={t('agreements.f.commission')}
            rules={[required]}
          >
            <Input placeholder={t('agreements.f.commissionPlaceholder')} data-testid="forum-commission" />
          </Form.Item>
        )}
        {forum === 'litigation' && (
          <Form.Item name={['dispute', 'forum', 'court']} label={t('agreements.f.court')} rules={[required]}>
            <Input placeholder={t('agreements.f.courtPlaceholder')} data-testid="forum-court" />
          </Form.Item>
        )}
      </Card>
      <Card size="small" title={t('agreements.f.dissolution')}>
        <Form.Item name={['term', 'dissolutionTriggers']} label={t('agreements.f.dissolutionTriggers')}>
          <Checkbox.Group
            options={(
              Object.keys(DISSOLUTION_TRIGGER_LABELS) as (keyof typeof DISSOLUTION_TRIGGER_LABELS)[]
            ).map((k) => ({
              value: k,
              label: pick(DISSOLUTION_TRIGGER_LABELS[k], props.lang),
            }))}
          />
        </Form.Item>
        <LocalizedField name={['term', 'liquidation']} label={t('agreements.f.liquidation')} rows={4} />
      </Card>
    </Space>
  );
}
