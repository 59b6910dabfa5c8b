import { PlusOutlined } from '@ant-design/icons';
import type { Agreement, AgreementView, MotionView } from '@huahe/contracts';
import { Button, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConveneMeetingModal } from './ConveneMeetingModal';
import { EventModal } from './EventModal';
import { MeetingCard, type MeetingAction } from './MeetingCard';
import type { MeetingState } from '@huahe/governance';
import { RecordVotesModal } from './RecordVotesModal';

/** Everyone attended, at the time scheduled (when that has passed). */
const heldDefaults = (a: Agreement, m: MeetingState) => ({
  present: a.parties.map((p) => p.organisationId),
  heldAt: Date.parse(m.notice.scheduledFor) <= Date.now() ? m.notice.scheduledFor : new Date().toISOString(),
});

type Open = { action: MeetingAction | 'convene'; meeting?: MeetingState } | null;

/** The meetings of the agreement's bodies; the secretariat convenes them and records what happens at them. */
export function MeetingsPanel(props: {
  view: AgreementView;
  base: Agreement;
  meetings: MeetingState[];
  motions: MotionView[];
  onOpenMotion: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const canRecord = props.view.canEdit;
  const close = () => setOpen(null);
  const m = open?.meeting;
  const ofMeeting = (x: MeetingState) =>
    props.motions.filter(
      (mo) =>
        mo.decision.status === 'pending' &&
        mo.data.procedure.mode === 'meeting' &&
        mo.data.procedure.meetingId === x.id,
    );
  const agendaMotions = (x: MeetingState) =>
    props.motions.filter((mo) => x.agenda.some((a) => a.motionId === mo.id));

  return (
    <div data-testid="meetings">
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary" style={{ flex: '1 1 320px' }}>
          {t('agreements.meetings.intro')}
        </Typography.Text>
        {canRecord && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen({ action: 'convene' })}
            data-testid="convene-meeting"
          >
            {t('agreements.meetings.convene')}
          </Button>
        )}
      </Flex>
      {props.meetings.length === 0 ? (
        <Empty description={t('agreements.meetings.none')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {props.meetings.map((x) => (
            <MeetingCard
              key={x.id}
              base={props.base}
              meeting={x}
              motions={props.motions}
              canRecord={canRecord}
              onAction={(action) => setOpen({ action, meeting: x })}
              onOpenMotion={props.onOpenMotion}
            />
          ))}
        </Space>
      )}
      {(open?.action === 'convene' || open?.action === 'renotice') && (
        <ConveneMeetingModal
          view={props.view}
          base={props.base}
          meeting={m}
          motions={props.motions}
          onClose={close}
        />
      )}
      {open?.action === 'votes' && m && (
        <RecordVotesModal
          view={props.view}
          base={props.base}
          meeting={m}
          motions={agendaMotions(m)}
          onClose={close}
        />
      )}
      {open && m && open.action !== 'votes' && open.action !== 'renotice' && open.action !== 'convene' && (
        <EventModal
          view={props.view}
          base={props.base}
          kinds={[open.action]}
          meetingId={m.id}
          motions={ofMeeting(m)}
          initial={open.action === 'meeting_held' ? heldDefaults(props.base, m) : {}}
          onClose={close}
        />
      )}
    </div>
  );
}
