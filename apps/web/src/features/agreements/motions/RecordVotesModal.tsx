import type { Agreement, AgreementView, MotionView } from '@huahe/contracts';
import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { InstantField, useRequired } from '../form/fields';
import { pick } from '../labels';
import type { MeetingState } from '@huahe/governance';
import { RecordModal, useRecordEvents } from './RecordModal';

type Choice = 'for' | 'against' | 'abstain';
interface Values {
  motionId: string;
  at: string;
  ballots: Record<string, Choice | undefined>;
}

/** The secretariat records the votes cast at a meeting on one agenda motion, party by party. */
export function RecordVotesModal(props: {
  view: AgreementView;
  base: Agreement;
  meeting: MeetingState;
  motions: MotionView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const { save, pending } = useRecordEvents(props.view, form, props.onClose);
  const present = props.base.parties.filter((p) => props.meeting.present.includes(p.organisationId));

  const submit = (v: Values) =>
    save(
      Object.entries(v.ballots ?? {}).flatMap(([partyId, choice]) =>
        choice ? [{ kind: 'vote' as const, motionId: v.motionId, partyId, choice, at: v.at }] : [],
      ),
      t('agreements.meetings.votesRecorded'),
    );

  return (
    <RecordModal
      width={640}
      title={t('agreements.meetings.recordVotes')}
      okText={t('agreements.events.save')}
      form={form}
      pending={pending}
      testId="votes-submit"
      onClose={props.onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="ballots"
        initialValues={{ motionId: props.motions[0]?.id, at: props.meeting.heldAt }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="motionId" label={t('agreements.events.motion')} rules={[required]}>
          <Select
            data-testid="votes-motion"
            options={props.motions.map((m) => ({ value: m.id, label: pick(m.data.title, lang) }))}
          />
        </Form.Item>
        {present.map((p) => (
          <Form.Item
            key={p.organisationId}
            name={['ballots', p.organisationId]}
            label={pick(p.legalName, lang)}
            style={{ marginBottom: 12 }}
          >
            <Radio.Group
              data-testid={`ballot-${p.organisationId}`}
              options={(['for', 'against', 'abstain'] as const).map((c) => ({
                value: c,
                label: t(`agreements.motions.${c}`),
              }))}
            />
          </Form.Item>
        ))}
        <InstantField name={['at']} label={t('agreements.events.time.at')} testId="votes-at" />
      </Form>
    </RecordModal>
  );
}
