import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DECISION_TYPE_LABELS, type DecisionType } from '@huahe/contracts';
import { Button, Card, Col, Form, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecisionRules } from './DecisionRules';
import { DaysField, LabelSelect, LocalizedField, PartySelect, useRequired, type StepProps } from './fields';

/** Who holds a veto right: every party, or the parties listed. */
function HoldersInput(props: {
  value?: 'all_parties' | string[];
  onChange?: (v: 'all_parties' | string[]) => void;
  parties: StepProps['parties'];
  id?: string;
}) {
  const { t } = useTranslation();
  const all = props.value === 'all_parties' || props.value === undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} id={props.id}>
      <Radio.Group
        value={all ? 'all' : 'listed'}
        onChange={(e) => props.onChange?.(e.target.value === 'all' ? 'all_parties' : [])}
        options={[
          { value: 'all', label: t('agreements.f.vetoAll') },
          { value: 'listed', label: t('agreements.f.vetoListed') },
        ]}
      />
      {!all && (
        <PartySelect
          parties={props.parties}
          multiple
          value={Array.isArray(props.value) ? props.value : []}
          onChange={(v) => props.onChange?.(Array.isArray(v) ? v : [])}
        />
      )}
    </Space>
  );
}

/** Step 5: meetings, the voting rule of every decision type, vetoes, written procedure and ties. */
export function DecisionsStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('agreements.f.meetings')}>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'meetings', 'noticeDays', 'ordinary']}
              label={t('agreements.f.noticeOrdinary')}
            />
          </Col>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'meetings', 'noticeDays', 'extraordinary']}
              label={t('agreements.f.noticeExtraordinary')}
            />
          </Col>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'meetings', 'agendaItemDeadlineDays', 'ordinary']}
              label={t('agreements.f.agendaOrdinary')}
            />
          </Col>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'meetings', 'agendaItemDeadlineDays', 'extraordinary']}
              label={t('agreements.f.agendaExtraordinary')}
            />
          </Col>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'meetings', 'minutesDraftDays']}
              label={t('agreements.f.minutesDraft')}
            />
          </Col>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'meetings', 'minutesAcceptanceDays']}
              label={t('agreements.f.minutesAcceptance')}
            />
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={['governance', 'meetings', 'remoteAllowed']}
              label={t('agreements.f.remoteAllowed')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <div>
        <Typography.Title level={5}>{t('agreements.f.decisionRules')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('agreements.f.decisionRulesHelp')}</Typography.Paragraph>
        <DecisionRules {...props} />
      </div>

      <Card size="small" title={t('agreements.f.vetoRights')}>
        <Form.List name={['governance', 'vetoRights']}>
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  type="inner"
                  size="small"
                  title={t('agreements.f.vetoN', { n: i + 1 })}
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
                  <Row gutter={12}>
                    <Col xs={24} md={10}>
                      <Form.Item name={[f.name, 'holders']} label={t('agreements.f.vetoHolders')}>
                        <HoldersInput parties={props.parties} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={10}>
                      <Form.Item
                        name={[f.name, 'decisionTypes']}
                        label={t('agreements.f.vetoTypes')}
                        rules={[required]}
                      >
                        <LabelSelect<DecisionType> labels={DECISION_TYPE_LABELS} multiple />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <DaysField name={[f.name, 'windowDays']} label={t('agreements.f.vetoWindow')} />
                    </Col>
                  </Row>
                  <LocalizedField name={[f.name, 'grounds']} label={t('agreements.f.vetoGrounds')} rows={3} />
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ holders: 'all_parties', decisionTypes: [], windowDays: 15 })}
              >
                {t('agreements.f.addVeto')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Card>

      <Card size="small" title={t('agreements.f.writtenProcedure')}>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <DaysField
              name={['governance', 'writtenProcedure', 'responseDays']}
              label={t('agreements.f.responseDays')}
            />
          </Col>
          <Col xs={12} md={9}>
            <Form.Item
              name={['governance', 'writtenProcedure', 'silence']}
              label={t('agreements.f.silence')}
              rules={[required]}
            >
              <Select
                options={(['consent', 'no_vote'] as const).map((k) => ({
                  value: k,
                  label: t(`agreements.f.silences.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item
              name={['governance', 'tieBreak']}
              label={t('agreements.f.tieBreak')}
              rules={[required]}
            >
              <Select
                options={(['fails', 'chair_casting_vote'] as const).map((k) => ({
                  value: k,
                  label: t(`agreements.f.tieBreaks.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
