import {
  DECISION_TYPE_LABELS,
  ResolutionTypeSchema,
  type Agreement,
  type AgreementView,
} from '@huahe/contracts';
import { App, Checkbox, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { applyFieldErrors } from '../../../components/forms';
import { formatInstant } from '../../../components/format';
import { useGovernanceWrites } from '../api';
import { PartySelect, useRequired } from '../form/fields';
import { pick } from '../labels';
import { AmendmentFields } from './AmendmentFields';
import { amendmentOps } from './amendments';
import type { MeetingState } from '@huahe/governance';
import { AccessionFields, LeavingFields } from './MembershipFields';
import { MOTION_KINDS, motionOf, type MotionValues } from './motionOf';

/**
 * Puts a motion: a resolution, an amendment chosen among common changes, the accession of a new
 * member, an exit or an expulsion, by written procedure or at a convened meeting not yet held.
 */
export function ProposeMotionModal(props: {
  view: AgreementView;
  base: Agreement;
  meetings: MeetingState[];
  onClose: () => void;
  onProposed: (motionId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const required = useRequired();
  const [form] = Form.useForm<MotionValues>();
  const w = useGovernanceWrites(props.view.consortiumId, props.view.id);
  const kind = Form.useWatch('kind', form) ?? 'amendment';
  const procedure = Form.useWatch('procedure', form) ?? 'written';
  const amendment = Form.useWatch('amendment', { form, preserve: true }) ?? { kind: 'confidentiality' };
  const decisionType = Form.useWatch('decisionType', form);
  const ops = amendmentOps(props.base, amendment);

  const submit = async (v: MotionValues) => {
    const motion = motionOf(v, ops);
    if (!motion) {
      message.error(t('agreements.motions.noChange'));
      return;
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
      applyFieldErrors(form, err, message, 'body.motion.');
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('agreements.motions.propose')}
      okText={t('agreements.motions.submit')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={w.propose.isPending || w.record.isPending}
      okButtonProps={{ ...submitTestId }}
      destroyOnHidden
    >
      <Form<MotionValues>
        form={form}
        layout="vertical"
        name="motion"
        initialValues={{
          kind: 'amendment',
          procedure: 'written',
          decisionType: 'ordinary',
          amendment: { kind: 'confidentiality', decisionType: 'amendment' },
          party: { role: 'member', tier: 'general' },
          noticeGivenAt: new Date().toISOString(),
          startNow: props.view.canEdit,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('agreements.motions.kind')}>
          <Radio.Group
            optionType="button"
            data-testid="motion-kind"
            options={MOTION_KINDS.map((k) => ({ value: k, label: t(`agreements.motions.kinds.${k}`) }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name={['title', 'zh']} label={t('agreements.motions.title')} rules={[required]}>
              <Input data-testid="motion-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name={['title', 'en']} label={t('agreements.f.english')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'resolution' && (
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
        )}
        {kind === 'amendment' && <AmendmentFields base={props.base} amendment={amendment} ops={ops} />}
        {kind === 'accession' && <AccessionFields base={props.base} form={form} />}
        {(kind === 'exit' || kind === 'expulsion') && <LeavingFields base={props.base} kind={kind} />}
        <Form.Item name="procedure" label={t('agreements.motions.procedure')}>
          <Radio.Group
            data-testid="motion-procedure"
            options={[
              { value: 'written', label: t('agreements.motions.written') },
              ...props.meetings
                .filter((m) => !m.heldAt)
                .map((m) => ({
                  value: m.id,
                  label: t('agreements.motions.atMeeting', { at: formatInstant(m.notice.scheduledFor) }),
                })),
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
