import { describe, expect, it } from 'vitest';
import type { Agreement, GovernanceEvent } from '@huahe/contracts';
import { clauseRef } from '@huahe/contracts';
import type { Votes } from './test-fixtures';
import {
  agreement,
  at,
  codes,
  day,
  decide,
  MEETING,
  meeting,
  MOTION,
  P,
  resolution,
  withGovernance,
  withRule,
} from './test-fixtures';

const desca = agreement(6);
const later = at(80);
const defaulting = (i: number, d = 10): GovernanceEvent => ({
  kind: 'party_defaulting',
  partyId: P[i] ?? '',
  at: day(d),
});

describe('quorum, majorities, ties and abstentions (DESCA: quorum 2/3, 2/3 of votes cast)', () => {
  const cases: [name: string, a: Agreement, present: number[], votes: Votes, status: string, code: string][] =
    [
      [
        'quorum met with 4 of 6',
        desca,
        [0, 1, 2, 3],
        { 0: 'for', 1: 'for', 2: 'for', 3: 'against' },
        'passed',
        'majority.met',
      ],
      [
        'quorum not met with 3 of 6',
        desca,
        [0, 1, 2],
        { 0: 'for', 1: 'for', 2: 'for' },
        'invalid',
        'quorum.not_met',
      ],
      [
        'exactly 2/3 of votes cast passes an "at least" rule',
        desca,
        [0, 1, 2, 3, 4, 5],
        { 0: 'for', 1: 'for', 2: 'against' },
        'passed',
        'majority.met',
      ],
      [
        'exactly 2/3 fails a "more than" rule',
        withRule(desca, 'ordinary', {
          majority: { threshold: '2/3', comparison: 'more_than', base: 'votes_cast' },
        }),
        [0, 1, 2, 3],
        { 0: 'for', 1: 'for', 2: 'against' },
        'rejected',
        'tie.fails',
      ],
      [
        '2/3 falls short of 67 %',
        withRule(desca, 'ordinary', {
          majority: { threshold: '67%', comparison: 'at_least', base: 'votes_cast' },
        }),
        [0, 1, 2, 3],
        { 0: 'for', 1: 'for', 2: 'against' },
        'rejected',
        'majority.not_met',
      ],
      [
        '66 of 99 votes is exactly 2/3',
        withRule(desca, 'ordinary', {
          weights: {
            kind: 'weighted',
            weights: P.slice(0, 6).map((p, i) => ({ partyId: p, weight: [33, 33, 33, 1, 1, 1][i] ?? 0 })),
          },
        }),
        [0, 1, 2, 3, 4, 5],
        { 0: 'for', 1: 'for', 2: 'against' },
        'passed',
        'majority.met',
      ],
      [
        'abstentions do not count among votes cast',
        desca,
        [0, 1, 2, 3, 4, 5],
        { 0: 'for', 1: 'for', 2: 'against', 3: 'abstain', 4: 'abstain', 5: 'abstain' },
        'passed',
        'majority.met',
      ],
      [
        'abstentions count against a majority of those present',
        withRule(desca, 'ordinary', {
          majority: { threshold: '2/3', comparison: 'at_least', base: 'present' },
        }),
        [0, 1, 2, 3, 4, 5],
        { 0: 'for', 1: 'for', 2: 'against', 3: 'abstain' },
        'rejected',
        'majority.not_met',
      ],
      [
        'absences count against a majority of all members',
        withRule(desca, 'ordinary', {
          majority: { threshold: '1/2', comparison: 'more_than', base: 'all_members' },
        }),
        [0, 1, 2, 3],
        { 0: 'for', 1: 'for', 2: 'for' },
        'rejected',
        'tie.fails',
      ],
      [
        'no votes cast fails',
        desca,
        [0, 1, 2, 3],
        { 0: 'abstain', 1: 'abstain' },
        'rejected',
        'majority.no_votes',
      ],
    ];
  it.each(cases)('%s', (_name, a, present, votes, status, code) => {
    const d = decide(a, resolution(), meeting(present, votes), later);
    expect(d.status).toBe(status);
    expect(codes(d)).toContain(code);
  });

  it('cites the rule of the decision type for quorum and majority', () => {
    const d = decide(desca, resolution('ordinary'), meeting([0, 1, 2], { 0: 'for' }), later);
    expect(d.reasons.find((r) => r.code === 'quorum.not_met')?.clauseRef).toEqual(
      clauseRef(desca, 'voting.rule.ordinary'),
    );
  });

  it('reports the exact tally', () => {
    const d = decide(
      desca,
      resolution(),
      meeting([0, 1, 2, 3], { 0: 'for', 1: 'for', 2: 'against', 3: 'abstain' }),
      later,
    );
    expect(d.tally).toMatchObject({
      eligible: 6,
      present: 4,
      quorumMet: true,
      weights: { for: '2', against: '1', abstain: '1', base: '3' },
    });
  });
});

