import { DECISION_TYPE_LABELS, type Agreement, type JsonPatchOp } from '@huahe/contracts';
import { Alert, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { useRatioRule, useRequired } from '../form/fields';
import { pick } from '../labels';
import { AMENDMENTS, currentValue, type AmendmentInput } from './amendments';

/** The fields of an amendment: one of the common changes, the value now and the JSON-patch it makes. */
export function AmendmentFields(props: { base: Agreement; amendment: AmendmentInput; ops: JsonPatchOp[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const required = useRequired();
  const ratio = useRatioRule();
  const { amendment, ops } = props;
  const current = currentValue(props.base, amendment);
  const voteTypes = props.base.governance.decisionRules
    .filter((r) => r.procedure === 'vote')
    .map((r) => r.type);
  return (
    <>
      <Form.Item name={['amendment', 'kind']} label={t('agreements.motions.change')}>
        <Select
          data-testid="amendment-kind"
          showSearch={{ optionFilterProp: 'label' }}
          options={AMENDMENTS.map((k) => ({
            value: k,
            label: t(`agreements.motions.amendments.${k}`),
          }))}
        />
      </Form.Item>
      <Row gutter={12}>
        {amendment.kind === 'majority' && (
          <Col xs={24} md={12}>
            <Form.Item name={['amendment', 'decisionType']} label={t('agreements.motions.decisionType')}>
              <Select
                options={voteTypes.map((d) => ({
                  value: d,
                  label: pick(DECISION_TYPE_LABELS[d], lang),
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item label={t('agreements.motions.current')}>
            <Typography.Text strong data-testid="amendment-current">
              {current ?? '-'}
            </Typography.Text>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {amendment.kind === 'confidentiality' && (
            <Form.Item
              name={['amendment', 'years']}
              label={t('agreements.motions.newValue')}
              rules={[required]}
            >
              <InputNumber
                min={1}
                max={50}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('agreements.f.unit.years')}
                data-testid="amendment-value"
              />
            </Form.Item>
          )}
          {amendment.kind === 'majority' && (
            <Form.Item
              name={['amendment', 'threshold']}
              label={t('agreements.motions.newValue')}
              rules={[required, ratio]}
              tooltip={t('agreements.f.ratioHelp')}
            >
              <Input data-testid="amendment-value" />
            </Form.Item>
          )}
          {(amendment.kind === 'publication_objection' || amendment.kind === 'notice_days') && (
            <Form.Item
              name={['amendment', 'days']}
              label={t('agreements.motions.newValue')}
              rules={[required]}
            >
              <InputNumber
                min={0}
                max={3650}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('agreements.f.unit.days')}
                data-testid="amendment-value"
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      {ops.length > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={t('agreements.motions.patch')}
          description={ops.map((op, i) => (
            <div key={i}>
              <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {JSON.stringify(op)}
              </Typography.Text>
            </div>
          ))}
        />
      )}
    </>
  );
}
