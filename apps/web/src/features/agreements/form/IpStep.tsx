import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ACCESS_TERMS_LABELS,
  OWNERSHIP_RULE_LABELS,
  RESULT_TYPE_LABELS,
  JOINT_OWNERSHIP_LABELS,
  type Agreement,
} from '@huahe/contracts';
import { Button, Card, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../labels';
import { DaysField, LabelSelect, PartySelect, useRequired, type StepProps } from './fields';
import { RowsList } from './RowsList';

type Background = Partial<Agreement['ip']['background'][number]>;

/** Each party's background list (a positive list; an empty list declares "none"). */
function BackgroundList(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance<Agreement>();
  const decls = (Form.useWatch(['ip', 'background'], { form, preserve: true }) ?? []) as Background[];
  const declared = new Set(decls.map((d) => d?.partyId));
  const missing = props.parties.filter((p) => !declared.has(p.organisationId));
  return (
    <Form.List name={['ip', 'background']}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="background">
          {fields.map((f, i) => (
            <Card
              key={f.key}
              type="inner"
              size="small"
              title={
                <Form.Item name={[f.name, 'partyId']} rules={[required]} style={{ margin: 0, minWidth: 200 }}>
                  <PartySelect parties={props.parties} />
                </Form.Item>
              }
              extra={
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(f.name)}
                />
              }
            >
              <RowsList
                name={[f.name, 'items']}
                addLabel={t('agreements.f.addBackgroundItem')}
                newRow={() => ({ title: { zh: '' } })}
                empty={
                  <Typography.Paragraph type="secondary" data-testid={`background-${i}-none`}>
                    {t('agreements.f.backgroundNone')}
                  </Typography.Paragraph>
                }
                row={(x) => (
                  <>
                    <Col flex="auto">
                      <Form.Item name={[x.name, 'title', 'zh']} rules={[required]}>
                        <Input placeholder={t('agreements.f.backgroundTitle')} />
                      </Form.Item>
                    </Col>
                    <Col xs={9} md={7}>
                      <Form.Item name={[x.name, 'identifier']}>
                        <Input placeholder={t('agreements.f.backgroundIdentifier')} />
                      </Form.Item>
                    </Col>
                  </>
                )}
              />
            </Card>
          ))}
          <Space wrap>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ items: [], exclusions: [] })}>
              {t('agreements.f.addBackground')}
            </Button>
            {missing.length > 0 && (
              <Button
                type="dashed"
                data-testid="declare-none"
                onClick={() =>
                  missing.forEach((p) => add({ partyId: p.organisationId, items: [], exclusions: [] }))
                }
              >
                {t('agreements.f.declareNone', { count: missing.length })}
              </Button>
            )}
          </Space>
        </Space>
      )}
    </Form.List>
  );
}

/** Step 7: background, ownership of new results by type, joint ownership, access rights, publication. */
export function IpStep(props: StepProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Agreement>();
  const ownership = (Form.useWatch(['ip', 'ownership'], { form, preserve: true }) ?? []) as Partial<
    Agreement['ip']['ownership'][number]
  >[];
  const joint =
    Form.useWatch(['ip', 'jointOwnership'], { form, preserve: true }) ?? 'notice_and_fair_compensation';
  const ruleOptions = (Object.keys(OWNERSHIP_RULE_LABELS) as (keyof typeof OWNERSHIP_RULE_LABELS)[]).map(
    (k) => ({
      value: k,
      label: t(`agreements.f.ownershipRules.${k}`),
      title: pick(OWNERSHIP_RULE_LABELS[k], props.lang),
    }),
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('agreements.f.background')}>
        <Typography.Paragraph type="secondary">{t('agreements.f.backgroundHelp')}</Typography.Paragraph>
        <BackgroundList {...props} />
      </Card>

      <Card size="small" title={t('agreements.f.ownership')}>
        <Form.List name={['ip', 'ownership']}>
          {(fields) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: t('agreements.f.resultType'),
                  key: 'type',
                  render: (_: unknown, f: (typeof fields)[number]) => {
                    const type = ownership[f.name]?.resultType;
                    return type ? pick(RESULT_TYPE_LABELS[type], props.lang) : '';
                  },
                },
                {
                  title: t('agreements.f.ownershipRule'),
                  key: 'rule',
                  render: (_: unknown, f: (typeof fields)[number]) => (
                    <Form.Item name={[f.name, 'rule']} style={{ margin: 0 }}>
                      <Select options={ruleOptions} style={{ width: '100%', minWidth: 160 }} />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
        <Row gutter={12} style={{ marginTop: 16 }}>
          <Col xs={24} md={16}>
            <Form.Item
              name={['ip', 'jointOwnership']}
              label={t('agreements.f.jointOwnership')}
              extra={pick(JOINT_OWNERSHIP_LABELS[joint], props.lang)}
            >
              <Select
                options={(Object.keys(JOINT_OWNERSHIP_LABELS) as (keyof typeof JOINT_OWNERSHIP_LABELS)[]).map(
                  (k) => ({
                    value: k,
                    label: t(`agreements.f.jointOwnerships.${k}`),
                  }),
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <DaysField name={['ip', 'jointExploitationNoticeDays']} label={t('agreements.f.jointNotice')} />
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('agreements.f.accessRights')}>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name={['ip', 'accessRights', 'forWork']} label={t('agreements.f.accessForWork')}>
              <LabelSelect labels={ACCESS_TERMS_LABELS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['ip', 'accessRights', 'resultsForExploitation']}
              label={t('agreements.f.accessResults')}
            >
              <LabelSelect labels={ACCESS_TERMS_LABELS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['ip', 'accessRights', 'backgroundForExploitation']}
              label={t('agreements.f.accessBackground')}
            >
              <LabelSelect labels={ACCESS_TERMS_LABELS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <DaysField
              name={['ip', 'accessRights', 'requestWindowMonths']}
              label={t('agreements.f.requestWindow')}
              max={120}
              unit="months"
            />
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('agreements.f.publication')}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <DaysField
              name={['ip', 'publication', 'noticeDays']}
              label={t('agreements.f.publicationNotice')}
            />
          </Col>
          <Col xs={24} md={8}>
            <DaysField
              name={['ip', 'publication', 'objectionDays']}
              label={t('agreements.f.publicationObjection')}
              testId="publication-objection"
            />
          </Col>
          <Col xs={24} md={8}>
            <DaysField
              name={['ip', 'publication', 'maxDelayDays']}
              label={t('agreements.f.publicationDelay')}
            />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
