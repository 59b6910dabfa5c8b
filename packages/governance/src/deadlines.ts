import type { Agreement, ClauseRef, GovernanceEvent, Motion } from '@huahe/contracts';
import { clauseRefs, resolveRef } from '@huahe/contracts';
import { decideMotion, eventTime } from './decide';
import { convocation, firstAt } from './meeting';
import { endOfDatePlusMonths, iso, ms, plusDays } from './time';
import { writtenStart } from './written';

/** Kinds of deadline the platform shows in to-do lists and calendars. */
export type DeadlineKind =
  | 'agenda_items_close'
  | 'meeting'
  | 'minutes_due'
  | 'minutes_objections_close'
  | 'veto_window_closes'
  | 'written_answers_due'
  | 'exit_takes_effect'
  | 'breach_remedy_ends'
  | 'publication_objections_close'
  | 'publication_allowed'
  | 'publication_delay_ends'
  | 'access_requests_close';

/** An upcoming deadline with the clause that sets it. */
export interface Deadline {
  kind: DeadlineKind;
  at: string;
  clauseKey: string;
  clauseRef: ClauseRef;
  zh: string;
  en: string;
  meetingId?: string;
  motionId?: string;
  partyId?: string;
  publicationId?: string;
}

/**
 * The deadlines still ahead of `now` that the agreement's clauses set for the recorded events
 * and open motions: agenda cut-offs, meetings, minutes, veto windows, written answers, exit
 * notices, breach remedies, publication objections and delays, and access requests after the end.
 */
export function deadlinesFor(
  a: Agreement,
  events: readonly GovernanceEvent[],
  now: Date,
  motions: readonly Motion[] = [],
): Deadline[] {
  const t = now.getTime();
  const seen = events.filter((e) => eventTime(e) <= t);
  const refs = clauseRefs(a);
  const out: Deadline[] = [];
  const add = (
    kind: DeadlineKind,
    at: number,
    clauseKey: string,
    zh: string,
    en: string,
    ids: Partial<Deadline> = {},
  ) => {
    if (at > t)
      out.push({ kind, at: iso(at), clauseKey, clauseRef: resolveRef(refs, clauseKey), zh, en, ...ids });
  };
  const m = a.governance.meetings;
  const meetingIds = new Set(seen.flatMap((e) => (e.kind === 'meeting_convened' ? [e.meetingId] : [])));
  for (const meetingId of meetingIds) {
    const c = convocation(seen, meetingId);
    if (!c) continue;
    const held = firstAt(seen, 'meeting_held', meetingId);
    const scheduled = ms(c.scheduledFor);
    if (held === undefined) {
      add(
        'agenda_items_close',
        plusDays(scheduled, -m.agendaItemDeadlineDays[c.meetingType]),
        'meetings.agenda',
        '增加议程事项的截止时间',
        'last moment to add agenda items',
        { meetingId },
      );
      add('meeting', scheduled, 'meetings.notice', '会议召开', 'meeting', { meetingId });
      continue;
    }
    const sent = firstAt(seen, 'minutes_sent', meetingId);
    if (sent === undefined)
      add(
        'minutes_due',
        plusDays(held, m.minutesDraftDays),
        'meetings.minutes',
        '会议纪要草案发出期限',
        'draft minutes due',
        { meetingId },
      );
    else if (firstAt(seen, 'minutes_accepted', meetingId) === undefined)
      add(
        'minutes_objections_close',
        plusDays(sent, m.minutesAcceptanceDays),
        'meetings.minutes',
        '会议纪要异议期届满',
        'objections to the minutes close',
        { meetingId },
      );
  }
  for (const motion of motions) {
    const d = decideMotion(a, motion, events, now);
    if (d.vetoWindowEndsAt !== undefined)
      add('veto_window_closes', ms(d.vetoWindowEndsAt), 'veto', '否决期限届满', 'veto window closes', {
        motionId: motion.id,
      });
    const start = writtenStart(seen, motion.id);
    // Once every party has answered the procedure is closed (decided, or its veto window open): no answer is due.
    if (
      motion.procedure.mode === 'written' &&
      start !== undefined &&
      d.status === 'pending' &&
      d.vetoWindowEndsAt === undefined
    )
      add(
        'written_answers_due',
        plusDays(start, a.governance.writtenProcedure.responseDays),
        'written.procedure',
        '书面表决答复期限',
        'written answers due',
        { motionId: motion.id },
      );
    if (motion.kind === 'exit' && a.exit)
      add(
        'exit_takes_effect',
        plusDays(ms(motion.noticeGivenAt), a.exit.noticeDays),
        'membership.exit',
        '退出通知期限届满',
        'exit notice period ends',
        { motionId: motion.id, partyId: motion.partyId },
      );
  }
  const remedy = a.breach?.remedyDays;
  if (remedy !== undefined) {
    for (const e of seen) {
      if (e.kind !== 'breach_notice') continue;
      const cured = seen.some(
        (x) => x.kind === 'breach_remedied' && x.partyId === e.partyId && ms(x.at) >= ms(e.at),
      );
      if (!cured)
        add(
          'breach_remedy_ends',
          plusDays(ms(e.at), remedy),
          'breach.notice',
          '违约纠正期限届满',
          'remedy period ends',
          { partyId: e.partyId },
        );
    }
  }
  const pub = a.ip.publication;
  for (const e of seen) {
    if (e.kind !== 'publication_notice') continue;
    const at = ms(e.at);
    const ids = { publicationId: e.publicationId, partyId: e.partyId };
    add(
      'publication_objections_close',
      plusDays(at, pub.objectionDays),
      'results.publication',
      '对拟发表成果提出异议的期限届满',
      'objections to the publication close',
      ids,
    );
    const objected = seen.some(
      (x) => x.kind === 'publication_objection' && x.publicationId === e.publicationId,
    );
    if (objected)
      add(
        'publication_delay_ends',
        plusDays(at, pub.noticeDays + pub.maxDelayDays),
        'results.publication',
        '因异议推迟发表的最长期限届满',
        'longest publication delay ends',
        ids,
      );
    else
      add(
        'publication_allowed',
        plusDays(at, pub.noticeDays),
        'results.publication',
        '可以发表',
        'publication allowed',
        ids,
      );
  }
  if (a.term.endsOn !== undefined)
    add(
      'access_requests_close',
      endOfDatePlusMonths(a.term.endsOn, a.ip.accessRights.requestWindowMonths),
      'results.access_exploitation',
      '协议终止后请求使用权的期限届满',
      'access requests after the end close',
    );
  return out.sort((x, y) => x.at.localeCompare(y.at) || x.kind.localeCompare(y.kind));
}
