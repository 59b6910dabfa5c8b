import { describe, expect, it } from 'vitest';
import type { Agreement, GovernanceEvent } from '@huahe/contracts';
import {
  agreement,
  at,
  codes,
  day,
  decide,
  MOTION,
  P,
  resolution,
  withGovernance,
  withRule,
} from './test-fixtures';

const start: GovernanceEvent = { kind: 'written_procedure_started', motionId: MOTION, at: day(0) };
const answer = (i: number, choice: 'for' | 'against' | 'abstain', d = 1): GovernanceEvent => ({
  kind: 'vote',
  motionId: MOTION,
  partyId: P[i] ?? '',
  choice,
  at: day(d),
});
const written = resolution('ordinary', 'written');

// DESCA: answers within 15 days; a party that does not answer is deemed to agree.
const consent = agreement(4);
const noVote = withGovernance(consent, { writtenProcedure: { responseDays: 15, silence: 'no_vote' } });
const unanimous = (a: Agreement) =>
  withRule(a, 'ordinary', { written: { allowed: true, requirement: 'unanimity' } });

describe('written procedure', () => {
  it.each([
    [
      'silence is consent: a silent party agrees once the period ends',
      unanimous(consent),
      [answer(0, 'for'), answer(1, 'for'), answer(2, 'for')],
      16,
      'passed',
      'written.silence_consent',
    ],
    [
      'silence is no vote: unanimity fails on a silent party',
      unanimous(noVote),
      [answer(0, 'for'), answer(1, 'for'), answer(2, 'for')],
      16,
      'rejected',
      'written.not_unanimous',
    ],
    [
      'still open before the deadline',
      unanimous(noVote),
      [answer(0, 'for'), answer(1, 'for'), answer(2, 'for')],
      10,
      'pending',
      'written.open',
    ],
    [
      'closes early when everyone has answered',
      unanimous(noVote),
      [answer(0, 'for'), answer(1, 'for'), answer(2, 'for'), answer(3, 'for', 2)],
      3,
      'passed',
      'written.unanimous',
    ],
    [
      'one objection defeats unanimity',
      unanimous(consent),
      [answer(0, 'for'), answer(1, 'against')],
      16,
      'rejected',
      'written.not_unanimous',
    ],
    [
      'the rule majority applies otherwise: 2 of 3 answers',
      noVote,
      [answer(0, 'for'), answer(1, 'for'), answer(2, 'against')],
      16,
      'passed',
      'majority.met',
    ],
    [
      'a late answer does not count',
      noVote,
      [answer(0, 'for'), answer(1, 'for'), answer(2, 'against'), answer(3, 'against', 16)],
      17,
      'passed',
      'written.late_answer',
    ],
    [
      'too few answers miss the quorum',
      noVote,
      [answer(0, 'for'), answer(1, 'for')],
      16,
      'invalid',
      'quorum.not_met',
    ],
  ])('%s', (_name, a, answers, now, status, code) => {
    const d = decide(a, written, [start, ...answers], at(now));
    expect(d.status).toBe(status);
    expect(codes(d)).toContain(code);
  });

  it('is pending until the procedure starts', () => {
    expect(codes(decide(consent, written, [], at(5)))).toEqual(['written.not_started']);
  });

  it('is not available for matters the agreement reserves to meetings', () => {
    const a = withRule(consent, 'ordinary', { written: { allowed: false } });
    const d = decide(a, written, [start, answer(0, 'for')], at(16));
    expect(d.status).toBe('invalid');
    expect(codes(d)).toEqual(['written.not_allowed']);
  });

  it('runs the veto window from the close of the procedure', () => {
    const budget = resolution('budget_change', 'written');
    const events = [start, answer(0, 'for'), answer(1, 'for'), answer(2, 'for'), answer(3, 'for', 2)];
    expect(decide(consent, budget, events, at(10))).toMatchObject({
      status: 'pending',
      vetoWindowEndsAt: day(17),
    });
    expect(decide(consent, budget, events, at(18))).toMatchObject({ status: 'passed', effectiveAt: day(17) });
    const veto: GovernanceEvent = { kind: 'veto', motionId: MOTION, partyId: P[3] ?? '', at: day(12) };
    expect(decide(consent, budget, [...events, veto], at(18)).status).toBe('blocked_by_veto');
  });
});
