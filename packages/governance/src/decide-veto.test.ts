import { describe, expect, it } from 'vitest';
import type { GovernanceEvent } from '@huahe/contracts';
import { clauseRef } from '@huahe/contracts';
import {
  agreement,
  at,
  codes,
  day,
  decide,
  meeting,
  P,
  resolution,
  veto,
  withGovernance,
} from './test-fixtures';

// DESCA: every party may veto a budget change within 15 days of the draft minutes (sent on day 55).
const desca = agreement(6);
const carried = meeting([0, 1, 2, 3, 4], { 0: 'for', 1: 'for', 2: 'for', 3: 'for', 4: 'against' });
const budget = resolution('budget_change');

describe('vetoes', () => {
  it.each([
    ['during the meeting', day(50, 2), 'blocked_by_veto', 'veto.valid'],
    ['inside the window', day(60), 'blocked_by_veto', 'veto.valid'],
    ['on the last moment of the window', day(70), 'blocked_by_veto', 'veto.valid'],
    ['just after the window', day(70, 1), 'passed', 'veto.out_of_window'],
    ['before the meeting', day(40), 'passed', 'veto.premature'],
  ])('a veto %s: %s', (_when, vetoAt, status, code) => {
    const v: GovernanceEvent = { kind: 'veto', motionId: budget.id, partyId: P[4] ?? '', at: vetoAt };
    const d = decide(desca, budget, [...carried, v], at(80));
    expect(d.status).toBe(status);
    expect(codes(d)).toContain(code);
  });

  it('cites the veto clause that made the veto valid', () => {
    const d = decide(desca, budget, [...carried, veto(4, 60)], at(80));
    expect(d.reasons.find((r) => r.code === 'veto.valid')?.clauseRef).toEqual(
      clauseRef(desca, 'veto.right.0'),
    );
  });

  it('ignores, with its reason, a veto by a party without a veto right', () => {
    const a = withGovernance(desca, {
      vetoRights: [{ holders: [P[0] ?? ''], decisionTypes: ['budget_change'], windowDays: 15 }],
    });
    const d = decide(a, budget, [...carried, veto(4, 60)], at(80));
    expect(d.status).toBe('passed');
    expect(d.reasons.find((r) => r.code === 'veto.no_right')?.clauseRef).toEqual(clauseRef(a, 'veto.limits'));
    expect(decide(a, budget, [...carried, veto(0, 60)], at(80)).status).toBe('blocked_by_veto');
  });

  it('ignores a veto of a decision type no right covers', () => {
    const d = decide(
      desca,
      resolution('ordinary'),
      [...meeting([0, 1, 2, 3], { 0: 'for', 1: 'for', 2: 'for' }), veto(3, 60)],
      at(80),
    );
    expect(d.status).toBe('passed');
    expect(codes(d)).toContain('veto.no_right');
  });

  it('ignores a veto by a defaulting party', () => {
    const def: GovernanceEvent = { kind: 'party_defaulting', partyId: P[5] ?? '', at: day(56) };
    const d = decide(desca, budget, [...carried, def, veto(5, 60)], at(80));
    expect(d.status).toBe('passed');
    expect(codes(d)).toContain('veto.barred');
  });

  it('keeps a carried motion pending while the window is open, and says until when', () => {
    const d = decide(desca, budget, carried, at(65));
    expect(d).toMatchObject({ status: 'pending', vetoWindowEndsAt: day(70) });
    expect(codes(d)).toContain('veto.window_open');
    expect(decide(desca, budget, carried, at(80))).toMatchObject({ status: 'passed', effectiveAt: day(70) });
  });

  it('blocks at once on a veto before the draft minutes are sent', () => {
    const noMinutes = meeting(
      [0, 1, 2, 3, 4],
      { 0: 'for', 1: 'for', 2: 'for', 3: 'for' },
      { minutes: false },
    );
    expect(decide(desca, budget, [...noMinutes, veto(4, 52)], at(53)).status).toBe('blocked_by_veto');
  });

  it('does not let a rejected motion be vetoed into anything else', () => {
    const lost = meeting([0, 1, 2, 3], { 0: 'for', 1: 'against', 2: 'against' });
    expect(decide(desca, budget, [...lost, veto(0, 60)], at(80)).status).toBe('rejected');
  });
});
