// Turns a query into what the search loop needs: weighted terms (with the members' coverage
// discount), the candidate filter, and the structured-fit function with its upper bound.
import {
  fitTotal,
  kindComplementarity,
  kindGap,
  kindHasPreference,
  kindOf,
  qualificationFit,
  regionMatcher,
  trlFit,
} from './fit';
import type { MatchingIndex } from './matching-index';
import { partnerSignals, type MemberRegion } from './partner';
import { BIGRAM_PREFIX, charBigrams, TAG_PREFIX, tagTerm } from './tokenizer';
import {
  ORGANISATION_KINDS,
  type FitParts,
  type MatchContext,
  type MatchQuery,
  type OrganisationKind,
} from './types';

/** A query term: `weight` = query weight × idf × (k1 + 1) after the coverage discount. */
export interface PlanTerm {
  tid: number;
  term: string;
  weight: number;
  /** The weight before the coverage discount. */
  fullWeight: number;
  /** Share of the members whose profiles contain the term. */
  coverage: number;
  /** The profile-level idf inside `weight`. */
  idf: number;
}

/** Everything a search needs, prepared once per query. */
export interface QueryPlan {
  terms: PlanTerm[];
  k: number;
  /** Whether a profile may appear in the results (live, not a member, passes the filters). */
  accept(doc: number): boolean;
  /** Writes the fit parts of a profile into `out` and returns their sum. */
  fit(doc: number, out: FitParts): number;
  /** Largest possible fit sum for this query: bounds the score of unseen candidates. */
  maxFit: number;
  /** Collaboration strength of each profile with the members (internal numbers). */
  history: ReadonlyMap<number, number>;
  /** Partner search without a wanted region: the candidate's region against the members'. */
  memberRegion(doc: number): MemberRegion | undefined;
  /** The member profiles found in the index (internal numbers). */
  members: readonly number[];
  memberKinds: ReadonlySet<OrganisationKind>;
  /** The members a profile has worked with (internal numbers), for the reasons. */
  partnersOf(doc: number): ReadonlySet<number>;
  requester: OrganisationKind | undefined;
  region: string | undefined;
  trl: number | undefined;
  qualifications: readonly string[];
}

const queryWeight = (term: string, qtf: number, tagWeight: number, bigramWeight: number): number => {
  const base = 1 + Math.log(qtf);
  if (term.startsWith(TAG_PREFIX)) return tagWeight * base;
  if (term.startsWith(BIGRAM_PREFIX)) return bigramWeight * base;
  return base;
};

