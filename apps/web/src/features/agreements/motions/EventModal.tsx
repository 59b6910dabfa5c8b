import type { Agreement, AgreementView, GovernanceEvent, MotionView } from '@huahe/contracts';
import { Form, Radio, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { InstantField, PartySelect, useRequired } from '../form/fields';
import { pick } from '../labels';
import { RecordModal, useRecordEvents } from './RecordModal';

/** The events recorded with this form: one instant and at most a motion, a party or the attendance. */
export const SIMPLE_EVENTS = [
  'agenda_item_added',
  'meeting_held',
  'minutes_sent',
  'minutes_objection',
  'minutes_accepted',
  'breach_notice',
  'breach_remedied',
  'party_defaulting',
  'party_default_cured',
  'chief_scientist_decision',
] as const;
export type SimpleKind = (typeof SIMPLE_EVENTS)[number];

const MEETING_EVENTS: readonly SimpleKind[] = [
  'agenda_item_added',
  'meeting_held',
  'minutes_sent',
  'minutes_objection',
  'minutes_accepted',
];
const withMotion: readonly SimpleKind[] = ['agenda_item_added', 'chief_scientist_decision'];
const withParty: readonly SimpleKind[] = [
  'minutes_objection',
  'breach_notice',
  'breach_remedied',
  'party_defaulting',
  'party_default_cured',
];

interface Values {
  kind: SimpleKind;
  at?: string;
  heldAt?: string;
  motionId?: string;
  partyId?: string;
  present?: string[];
  approve?: boolean;
}

/**
 * The secretariat records what happened, when it happened: an agenda item, the meeting held with
 * those present, minutes sent, objected to or accepted, breach notices and defaults, a chief
 * scientist's decision. Times may lie in the past (recorded afterwards), never ahead.
 */
export function EventModal(props: {
  view: AgreementView;
  base: Agreement;
  kinds: readonly SimpleKind[];
  meetingId?: string;
  motions: MotionView[];
  initial?: Partial<Values>;
  extra?: ReactNode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const { save, pending } = useRecordEvents(props.view, form, props.onClose);
  const kind = Form.useWatch('kind', form) ?? props.kinds[0]!;
  const timeName = kind === 'meeting_held' ? 'heldAt' : 'at';

  const submit = async (v: Values) => {
    const event = {
      kind,
      ...(MEETING_EVENTS.includes(kind) ? { meetingId: props.meetingId } : {}),
      [timeName]: v[timeName],
      ...(withMotion.includes(kind) ? { motionId: v.motionId } : {}),
      ...(withParty.includes(kind) ? { partyId: v.partyId } : {}),
      ...(kind === 'meeting_held' ? { present: v.present ?? [] } : {}),
      ...(kind === 'chief_scientist_decision' ? { approve: !!v.approve } : {}),
    } as GovernanceEvent;
    await save([event], t('agreements.meetings.recorded'));
  };

  return (
    <RecordModal
      width={600}
      title={props.kinds.length === 1 ? t(`agreements.events.kinds.${kind}`) : t('agreements.events.record')}
      okText={t('agreements.events.save')}
      form={form}
      pending={pending}
      testId="event-submit"
      onClose={props.onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="event"
        initialValues={{
          kind: props.kinds[0],
          at: new Date().toISOString(),
          heldAt: new Date().toISOString(),
          approve: true,
          ...props.initial,
        }}
        onFinish={(v) => void submit(v)}
      >
        {props.extra}
        {props.kinds.length > 1 && (
          <Form.Item name="kind" label={t('agreements.events.kind')}>
            <Select
              data-testid="event-kind"
              options={props.kinds.map((k) => ({ value: k, label: t(`agreements.events.kinds.${k}`) }))}
            />
          </Form.Item>
        )}
        {withMotion.includes(kind) && (
          <Form.Item name="motionId" label={t('agreements.events.motion')} rules={[required]}>
            <Select
              data-testid="event-motion"
              showSearch={{ optionFilterProp: 'label' }}
              options={props.motions.map((m) => ({ value: m.id, label: pick(m.data.title, lang) }))}
            />
          </Form.Item>
        )}
        {withParty.includes(kind) && (
          <Form.Item name="partyId" label={t('agreements.events.party')} rules={[required]}>
            <PartySelect parties={props.base.parties} testId="event-party" />
          </Form.Item>
        )}
        {kind === 'meeting_held' && (
          <Form.Item name="present" label={t('agreements.meetings.present')} rules={[required]}>
            <PartySelect parties={props.base.parties} multiple testId="event-present" />
          </Form.Item>
        )}
        {kind === 'chief_scientist_decision' && (
          <Form.Item name="approve" label={t('agreements.events.decision')}>
            <Radio.Group
              options={[
                { value: true, label: t('agreements.events.approve') },
                { value: false, label: t('agreements.events.refuse') },
              ]}
            />
          </Form.Item>
        )}
        <InstantField
          name={[timeName]}
          label={t(`agreements.events.time.${timeName}`)}
          testId="event-at"
          extra={<Typography.Text type="secondary">{t('agreements.events.timeHelp')}</Typography.Text>}
        />
      </Form>
    </RecordModal>
  );
}
