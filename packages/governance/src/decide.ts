import type { Agreement, DecisionType, GovernanceEvent, Motion } from '@huahe/contracts';
import { DECISION_TYPE_LABELS, motionDecisionType, motionSubject } from '@huahe/contracts';
import { applyMotion } from './apply';
import { partyName } from './explain';
import { decideAtMeeting } from './meeting';
import type { Reason } from './reasons';
import { ReasonLog } from './reasons';
import type { MotionStatus, Stage } from './stage';
import type { Tally } from './tally';
import { iso, ms, plusDays } from './time';
import { minutesState, weighVetoes } from './veto';
import { decideInWriting } from './written';

/** The engine's decision on a motion at a given instant, with the clauses that decided it. */
export interface Decision {
  status: MotionStatus;
  decisionType: DecisionType;
  reasons: Reason[];
  tally?: Tally;
  /** When a passed motion took effect (minutes accepted, veto windows closed, exit notice run out). */
  effectiveAt?: string;
  /** When the veto window closes, once it has started. */
  vetoWindowEndsAt?: string;
}

/** The instant an event happened (for "as of now" evaluation: later events are ignored). */
export function eventTime(e: GovernanceEvent): number {
  return ms(e.kind === 'meeting_convened' ? e.noticeGivenAt : e.kind === 'meeting_held' ? e.heldAt : e.at);
}

function done(
  R: ReasonLog,
  status: MotionStatus,
  type: DecisionType,
  extra: Partial<Decision> = {},
): Decision {
  return { status, decisionType: type, reasons: R.list, ...extra };
}

function preconditions(a: Agreement, motion: Motion, R: ReasonLog): boolean {
  const subject = motionSubject(motion);
  if (subject !== undefined && !a.parties.some((p) => p.organisationId === subject)) {
    R.add(
      'motion.subject_unknown',
      motion.kind === 'exit' ? 'membership.exit' : 'breach.notice',
      '议案所涉单位不是本协议的当事方',
      'the party concerned is not a party to this Agreement',
    );
    return false;
  }
  if (motion.kind === 'exit' && !a.exit) {
    R.add('exit.no_clause', 'membership', '本协议未规定退出程序', 'this Agreement has no exit clause');
    return false;
  }
  if (motion.kind === 'amendment' || motion.kind === 'accession') {
    const applied = applyMotion(a, motion);
    if (!applied.ok) {
      const detail = applied.problems.map((p) => `${p.path} ${p.code}`).join('; ');
      const key = motion.kind === 'amendment' ? 'final.amendment' : 'membership.admission';
      R.add(
        `${motion.kind}.invalid_result`,
        key,
        `通过后形成的协议无效：${detail}`,
        `the agreement it would produce is invalid: ${detail}`,
      );
      return false;
    }
  }
  return true;
}

/** Breach notice served and the remedy period over, unremedied, by the instant of decision. */
function breachEstablished(
  a: Agreement,
  partyId: string,
  events: readonly GovernanceEvent[],
  at: number,
  R: ReasonLog,
): boolean {
  const n = partyName(a, partyId);
  const days = a.breach?.remedyDays;
  const notices = events.flatMap((e) =>
    e.kind === 'breach_notice' && e.partyId === partyId && ms(e.at) <= at ? [ms(e.at)] : [],
  );
  if (days === undefined || notices.length === 0) {
    R.add(
      'breach.no_notice',
      'breach.notice',
      `未向${n.zh}发出书面纠正通知，不得认定违约或除名`,
      `${n.en} was never given formal notice to remedy; it cannot be declared in default or expelled`,
    );
    return false;
  }
  const notice = Math.max(...notices);
  if (
    events.some(
      (e) => e.kind === 'breach_remedied' && e.partyId === partyId && ms(e.at) >= notice && ms(e.at) <= at,
    )
  ) {
    R.add('breach.remedied', 'breach.notice', `${n.zh}已纠正违约行为`, `${n.en} remedied the breach`);
    return false;
  }
  if (at < plusDays(notice, days)) {
    R.add(
      'breach.remedy_period_running',
      'breach.notice',
      `纠正期限（${days}日）至${iso(plusDays(notice, days))}才届满`,
      `the ${days}-day remedy period runs until ${iso(plusDays(notice, days))}`,
    );
    return false;
  }
  return true;
}

