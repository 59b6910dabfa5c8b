import { describe, expect, it } from 'vitest';
import { clauseRef } from '@huahe/contracts';
import { agreement, P, withGovernance, withRule } from './test-fixtures';
import { votingGame } from './voting-game';

const ids = (n: number) => P.slice(0, n);
const ones = (n: number) => Object.fromEntries(ids(n).map((id) => [id, 1]));

describe('votingGame', () => {
  it.each([
    [6, 4],
    [5, 4],
    [3, 2],
    [7, 5],
  ])('turns 2/3 of %i equal votes into quota %i (⌈2n/3⌉)', (n, quota) => {
    const g = votingGame(agreement(n), 'ordinary');
    expect(g).toMatchObject({ players: ids(n), weights: ones(n), quota, vetoPlayers: [] });
    expect(g?.clauseRef).toEqual(clauseRef(agreement(n), 'voting.rule.ordinary'));
  });

  it('turns "more than 1/2" into ⌊W/2⌋+1', () => {
    const simple = (n: number) =>
      withRule(agreement(n), 'ordinary', {
        majority: { threshold: '1/2', comparison: 'more_than', base: 'votes_cast' },
      });
    expect(votingGame(simple(4), 'ordinary')?.quota).toBe(3);
    expect(votingGame(simple(5), 'ordinary')?.quota).toBe(3);
  });

  it("encodes the chair's casting vote: doubled weights, chair +1, quota 2k+1", () => {
    const a = withGovernance(
      withRule(agreement(4), 'ordinary', {
        majority: { threshold: '1/2', comparison: 'more_than', base: 'votes_cast' },
      }),
      { tieBreak: 'chair_casting_vote' },
    );
    expect(votingGame(a, 'ordinary')).toMatchObject({
      weights: { [P[0] ?? '']: 3, [P[1] ?? '']: 2, [P[2] ?? '']: 2, [P[3] ?? '']: 2 },
      quota: 5,
    });
  });

  it('uses agreed weights and drops parties without a vote', () => {
    const a = withRule(agreement(4), 'ordinary', {
      weights: {
        kind: 'weighted',
        weights: [
          { partyId: P[0] ?? '', weight: 4 },
          { partyId: P[1] ?? '', weight: 2 },
          { partyId: P[2] ?? '', weight: 2 },
          { partyId: P[3] ?? '', weight: 0 },
        ],
      },
    });
    expect(votingGame(a, 'ordinary')).toMatchObject({
      players: ids(3),
      weights: { [P[0] ?? '']: 2, [P[1] ?? '']: 1, [P[2] ?? '']: 1 },
      quota: 3,
    });
  });

  it('lists veto players, adding those without a vote', () => {
    const g = votingGame(agreement(3), 'budget_change');
    expect(g?.vetoPlayers).toEqual(ids(3));
    const board = votingGame(agreement(3), 'technical');
    expect(board).toMatchObject({ players: [P[0]], vetoPlayers: [] });
    const a = withGovernance(agreement(3), {
      vetoRights: [{ holders: [P[2] ?? ''], decisionTypes: ['technical'], windowDays: 10 }],
    });
    expect(votingGame(a, 'technical')).toMatchObject({
      players: [P[0], P[2]],
      weights: { [P[0] ?? '']: 1, [P[2] ?? '']: 0 },
      quota: 1,
      vetoPlayers: [P[2]],
    });
  });

  it("makes the chief scientist's unit a dictator for Xiamen technical matters", () => {
    expect(votingGame(agreement(4, 'xiamen'), 'technical')).toMatchObject({
      players: [P[0]],
      weights: { [P[0] ?? '']: 1 },
      quota: 1,
    });
  });

  it('has no game for a type without a rule', () => {
    const a = agreement(3);
    expect(
      votingGame({ ...a, governance: { ...a.governance, decisionRules: [] } }, 'ordinary'),
    ).toBeUndefined();
  });
});
