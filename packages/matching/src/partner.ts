// Partner search (a query with `members`): what the consortium itself says about a candidate
// beyond the text. On CORDIS partner leave-one-out, past collaboration with the members and
// sharing a region with them each predict who joins better than the text does (see bench/):
// consortia recur, and partners come from where the members are.
import { regionAffinity, regionKeys, relativeHistoryFit } from './fit';
import type { MatchingIndex } from './matching-index';
import type { CollaborationGraph } from './types';

/** How a candidate's region relates to the members', for the reasons. */
export interface MemberRegion {
  /** The affinity in [0, 1) (see regionAffinity), times ½ when it holds at province level only. */
  affinity: number;
  /** Members sharing the region at the level that gave the affinity, and members with a region. */
  members: number;
  of: number;
  level: 'city' | 'province' | 'same';
}

/** The members' collaboration and regions, prepared once per query. */
export interface PartnerSignals {
  /** Collaboration strength of each profile with the members (internal numbers). */
  history: ReadonlyMap<number, number>;
  /** The strongest tie of a non-member with the members (0: history says nothing). */
  strongest: number;
  /** History fit in [0, 1], 1 for the non-member most tied to the members. */
  historyFit(doc: number): number;
  /** The candidate's region against the members' (undefined when it adds nothing). */
  region(doc: number): MemberRegion | undefined;
  /** Largest region affinity any candidate can get (bounds the search). */
  maxAffinity: number;
}

const LEVEL = { c: 'city', p: 'province', '=': 'same' } as const;

/** Collaboration strengths with the members, and their regions against the base rates. */
export function partnerSignals(
  index: MatchingIndex,
  members: readonly number[],
  graph: CollaborationGraph | undefined,
): PartnerSignals {
  const history = new Map<number, number>();
  if (graph) {
    for (const m of members) {
      for (const [partner, times] of graph.get(index.ids[m]!) ?? []) {
        const d = index.docOf(partner);
        if (d !== undefined) history.set(d, (history.get(d) ?? 0) + times);
      }
    }
  }
  // Members are never candidates: the strongest tie is taken among the others.
  const isMember = new Set(members);
  let strongest = 0;
  for (const [d, s] of history) if (s > strongest && !isMember.has(d)) strongest = s;

  const inKey = new Map<string, number>();
  let withRegion = 0;
  for (const m of members) {
    const region = index.region[m];
    if (region === undefined || region === '') continue;
    withRegion++;
    for (const [key] of regionKeys(region)) inKey.set(key, (inKey.get(key) ?? 0) + 1);
  }
  const stats = index.regionStats;
  const keyed = (key: string, share: number): MemberRegion => ({
    affinity: share * regionAffinity(inKey.get(key) ?? 0, withRegion, stats.base(key)),
    members: inKey.get(key) ?? 0,
    of: withRegion,
    level: LEVEL[key[0] as keyof typeof LEVEL],
  });
  let maxAffinity = 0;
  for (const key of inKey.keys()) {
    const share = key.startsWith('p') ? 0.5 : 1;
    maxAffinity = Math.max(maxAffinity, keyed(key, share).affinity);
  }
  // Many candidates share a region: compute each region once per query.
  const byRegion = new Map<string, MemberRegion | undefined>();
  const region = (doc: number): MemberRegion | undefined => {
    const code = index.region[doc];
    if (maxAffinity === 0 || code === undefined || code === '') return undefined;
    if (byRegion.has(code)) return byRegion.get(code);
    let best: MemberRegion | undefined;
    for (const [key, share] of regionKeys(code)) {
      const r = keyed(key, share);
      if (r.affinity > (best?.affinity ?? 0)) best = r;
    }
    byRegion.set(code, best);
    return best;
  };

  return {
    history,
    strongest,
    historyFit: (doc) => relativeHistoryFit(history.get(doc) ?? 0, strongest),
    region,
    maxAffinity,
  };
}
