import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CONTRIBUTION_CATEGORY_LABELS } from '@huahe/contracts';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelSelect, PartySelect, useRatioRule, useRequired, type Name, type StepProps } from './fields';
import { RowsList } from './RowsList';

const METHODS = [
  'equal',
  'fixed',
  'proportional',
  'shapley',
  'improved-shapley',
  'nucleolus',
  'mcrs',
] as const;
type Method = (typeof METHODS)[number];
const VALUE_BASED: Method[] = ['shapley', 'improved-shapley', 'nucleolus', 'mcrs'];
const DEFAULT_CATEGORIES = [
  { category: 'cash', weight: '1/2' },
  { category: 'person_months', weight: '1/2' },
];

/** A list of (party, value) rows: fixed shares or agreed weights. */
function PartyValues(props: StepProps & { name: Name; field: 'share' | 'weight'; ratio?: boolean }) {
  const { t } = useTranslation();
  const required = useRequired();
  const ratio = useRatioRule();
  return (
    <Form.List name={props.name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Row gutter={8} key={f.key}>
              <Col xs={14} md={12}>
                <Form.Item name={[f.name, 'partyId']} rules={[required]}>
                  <PartySelect parties={props.parties} />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[f.name, props.field]} rules={props.ratio ? [required, ratio] : [required]}>
                  <Input placeholder={t(`agreements.f.${props.field}`)} />
                </Form.Item>
              </Col>
              <Col flex="none">
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(f.name)}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('agreements.f.addRow')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Step 8: the revenue-sharing method and its parameters, the inventors' reward and settlement. */
export function RevenueStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const ratio = useRatioRule();
  const form = Form.useFormInstance();
  const method = Form.useWatch(['revenue', 'sharing', 'method'], { form, preserve: true }) as
    Method | undefined;
  const basis = Form.useWatch(['revenue', 'sharing', 'basis'], { form, preserve: true }) as
    'weights' | 'contributions' | undefined;
  const reward = Form.useWatch(['revenue', 'inventorReward', 'mode'], { form, preserve: true }) as
    'statutory' | 'share' | undefined;
  const path = ['revenue', 'sharing'];
  const usesCategories =
    (method && VALUE_BASED.includes(method)) || (method === 'proportional' && basis !== 'weights');

  // Switching method fills in the parameters it needs, keeping what was already entered.
  const onMethod = (m: Method) => {
    const s = (form.getFieldValue(path) ?? {}) as Record<string, unknown>;
    const partyRows = (field: string, v: string) =>
      props.parties.map((p) => ({ partyId: p.organisationId, [field]: v }));
    form.setFieldValue(path, {
      ...s,
      method: m,
      ...(m === 'fixed' && !Array.isArray(s.shares) ? { shares: partyRows('share', '') } : {}),
      ...(m === 'proportional' && !s.basis ? { basis: 'contributions' } : {}),
      ...((VALUE_BASED.includes(m) || m === 'proportional') && !Array.isArray(s.categoryWeights)
        ? { categoryWeights: DEFAULT_CATEGORIES }
        : {}),
      ...(m === 'improved-shapley' && !Array.isArray(s.factors)
        ? {
            factors: [
              { name: 'risk', label: t('agreements.f.factorRisk'), weight: '1/2' },
              { name: 'investment', label: t('agreements.f.factorInvestment'), weight: '1/2' },
            ],
            factorWeightsBy: 'agreed',
          }
        : {}),
    });
  };
  const onBasis = (b: 'weights' | 'contributions') => {
    const s = (form.getFieldValue(path) ?? {}) as Record<string, unknown>;
    form.setFieldValue(path, {
      ...s,
      basis: b,
      ...(b === 'weights' && !Array.isArray(s.weights)
        ? { weights: props.parties.map((p) => ({ partyId: p.organisationId, weight: '1' })) }
        : {}),
      ...(b === 'contributions' && !Array.isArray(s.categoryWeights)
        ? { categoryWeights: DEFAULT_CATEGORIES }
        : {}),
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('agreements.f.sharing')}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('agreements.f.method')}
              required
              extra={method ? t(`agreements.f.methodHelp.${method}`) : undefined}
            >
              <Select
                value={method}
                onChange={onMethod}
                data-testid="revenue-method"
                options={METHODS.map((m) => ({ value: m, label: t(`agreements.f.methods.${m}`) }))}
              />
            </Form.Item>
          </Col>
          {method === 'proportional' && (
            <Col xs={24} md={12}>
              <Form.Item label={t('agreements.f.basis')}>
                <Select
                  value={basis ?? 'contributions'}
                  onChange={onBasis}
                  options={(['contributions', 'weights'] as const).map((b) => ({
                    value: b,
                    label: t(`agreements.f.bases.${b}`),
                  }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        {method === 'fixed' && <PartyValues {...props} name={[...path, 'shares']} field="share" ratio />}
        {method === 'proportional' && basis === 'weights' && (
          <PartyValues {...props} name={[...path, 'weights']} field="weight" />
        )}
        {usesCategories && (
          <>
            <Typography.Text>{t('agreements.f.categoryWeights')}</Typography.Text>
            <RowsList
              name={[...path, 'categoryWeights']}
              addLabel={t('agreements.f.addRow')}
              newRow={() => ({})}
              rowStyle={{ marginTop: 8 }}
              row={(f) => (
                <>
                  <Col xs={14} md={12}>
                    <Form.Item name={[f.name, 'category']} rules={[required]} style={{ marginBottom: 8 }}>
                      <LabelSelect labels={CONTRIBUTION_CATEGORY_LABELS} />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Form.Item
                      name={[f.name, 'weight']}
                      rules={[required, ratio]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input placeholder={t('agreements.f.weight')} />
                    </Form.Item>
                  </Col>
                </>
              )}
            />
          </>
        )}
        {method === 'improved-shapley' && (
          <div style={{ marginTop: 16 }}>
            <Typography.Text>{t('agreements.f.factors')}</Typography.Text>
            <RowsList
              name={[...path, 'factors']}
              addLabel={t('agreements.f.addRow')}
              newRow={() => ({})}
              rowStyle={{ marginTop: 8 }}
              row={(f) => (
                <>
                  <Col xs={8} md={6}>
                    <Form.Item name={[f.name, 'name']} rules={[required]} style={{ marginBottom: 8 }}>
                      <Input placeholder="risk" />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Form.Item name={[f.name, 'label']} rules={[required]} style={{ marginBottom: 8 }}>
                      <Input placeholder={t('agreements.f.factorLabel')} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={5}>
                    <Form.Item
                      name={[f.name, 'weight']}
                      rules={[required, ratio]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input placeholder={t('agreements.f.weight')} />
                    </Form.Item>
                  </Col>
                </>
              )}
            />
            <Form.Item
              name={[...path, 'factorWeightsBy']}
              label={t('agreements.f.factorWeightsBy')}
              style={{ marginTop: 16 }}
            >
              <Select
                options={(['agreed', 'ahp'] as const).map((k) => ({
                  value: k,
                  label: t(`agreements.f.factorWeightsBys.${k}`),
                }))}
              />
            </Form.Item>
          </div>
        )}
      </Card>

      <Card size="small" title={t('agreements.f.inventorReward')}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={['revenue', 'inventorReward', 'mode']} label={t('agreements.f.rewardMode')}>
              <Select
                options={(['statutory', 'share'] as const).map((k) => ({
                  value: k,
                  label: t(`agreements.f.rewardModes.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          {reward === 'share' && (
            <Col xs={24} md={6}>
              <Form.Item
                name={['revenue', 'inventorReward', 'share']}
                label={t('agreements.f.rewardShare')}
                rules={[required, ratio]}
              >
                <Input />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={6}>
            <Form.Item
              name={['revenue', 'settlementDays']}
              label={t('agreements.f.settlementDays')}
              rules={[required]}
            >
              <InputNumber
                min={1}
                max={365}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('agreements.f.unit.days')}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
