import {
  DECISION_TYPE_LABELS,
  ResolutionTypeSchema,
  type Agreement,
  type AgreementView,
  type DecisionType,
  type Motion,
} from '@huahe/contracts';
import {
  Alert,
  App,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { applyFieldErrors } from '../../../components/forms';
import { useGovernanceWrites, type GovernanceEventView } from '../api';
import { PartySelect, useRatioRule, useRequired } from '../form/fields';
import { pick } from '../labels';
import { AMENDMENTS, amendmentOps, currentValue, uuid, type AmendmentInput } from './amendments';

interface Values {
  kind: 'resolution' | 'amendment';
  titleZh: string;
  titleEn?: string;
  /** 'written', or the id of the convened meeting. */
  procedure: string;
  decisionType?: DecisionType;
  subjectPartyId?: string;
  amendment: AmendmentInput;
  startNow?: boolean;
}

/**
 * Puts a motion: a resolution, or an amendment chosen among common changes (confidentiality term,
 * a decision rule's majority, publication objection days, meeting notice), by written procedure or
 * at a convened meeting.
 */
export function ProposeMotionModal(props: {
  view: AgreementView;
  base: Agreement;
  meetings: GovernanceEventView[];
  onClose: () => void;
  onProposed: (motionId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const required = useRequired();
  const ratio = useRatioRule();
  const [form] = Form.useForm<Values>();
  const w = useGovernanceWrites(props.view.consortiumId, props.view.id);
  const kind = Form.useWatch('kind', form) ?? 'amendment';
  const procedure = Form.useWatch('procedure', form) ?? 'written';
  const amendment = Form.useWatch('amendment', { form, preserve: true }) ?? { kind: 'confidentiality' };
  const decisionType = Form.useWatch('decisionType', form);
  const ops = amendmentOps(props.base, amendment);
  const current = currentValue(props.base, amendment);
  const voteTypes = props.base.governance.decisionRules
    .filter((r) => r.procedure === 'vote')
    .map((r) => r.type);

  const submit = async (v: Values) => {
    const common = {
      id: uuid(),
      title: { zh: v.titleZh.trim(), ...(v.titleEn?.trim() ? { en: v.titleEn.trim() } : {}) },
      procedure:
        v.procedure === 'written'
          ? { mode: 'written' as const }
          : { mode: 'meeting' as const, meetingId: v.procedure },
    };
    let motion: Motion;
    if (v.kind === 'resolution') {
      motion = {
        ...common,
        kind: 'resolution',
        decisionType: (v.decisionType ?? 'ordinary') as Extract<
          Motion,
          { kind: 'resolution' }
        >['decisionType'],
        ...(v.subjectPartyId ? { subjectPartyId: v.subjectPartyId } : {}),
      };
    } else {
      if (ops.length === 0) {
        message.error(t('agreements.motions.noChange'));
        return;
      }
      motion = { ...common, kind: 'amendment', change: { format: 'json_patch', ops } };
    }
    try {
      const made = await w.propose.mutateAsync(motion);
      if (v.startNow && v.procedure === 'written')
        await w.record.mutateAsync({
          kind: 'written_procedure_started',
          motionId: made.id,
          at: new Date().toISOString(),
        });
      message.success(t('agreements.motions.proposed'));
      props.onProposed(made.id);
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('agreements.motions.propose')}
      okText={t('agreements.motions.submit')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={w.propose.isPending || w.record.isPending}
      okButtonProps={{ ...submitTestId }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="motion"
        initialValues={{
          kind: 'amendment',
          procedure: 'written',
          decisionType: 'ordinary',
          amendment: { kind: 'confidentiality', decisionType: 'amendment' },
          startNow: props.view.canEdit,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('agreements.motions.kind')}>
          <Radio.Group
            optionType="button"
            data-testid="motion-kind"
            options={(['amendment', 'resolution'] as const).map((k) => ({
              value: k,
              label: t(`agreements.motions.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="titleZh" label={t('agreements.motions.title')} rules={[required]}>
              <Input data-testid="motion-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="titleEn" label={t('agreements.f.english')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'resolution' ? (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="decisionType" label={t('agreements.motions.decisionType')}>
                <Select
                  options={ResolutionTypeSchema.options.map((d) => ({
                    value: d,
                    label: pick(DECISION_TYPE_LABELS[d], lang),
                  }))}
                />
              </Form.Item>
            </Col>
            {decisionType === 'defaulting' && (
              <Col xs={24} md={12}>
                <Form.Item name="subjectPartyId" label={t('agreements.motions.subject')} rules={[required]}>
                  <PartySelect parties={props.base.parties} />
                </Form.Item>
              </Col>
            )}
          </Row>
        ) : (
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
                  <Form.Item
                    name={['amendment', 'decisionType']}
                    label={t('agreements.motions.decisionType')}
                  >
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
        )}
        <Form.Item name="procedure" label={t('agreements.motions.procedure')}>
          <Radio.Group
            options={[
              { value: 'written', label: t('agreements.motions.written') },
              ...props.meetings.flatMap((m) =>
                m.event.kind === 'meeting_convened'
                  ? [
                      {
                        value: m.event.meetingId,
                        label: t('agreements.motions.atMeeting', {
                          at: m.event.scheduledFor.slice(0, 16).replace('T', ' '),
                        }),
                      },
                    ]
                  : [],
              ),
            ]}
          />
        </Form.Item>
        {props.view.canEdit && procedure === 'written' && (
          <Form.Item name="startNow" valuePropName="checked">
            <Checkbox data-testid="motion-start-now">{t('agreements.motions.startNow')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

const submitTestId = { 'data-testid': 'motion-submit' };
