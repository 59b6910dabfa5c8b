import { describe, expect, it } from 'vitest';
import type { GovernanceEvent, Motion } from '@huahe/contracts';
import { clauseRef } from '@huahe/contracts';
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
  parties,
  veto,
} from './test-fixtures';

const desca = agreement(6);
const xiamen = agreement(6, 'xiamen');
const atMeeting = { mode: 'meeting' as const, meetingId: MEETING };
const title = { zh: '议案' };
const allFor = { 0: 'for', 1: 'for', 2: 'for', 3: 'for', 4: 'for', 5: 'against' } as const;

describe('expulsion of a defaulting party', () => {
  const expel: Motion = { id: MOTION, kind: 'expulsion', title, procedure: atMeeting, partyId: P[5] ?? '' };
  const notice = (d: number): GovernanceEvent => ({ kind: 'breach_notice', partyId: P[5] ?? '', at: day(d) });

  it('passes after formal notice and an unremedied 30-day remedy period', () => {
    const d = decide(desca, expel, [notice(0), ...meeting([0, 1, 2, 3, 4, 5], allFor)], at(80));
    expect(d.status).toBe('passed');
    expect(d.tally).toMatchObject({ eligible: 5, weights: { against: '0' } });
    expect(codes(d)).toContain('voter.subject');
  });

  const remedied: GovernanceEvent = { kind: 'breach_remedied', partyId: P[5] ?? '', at: day(20) };
  const cases: [string, GovernanceEvent[], string][] = [
    ['without a formal notice', [], 'breach.no_notice'],
    ['while the remedy period runs', [notice(30)], 'breach.remedy_period_running'],
    ['after the breach was remedied', [notice(0), remedied], 'breach.remedied'],
  ];
  it.each(cases)('is invalid %s', (_when, extra, code) => {
    const d = decide(desca, expel, [...extra, ...meeting([0, 1, 2, 3, 4, 5], allFor)], at(80));
    expect(d.status).toBe('invalid');
    expect(d.reasons.find((r) => r.code === code)?.clauseRef).toEqual(clauseRef(desca, 'breach.notice'));
  });

  it('cannot be vetoed by the party being expelled', () => {
    const d = decide(desca, expel, [notice(0), ...meeting([0, 1, 2, 3, 4, 5], allFor), veto(5, 60)], at(80));
    expect(d.status).toBe('passed');
    expect(codes(d)).toContain('veto.barred');
  });
});

describe('exit', () => {
  const exit = (procedure: Motion['procedure'] = atMeeting): Motion => ({
    id: MOTION,
    kind: 'exit',
    title,
    procedure,
    partyId: P[3] ?? '',
    noticeGivenAt: day(0),
  });

  it('takes effect when the notice period ends where no approval is needed (Xiamen template: 90 days)', () => {
    expect(decide(xiamen, exit({ mode: 'written' }), [], at(50)).status).toBe('pending');
    const d = decide(xiamen, exit({ mode: 'written' }), [], at(91));
    expect(d).toMatchObject({ status: 'passed', effectiveAt: day(90) });
    expect(d.reasons[0]?.clauseRef).toEqual(clauseRef(xiamen, 'membership.exit'));
  });

  it("needs the decision body's approval under DESCA and takes effect no earlier than the notice period", () => {
    const d = decide(desca, exit(), meeting([0, 1, 2, 3, 4, 5], allFor), at(95));
    expect(d).toMatchObject({ status: 'passed', effectiveAt: day(90) });
  });

  it('ignores a veto by the leaving party', () => {
    expect(
      codes(decide(desca, exit(), [...meeting([0, 1, 2, 3, 4, 5], allFor), veto(3, 60)], at(95))),
    ).toContain('veto.barred');
  });
});

describe('accession and amendment', () => {
  const [newcomer] = parties(7).slice(6);
  const accession: Motion = {
    id: MOTION,
    kind: 'accession',
    title,
    procedure: atMeeting,
    party: { ...(newcomer ?? parties(1)[0]!), role: 'member' },
  };

  it('admits a new party by the admission rule', () => {
    expect(decide(desca, accession, meeting([0, 1, 2, 3, 4, 5], allFor), at(80)).status).toBe('passed');
  });

  it('refuses to admit a party twice', () => {
    const again: Motion = { ...accession, party: parties(1)[0]! };
    const d = decide(desca, again, meeting([0, 1, 2, 3, 4, 5], allFor), at(80));
    expect(d.status).toBe('invalid');
    expect(codes(d)).toEqual(['accession.invalid_result']);
  });

  it('passes an amendment whose patch yields a valid agreement, and refuses one that does not', () => {
    const ok: Motion = {
      id: MOTION,
      kind: 'amendment',
      title,
      procedure: atMeeting,
      change: {
        format: 'json_patch',
        ops: [{ op: 'replace', path: '/confidentiality/termYears', value: 6 }],
      },
    };
    expect(decide(desca, ok, meeting([0, 1, 2, 3, 4, 5], allFor), at(80)).status).toBe('passed');
    const bad: Motion = {
      ...ok,
      change: {
        format: 'json_patch',
        ops: [{ op: 'replace', path: '/confidentiality/termYears', value: 'six' }],
      },
    };
    const d = decide(desca, bad, meeting([0, 1, 2, 3, 4, 5], allFor), at(80));
    expect(d.status).toBe('invalid');
    expect(d.reasons[0]?.clauseRef).toEqual(clauseRef(desca, 'final.amendment'));
  });
});

describe('technical decisions by the chief scientist (Xiamen)', () => {
  const tech: Motion = {
    id: MOTION,
    kind: 'resolution',
    decisionType: 'technical',
    title,
    procedure: { mode: 'written' },
  };
  const decision = (approve: boolean, d = 5): GovernanceEvent => ({
    kind: 'chief_scientist_decision',
    motionId: MOTION,
    approve,
    at: day(d),
  });
  it.each([
    [[] as GovernanceEvent[], 'pending'],
    [[decision(true)], 'passed'],
    [[decision(false)], 'rejected'],
    [[decision(true, 5), decision(false, 6)], 'rejected'],
    [[decision(false, 5), decision(true, 6)], 'passed'],
  ])('decides %j as %s', (events, status) => {
    const d = decide(xiamen, tech, events, at(10));
    expect(d.status).toBe(status);
    expect(d.reasons.at(-1)?.clauseRef).toEqual(clauseRef(xiamen, 'voting.rule.technical'));
  });
});

describe('rules the agreement lacks', () => {
  it('makes a motion of a type without a rule invalid, citing the voting article', () => {
    const a = {
      ...desca,
      governance: {
        ...desca.governance,
        decisionRules: desca.governance.decisionRules.filter((r) => r.type !== 'dissolution'),
      },
    };
    const m: Motion = {
      id: MOTION,
      kind: 'resolution',
      decisionType: 'dissolution',
      title,
      procedure: atMeeting,
    };
    const d = decide(a, m, meeting([0, 1, 2, 3, 4, 5], allFor), at(80));
    expect(d).toMatchObject({
      status: 'invalid',
      reasons: [{ code: 'rule.missing', clauseRef: clauseRef(a, 'voting') }],
    });
  });
});
