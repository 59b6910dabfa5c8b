import { BODY_LABELS, DECISION_TYPE_LABELS, MAJORITY_BASE_LABELS, type DecisionRule } from '@huahe/contracts';
import { Col, Collapse, Form, Input, InputNumber, Row, Select, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../labels';
import { LabelSelect, useRatioRule, useRequired, type StepProps } from './fields';

type RuleValue = Partial<DecisionRule> & Record<string, unknown>;
const VOTE_BODIES = ['council', 'general_assembly', 'executive_board'] as const;

/** A one-line summary of a rule, shown in its collapsed header. */
function useSummary() {
  const { t } = useTranslation();
  return (r: RuleValue | undefined, lang: StepProps['lang']): string => {
    if (!r) return '';
    if (r.procedure === 'chief_scientist') return pick(BODY_LABELS.chief_scientist, lang);
    if (r.procedure !== 'vote') return '';
    const body = r.body ? pick(BODY_LABELS[r.body], lang) : '';
    return t('agreements.f.ruleSummary', {
      body,
      quorum: r.quorum?.threshold ?? '?',
      cmp: t(`agreements.f.comparison.${r.majority?.comparison ?? 'at_least'}`),
      threshold: r.majority?.threshold ?? '?',
      base: r.majority?.base ? pick(MAJORITY_BASE_LABELS[r.majority.base], lang) : '',
    });
  };
}

/** The voting rule of every decision type: body, quorum, majority, weights and written procedure. */
export function DecisionRules(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const ratio = useRatioRule();
  const form = Form.useFormInstance();
  const rules = (Form.useWatch(['governance', 'decisionRules'], { form, preserve: true }) ??
    []) as RuleValue[];
  const summary = useSummary();

  const setProcedure = (i: number, procedure: 'vote' | 'chief_scientist') => {
    const path = ['governance', 'decisionRules', i];
    const current = form.getFieldValue(path) as RuleValue;
    if (procedure === current.procedure) return;
    const model = rules.find((r) => r.procedure === 'vote');
    form.setFieldValue(
      path,
      procedure === 'chief_scientist'
        ? { procedure, type: current.type, consultExpertCommittee: true }
        : {
            procedure,
            type: current.type,
            body: model?.body ?? 'council',
            quorum: model?.quorum ?? { threshold: '2/3', basis: 'members' },
            majority: model?.majority ?? { threshold: '2/3', comparison: 'at_least', base: 'present' },
            weights: { kind: 'one_member_one_vote' },
            written: { allowed: false },
          },
    );
  };
  const setWeightsKind = (i: number, kind: 'one_member_one_vote' | 'weighted') => {
    const path = ['governance', 'decisionRules', i, 'weights'];
    form.setFieldValue(
      path,
      kind === 'weighted'
        ? { kind, weights: props.parties.map((p) => ({ partyId: p.organisationId, weight: 1 })) }
        : { kind },
    );
  };

  return (
    <Form.List name={['governance', 'decisionRules']}>
      {(fields) => (
        <Collapse
          size="small"
          data-testid="decision-rules"
          items={fields.map((f, i) => {
            const r = rules[i];
            const type = r?.type;
            const vote = r?.procedure === 'vote';
            const weighted = vote && (r.weights as { kind?: string } | undefined)?.kind === 'weighted';
            const written = vote && (r.written as { allowed?: boolean } | undefined)?.allowed === true;
            return {
              key: String(f.key),
              label: (
                <span>
                  <Typography.Text strong>
                    {type ? pick(DECISION_TYPE_LABELS[type], props.lang) : '?'}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {summary(r, props.lang)}
                  </Typography.Text>
                  {written && <Tag style={{ marginLeft: 8 }}>{t('agreements.f.writtenAllowed')}</Tag>}
                </span>
              ),
              children: (
                <>
                  <Row gutter={12}>
                    <Col xs={24} md={8}>
                      <Form.Item label={t('agreements.f.procedure')}>
                        <Select
                          value={r?.procedure}
                          onChange={(v: 'vote' | 'chief_scientist') => setProcedure(i, v)}
                          options={[
                            { value: 'vote', label: t('agreements.f.byVote') },
                            {
                              value: 'chief_scientist',
                              label: pick(BODY_LABELS.chief_scientist, props.lang),
                            },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    {vote ? (
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[f.name, 'body']}
                          label={t('agreements.f.votingBody')}
                          rules={[required]}
                        >
                          <Select
                            options={VOTE_BODIES.map((b) => ({
                              value: b,
                              label: pick(BODY_LABELS[b], props.lang),
                            }))}
                          />
                        </Form.Item>
                      </Col>
                    ) : (
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[f.name, 'consultExpertCommittee']}
                          label={t('agreements.f.consultExperts')}
                          valuePropName="checked"
                        >
                          <Switch />
                        </Form.Item>
                      </Col>
                    )}
                  </Row>
                  {vote && (
                    <>
                      <Row gutter={12}>
                        <Col xs={12} md={6}>
                          <Form.Item
                            name={[f.name, 'quorum', 'threshold']}
                            label={t('agreements.f.quorum')}
                            rules={[required, ratio]}
                            tooltip={t('agreements.f.ratioHelp')}
                          >
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item name={[f.name, 'quorum', 'basis']} label={t('agreements.f.quorumBasis')}>
                            <Select
                              options={(['members', 'weights'] as const).map((b) => ({
                                value: b,
                                label: t(`agreements.f.quorumBases.${b}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item
                            name={[f.name, 'majority', 'comparison']}
                            label={t('agreements.f.comparisonLabel')}
                          >
                            <Select
                              options={(['at_least', 'more_than'] as const).map((c) => ({
                                value: c,
                                label: t(`agreements.f.comparison.${c}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item
                            name={[f.name, 'majority', 'threshold']}
                            label={t('agreements.f.majority')}
                            rules={[required, ratio]}
                            tooltip={t('agreements.f.ratioHelp')}
                          >
                            <Input data-testid={`rule-${type ?? i}-majority`} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={[f.name, 'majority', 'base']}
                            label={t('agreements.f.majorityBase')}
                          >
                            <LabelSelect labels={MAJORITY_BASE_LABELS} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item label={t('agreements.f.weights')}>
                            <Select
                              value={weighted ? 'weighted' : 'one_member_one_vote'}
                              onChange={(v: 'weighted' | 'one_member_one_vote') => setWeightsKind(i, v)}
                              options={(['one_member_one_vote', 'weighted'] as const).map((k) => ({
                                value: k,
                                label: t(`agreements.f.weightKinds.${k}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={3}>
                          <Form.Item
                            name={[f.name, 'written', 'allowed']}
                            label={t('agreements.f.written')}
                            valuePropName="checked"
                          >
                            <Switch />
                          </Form.Item>
                        </Col>
                        {written && (
                          <Col xs={12} md={3}>
                            <Form.Item
                              name={[f.name, 'written', 'requirement']}
                              label={t('agreements.f.writtenRequirement')}
                            >
                              <Select
                                popupMatchSelectWidth={false}
                                options={(['same_majority', 'unanimity'] as const).map((k) => ({
                                  value: k,
                                  label: t(`agreements.f.writtenRequirements.${k}`),
                                }))}
                              />
                            </Form.Item>
                          </Col>
                        )}
                      </Row>
                      {weighted && (
                        <Form.List name={[f.name, 'weights', 'weights']}>
                          {(wf) => (
                            <Row gutter={12}>
                              {wf.map((w, wi) => {
                                const partyId = (r.weights as { weights?: { partyId: string }[] }).weights?.[
                                  wi
                                ]?.partyId;
                                const p = props.parties.find((x) => x.organisationId === partyId);
                                return (
                                  <Col xs={12} md={6} key={w.key}>
                                    <Form.Item
                                      name={[w.name, 'weight']}
                                      label={p ? pick(p.legalName, props.lang) : partyId}
                                      rules={[required]}
                                    >
                                      <InputNumber
                                        min={0}
                                        max={1_000_000}
                                        precision={0}
                                        style={{ width: '100%' }}
                                      />
                                    </Form.Item>
                                  </Col>
                                );
                              })}
                            </Row>
                          )}
                        </Form.List>
                      )}
                    </>
                  )}
                </>
              ),
            };
          })}
        />
      )}
    </Form.List>
  );
}
