import type { Agreement, GovernanceEvent, Motion, VoteRule } from '@huahe/contracts';
import { explainElectorate, explainTally, partyName } from './explain';
import type { ReasonLog } from './reasons';
import type { Stage } from './stage';
import { latestBallots } from './stage';
import type { Choice } from './tally';
import { countVotes } from './tally';
import { iso, ms, plusDays } from './time';
import { electorate } from './voters';

/** When the written procedure on a motion started (the earliest circulation), if it did. */
export function writtenStart(events: readonly GovernanceEvent[], motionId: string): number | undefined {
  let first: number | undefined;
  for (const e of events)
    if (e.kind === 'written_procedure_started' && e.motionId === motionId)
      first = Math.min(first ?? Infinity, ms(e.at));
  return first;
}

/**
 * Decides a motion by written procedure: answers within the response period count; silence
 * means consent or no vote as the agreement says; the procedure closes at the deadline or on
 * the last answer. Unanimity needs every voting party's agreement; otherwise the rule's quorum
 * and majority apply, answering parties counting as present.
 */
export function decideInWriting(
  a: Agreement,
  rule: VoteRule,
  motion: Motion,
  events: readonly GovernanceEvent[],
  now: number,
  R: ReasonLog,
): Stage {
  const key = `voting.rule.${rule.type}`;
  if (!rule.written.allowed) {
    R.add(
      'written.not_allowed',
      key,
      '该事项不得以书面方式表决',
      'this matter cannot be decided by written procedure',
    );
    return { kind: 'settled', status: 'invalid' };
  }
  const start = writtenStart(events, motion.id);
  if (start === undefined) {
    R.add(
      'written.not_started',
      'written.procedure',
      '书面表决尚未发起',
      'the written procedure has not started',
    );
    return { kind: 'settled', status: 'pending' };
  }
  const wp = a.governance.writtenProcedure;
  const deadline = plusDays(start, wp.responseDays);
  const voter = electorate(a, rule, motion, events, start);
  explainElectorate(voter, R, a);
  const eligible = new Set(voter.eligible);
  const answers = events.flatMap((e) =>
    e.kind === 'vote' && e.motionId === motion.id && eligible.has(e.partyId)
      ? [{ partyId: e.partyId, choice: e.choice, at: ms(e.at) }]
      : [],
  );
  const timely = answers.filter((v) => v.at >= start && v.at <= deadline);
  if (timely.length < answers.length)
    R.add(
      'written.late_answer',
      'written.procedure',
      `答复期限（${iso(deadline)}）之外的答复不计入`,
      `answers outside the response period (ending ${iso(deadline)}) are not counted`,
    );
  const latest = latestBallots(timely);
  const allAnswered = voter.eligible.every((id) => latest.has(id));
  const closeAt =
    allAnswered && latest.size > 0 ? Math.max(...[...latest.values()].map((v) => v.at)) : deadline;
  if (now < closeAt) {
    R.add(
      'written.open',
      'written.procedure',
      `书面表决进行中，答复期限至${iso(deadline)}`,
      `the written procedure is open until ${iso(deadline)}`,
    );
    return { kind: 'settled', status: 'pending' };
  }
  const ballots = new Map<string, Choice>([...latest].map(([id, v]) => [id, v.choice]));
  const silent = voter.eligible.filter((id) => !ballots.has(id));
  if (silent.length > 0) {
    const names = silent.map((id) => partyName(a, id));
    const zh = names.map((n) => n.zh).join('、');
    const en = names.map((n) => n.en).join(', ');
    if (wp.silence === 'consent') {
      for (const id of silent) ballots.set(id, 'for');
      R.add(
        'written.silence_consent',
        'written.procedure',
        `${zh}逾期未答复，视为同意`,
        `${en} did not answer in time and are deemed to agree`,
      );
    } else {
      R.add(
        'written.silence_no_vote',
        'written.procedure',
        `${zh}逾期未答复，视为未投票`,
        `${en} did not answer in time and are treated as not voting`,
      );
    }
  }
  if (rule.written.requirement === 'unanimity') {
    const all = voter.eligible.length > 0 && voter.eligible.every((id) => ballots.get(id) === 'for');
    R.add(
      all ? 'written.unanimous' : 'written.not_unanimous',
      key,
      all ? '全体有表决权的成员单位一致同意' : '未获全体有表决权的成员单位一致同意',
      all ? 'every voting party agreed' : 'not every voting party agreed',
    );
    return all
      ? { kind: 'carried', vetoFrom: start, vetoBase: closeAt, decidedAt: closeAt }
      : { kind: 'settled', status: 'rejected' };
  }
  const tally = countVotes(a, rule, voter.eligible, new Set(ballots.keys()), ballots);
  explainTally(rule, tally, R);
  if (!tally.quorumMet) return { kind: 'settled', status: 'invalid', tally };
  if (!tally.passed) return { kind: 'settled', status: 'rejected', tally };
  return { kind: 'carried', tally, vetoFrom: start, vetoBase: closeAt, decidedAt: closeAt };
}
