import type { Tally } from './tally';

/** Final statuses of a motion. */
export type MotionStatus = 'passed' | 'rejected' | 'pending' | 'blocked_by_veto' | 'invalid';

/** Where a procedure left a motion: settled, or carried and waiting on vetoes (and minutes). */
export type Stage =
  | { kind: 'settled'; status: Exclude<MotionStatus, 'passed' | 'blocked_by_veto'>; tally?: Tally }
  | {
      kind: 'carried';
      tally?: Tally;
      /** Vetoes count from this instant (the meeting, the written procedure, the chief scientist's decision). */
      vetoFrom: number;
      /** Veto windows run from this instant (draft minutes sent, outcome notified); undefined: not yet started. */
      vetoBase: number | undefined;
      meetingId?: string;
      /** The instant the decision was taken, for precondition checks. */
      decidedAt: number;
    };

/** The valid ballot per party: the latest one, ties broken by choice so that event order never matters. */
export function latestBallots<
  T extends { partyId: string; choice: 'for' | 'against' | 'abstain'; at: number },
>(votes: readonly T[]): Map<string, T> {
  const rank = { abstain: 0, against: 1, for: 2 } as const;
  const out = new Map<string, T>();
  for (const v of votes) {
    const cur = out.get(v.partyId);
    if (!cur || v.at > cur.at || (v.at === cur.at && rank[v.choice] > rank[cur.choice]))
      out.set(v.partyId, v);
  }
  return out;
}
