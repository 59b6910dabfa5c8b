import { LeftOutlined, RightOutlined, SaveOutlined } from '@ant-design/icons';
import { AGREEMENT_FORM_STEPS, type AgreementView, type FormStepId } from '@huahe/contracts';
import { Alert, App, Button, Col, Flex, Form, Grid, Row, Select, Steps, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useLang } from '../../../app/i18n';
import { useAgreementWrites } from '../api';
import { pick } from '../labels';
import { BasicsStep } from './BasicsStep';
import { BodiesStep } from './BodiesStep';
import { DecisionsStep } from './DecisionsStep';
import type { StepProps } from './fields';
import { FundingStep } from './FundingStep';
import { GoalsStep } from './GoalsStep';
import { IpStep } from './IpStep';
import { LegalStep } from './LegalStep';
import { MembershipStep } from './MembershipStep';
import { draftErrors, pointerToName, toAgreement, type DraftError } from './normalise';
import { PartiesStep } from './PartiesStep';
import { RevenueStep } from './RevenueStep';
import { ReviewStep } from './ReviewStep';

const IDS = AGREEMENT_FORM_STEPS.map((s) => s.id);
const FORM_NAME = 'agreement';

/** The input element of a field named by a JSON pointer (or of its Chinese text), if it is on screen. */
function fieldElement(pointer: string): HTMLElement | null {
  const name = pointerToName(pointer);
  for (const n of [[...name, 'zh'], name]) {
    const el = document.getElementById(`${FORM_NAME}_${n.join('_')}`);
    if (el) return el;
  }
  return null;
}

/**
 * The step-by-step form over the draft (AGREEMENT_FORM_STEPS, one step per screen). The step is in
 * the address; the form itself is re-created from the saved draft after every save.
 */
export function AgreementForm(props: { view: AgreementView }) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('step') as FormStepId | null;
  const step: FormStepId = asked && IDS.includes(asked) ? asked : 'basics';
  const goStep = (id: FormStepId, field?: string) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.set('tab', 'edit');
        p.set('step', id);
        if (field) p.set('field', field);
        else p.delete('field');
        return p;
      },
      { replace: true },
    );
  return (
    <DraftForm
      key={props.view.draftVersion}
      view={props.view}
      step={step}
      field={params.get('field')}
      goStep={goStep}
    />
  );
}

