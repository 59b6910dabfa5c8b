import type { Agreement, VoteRule } from '@huahe/contracts';
import { compareFraction, getRatio } from '@huahe/contracts';
import { weightOf } from './voters';

/** A vote choice. */
export type Choice = 'for' | 'against' | 'abstain';

/** The exact count of a vote (weights as decimal strings of integers). */
export interface Tally {
  eligible: number;
  present: number;
  weights: { for: string; against: string; abstain: string; present: string; eligible: string; base: string };
  quorumMet: boolean;
  /** The for-share reached the threshold (≥ or > as the rule says). */
  majorityMet: boolean;
  /** The for-share equals the threshold of a "more than" rule exactly. */
  atBoundary: boolean;
  /** The chair's casting vote decided an exact boundary. */
  castingVote?: Choice;
  passed: boolean;
}

/**
 * Counts a vote exactly. `present` are the eligible parties present or represented (voters
 * count as present); `ballots` the eligible parties' choices. Rationals are compared with
 * bigint cross-multiplication, so 2/3 at the boundary is decided exactly.
 */
export function countVotes(
  a: Agreement,
  rule: VoteRule,
  eligible: readonly string[],
  present: ReadonlySet<string>,
  ballots: ReadonlyMap<string, Choice>,
): Tally {
  const sum = (ids: Iterable<string>) => {
    let s = 0n;
    for (const id of ids) s += weightOf(rule, id);
    return s;
  };
  const inBody = new Set(eligible);
  const attending = [...new Set([...present, ...ballots.keys()])].filter((id) => inBody.has(id));
  const by = (c: Choice) =>
    sum([...ballots].filter(([id, x]) => x === c && inBody.has(id)).map(([id]) => id));
  const w = {
    for: by('for'),
    against: by('against'),
    abstain: by('abstain'),
    present: sum(attending),
    eligible: sum(eligible),
  };

  const q = getRatio(rule.quorum.threshold);
  const [qNum, qDen] =
    rule.quorum.basis === 'members'
      ? [BigInt(attending.length), BigInt(eligible.length)]
      : [w.present, w.eligible];
  const quorumMet = qDen > 0n && compareFraction(qNum, qDen, q) >= 0;

  const m = rule.majority;
  const base = m.base === 'votes_cast' ? w.for + w.against : m.base === 'present' ? w.present : w.eligible;
  const cmp = base === 0n ? -1 : compareFraction(w.for, base, getRatio(m.threshold));
  const majorityMet = m.comparison === 'at_least' ? cmp >= 0 : cmp > 0;
  const atBoundary = m.comparison === 'more_than' && cmp === 0;
  const tally: Tally = {
    eligible: eligible.length,
    present: attending.length,
    weights: {
      for: `${w.for}`,
      against: `${w.against}`,
      abstain: `${w.abstain}`,
      present: `${w.present}`,
      eligible: `${w.eligible}`,
      base: `${base}`,
    },
    quorumMet,
    majorityMet,
    atBoundary,
    passed: quorumMet && majorityMet,
  };
  const chair =
    rule.body === 'executive_board'
      ? a.governance.executiveBoard?.chairPartyId
      : a.governance.decisionBody.chairPartyId;
  if (
    quorumMet &&
    atBoundary &&
    a.governance.tieBreak === 'chair_casting_vote' &&
    chair !== undefined &&
    inBody.has(chair)
  ) {
    const casting = ballots.get(chair) ?? 'abstain';
    tally.castingVote = casting;
    tally.passed = casting === 'for';
  }
  return tally;
}
