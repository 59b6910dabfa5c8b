import { describe, expect, it } from 'vitest';
import type { GovernanceEvent } from '@huahe/contracts';
import type { Votes } from './test-fixtures';
import { agreement, at, codes, day, decide, MEETING, meeting, P, resolution } from './test-fixtures';

const desca = agreement(6);
const later = at(80);

describe('minutes', () => {
  const votes: Votes = { 0: 'for', 1: 'for', 2: 'for', 3: 'for' };
  it('keep a carried motion pending until they are sent and accepted', () => {
    expect(
      codes(decide(desca, resolution(), meeting([0, 1, 2, 3], votes, { minutes: false }), later)),
    ).toContain('minutes.not_sent');
    expect(decide(desca, resolution(), meeting([0, 1, 2, 3], votes), at(60)).status).toBe('pending');
    const d = decide(desca, resolution(), meeting([0, 1, 2, 3], votes), at(70));
    expect(d).toMatchObject({ status: 'passed', effectiveAt: day(70) });
  });

  it('stay unaccepted after an objection, until accepted explicitly', () => {
    const objection: GovernanceEvent = {
      kind: 'minutes_objection',
      meetingId: MEETING,
      partyId: P[2] ?? '',
      at: day(60),
    };
    const events = [...meeting([0, 1, 2, 3], votes), objection];
    expect(codes(decide(desca, resolution(), events, later))).toContain('minutes.contested');
    const accepted: GovernanceEvent = { kind: 'minutes_accepted', meetingId: MEETING, at: day(75) };
    expect(decide(desca, resolution(), [...events, accepted], later)).toMatchObject({
      status: 'passed',
      effectiveAt: day(75),
    });
  });
});
