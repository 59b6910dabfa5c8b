import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, GovernanceEvent } from '@huahe/contracts';
import { getRatio } from '@huahe/contracts';
import { decideMotion } from './decide';
import {
  agreement,
  at,
  day,
  meeting,
  MOTION,
  P,
  resolution,
  withGovernance,
  withRule,
} from './test-fixtures';
import { votingGame } from './voting-game';

type Att = 'absent' | 'silent' | 'for' | 'against' | 'abstain';
const ATT: Att[] = ['absent', 'silent', 'for', 'against', 'abstain'];

const ruleArb = fc.record({
  quorum: fc.record({
    threshold: fc.constantFrom('0', '1/2', '2/3', '3/4', '1'),
    basis: fc.constantFrom('members' as const, 'weights' as const),
  }),
  majority: fc.record({
    threshold: fc.constantFrom('1/2', '2/3', '3/5', '1', '66.67%'),
    comparison: fc.constantFrom('at_least' as const, 'more_than' as const),
    base: fc.constantFrom('votes_cast' as const, 'present' as const, 'all_members' as const),
  }),
  weighted: fc.boolean(),
  tieBreak: fc.constantFrom('fails' as const, 'chair_casting_vote' as const),
});

const scenarioArb = fc.integer({ min: 3, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    rule: ruleArb,
    weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
    att: fc.array(fc.constantFrom(...ATT), { minLength: n, maxLength: n }),
  }),
);
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): Agreement {
  const weights = s.rule.weighted
    ? {
        kind: 'weighted' as const,
        weights: P.slice(0, s.n).map((partyId, i) => ({ partyId, weight: s.weights[i] ?? 0 })),
      }
    : { kind: 'one_member_one_vote' as const };
  return withGovernance(
    withRule(agreement(s.n), 'ordinary', { quorum: s.rule.quorum, majority: s.rule.majority, weights }),
    { tieBreak: s.rule.tieBreak },
  );
}

function events(att: Att[]): GovernanceEvent[] {
  const present = att.flatMap((x, i) => (x === 'absent' ? [] : [i]));
  const votes = Object.fromEntries(
    att.flatMap((x, i) => (x === 'for' || x === 'against' || x === 'abstain' ? [[i, x]] : [])),
  );
  return meeting(present, votes);
}

const run = (a: Agreement, ev: readonly GovernanceEvent[]) => decideMotion(a, resolution(), ev, at(80));
const RANK = { invalid: 0, rejected: 1, passed: 2, pending: -1, blocked_by_veto: -1 } as const;

/** The rule read straight from its wording, with plain integer arithmetic. */
function reference(s: Scenario): 'passed' | 'rejected' | 'invalid' {
  const w = (i: number) => (s.rule.weighted ? (s.weights[i] ?? 0) : 1);
  const voters = [...Array(s.n).keys()].filter((i) => w(i) > 0);
  const sum = (f: (i: number) => boolean) => voters.filter(f).reduce((t, i) => t + w(i), 0);
  const here = (i: number) => s.att[i] !== 'absent';
  const q = getRatio(s.rule.quorum.threshold);
  const [got, of] =
    s.rule.quorum.basis === 'members'
      ? [voters.filter(here).length, voters.length]
      : [sum(here), sum(() => true)];
  if (of === 0 || BigInt(got) * q.den < q.num * BigInt(of)) return 'invalid';
  const yes = sum((i) => s.att[i] === 'for');
  const no = sum((i) => s.att[i] === 'against');
  const base =
    s.rule.majority.base === 'votes_cast'
      ? yes + no
      : s.rule.majority.base === 'present'
        ? sum(here)
        : sum(() => true);
  if (base === 0) return 'rejected';
  const m = getRatio(s.rule.majority.threshold);
  const lhs = BigInt(yes) * m.den;
  const rhs = m.num * BigInt(base);
  if (s.rule.majority.comparison === 'at_least') return lhs >= rhs ? 'passed' : 'rejected';
  if (lhs > rhs) return 'passed';
  const chairVotes = w(0) > 0 && s.rule.tieBreak === 'chair_casting_vote';
  return lhs === rhs && chairVotes && s.att[0] === 'for' ? 'passed' : 'rejected';
}

describe('decideMotion properties', () => {
  it('agrees with the rule read literally', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(run(build(s), events(s.att)).status).toBe(reference(s));
      }),
      { numRuns: 400 },
    );
  });

  it('never turns a passed motion into a rejected one when a party votes for it', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, k) => {
        const a = build(s);
        const i = k % s.n;
        const before = run(a, events(s.att)).status;
        const after = run(a, events(s.att.map((x, j) => (j === i ? 'for' : x)))).status;
        expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same outcome whatever the order of the events, repeated votes included', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.nat(),
        fc.constantFrom('for' as const, 'against' as const, 'abstain' as const),
        fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }),
        (s, k, earlier, keys) => {
          const a = build(s);
          const i = k % s.n;
          const ev: GovernanceEvent[] = [
            ...events(s.att),
            { kind: 'vote', motionId: MOTION, partyId: P[i] ?? '', choice: earlier, at: day(50, 0.5) },
          ];
          const shuffled = ev
            .map((e, j) => [keys[j] ?? j, e] as const)
            .sort((x, y) => x[0] - y[0])
            .map(([, e]) => e);
          const d1 = run(a, ev);
          const d2 = run(a, shuffled);
          expect(d2.status).toBe(d1.status);
          expect(d2.tally).toEqual(d1.tally);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lets a party with zero weight change nothing by attending or voting', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.constantFrom(...ATT), (s0, k, choice) => {
        const i = k % s0.n;
        const s = {
          ...s0,
          rule: { ...s0.rule, weighted: true },
          weights: s0.weights.map((w, j) => (j === i ? 0 : w)),
        };
        const a = build(s);
        const before = run(a, events(s.att));
        const after = run(a, events(s.att.map((x, j) => (j === i ? choice : x))));
        expect(after.status).toBe(before.status);
        expect(after.tally).toEqual(before.tally);
      }),
      { numRuns: 300 },
    );
  });

  it('passes a motion exactly when the voting game says its supporters win (full attendance)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), (s0, support) => {
        const s = { ...s0, att: s0.att.map((_, i): Att => (support[i] ? 'for' : 'against')) };
        const a = build(s);
        const g = votingGame(a, 'ordinary');
        if (!g || Object.values(g.weights).every((w) => w === 0)) return;
        const weight = g.players
          .filter((id) => support[P.indexOf(id)])
          .reduce((t, id) => t + (g.weights[id] ?? 0), 0);
        expect(run(a, events(s.att)).status).toBe(weight >= g.quota ? 'passed' : 'rejected');
      }),
      { numRuns: 400 },
    );
  });
});
