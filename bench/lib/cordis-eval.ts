// Partner leave-one-out on CORDIS: the engine against popularity and character-bigram TF-IDF.
// The engine's partner weights (collaboration history, members' regions, activity prior) are
// chosen by nested leave-one-project-out cross-validation: for each held-out project, the grid
// point with the best MRR on the OTHER 25 projects' queries is the one used for it. The product
// defaults (DEFAULT_PARTNER_FIT_WEIGHTS), ablations of them and text only are shown too.
import {
  buildCollaborationGraph,
  buildMatchingIndex,
  DEFAULT_PARTNER_FIT_WEIGHTS,
  rankProfiles,
  type CollaborationGraph,
  type FitWeights,
  type IndexSettings,
  type MatchingIndex,
} from '@huahe/matching';
import { BigramTfIdf, popularityRanking } from './baselines';
import { cordisFold, type Cordis, type CordisFold } from './cordis';
import { MetricsAccumulator, rankOf, type Metrics } from './metrics';

/** One point of the partner-weight grid. */
export interface PartnerWeights {
  history: number;
  region: number;
  prior: number;
}

/** The grid searched inside each training fold. */
export const PARTNER_GRID: PartnerWeights[] = [2, 4, 8, 16].flatMap((history) =>
  [0, 2, 4, 8, 16].flatMap((region) => [0, 1, 2].map((prior) => ({ history, region, prior }))),
);

/** Fixed configurations shown next to the cross-validated one: the defaults and ablations. */
export const FIXED = {
  engineDefaults: {},
  noRegion: { region: 0 },
  noHistory: { history: 0 },
  previousDefaults: { history: 0.5, region: 0, prior: 0.1 },
} satisfies Record<string, Partial<FitWeights>>;

/** Labels of the methods, in report order. */
export const CORDIS_METHODS = {
  engineCv: 'engine, partner weights by nested leave-one-project-out CV',
  engineDefaults: 'engine, product defaults for partner search',
  noRegion: 'engine, defaults without members’ regions',
  noHistory: 'engine, defaults without collaboration history',
  previousDefaults: 'engine, previous defaults (history 0.5, no regions)',
  engineTextOnly: 'engine, text only (members only excluded)',
  tfidf: 'char-bigram TF-IDF cosine',
  popularity: 'popularity (number of projects)',
} as const;

/** Metrics per method, and which grid point each held-out project used. */
export interface CordisResults {
  methods: Record<keyof typeof CORDIS_METHODS, Metrics>;
  defaults: Partial<FitWeights>;
  chosen: Array<{ project: string; weights: PartnerWeights }>;
}

/** The engine ranks its top 100 (a truth below that counts as not found: conservative for it). */
const TOP = 100;

/** Ranks of the truths of a fold's partner queries under the index's current weights. */
function partnerRanks(index: MatchingIndex, fold: CordisFold, history: CollaborationGraph) {
  return fold.queries.map((q) =>
    rankOf(
      rankProfiles(index, { text: q.text, members: q.members, top: TOP }, { history }).map((r) => r.id),
      q.truth,
    ),
  );
}

/** Runs every fold (one per project). */
export function evalCordis(data: Cordis, settings: IndexSettings): CordisResults {
  // ranks[g][project] = 1-based ranks of the truths of that project's queries under grid point g.
  const ranks = PARTNER_GRID.map(() => new Map<string, Array<number | undefined>>());
  const acc = (): MetricsAccumulator => new MetricsAccumulator();
  const fixed = { engineTextOnly: acc(), engineDefaults: acc(), noRegion: acc(), noHistory: acc() };
  const rest = { previousDefaults: acc(), popularity: acc(), tfidf: acc() };
  const all: Record<string, MetricsAccumulator> = { ...fixed, ...rest };
  for (const projectId of data.projects.keys()) {
    const fold = cordisFold(data, projectId);
    if (fold.queries.length === 0) continue;
    const index = buildMatchingIndex(fold.profiles, settings);
    const history = buildCollaborationGraph(fold.history);
    const popularity = popularityRanking(fold.pool);
    const tfidfRanking = new BigramTfIdf(fold.pool).rank(fold.queries[0]!.text);
    for (const q of fold.queries) {
      const notMember = (id: string) => !q.members.includes(id);
      rest.popularity.add(rankOf(popularity.filter(notMember), q.truth));
      rest.tfidf.add(rankOf(tfidfRanking.filter(notMember), q.truth));
      const textOnly = rankProfiles(index, { text: q.text, top: TOP, filters: { excludeIds: q.members } });
      fixed.engineTextOnly.add(
        rankOf(
          textOnly.map((r) => r.id),
          q.truth,
        ),
      );
    }
    for (const [name, weights] of Object.entries(FIXED)) {
      index.tune({ partnerFitWeights: { ...DEFAULT_PARTNER_FIT_WEIGHTS, ...weights } });
      for (const r of partnerRanks(index, fold, history)) all[name]!.add(r);
    }
    PARTNER_GRID.forEach((w, g) => {
      index.tune({ partnerFitWeights: w });
      ranks[g]!.set(projectId, partnerRanks(index, fold, history));
    });
  }
  const rr = (r: number | undefined) => (r === undefined ? 0 : 1 / r);
  const cv = new MetricsAccumulator();
  const chosen: CordisResults['chosen'] = [];
  for (const projectId of ranks[0]!.keys()) {
    let best = 0;
    let bestMrr = -1;
    ranks.forEach((byProject, g) => {
      let sum = 0;
      for (const [p, rs] of byProject) if (p !== projectId) for (const r of rs) sum += rr(r);
      if (sum > bestMrr) [best, bestMrr] = [g, sum];
    });
    chosen.push({ project: projectId, weights: PARTNER_GRID[best]! });
    for (const r of ranks[best]!.get(projectId)!) cv.add(r);
  }
  const methods = Object.fromEntries(
    Object.keys(CORDIS_METHODS).map((name) => [
      name,
      name === 'engineCv' ? cv.result() : all[name]!.result(),
    ]),
  ) as CordisResults['methods'];
  return { methods, defaults: DEFAULT_PARTNER_FIT_WEIGHTS, chosen };
}
