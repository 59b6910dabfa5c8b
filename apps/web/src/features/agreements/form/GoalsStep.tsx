import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Agreement } from '@huahe/contracts';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LocalizedField, PartySelect, useRequired, type Name, type StepProps } from './fields';

/** A list of short texts (indicators, deliverables) in Chinese with optional English. */
function TextList(props: { name: Name; label: string; addLabel: string; testId?: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.List name={props.name}>
      {(fields, { add, remove }) => (
        <div data-testid={props.testId}>
          <div>
            <Typography.Text>{props.label}</Typography.Text>
          </div>
          {fields.map((f, i) => (
            <Row gutter={8} key={f.key} align="top" style={{ marginTop: 8 }}>
              <Col flex="auto">
                <Row gutter={8}>
                  <Col xs={24} md={14}>
                    <Form.Item name={[f.name, 'zh']} rules={[required]} style={{ marginBottom: 8 }}>
                      <Input
                        placeholder={`${i + 1}.`}
                        data-testid={props.testId ? `${props.testId}-${i}` : undefined}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name={[f.name, 'en']} style={{ marginBottom: 8 }}>
                      <Input placeholder={t('agreements.f.english')} />
                    </Form.Item>
                  </Col>
                </Row>
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
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            style={{ margin: '8px 0 16px' }}
            onClick={() => add({ zh: '' })}
            data-testid={props.testId ? `${props.testId}-add` : undefined}
          >
            {props.addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** Step 3: the technical innovation goals with their indicators, and the task division. */
export function GoalsStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance<Agreement>();
  const goals = (Form.useWatch('goals', { form, preserve: true }) ?? []) as Partial<
    Agreement['goals'][number]
  >[];
  const tasks = (Form.useWatch('tasks', { form, preserve: true }) ?? []) as Partial<
    Agreement['tasks'][number]
  >[];
  const tasked = new Set(tasks.flatMap((x) => [x?.leadPartyId, ...(x?.participantPartyIds ?? [])]));
  const untasked = props.parties.filter((p) => !tasked.has(p.organisationId));
  return (
    <>
      <Typography.Title level={5}>{t('agreements.f.goals')}</Typography.Title>
      <Form.List name="goals">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                title={t('agreements.f.goalN', { n: i + 1 })}
                extra={
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('common.delete')}
                  />
                }
              >
                <LocalizedField
                  name={[f.name, 'title']}
                  label={t('agreements.f.goalTitle')}
                  required
                  rows={3}
                  testId={`goal-${i}-title`}
                />
                <TextList
                  name={[f.name, 'indicators']}
                  label={t('agreements.f.indicators')}
                  addLabel={t('agreements.f.addIndicator')}
                  testId={`goal-${i}-indicator`}
                />
                <Row gutter={12}>
                  <Col xs={12} md={6}>
                    <Form.Item name={[f.name, 'trl', 'start']} label={t('agreements.f.trlStart')}>
                      <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[f.name, 'trl', 'target']} label={t('agreements.f.trlTarget')}>
                      <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: { zh: '' }, indicators: [{ zh: '' }] })}
              data-testid="add-goal"
            >
              {t('agreements.f.addGoal')}
            </Button>
          </Space>
        )}
      </Form.List>

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('agreements.f.tasks')}
      </Typography.Title>
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                title={t('agreements.f.taskN', { n: i + 1 })}
                extra={
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('common.delete')}
                  />
                }
              >
                <LocalizedField
                  name={[f.name, 'title']}
                  label={t('agreements.f.taskTitle')}
                  required
                  testId={`task-${i}-title`}
                />
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[f.name, 'leadPartyId']}
                      label={t('agreements.f.taskLead')}
                      rules={[required]}
                    >
                      <PartySelect parties={props.parties} testId={`task-${i}-lead`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[f.name, 'participantPartyIds']}
                      label={t('agreements.f.taskParticipants')}
                    >
                      <PartySelect parties={props.parties} multiple testId={`task-${i}-participants`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[f.name, 'goalIndex']} label={t('agreements.f.taskGoal')}>
                      <Select
                        allowClear
                        options={goals.map((g, gi) => ({
                          value: gi,
                          label: `${t('agreements.f.goalN', { n: gi + 1 })}${g?.title?.zh ? `${t('agreements.colon')}${g.title.zh}` : ''}`,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <TextList
                  name={[f.name, 'deliverables']}
                  label={t('agreements.f.deliverables')}
                  addLabel={t('agreements.f.addDeliverable')}
                />
              </Card>
            ))}
            <Space wrap>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ title: { zh: '' }, participantPartyIds: [], deliverables: [] })}
                data-testid="add-task"
              >
                {t('agreements.f.addTask')}
              </Button>
              {untasked.length > 0 && (
                <Button
                  type="dashed"
                  onClick={() =>
                    untasked.forEach((p) =>
                      add({
                        title: { zh: '' },
                        leadPartyId: p.organisationId,
                        participantPartyIds: [],
                        deliverables: [],
                      }),
                    )
                  }
                >
                  {t('agreements.f.addTaskPerParty', { count: untasked.length })}
                </Button>
              )}
            </Space>
          </Space>
        )}
      </Form.List>
    </>
  );
}
