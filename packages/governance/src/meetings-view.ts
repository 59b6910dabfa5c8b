// Where each meeting stands under the agreement's meeting rules: the notice in force and whether it
// was long enough, the agenda and its deadline, attendance, and the minutes with their windows —
// read from the same events, by the same rules, as the decisions of decide.ts.
import type { Agreement, GovernanceEvent } from '@huahe/contracts';
import { convocation, firstAt } from './meeting';
import { iso, ms, plusDays } from './time';

/** The notice convening a meeting. */
export type Convened = Extract<GovernanceEvent, { kind: 'meeting_convened' }>;

/** A motion on a meeting's agenda: sent with the notice, or added later (in time or too late). */
export interface AgendaItem {
  motionId: string;
  addedAt?: string;
  inTime: boolean;
}

/** One meeting as the rules read it. */
export interface MeetingState {
  id: string;
  /** The notice in force: a re-notice replaces the earlier one. */
  notice: Convened;
  renotices: number;
  noticeDays: number;
  /** The earliest instant the meeting may be held after the notice. */
  earliest: string;
  noticeOk: boolean;
  agendaDeadline: string;
  agenda: AgendaItem[];
  heldAt?: string;
  present: string[];
  minutesDue?: string;
  minutesSentAt?: string;
  minutesWindowEnds?: string;
  minutesAcceptedAt?: string;
  objections: { partyId: string; at: string }[];
}

/** The agenda: the motions sent with the notice, then those added (an in-time addition wins over a late one). */
function agendaOf(events: readonly GovernanceEvent[], c: Convened, deadline: number): AgendaItem[] {
  const agenda: AgendaItem[] = c.agenda.map((motionId) => ({ motionId, inTime: true }));
  for (const e of events) {
    if (e.kind !== 'agenda_item_added' || e.meetingId !== c.meetingId) continue;
    if (agenda.some((x) => x.motionId === e.motionId && x.inTime)) continue;
    const item = { motionId: e.motionId, addedAt: e.at, inTime: ms(e.at) <= deadline };
    const i = agenda.findIndex((x) => x.motionId === e.motionId);
    if (i < 0) agenda.push(item);
    else if (item.inTime) agenda[i] = item;
  }
  return agenda;
}

/** The minutes: sent, objected to within the window, accepted explicitly or by the window lapsing. */
function minutesOf(a: Agreement, events: readonly GovernanceEvent[], id: string, now: number) {
  const sent = firstAt(events, 'minutes_sent', id);
  if (sent === undefined) return { objections: [] };
  const end = plusDays(sent, a.governance.meetings.minutesAcceptanceDays);
  const objections = events.flatMap((e) =>
    e.kind === 'minutes_objection' && e.meetingId === id && ms(e.at) >= sent && ms(e.at) <= end
      ? [{ partyId: e.partyId, at: e.at }]
      : [],
  );
  const explicit = firstAt(events, 'minutes_accepted', id);
  const accepted = explicit ?? (objections.length === 0 && now >= end ? end : undefined);
  return {
    minutesSentAt: iso(sent),
    minutesWindowEnds: iso(end),
    ...(accepted !== undefined ? { minutesAcceptedAt: iso(accepted) } : {}),
    objections,
  };
}

/** Every convened meeting, latest first. `now` is the clock (ms). */
export function meetingStates(a: Agreement, events: readonly GovernanceEvent[], now: number): MeetingState[] {
  const rules = a.governance.meetings;
  const ids = [...new Set(events.flatMap((e) => (e.kind === 'meeting_convened' ? [e.meetingId] : [])))];
  const out = ids.map((id): MeetingState => {
    const notice = convocation(events, id)!;
    const renotices = events.filter((e) => e.kind === 'meeting_convened' && e.meetingId === id).length - 1;
    const noticeDays = rules.noticeDays[notice.meetingType];
    const earliest = plusDays(ms(notice.noticeGivenAt), noticeDays);
    const agendaDeadline = plusDays(
      ms(notice.scheduledFor),
      -rules.agendaItemDeadlineDays[notice.meetingType],
    );
    const held = firstAt(events, 'meeting_held', id);
    const present = events.flatMap((e) => (e.kind === 'meeting_held' && e.meetingId === id ? e.present : []));
    return {
      id,
      notice,
      renotices,
      noticeDays,
      earliest: iso(earliest),
      noticeOk: ms(notice.scheduledFor) >= earliest && (held === undefined || held >= earliest),
      agendaDeadline: iso(agendaDeadline),
      agenda: agendaOf(events, notice, agendaDeadline),
      ...(held !== undefined
        ? { heldAt: iso(held), minutesDue: iso(plusDays(held, rules.minutesDraftDays)) }
        : {}),
      present: [...new Set(present)],
      ...minutesOf(a, events, id, now),
    };
  });
  return out.sort((x, y) => y.notice.scheduledFor.localeCompare(x.notice.scheduledFor));
}

/** The bodies of the agreement that meet: its decision body, and the executive board if it has one. */
export function meetingBodies(a: Agreement): Convened['body'][] {
  return [
    a.governance.decisionBody.kind,
    ...(a.governance.executiveBoard ? ['executive_board' as const] : []),
  ];
}
