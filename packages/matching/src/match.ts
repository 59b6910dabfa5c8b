// The engine's entry points: build an index, rank candidates for a query, and turn past
// projects into the collaboration graph that partner recommendation uses.
import { reasonsFor } from './explain';
import { noFit } from './fit';
import { MatchingIndex, type IndexSettings } from './matching-index';
import { bestPassage } from './passages';
import { planQuery, type PlanTerm, type QueryPlan } from './query-plan';
import { searchTopK } from './search';
import { BIGRAM_PREFIX } from './tokenizer';
import type {
  CapabilityProfile,
  CollaborationGraph,
  MatchContext,
  MatchQuery,
  MatchResult,
  TermContribution,
} from './types';

/** Builds an index over the given profiles (later ones replace earlier ones with the same id). */
export function buildMatchingIndex(
  profiles: Iterable<CapabilityProfile>,
  settings: IndexSettings = {},
): MatchingIndex {
  const index = new MatchingIndex(settings);
  index.addAll(profiles);
  return index;
}

/** One candidate's score, part by part. */
interface Scored {
  doc: number;
  score: number;
  relevance: number;
  fitSum: number;
  terms: TermContribution[];
  /** Best passage's weighted points and position (−1: none). */
  passage: { points: number; at: number };
}

/** Scores a candidate exactly from the forward store, its bigrams and its passages. */
function scoreDoc(
  index: MatchingIndex,
  plan: QueryPlan,
  byTid: ReadonlyMap<number, PlanTerm>,
  bigrams: ReadonlyMap<number, PlanTerm>,
  passageTerms: ReadonlyMap<number, number>,
  doc: number,
): Scored {
  const { k1, b, passageWeight } = index.options;
  const norm = k1 * (1 - b + (b * index.docLen.at(doc)) / index.avgLen);
  const tfs = new Map<PlanTerm, number>();
  const s = index.fwdStart.at(doc);
  for (let i = s; i < s + index.fwdCount.at(doc); i++) {
    const t = byTid.get(index.fwdTerm.at(i));
    if (t !== undefined) tfs.set(t, index.fwdTf.at(i));
  }
  const text = index.texts[doc];
  if (bigrams.size > 0 && text !== undefined) {
    // Count only the query's bigrams, keyed by their two UTF-16 units: no strings are built.
    for (let i = 0; i + 1 < text.length; i++) {
      const t = bigrams.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
      if (t !== undefined) tfs.set(t, (tfs.get(t) ?? 0) + 1);
    }
  }
  // Summed in query-term order, so equal profiles get bit-identical scores and ties go by id.
  const terms: TermContribution[] = [];
  let relevance = 0;
  for (const t of plan.terms) {
    const tf = tfs.get(t);
    if (tf === undefined) continue;
    const part = tf / (tf + norm);
    const points = t.fullWeight * part;
    const kept = t.weight * part;
    relevance += kept;
    terms.push({ term: t.term, points, discount: points - kept });
  }
  let passage = { points: 0, at: -1 };
  if (passageTerms.size > 0) {
    const best = bestPassage(index.passages[doc], passageTerms, index.passageStats.avgLen, k1, b);
    passage = { points: passageWeight * best.score, at: best.at };
    relevance += passage.points;
  }
  const fitSum = plan.fit(doc, noFit());
  return { doc, score: relevance * (1 + fitSum), relevance, fitSum, terms, passage };
}

/**
 * Two stages. 1: MaxScore over the posted word and tag terms (× fit) picks a pool — k, or, when
 * bigrams or passages count, 2k and at least k + 20. 2: every pooled candidate is scored exactly
 * (words, tags, bigrams, best passage, fit) and the pool re-sorted. A profile matching the query
 * only through bigrams is therefore never retrieved: bigrams refine, words retrieve.
 */
function topCandidates(index: MatchingIndex, plan: QueryPlan): Scored[] {
  const { passageWeight } = index.options;
  const stats = index.passageStats;
  const passageTerms = new Map<number, number>();
  if (passageWeight > 0 && stats.count > 0) {
    for (const t of plan.terms) passageTerms.set(t.tid, (t.weight / t.idf) * stats.idf(t.tid));
  }
  const k = plan.k;
  const bigrams = new Map<number, PlanTerm>();
  for (const t of plan.terms) {
    if (t.term.startsWith(BIGRAM_PREFIX)) bigrams.set(t.term.charCodeAt(1) * 65536 + t.term.charCodeAt(2), t);
  }
  const rerank = bigrams.size > 0 || passageTerms.size > 0;
  const pool = searchTopK(index, rerank ? { ...plan, k: k + Math.max(k, 20) } : plan);
  const byTid = new Map<number, PlanTerm>(plan.terms.map((t) => [t.tid, t]));
  const scored = pool.map(({ doc }) => scoreDoc(index, plan, byTid, bigrams, passageTerms, doc));
  const idOf = (d: number) => index.ids[d]!;
  scored.sort(
    (x, y) => y.score - x.score || (idOf(x.doc) < idOf(y.doc) ? -1 : idOf(x.doc) > idOf(y.doc) ? 1 : 0),
  );
  return scored.slice(0, k);
}

/** Turns a scored candidate into a result with its reasons. */
function explain(index: MatchingIndex, plan: QueryPlan, c: Scored): MatchResult {
  const terms = [...c.terms].sort((x, y) => y.points - x.points || (x.term < y.term ? -1 : 1));
  const fit = noFit();
  plan.fit(c.doc, fit);
  const text = c.passage.at >= 0 ? index.passages[c.doc]?.[c.passage.at]?.text : undefined;
  const passage = text !== undefined ? { text, points: c.passage.points } : undefined;
  const reasons = reasonsFor(index, plan, c.doc, {
    terms,
    relevance: c.relevance,
    fit,
    score: c.score,
    passage,
  });
  return {
    id: index.ids[c.doc]!,
    score: c.score,
    relevance: c.relevance,
    fit,
    terms,
    reasons,
    ...(passage ? { passage } : {}),
  };
}

/**
 * Ranks live profiles for a demand (or, with `members`, a consortium's partner search), best
 * first, each with its score parts and reasons in zh and en. Only profiles sharing at least one
 * term or tag with the query are returned.
 */
export function matchProfiles(
  index: MatchingIndex,
  query: MatchQuery,
  context: MatchContext = {},
): MatchResult[] {
  const plan = planQuery(index, query, context);
  return topCandidates(index, plan).map((c) => explain(index, plan, c));
}

/** Ranks like `matchProfiles` but returns only ids and scores (no reasons): for bulk evaluation. */
export function rankProfiles(
  index: MatchingIndex,
  query: MatchQuery,
  context: MatchContext = {},
): Array<{ id: string; score: number }> {
  const plan = planQuery(index, query, context);
  return topCandidates(index, plan).map(({ doc, score }) => ({ id: index.ids[doc]!, score }));
}

/**
 * Builds the co-participation graph from past projects (each a list of organisation ids). Each
 * shared project adds 1/(n − 1) for a project of n organisations (Newman's collaboration
 * strength): a two-party contract says more about two partners than a 100-party programme.
 */
export function buildCollaborationGraph(projects: Iterable<readonly string[]>): CollaborationGraph {
  const graph = new Map<string, Map<string, number>>();
  for (const project of projects) {
    const ids = [...new Set(project)];
    const weight = 1 / Math.max(1, ids.length - 1);
    for (const a of ids) {
      let row = graph.get(a);
      if (row === undefined) graph.set(a, (row = new Map<string, number>()));
      for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + weight);
    }
  }
  return graph;
}