/** Prepares a query against the index as it is now. */
export function planQuery(index: MatchingIndex, query: MatchQuery, context: MatchContext = {}): QueryPlan {
  const { k1, tagWeight, bigramWeight, coverageDiscount, fitWeights, partnerFitWeights } = index.options;
  // Partner search has its own weights: collaboration and regions say more there (see fit.ts).
  const partner = (query.members?.length ?? 0) > 0;
  const w = partner ? { ...fitWeights, ...partnerFitWeights } : fitWeights;
  const counts = new Map<string, number>();
  const bump = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of index.tokenizer.terms(query.text)) if (!t.startsWith(BIGRAM_PREFIX)) bump(t);
  if (index.bigrams) for (const g of charBigrams(query.text)) bump(g);
  for (const tag of query.tags ?? []) {
    bump(tagTerm(tag));
    for (const t of index.tokenizer.terms(tag)) bump(t);
  }

  const members: number[] = [];
  for (const id of query.members ?? []) {
    const d = index.docOf(id);
    if (d !== undefined && !members.includes(d)) members.push(d);
  }
  const covered = new Map<number, number>();
  for (const d of members) {
    const s = index.fwdStart.at(d);
    for (let i = s; i < s + index.fwdCount.at(d); i++) {
      const t = index.fwdTerm.at(i);
      covered.set(t, (covered.get(t) ?? 0) + 1);
    }
    for (const g of index.bigramCounts(index.texts[d]).keys()) {
      const t = index.termIds.get(g)!;
      covered.set(t, (covered.get(t) ?? 0) + 1);
    }
  }

  const n = index.size;
  const terms: PlanTerm[] = [];
  for (const [term, qtf] of counts) {
    const tid = index.termIds.get(term);
    if (tid === undefined) continue;
    const df = index.df.at(tid);
    if (df <= 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const fullWeight = queryWeight(term, qtf, tagWeight, bigramWeight) * idf * (k1 + 1);
    if (fullWeight <= 0) continue;
    const coverage = members.length === 0 ? 0 : (covered.get(tid) ?? 0) / members.length;
    terms.push({
      tid,
      term,
      weight: fullWeight * (1 - coverageDiscount * coverage),
      fullWeight,
      coverage,
      idf,
    });
  }

  const excluded = new Set<number>(members);
  for (const id of query.filters?.excludeIds ?? []) {
    const d = index.docOf(id);
    if (d !== undefined) excluded.add(d);
  }
  const kinds = query.filters?.kinds;
  const kindCodes = kinds ? new Set(kinds.map((k) => ORGANISATION_KINDS.indexOf(k) + 1)) : undefined;
  const regionPrefix = query.filters?.regionPrefix;
  const requiredTags = query.filters?.tags ?? [];
  const accept = (d: number): boolean => {
    if (index.alive.data[d] !== 1 || excluded.has(d)) return false;
    if (kindCodes && !kindCodes.has(index.kind.data[d]!)) return false;
    if (regionPrefix !== undefined && !(index.region[d] ?? '').startsWith(regionPrefix)) return false;
    if (requiredTags.length > 0) {
      const tags = index.tags[d] ?? [];
      for (const t of requiredTags) if (!tags.includes(t)) return false;
    }
    return true;
  };

  const signals = partnerSignals(index, members, context.history);
  const { history } = signals;
  // Without a wanted region, a partner search values the regions its members are in.
  const byMembers = partner && query.region === undefined && signals.maxAffinity > 0;

  const memberKinds = new Set<OrganisationKind>();
  for (const d of members) {
    const kind = kindOf(index.kind.data[d]!);
    if (kind) memberKinds.add(kind);
  }
  const requester = query.kind;
  const useKind = requester !== undefined ? kindHasPreference(requester) : memberKinds.size > 0;
  const wantedQuals = query.qualifications ?? [];
  const active: FitParts = {
    kind: useKind ? w.kind : 0,
    region: query.region !== undefined || byMembers ? w.region : 0,
    trl: query.trl !== undefined ? w.trl : 0,
    qualifications: wantedQuals.length > 0 ? w.qualifications : 0,
    history: signals.strongest > 0 ? w.history : 0,
    prior: w.prior,
  };

  const regionOf = query.region !== undefined ? regionMatcher(query.region) : () => 0;
  const memberRegion = (d: number) => (byMembers ? signals.region(d) : undefined);
  const fit = (d: number, out: FitParts): number => {
    const kind = kindOf(index.kind.data[d]!);
    out.kind =
      active.kind === 0 || kind === undefined
        ? 0
        : active.kind *
          (requester !== undefined ? kindComplementarity(requester, kind) : kindGap(memberKinds, kind));
    const region = index.region[d];
    out.region =
      active.region === 0 || region === undefined
        ? 0
        : active.region * (byMembers ? (memberRegion(d)?.affinity ?? 0) : regionOf(region));
    out.trl =
      active.trl === 0 ? 0 : active.trl * trlFit(query.trl!, index.trlLo.data[d]!, index.trlHi.data[d]!);
    out.qualifications =
      active.qualifications === 0 ? 0 : active.qualifications * qualificationFit(wantedQuals, index.quals[d]);
    out.history = active.history === 0 ? 0 : active.history * signals.historyFit(d);
    out.prior = active.prior * index.prior.data[d]!;
    return fitTotal(out);
  };

  const partnersOf = (doc: number): ReadonlySet<number> => {
    const id = index.ids[doc]!;
    return new Set(members.filter((m) => context.history?.get(index.ids[m]!)?.has(id)));
  };

  return {
    terms,
    k: Math.max(0, Math.floor(query.top ?? 10)),
    accept,
    fit,
    // Region affinity never reaches 1: bounding by its real maximum keeps MaxScore pruning.
    maxFit: fitTotal({ ...active, region: byMembers ? active.region * signals.maxAffinity : active.region }),
    history,
    memberRegion,
    members,
    memberKinds,
    partnersOf,
    requester: useKind ? requester : undefined,
    region: query.region,
    trl: query.trl,
    qualifications: wantedQuals,
  };
}