describe('ties under a simple majority', () => {
  const simple = withRule(desca, 'ordinary', {
    majority: { threshold: '1/2', comparison: 'more_than', base: 'votes_cast' },
  });
  const casting = withGovernance(simple, { tieBreak: 'chair_casting_vote' });
  const ties: [string, Agreement, Votes, string, string][] = [
    [
      'a tie fails without a casting vote',
      simple,
      { 0: 'for', 1: 'for', 2: 'against', 3: 'against' },
      'rejected',
      'tie.fails',
    ],
    [
      'the chair voting for breaks the tie',
      casting,
      { 0: 'for', 1: 'for', 2: 'against', 3: 'against' },
      'passed',
      'tie.casting_vote_for',
    ],
    [
      'the chair voting against keeps the motion down',
      casting,
      { 0: 'against', 1: 'for', 2: 'for', 3: 'against' },
      'rejected',
      'tie.casting_vote_not_for',
    ],
  ];
  it.each(ties)('%s', (_name, a, votes, status, code) => {
    const d = decide(a, resolution(), meeting([0, 1, 2, 3], votes), later);
    expect(d.status).toBe(status);
    expect(codes(d)).toContain(code);
    expect(d.reasons.find((r) => r.code === code)?.clauseRef).toEqual(clauseRef(a, 'voting.tie'));
  });
});

describe('defaulting parties', () => {
  it('are left out of the quorum base: 3 of 5 eligible is short of 2/3, where 4 of 6 would not be', () => {
    const present = [0, 1, 2, 5];
    expect(
      decide(desca, resolution(), meeting(present, { 0: 'for', 1: 'for', 2: 'for' }), later).status,
    ).toBe('passed');
    const d = decide(
      desca,
      resolution(),
      [defaulting(5), ...meeting(present, { 0: 'for', 1: 'for', 2: 'for' })],
      later,
    );
    expect(d.status).toBe('invalid');
    expect(codes(d)).toEqual(expect.arrayContaining(['voter.defaulting', 'quorum.not_met']));
    expect(d.reasons.find((r) => r.code === 'voter.defaulting')?.clauseRef).toEqual(
      clauseRef(desca, 'voting.defaulting'),
    );
  });

  it('have no vote', () => {
    const votes: Votes = { 0: 'for', 5: 'for', 1: 'against' };
    expect(decide(desca, resolution(), meeting([0, 1, 2, 3, 5], votes), later).status).toBe('passed');
    expect(
      decide(desca, resolution(), [defaulting(5), ...meeting([0, 1, 2, 3, 5], votes)], later).status,
    ).toBe('rejected');
  });

  it('vote again once the default is cured before the meeting', () => {
    const cured: GovernanceEvent = { kind: 'party_default_cured', partyId: P[5] ?? '', at: day(20) };
    expect(
      decide(
        desca,
        resolution(),
        [defaulting(5), cured, ...meeting([0, 1, 2, 3, 5], { 0: 'for', 5: 'for', 1: 'against' })],
        later,
      ).status,
    ).toBe('passed');
  });
});

describe('notice, agenda and the meeting itself', () => {
  const votes: Votes = { 0: 'for', 1: 'for', 2: 'for', 3: 'for' };
  it('invalidates decisions of a meeting called on insufficient notice', () => {
    const d = decide(desca, resolution(), meeting([0, 1, 2, 3], votes, { noticeDay: 6 }), later);
    expect(d.status).toBe('invalid');
    expect(d.reasons[0]).toMatchObject({
      code: 'meeting.notice_insufficient',
      clauseRef: clauseRef(desca, 'meetings.notice'),
    });
  });

  it('accepts exactly 45 days of notice', () => {
    expect(decide(desca, resolution(), meeting([0, 1, 2, 3], votes, { noticeDay: 5 }), later).status).toBe(
      'passed',
    );
  });

  it.each([
    [30, 'passed'],
    [36, 'passed'],
    [37, 'invalid'],
  ])('takes an item added on day %i to a day-50 meeting (cut-off 14 days before): %s', (addedDay, status) => {
    const events = [
      ...meeting([0, 1, 2, 3], votes, { agenda: false }),
      {
        kind: 'agenda_item_added',
        meetingId: MEETING,
        motionId: MOTION,
        at: day(addedDay),
      } as GovernanceEvent,
    ];
    expect(decide(desca, resolution(), events, later).status).toBe(status);
  });

  it('leaves a motion that is not on the agenda pending', () => {
    expect(decide(desca, resolution(), meeting([0, 1, 2, 3], votes, { agenda: false }), later).status).toBe(
      'pending',
    );
  });

  it('refuses a meeting of the wrong body', () => {
    const d = decide(desca, resolution(), meeting([0, 1, 2, 3], votes, { body: 'council' }), later);
    expect(d.status).toBe('invalid');
    expect(codes(d)).toEqual(['meeting.wrong_body']);
  });

  it('waits for the meeting, and ignores events after now', () => {
    expect(decide(desca, resolution(), meeting([0, 1, 2, 3], votes), at(20)).status).toBe('pending');
    const d = decide(desca, resolution(), meeting([0, 1, 2, 3], votes), at(50, 0.5));
    expect(d.status).toBe('pending');
    expect(d.tally?.weights.for).toBe('0');
  });

  it('ignores votes cast before the meeting opened', () => {
    const early: GovernanceEvent[] = [0, 1, 2, 3].map((i) => ({
      kind: 'vote',
      motionId: MOTION,
      partyId: P[i] ?? '',
      choice: 'for',
      at: day(49),
    }));
    const d = decide(desca, resolution(), [...meeting([0, 1, 2, 3], {}), ...early], later);
    expect(d.status).toBe('rejected');
    expect(codes(d)).toContain('vote.ignored_timing');
  });
});
