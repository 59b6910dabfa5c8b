import {
  BODY_LABELS,
  MeetingTypeSchema,
  type Agreement,
  type AgreementView,
  type MotionView,
} from '@huahe/contracts';
import { Alert, Col, Form, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { formatInstant } from '../../../components/format';
import { InstantField } from '../form/fields';
import { pick } from '../labels';
import { uuid } from './amendments';
import { meetingBodies, type Convened, type MeetingState } from '@huahe/governance';
import { RecordModal, useRecordEvents } from './RecordModal';

type Values = Omit<Convened, 'kind' | 'meetingId'>;

/**
 * Convenes a meeting of a body (notice given, date, agenda), or gives a new notice for one not yet
 * held (the latest notice replaces the earlier). The notice period the agreement requires is shown
 * as the dates are chosen; the rules decide whether the meeting may take decisions.
 */
export function ConveneMeetingModal(props: {
  view: AgreementView;
  base: Agreement;
  meeting?: MeetingState;
  motions: MotionView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const { save, pending } = useRecordEvents(props.view, form, props.onClose);
  const id = props.meeting?.id ?? uuid();
  const type = Form.useWatch('meetingType', form) ?? 'ordinary';
  const noticeAt = Form.useWatch('noticeGivenAt', form);
  const rules = props.base.governance.meetings;
  const days = rules.noticeDays[type];
  const earliest = noticeAt ? new Date(Date.parse(noticeAt) + days * 86_400_000).toISOString() : undefined;
  const candidates = props.motions.filter(
    (m) =>
      m.decision.status === 'pending' &&
      m.data.procedure.mode === 'meeting' &&
      m.data.procedure.meetingId === id,
  );

  const submit = (v: Values) =>
    save(
      [{ kind: 'meeting_convened', meetingId: id, ...v, agenda: v.agenda ?? [] }],
      t('agreements.meetings.convened'),
    );

  return (
    <RecordModal
      width={640}
      title={t(props.meeting ? 'agreements.meetings.renotice' : 'agreements.meetings.convene')}
      okText={t('agreements.meetings.send')}
      form={form}
      pending={pending}
      testId="meeting-submit"
      onClose={props.onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="meeting"
        initialValues={{
          body: props.base.governance.decisionBody.kind,
          meetingType: 'ordinary',
          noticeGivenAt: new Date().toISOString(),
          ...(props.meeting ? { ...props.meeting.notice, noticeGivenAt: new Date().toISOString() } : {}),
        }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="body" label={t('agreements.meetings.body')}>
              <Select
                data-testid="meeting-body"
                options={meetingBodies(props.base).map((b) => ({
                  value: b,
                  label: pick(BODY_LABELS[b], lang),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="meetingType" label={t('agreements.meetings.type')}>
              <Radio.Group
                optionType="button"
                data-testid="meeting-type"
                options={MeetingTypeSchema.options.map((x) => ({
                  value: x,
                  label: t(`agreements.meetings.types.${x}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <InstantField
              name={['noticeGivenAt']}
              label={t('agreements.meetings.noticeGivenAt')}
              testId="notice-at"
            />
          </Col>
          <Col xs={24} md={12}>
            <InstantField
              name={['scheduledFor']}
              label={t('agreements.meetings.scheduledFor')}
              testId="scheduled-for"
            />
          </Col>
        </Row>
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          data-testid="notice-rule"
          title={t('agreements.meetings.noticeRule', {
            days,
            type: t(`agreements.meetings.types.${type}`),
            at: formatInstant(earliest),
            agendaDays: rules.agendaItemDeadlineDays[type],
          })}
        />
        {candidates.length > 0 && (
          <Form.Item name="agenda" label={t('agreements.meetings.agenda')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="meeting-agenda"
              options={candidates.map((m) => ({ value: m.id, label: pick(m.data.title, lang) }))}
            />
          </Form.Item>
        )}
      </Form>
    </RecordModal>
  );
}
