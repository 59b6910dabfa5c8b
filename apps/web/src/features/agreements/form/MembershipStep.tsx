import { UNSPENT_FUNDS_LABELS } from '@huahe/contracts';
import { Card, Col, Form, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DaysField, LabelSelect, LocalizedField, type StepProps } from './fields';

/** A yes/no clause as a switch. */
function Flag(props: { name: (string | number)[]; label: string }) {
  return (
    <Form.Item name={props.name} label={props.label} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
}

/** Step 9: admission of new parties, exit and its consequences, breach and expulsion. */
export function MembershipStep(_props: StepProps) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('agreements.f.admission')}>
        <LocalizedField
          name={['admission', 'conditions']}
          label={t('agreements.f.admissionConditions')}
          rows={4}
        />
        <Form.Item name={['admission', 'accessToEarlierResults']} label={t('agreements.f.accessToEarlier')}>
          <Select
            options={(['as_background', 'none'] as const).map((k) => ({
              value: k,
              label: t(`agreements.f.accessToEarlierOptions.${k}`),
            }))}
          />
        </Form.Item>
      </Card>
      <Card size="small" title={t('agreements.f.exit')}>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <DaysField name={['exit', 'noticeDays']} label={t('agreements.f.exitNotice')} />
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name={['exit', 'unspentFunds']} label={t('agreements.f.unspentFunds')}>
              <LabelSelect labels={UNSPENT_FUNDS_LABELS} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Flag name={['exit', 'requiresApproval']} label={t('agreements.f.exitApproval')} />
          </Col>
          <Col xs={24} md={8}>
            <Flag
              name={['exit', 'keepsAccessToResultsUntilExit']}
              label={t('agreements.f.exitKeepsAccess')}
            />
          </Col>
          <Col xs={24} md={8}>
            <Flag name={['exit', 'continuesGrantingAccess']} label={t('agreements.f.exitGrantsAccess')} />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('agreements.f.breach')}>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <DaysField name={['breach', 'remedyDays']} label={t('agreements.f.remedyDays')} />
          </Col>
          <Col xs={24} md={6}>
            <Flag name={['breach', 'recoverFunding']} label={t('agreements.f.recoverFunding')} />
          </Col>
          <Col xs={24} md={6}>
            <Flag name={['breach', 'contributedFundsRefunded']} label={t('agreements.f.fundsRefunded')} />
          </Col>
          <Col xs={24} md={6}>
            <Flag name={['breach', 'licencesSurvive']} label={t('agreements.f.licencesSurvive')} />
          </Col>
        </Row>
        <LocalizedField name={['breach', 'compensation']} label={t('agreements.f.compensation')} rows={3} />
      </Card>
    </Space>
  );
}
