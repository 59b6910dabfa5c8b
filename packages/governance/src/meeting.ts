import type { Agreement, GovernanceEvent, Motion, VoteRule } from '@huahe/contracts';
import { BODY_LABELS } from '@huahe/contracts';
import type { ReasonLog } from './reasons';
import type { Stage } from './stage';
import { latestBallots } from './stage';
import type { Choice } from './tally';
import { countVotes } from './tally';
import { iso, ms, plusDays } from './time';
import { electorate } from './voters';
import { explainElectorate, explainTally } from './explain';

type Convened = Extract<GovernanceEvent, { kind: 'meeting_convened' }>;

/** The current convocation of a meeting: the latest notice wins (a re-notice replaces the earlier one). */
export function convocation(events: readonly GovernanceEvent[], meetingId: string): Convened | undefined {
  let best: Convened | undefined;
  for (const e of events) {
    if (e.kind !== 'meeting_convened' || e.meetingId !== meetingId) continue;
    if (
      !best ||
      ms(e.noticeGivenAt) > ms(best.noticeGivenAt) ||
      (e.noticeGivenAt === best.noticeGivenAt && e.scheduledFor > best.scheduledFor)
    )
      best = e;
  }
  return best;
}

/** The first instant an event of the kind was recorded for the meeting. */
export function firstAt(
  events: readonly GovernanceEvent[],
  kind: 'minutes_sent' | 'minutes_accepted' | 'meeting_held',
  meetingId: string,
): number | undefined {
  let first: number | undefined;
  for (const e of events) {
    if (e.kind !== kind || e.meetingId !== meetingId) continue;
    const t = ms(e.kind === 'meeting_held' ? e.heldAt : e.at);
    if (first === undefined || t < first) first = t;
  }
  return first;
}

/** Decides a motion at a meeting up to the count: notice, agenda, attendance, quorum, majority. */
export function decideAtMeeting(
  a: Agreement,
  rule: VoteRule,
  motion: Motion,
  meetingId: string,
  events: readonly GovernanceEvent[],
  R: ReasonLog,
): Stage {
  const m = a.governance.meetings;
  const c = convocation(events, meetingId);
  if (!c) {
    R.add('meeting.not_convened', 'meetings.notice', '会议尚未召集', 'the meeting has not been convened');
    return { kind: 'settled', status: 'pending' };
  }
  if (c.body !== rule.body) {
    const want = BODY_LABELS[rule.body];
    R.add(
      'meeting.wrong_body',
      `voting.rule.${rule.type}`,
      `该事项应由${want.zh}决定，本次会议无权表决`,
      `this matter is for the ${want.en}; this meeting cannot decide it`,
    );
    return { kind: 'settled', status: 'invalid' };
  }
  const noticeDays = m.noticeDays[c.meetingType];
  const noticeAt = ms(c.noticeGivenAt);
  const scheduled = ms(c.scheduledFor);
  const attendance = events.flatMap((e) =>
    e.kind === 'meeting_held' && e.meetingId === meetingId ? e.present : [],
  );
  const heldAt = firstAt(events, 'meeting_held', meetingId);
  const notice = (t: number) => t >= plusDays(noticeAt, noticeDays);
  if (!notice(scheduled) || (heldAt !== undefined && !notice(heldAt))) {
    R.add(
      'meeting.notice_insufficient',
      'meetings.notice',
      `会议通知期限不足${noticeDays}日，会议不得作出决议`,
      `notice of the meeting was shorter than ${noticeDays} days, so it cannot take decisions`,
    );
    return { kind: 'settled', status: 'invalid' };
  }
  const agendaDays = m.agendaItemDeadlineDays[c.meetingType];
  const deadline = plusDays(scheduled, -agendaDays);
  const added = events.flatMap((e) =>
    e.kind === 'agenda_item_added' && e.meetingId === meetingId && e.motionId === motion.id ? [e] : [],
  );
  const inTime = c.agenda.includes(motion.id) || added.some((e) => ms(e.at) <= deadline);
  if (!inTime) {
    const late = added.length > 0;
    R.add(
      late ? 'meeting.agenda_late' : 'meeting.not_on_agenda',
      'meetings.agenda',
      late
        ? `议案在会议召开前${agendaDays}日（${iso(deadline)}）之后才列入议程，不得在该次会议上表决`
        : '议案未列入该次会议议程',
      late
        ? `the motion was added to the agenda after the deadline ${agendaDays} days before the meeting (${iso(deadline)}) and cannot be voted on`
        : 'the motion is not on the agenda of this meeting',
    );
    return { kind: 'settled', status: late ? 'invalid' : 'pending' };
  }
  if (heldAt === undefined) {
    R.add(
      'meeting.not_held',
      'meetings.notice',
      `会议定于${c.scheduledFor}召开，尚未举行`,
      `the meeting is scheduled for ${c.scheduledFor} and has not been held`,
    );
    return { kind: 'settled', status: 'pending' };
  }
  const minutesAt = firstAt(events, 'minutes_sent', meetingId);
  const voter = electorate(a, rule, motion, events, heldAt);
  explainElectorate(voter, R, a);
  const present = new Set(attendance);
  const votes = events.flatMap((e) =>
    e.kind === 'vote' && e.motionId === motion.id
      ? [{ partyId: e.partyId, choice: e.choice, at: ms(e.at) }]
      : [],
  );
  // Votes belong to the meeting: cast from its opening until the draft minutes record them.
  const timely = votes.filter((v) => v.at >= heldAt && (minutesAt === undefined || v.at <= minutesAt));
  if (timely.length < votes.length)
    R.add(
      'vote.ignored_timing',
      'meetings.minutes',
      '会议开始前或会议纪要草案发出后投出的票不计入',
      'votes cast before the meeting or after the draft minutes were sent are not counted',
    );
  const ballots = new Map<string, Choice>([...latestBallots(timely)].map(([id, v]) => [id, v.choice]));
  const eligibleSet = new Set(voter.eligible);
  for (const id of ballots.keys()) if (!eligibleSet.has(id)) ballots.delete(id);
  const tally = countVotes(
    a,
    rule,
    voter.eligible,
    new Set([...present].filter((id) => eligibleSet.has(id))),
    ballots,
  );
  explainTally(rule, tally, R);
  if (tally.passed)
    return { kind: 'carried', tally, vetoFrom: heldAt, vetoBase: minutesAt, meetingId, decidedAt: heldAt };
  // Until the draft minutes record the meeting, more votes may come in: a failing count is provisional.
  if (minutesAt === undefined) {
    R.add(
      'meeting.provisional',
      'meetings.minutes',
      '会议纪要草案尚未发出，表决结果尚未确定',
      'the draft minutes have not been sent, so the count is provisional',
    );
    return { kind: 'settled', status: 'pending', tally };
  }
  return { kind: 'settled', status: tally.quorumMet ? 'rejected' : 'invalid', tally };
}
