import type { GovernanceEvent } from '@huahe/contracts';
import { describe, expect, it } from 'vitest';
import { meetingBodies, meetingStates } from './meetings-view';
import { agreement, at, codes, day, decide, MEETING, meeting, MOTION, P, resolution } from './test-fixtures';

const desca = agreement(6);
const votes = { 0: 'for', 1: 'for', 2: 'for', 3: 'for' } as const;
const state = (events: GovernanceEvent[], d: number) => meetingStates(desca, events, at(d).getTime());

describe('meeting states', () => {
  it('agree with the decision on when the minutes were accepted', () => {
    const events = meeting([0, 1, 2, 3], votes);
    const [m] = state(events, 70);
    expect(m).toMatchObject({
      id: MEETING,
      noticeOk: true,
      heldAt: day(50),
      present: [P[0], P[1], P[2], P[3]],
      minutesSentAt: day(55),
      minutesAcceptedAt: day(70),
    });
    expect(decide(desca, resolution(), events, at(70))).toMatchObject({ effectiveAt: day(70) });
    expect(state(events, 60)[0]!.minutesAcceptedAt).toBeUndefined();
  });

  it('keep contested minutes open until they are accepted explicitly', () => {
    const objection: GovernanceEvent = {
      kind: 'minutes_objection',
      meetingId: MEETING,
      partyId: P[2]!,
      at: day(60),
    };
    const events = [...meeting([0, 1, 2, 3], votes), objection];
    expect(state(events, 90)[0]).toMatchObject({ objections: [{ partyId: P[2], at: day(60) }] });
    expect(state(events, 90)[0]!.minutesAcceptedAt).toBeUndefined();
    const accepted: GovernanceEvent = { kind: 'minutes_accepted', meetingId: MEETING, at: day(75) };
    expect(state([...events, accepted], 90)[0]!.minutesAcceptedAt).toBe(day(75));
  });

  it('flag a short notice, as the decision does', () => {
    const events = meeting([0, 1, 2, 3], votes, { noticeDay: 40 });
    expect(state(events, 90)[0]!.noticeOk).toBe(false);
    expect(decide(desca, resolution(), events, at(90)).status).toBe('invalid');
  });

  it('take the latest notice and mark late agenda items, as the decision does', () => {
    const [convened] = meeting([], {}, { agenda: false });
    const renotice = {
      ...(convened as Extract<GovernanceEvent, { kind: 'meeting_convened' }>),
      noticeGivenAt: day(2),
    };
    const late: GovernanceEvent = {
      kind: 'agenda_item_added',
      meetingId: MEETING,
      motionId: MOTION,
      at: day(49),
    };
    const events = [convened!, renotice, late];
    const [m] = state(events, 10);
    expect(m).toMatchObject({ renotices: 1, notice: { noticeGivenAt: day(2) } });
    expect(m!.agenda).toEqual([{ motionId: MOTION, addedAt: day(49), inTime: false }]);
    expect(codes(decide(desca, resolution(), events, at(60)))).toContain('meeting.agenda_late');
  });

  it('name the bodies that meet', () => {
    expect(meetingBodies(desca)).toContain(desca.governance.decisionBody.kind);
  });
});
