import { BODY_LABELS, type Agreement, type MotionView } from '@huahe/contracts';
import { Button, Card, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { formatInstant } from '../../../components/format';
import { decisionColors, pick } from '../labels';
import type { SimpleKind } from './EventModal';
import type { MeetingState } from '@huahe/governance';

/** What the secretariat may do next with a meeting. */
export type MeetingAction = SimpleKind | 'renotice' | 'votes';

/** The stage a meeting has reached. */
function stage(m: MeetingState): 'convened' | 'held' | 'minutes_sent' | 'minutes_accepted' {
  if (m.minutesAcceptedAt) return 'minutes_accepted';
  if (m.minutesSentAt) return 'minutes_sent';
  return m.heldAt ? 'held' : 'convened';
}

/** One meeting: notice and its period, agenda with each motion's outcome, attendance and minutes. */
export function MeetingCard(props: {
  base: Agreement;
  meeting: MeetingState;
  motions: MotionView[];
  canRecord: boolean;
  onAction: (a: MeetingAction) => void;
  onOpenMotion: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const m = props.meeting;
  const n = m.notice;
  const name = (id: string) => {
    const p = props.base.parties.find((x) => x.organisationId === id);
    return p ? pick(p.legalName, lang) : id;
  };
  const ids = [
    ...m.agenda.map((a) => a.motionId),
    ...props.motions
      .filter((x) => x.data.procedure.mode === 'meeting' && x.data.procedure.meetingId === m.id)
      .map((x) => x.id),
  ].filter((id, i, all) => all.indexOf(id) === i);
  const s = stage(m);
  const act = (a: MeetingAction, testId: string, primary = false) => (
    <Button
      size="small"
      type={primary ? 'primary' : 'default'}
      onClick={() => props.onAction(a)}
      data-testid={testId}
    >
      {t(`agreements.meetings.actions.${a}`)}
    </Button>
  );
  const at = (iso?: string) => (iso ? formatInstant(iso) : '-');

  return (
    <Card
      size="small"
      data-testid="meeting"
      data-stage={s}
      title={
        <Flex wrap gap={8} align="center" style={{ padding: '6px 0' }}>
          <Typography.Text strong>
            {pick(BODY_LABELS[n.body], lang)} · {t(`agreements.meetings.types.${n.meetingType}`)}
          </Typography.Text>
          <Typography.Text type="secondary">{formatInstant(n.scheduledFor)}</Typography.Text>
        </Flex>
      }
      extra={
        <Tag color={s === 'convened' ? 'blue' : 'green'} data-testid="meeting-stage">
          {t(`agreements.meetings.stages.${s}`)}
        </Tag>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="meeting-facts"
        items={[
          {
            key: 'notice',
            label: t('agreements.meetings.noticeGivenAt'),
            children: (
              <Space wrap size={4}>
                {formatInstant(n.noticeGivenAt)}
                {m.renotices > 0 && <Tag>{t('agreements.meetings.renoticed', { count: m.renotices })}</Tag>}
              </Space>
            ),
          },
          {
            key: 'period',
            label: t('agreements.meetings.noticePeriod', { days: m.noticeDays }),
            children: (
              <Space wrap size={4} data-testid="meeting-notice">
                {t('agreements.meetings.earliest', { at: formatInstant(m.earliest) })}
                <Tag color={m.noticeOk ? 'green' : 'red'}>
                  {t(m.noticeOk ? 'agreements.meetings.noticeOk' : 'agreements.meetings.noticeShort')}
                </Tag>
              </Space>
            ),
          },
          {
            key: 'agendaDeadline',
            label: t('agreements.meetings.agendaDeadline'),
            children: at(m.agendaDeadline),
          },
          { key: 'held', label: t('agreements.meetings.heldAt'), children: at(m.heldAt) },
          {
            key: 'present',
            label: t('agreements.meetings.presentCount', {
              count: m.present.length,
              total: props.base.parties.length,
            }),
            span: 2,
            children: (
              <span data-testid="meeting-present">
                {m.present.map(name).join(t('agreements.sep')) || '-'}
              </span>
            ),
          },
          {
            key: 'minutes',
            label: t('agreements.meetings.minutes'),
            span: 2,
            children: (
              <span data-testid="meeting-minutes">
                {!m.heldAt
                  ? '-'
                  : m.minutesAcceptedAt
                    ? t('agreements.meetings.minutesAccepted', { at: at(m.minutesAcceptedAt) })
                    : m.minutesSentAt
                      ? t(
                          m.objections.length
                            ? 'agreements.meetings.minutesContested'
                            : 'agreements.meetings.minutesWindow',
                          {
                            sent: at(m.minutesSentAt),
                            at: at(m.minutesWindowEnds),
                            names: m.objections.map((o) => name(o.partyId)).join(t('agreements.sep')),
                          },
                        )
                      : t('agreements.meetings.minutesDue', { at: at(m.minutesDue) })}
              </span>
            ),
          },
        ]}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {t('agreements.meetings.agenda')}
      </Typography.Text>
      <List
        size="small"
        data-testid="meeting-agenda-list"
        locale={{ emptyText: t('agreements.meetings.noAgenda') }}
        dataSource={ids}
        renderItem={(id) => {
          const motion = props.motions.find((x) => x.id === id);
          const item = m.agenda.find((a) => a.motionId === id);
          const tally = motion?.decision.tally;
          return (
            <List.Item data-testid="agenda-item">
              <Flex wrap gap={6} align="center">
                <Typography.Link onClick={() => props.onOpenMotion(id)}>
                  {motion ? pick(motion.data.title, lang) : id}
                </Typography.Link>
                <Tag color={!item ? 'default' : item.inTime ? 'blue' : 'red'}>
                  {!item
                    ? t('agreements.meetings.notOnAgenda')
                    : !item.addedAt
                      ? t('agreements.meetings.withNotice')
                      : t(item.inTime ? 'agreements.meetings.added' : 'agreements.meetings.addedLate', {
                          at: formatInstant(item.addedAt),
                        })}
                </Tag>
                {motion && (
                  <Tag color={decisionColors[motion.decision.status]}>
                    {t(`agreements.motions.status.${motion.decision.status}`)}
                  </Tag>
                )}
                {tally && (
                  <Typography.Text type="secondary" data-testid="agenda-tally">
                    {t('agreements.meetings.tally', {
                      quorum: t(tally.quorumMet ? 'common.yes' : 'common.no'),
                      majority: t(tally.majorityMet ? 'common.yes' : 'common.no'),
                      present: tally.present,
                      eligible: tally.eligible,
                    })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
      {props.canRecord && (
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          {!m.heldAt && act('agenda_item_added', 'add-agenda-item')}
          {!m.heldAt && act('renotice', 'renotice')}
          {!m.heldAt && act('meeting_held', 'record-held', true)}
          {m.heldAt && !m.minutesSentAt && act('votes', 'record-votes', true)}
          {m.heldAt && !m.minutesSentAt && act('minutes_sent', 'send-minutes')}
          {m.minutesSentAt && !m.minutesAcceptedAt && act('minutes_objection', 'minutes-objection')}
          {m.minutesSentAt && !m.minutesAcceptedAt && act('minutes_accepted', 'accept-minutes', true)}
        </Flex>
      )}
    </Card>
  );
}