function DraftForm(props: {
  view: AgreementView;
  step: FormStepId;
  field: string | null;
  goStep: (id: FormStepId, field?: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm();
  const [errors, setErrors] = useState<DraftError[]>([]);
  const { save, reload } = useAgreementWrites(props.view.consortiumId, props.view.id);
  const lg = Grid.useBreakpoint().lg;
  const v = props.view;
  const index = IDS.indexOf(props.step);
  const current = AGREEMENT_FORM_STEPS[index]!;
  const stepProps: StepProps = { parties: v.draft.parties, lang };

  // Server errors are shown on the fields of the step on screen (fields of other steps are not mounted).
  useEffect(() => {
    const here = errors.filter((e) => e.step === props.step);
    if (here.length === 0) return;
    const timer = setTimeout(
      () => form.setFields(here.map((e) => ({ name: e.name, errors: [e.message] }))),
      0,
    );
    return () => clearTimeout(timer);
  }, [errors, props.step, form]);

  // A missing item's link brings its field into view.
  useEffect(() => {
    if (!props.field) return;
    const pointer = props.field;
    const timer = setTimeout(() => {
      const el = fieldElement(pointer);
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el?.focus({ preventScroll: true });
    }, 100);
    return () => clearTimeout(timer);
  }, [props.field, props.step]);

  const submit = async (next?: FormStepId) => {
    try {
      await form.validateFields();
    } catch {
      message.error(t('agreements.form.fixFields'));
      return;
    }
    const draft = toAgreement(form.getFieldsValue(true));
    try {
      await save.mutateAsync({ draft, draftVersion: v.draftVersion });
      message.success(t('agreements.form.saved'));
      if (next) props.goStep(next);
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'stale_version' || err.status === 409)) {
        modal.confirm({
          title: t('agreements.form.staleTitle'),
          content: t('agreements.form.staleBody'),
          okText: t('common.reload'),
          onOk: () => void reload(),
        });
        return;
      }
      if (err instanceof ApiError) {
        const found = draftErrors(err);
        setErrors(found);
        const first = found[0];
        if (first && !found.some((e) => e.step === props.step)) props.goStep(first.step);
      }
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const missingOf = (id: FormStepId) => v.completeness.filter((m) => m.step === id).length;
  const errorsOf = (id: FormStepId) => errors.filter((e) => e.step === id).length;
  const content: Record<FormStepId, ReactNode> = {
    basics: <BasicsStep {...stepProps} template={v.template} />,
    parties: <PartiesStep {...stepProps} />,
    goals_tasks: <GoalsStep {...stepProps} />,
    bodies: <BodiesStep {...stepProps} />,
    decisions: <DecisionsStep {...stepProps} />,
    funding: <FundingStep {...stepProps} />,
    ip: <IpStep {...stepProps} />,
    revenue: <RevenueStep {...stepProps} />,
    membership: <MembershipStep {...stepProps} />,
    legal: <LegalStep {...stepProps} />,
    review: <ReviewStep view={v} onStep={(id) => props.goStep(id)} />,
  };
  const next = IDS[index + 1];
  const prev = IDS[index - 1];
  const stepLabel = (id: FormStepId, i: number) => {
    const s = AGREEMENT_FORM_STEPS[i]!;
    const n = missingOf(id);
    return `${i + 1}. ${pick(s.title, lang)}${n ? ` · ${t('agreements.form.missingN', { count: n })}` : ''}`;
  };

  return (
    <Row gutter={24} wrap={!lg}>
      {lg && (
        <Col flex="232px">
          <Steps
            orientation="vertical"
            size="small"
            current={index}
            onChange={(i) => props.goStep(IDS[i]!)}
            data-testid="form-steps"
            items={AGREEMENT_FORM_STEPS.map((s) => {
              const n = missingOf(s.id);
              const bad = n > 0 || errorsOf(s.id) > 0;
              return {
                title: pick(s.title, lang),
                content: n ? t('agreements.form.missingN', { count: n }) : undefined,
                status:
                  s.id === props.step ? 'process' : bad ? 'error' : s.id === 'review' ? 'wait' : 'finish',
              };
            })}
          />
        </Col>
      )}
      <Col flex="auto" style={{ minWidth: 0, width: lg ? undefined : '100%' }}>
        {!lg && (
          <Select
            style={{ width: '100%', marginBottom: 12 }}
            value={props.step}
            onChange={(id: FormStepId) => props.goStep(id)}
            data-testid="form-step-select"
            options={AGREEMENT_FORM_STEPS.map((s, i) => ({ value: s.id, label: stepLabel(s.id, i) }))}
          />
        )}
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="form-step-title">
          {index + 1}. {pick(current.title, lang)}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{pick(current.help, lang)}</Typography.Paragraph>
        {!v.canEdit && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('agreements.form.readOnly')} />
        )}
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('agreements.form.serverErrors', { count: errors.length })}
            data-testid="draft-errors"
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {errors.map((e, i) => (
                  <li key={i}>
                    <Typography.Link onClick={() => props.goStep(e.step, `/${e.name.join('/')}`)}>
                      {pick(AGREEMENT_FORM_STEPS[IDS.indexOf(e.step)]!.title, lang)}
                    </Typography.Link>
                    {t('agreements.colon')}
                    {e.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Form
          form={form}
          name={FORM_NAME}
          layout="vertical"
          initialValues={v.draft}
          disabled={!v.canEdit}
          onFinish={() => void submit()}
        >
          {content[props.step]}
        </Form>
        <Flex justify="space-between" wrap gap={8} style={{ marginTop: 24 }}>
          <Button icon={<LeftOutlined />} disabled={!prev} onClick={() => prev && props.goStep(prev)}>
            {t('agreements.form.previous')}
          </Button>
          <Flex gap={8} wrap>
            {v.canEdit && props.step !== 'review' && (
              <Button
                icon={<SaveOutlined />}
                loading={save.isPending}
                onClick={() => void submit()}
                data-testid="save-draft"
              >
                {t('common.save')}
              </Button>
            )}
            {next &&
              (v.canEdit && props.step !== 'review' ? (
                <Button
                  type="primary"
                  loading={save.isPending}
                  onClick={() => void submit(next)}
                  data-testid="save-next"
                >
                  {t('agreements.form.saveNext')} <RightOutlined />
                </Button>
              ) : (
                <Button type="primary" onClick={() => props.goStep(next)} data-testid="next-step">
                  {t('agreements.form.next')} <RightOutlined />
                </Button>
              ))}
          </Flex>
        </Flex>
      </Col>
    </Row>
  );
}
