import { describe, expect, it } from 'vitest';
import type { GovernanceEvent, Motion } from '@huahe/contracts';
import { clauseRef } from '@huahe/contracts';
import { deadlinesFor } from './deadlines';
import { agreement, at, day, meeting, MOTION, P, resolution } from './test-fixtures';

const desca = agreement(6);
const convened = meeting([], {}).slice(0, 1);
const kinds = (xs: { kind: string; at: string }[]) => xs.map((x) => [x.kind, x.at]);

describe('deadlinesFor', () => {
  it('gives the agenda cut-off and the meeting before it is held', () => {
    expect(kinds(deadlinesFor(desca, convened, at(10)))).toEqual([
      ['agenda_items_close', day(36)],
      ['meeting', day(50)],
    ]);
  });

  it('drops what has passed', () => {
    expect(kinds(deadlinesFor(desca, convened, at(40)))).toEqual([['meeting', day(50)]]);
  });

  it('asks for the draft minutes after the meeting, then for objections to them', () => {
    const held = meeting([0, 1, 2, 3], {}, { minutes: false });
    expect(kinds(deadlinesFor(desca, held, at(51)))).toEqual([['minutes_due', day(60)]]);
    expect(kinds(deadlinesFor(desca, meeting([0, 1, 2, 3], {}), at(56)))).toEqual([
      ['minutes_objections_close', day(70)],
    ]);
  });

  it('shows the veto window of a carried motion and cites the veto article', () => {
    const events = meeting([0, 1, 2, 3, 4], { 0: 'for', 1: 'for', 2: 'for', 3: 'for' });
    const [minutes, veto] = deadlinesFor(desca, events, at(56), [resolution('budget_change')]);
    expect(minutes?.kind).toBe('minutes_objections_close');
    expect(veto).toMatchObject({
      kind: 'veto_window_closes',
      at: day(70),
      motionId: MOTION,
      clauseRef: clauseRef(desca, 'veto'),
    });
  });

  it('gives written answers, exit notices and breach remedies their end', () => {
    const written = resolution('ordinary', 'written');
    const exit: Motion = {
      id: '00000000-0000-4000-8000-0000000000a2',
      kind: 'exit',
      title: { zh: '退出' },
      procedure: { mode: 'written' },
      partyId: P[4] ?? '',
      noticeGivenAt: day(1),
    };
    const events: GovernanceEvent[] = [
      { kind: 'written_procedure_started', motionId: MOTION, at: day(2) },
      { kind: 'breach_notice', partyId: P[5] ?? '', at: day(3) },
    ];
    expect(kinds(deadlinesFor(desca, events, at(4), [written, exit]))).toEqual([
      ['written_answers_due', day(17)],
      ['breach_remedy_ends', day(33)],
      ['exit_takes_effect', day(91)],
    ]);
    const cured: GovernanceEvent = { kind: 'breach_remedied', partyId: P[5] ?? '', at: day(4) };
    expect(deadlinesFor(desca, [...events, cured], at(5), [written]).map((x) => x.kind)).toEqual([
      'written_answers_due',
    ]);
  });

  it('drops the written answers deadline once every party has answered', () => {
    const written = resolution('ordinary', 'written');
    const start: GovernanceEvent = { kind: 'written_procedure_started', motionId: MOTION, at: day(2) };
    const votes: GovernanceEvent[] = desca.parties.map((p, i) => ({
      kind: 'vote',
      motionId: MOTION,
      partyId: p.organisationId,
      choice: 'for',
      at: day(3 + i / 100),
    }));
    expect(deadlinesFor(desca, [start], at(4), [written]).map((x) => x.kind)).toContain(
      'written_answers_due',
    );
    const after = deadlinesFor(desca, [start, ...votes], at(4), [written]).map((x) => x.kind);
    expect(after).not.toContain('written_answers_due');
  });

  it('gives publications their objection period, then the publication date or the longest delay', () => {
    const pub = '00000000-0000-4000-8000-0000000000e1';
    const notice: GovernanceEvent = {
      kind: 'publication_notice',
      publicationId: pub,
      partyId: P[1] ?? '',
      at: day(0),
    };
    expect(kinds(deadlinesFor(desca, [notice], at(1)))).toEqual([
      ['publication_objections_close', day(30)],
      ['publication_allowed', day(45)],
    ]);
    const objection: GovernanceEvent = {
      kind: 'publication_objection',
      publicationId: pub,
      partyId: P[2] ?? '',
      at: day(10),
    };
    expect(kinds(deadlinesFor(desca, [notice, objection], at(11)))).toEqual([
      ['publication_objections_close', day(30)],
      ['publication_delay_ends', day(135)],
    ]);
  });

  it('closes access requests 12 months after the end of the term, at midnight Beijing time', () => {
    const a = { ...desca, term: { ...desca.term, endsOn: '2028-02-29' } };
    expect(deadlinesFor(a, [], at(0))).toEqual([
      expect.objectContaining({ kind: 'access_requests_close', at: '2029-02-28T16:00:00.000Z' }),
    ]);
  });

  it('ignores events recorded after now', () => {
    expect(deadlinesFor(desca, meeting([], {}, { noticeDay: 5 }).slice(0, 1), at(2))).toEqual([]);
  });
});
