import type { Agreement, GovernanceEvent, Motion } from '@huahe/contracts';
import { motionDecisionType, motionSubject } from '@huahe/contracts';
import { partyName } from './explain';
import type { ReasonLog } from './reasons';
import { iso, ms, plusDays } from './time';
import { isDefaulting } from './voters';

/** The veto rights that cover the motion's decision type, with their index (clause veto.right.i). */
export function vetoRightsFor(a: Agreement, motion: Motion) {
  const type = motionDecisionType(motion);
  return a.governance.vetoRights
    .map((right, index) => ({ right, index }))
    .filter((x) => x.right.decisionTypes.includes(type));
}

/** The outcome of the veto phase. */
export type VetoOutcome =
  { state: 'blocked' } | { state: 'open'; until?: number } | { state: 'closed'; at: number };

/**
 * Weighs the vetoes cast against a carried motion. A veto counts when its author holds a
 * right covering the decision type, is not barred (defaulting, or the subject of the motion)
 * and vetoes from the decision (`from`) until `windowDays` after `base` (draft minutes sent or
 * outcome notified); with no base yet, the window is still open.
 */
export function weighVetoes(
  a: Agreement,
  motion: Motion,
  from: number,
  base: number | undefined,
  events: readonly GovernanceEvent[],
  now: number,
  R: ReasonLog,
): VetoOutcome {
  const rights = vetoRightsFor(a, motion);
  const parties = new Set(a.parties.map((p) => p.organisationId));
  const subject = motionSubject(motion);
  let blocked = false;
  const vetoes = events
    .flatMap((e) => (e.kind === 'veto' && e.motionId === motion.id ? [e] : []))
    .sort((x, y) => ms(x.at) - ms(y.at) || x.partyId.localeCompare(y.partyId));
  for (const v of vetoes) {
    const at = ms(v.at);
    const n = partyName(a, v.partyId);
    const held = rights.filter(
      ({ right }) =>
        parties.has(v.partyId) && (right.holders === 'all_parties' || right.holders.includes(v.partyId)),
    );
    if (held.length === 0) {
      R.add(
        'veto.no_right',
        'veto.limits',
        `${n.zh}对此类事项不享有否决权，其否决不发生效力`,
        `${n.en} has no right to veto this kind of decision; its veto has no effect`,
      );
      continue;
    }
    if (v.partyId === subject || isDefaulting(events, v.partyId, at)) {
      R.add(
        'veto.barred',
        'veto.limits',
        `${n.zh}不得否决该决议（违约方或议案所涉成员单位），其否决不发生效力`,
        `${n.en} cannot veto this decision (a defaulting party or the party concerned); its veto has no effect`,
      );
      continue;
    }
    if (at < from) {
      R.add(
        'veto.premature',
        'veto.limits',
        `${n.zh}的否决在作出决议之前提出，不发生效力`,
        `${n.en}'s veto came before the decision and has no effect`,
      );
      continue;
    }
    const valid = held.find(({ right }) => base === undefined || at <= plusDays(base, right.windowDays));
    if (!valid) {
      const first = held[0];
      const end =
        base === undefined || first === undefined ? '' : iso(plusDays(base, first.right.windowDays));
      R.add(
        'veto.out_of_window',
        first ? `veto.right.${first.index}` : 'veto.limits',
        `${n.zh}的否决逾期（期限届满于${end}），不发生效力`,
        `${n.en}'s veto came after the window closed (${end}) and has no effect`,
      );
      continue;
    }
    R.add(
      'veto.valid',
      `veto.right.${valid.index}`,
      `${n.zh}在期限内行使否决权，决议不发生效力`,
      `${n.en} vetoed within the window, so the decision does not take effect`,
    );
    blocked = true;
  }
  if (blocked) return { state: 'blocked' };
  if (rights.length === 0) return { state: 'closed', at: from };
  if (base === undefined) {
    const first = rights[0];
    R.add(
      'veto.window_open',
      first ? `veto.right.${first.index}` : 'veto',
      '否决期限尚未起算（会议纪要草案或表决结果通知尚未发出）',
      'the veto window has not started yet (draft minutes or outcome not yet sent)',
    );
    return { state: 'open' };
  }
  const last = rights.reduce((x, y) => (y.right.windowDays > x.right.windowDays ? y : x));
  const end = plusDays(base, last.right.windowDays);
  if (now <= end) {
    R.add(
      'veto.window_open',
      `veto.right.${last.index}`,
      `否决期限至${iso(end)}届满`,
      `the veto window is open until ${iso(end)}`,
    );
    return { state: 'open', until: end };
  }
  R.add(
    'veto.window_closed',
    `veto.right.${last.index}`,
    `否决期限已于${iso(end)}届满，无有效否决`,
    `the veto window closed on ${iso(end)} without a valid veto`,
  );
  return { state: 'closed', at: end };
}

/** Whether the minutes of a meeting are accepted: explicitly, or by no objection within the window. */
export function minutesState(
  a: Agreement,
  meetingId: string,
  heldAt: number,
  events: readonly GovernanceEvent[],
  now: number,
  R: ReasonLog,
): { accepted: true; at: number } | { accepted: false } {
  const m = a.governance.meetings;
  const sent = events
    .filter((e) => e.kind === 'minutes_sent' && e.meetingId === meetingId)
    .map((e) => (e.kind === 'minutes_sent' ? ms(e.at) : 0));
  if (sent.length === 0) {
    R.add(
      'minutes.not_sent',
      'meetings.minutes',
      `会议纪要草案尚未发出（应于${iso(plusDays(heldAt, m.minutesDraftDays))}前发出）`,
      `draft minutes not yet sent (due by ${iso(plusDays(heldAt, m.minutesDraftDays))})`,
    );
    return { accepted: false };
  }
  const sentAt = Math.min(...sent);
  const explicit = events
    .filter((e) => e.kind === 'minutes_accepted' && e.meetingId === meetingId)
    .map((e) => (e.kind === 'minutes_accepted' ? ms(e.at) : 0));
  if (explicit.length > 0) {
    R.add('minutes.accepted', 'meetings.minutes', '会议纪要已获通过', 'the minutes have been accepted');
    return { accepted: true, at: Math.min(...explicit) };
  }
  const end = plusDays(sentAt, m.minutesAcceptanceDays);
  const objected = events.some(
    (e) =>
      e.kind === 'minutes_objection' && e.meetingId === meetingId && ms(e.at) >= sentAt && ms(e.at) <= end,
  );
  if (objected) {
    R.add(
      'minutes.contested',
      'meetings.minutes',
      '有成员单位对会议纪要的准确性提出异议，纪要尚未通过',
      'a party objected to the accuracy of the minutes; they are not yet accepted',
    );
    return { accepted: false };
  }
  if (now < end) {
    R.add(
      'minutes.window_open',
      'meetings.minutes',
      `会议纪要异议期至${iso(end)}届满`,
      `the minutes may be objected to until ${iso(end)}`,
    );
    return { accepted: false };
  }
  R.add(
    'minutes.accepted',
    'meetings.minutes',
    `异议期于${iso(end)}届满无异议，会议纪要视为通过`,
    `no objection by ${iso(end)}, so the minutes are accepted`,
  );
  return { accepted: true, at: end };
}