function chiefScientist(motion: Motion, events: readonly GovernanceEvent[], R: ReasonLog): Stage {
  const decisions = events.flatMap((e) =>
    e.kind === 'chief_scientist_decision' && e.motionId === motion.id
      ? [{ at: ms(e.at), approve: e.approve }]
      : [],
  );
  // The latest decision counts; at the same instant a refusal wins, whatever the event order.
  const last = decisions.reduce<{ at: number; approve: boolean } | undefined>(
    (x, y) => (!x || y.at > x.at || (y.at === x.at && !y.approve) ? y : x),
    undefined,
  );
  const key = `voting.rule.${motionDecisionType(motion)}`;
  if (!last) {
    R.add('chief.pending', key, '首席科学家尚未作出决定', 'the chief scientist has not decided yet');
    return { kind: 'settled', status: 'pending' };
  }
  R.add(
    last.approve ? 'chief.approved' : 'chief.refused',
    key,
    last.approve ? '首席科学家决定同意' : '首席科学家决定不同意',
    last.approve ? 'the chief scientist approved' : 'the chief scientist refused',
  );
  return last.approve
    ? { kind: 'carried', vetoFrom: last.at, vetoBase: last.at, decidedAt: last.at }
    : { kind: 'settled', status: 'rejected' };
}

/**
 * Decides a motion under the agreement's rules from the recorded events, as of `now` (events
 * after `now` are ignored). Every reason cites the clause, numbered as renderAgreement numbers it.
 */
export function decideMotion(
  a: Agreement,
  motion: Motion,
  events: readonly GovernanceEvent[],
  now: Date,
): Decision {
  const t = now.getTime();
  const seen = events.filter((e) => eventTime(e) <= t);
  const R = new ReasonLog(a);
  const type = motionDecisionType(motion);
  const label = DECISION_TYPE_LABELS[type];
  const rule = a.governance.decisionRules.find((r) => r.type === type);
  if (!rule) {
    R.add(
      'rule.missing',
      'voting',
      `本协议未规定${label.zh}的表决规则`,
      `this Agreement has no rule for ${label.en}`,
    );
    return done(R, 'invalid', type);
  }
  if (!preconditions(a, motion, R)) return done(R, 'invalid', type);

  const exitEnd =
    motion.kind === 'exit' && a.exit ? plusDays(ms(motion.noticeGivenAt), a.exit.noticeDays) : undefined;
  if (motion.kind === 'exit' && a.exit && !a.exit.requiresApproval && exitEnd !== undefined) {
    const over = t >= exitEnd;
    R.add(
      over ? 'exit.notice_elapsed' : 'exit.notice_running',
      'membership.exit',
      over ? `退出通知期限已于${iso(exitEnd)}届满，退出生效` : `退出通知期限至${iso(exitEnd)}届满`,
      over
        ? `the exit notice period ended on ${iso(exitEnd)}; the exit is effective`
        : `the exit notice period runs until ${iso(exitEnd)}`,
    );
    return over ? done(R, 'passed', type, { effectiveAt: iso(exitEnd) }) : done(R, 'pending', type);
  }

  const stage: Stage =
    rule.procedure === 'chief_scientist'
      ? chiefScientist(motion, seen, R)
      : motion.procedure.mode === 'meeting'
        ? decideAtMeeting(a, rule, motion, motion.procedure.meetingId, seen, R)
        : decideInWriting(a, rule, motion, seen, t, R);
  if (stage.kind === 'settled') return done(R, stage.status, type, stage.tally ? { tally: stage.tally } : {});
  const tally: Partial<Decision> = stage.tally ? { tally: stage.tally } : {};

  const subject = motionSubject(motion);
  if (
    (type === 'expulsion' || type === 'defaulting') &&
    subject !== undefined &&
    !breachEstablished(a, subject, seen, stage.decidedAt, R)
  )
    return done(R, 'invalid', type, tally);

  const veto = weighVetoes(a, motion, stage.vetoFrom, stage.vetoBase, seen, t, R);
  if (veto.state === 'blocked') return done(R, 'blocked_by_veto', type, tally);
  if (veto.state === 'open' && veto.until !== undefined)
    Object.assign(tally, { vetoWindowEndsAt: iso(veto.until) });
  let effective = veto.state === 'closed' ? Math.max(veto.at, stage.decidedAt) : undefined;
  if (stage.meetingId !== undefined) {
    const minutes = minutesState(a, stage.meetingId, stage.decidedAt, seen, t, R);
    effective = minutes.accepted && effective !== undefined ? Math.max(effective, minutes.at) : undefined;
  }
  if (veto.state === 'open' || effective === undefined) return done(R, 'pending', type, tally);
  if (exitEnd !== undefined) effective = Math.max(effective, exitEnd);
  R.add(
    'motion.passed',
    `voting.rule.${type}`,
    `议案依本条通过，自${iso(effective)}起生效`,
    `the motion passed under this clause and takes effect on ${iso(effective)}`,
  );
  return done(R, 'passed', type, { ...tally, effectiveAt: iso(effective) });
}
