// Partner leave-one-out on CORDIS: the engine against popularity and character-bigram TF-IDF.
// The engine's partner weights (history, coverage discount, prior) are chosen by nested
// leave-one-project-out cross-validation: for each held-out project, the grid point with the best
// MRR on the OTHER 25 projects' queries is the one used for it. Defaults and text-only are shown too.
import {
  buildCollaborationGraph,
  buildMatchingIndex,
  rankProfiles,
  type IndexSettings,
} from '@huahe/matching';
import { BigramTfIdf, popularityRanking } from './baselines';
import { cordisFold, type Cordis } from './cordis';
import { MetricsAccumulator, rankOf, type Metrics } from './metrics';

/** One point of the partner-weight grid. */
export interface PartnerWeights {
  history: number;
  coverageDiscount: number;
  prior: number;
}

/** The grid searched inside each training fold. */
export const PARTNER_GRID: PartnerWeights[] = [0.5, 1, 2, 4].flatMap((history) =>
  [0, 0.5].flatMap((coverageDiscount) => [0.1, 1].map((prior) => ({ history, coverageDiscount, prior }))),
);

/** Metrics per method, and which grid point each held-out project used. */
export interface CordisResults {
  methods: Record<'engineCv' | 'engineDefaults' | 'engineTextOnly' | 'popularity' | 'tfidf', Metrics>;
  chosen: Array<{ project: string; weights: PartnerWeights }>;
}

/** The engine ranks its top 100 (a truth below that counts as not found: conservative for it). */
const TOP = 100;

/** Runs every fold (one per project). */
export function evalCordis(data: Cordis, settings: IndexSettings): CordisResults {
  // ranks[g][project] = 1-based ranks of the truths of that project's queries under grid point g.
  const ranks = PARTNER_GRID.map(() => new Map<string, Array<number | undefined>>());
  const fixed = { engineDefaults: new MetricsAccumulator(), engineTextOnly: new MetricsAccumulator() };
  const base = { popularity: new MetricsAccumulator(), tfidf: new MetricsAccumulator() };
  const ids = (rs: Array<{ id: string }>) => rs.map((r) => r.id);
  for (const projectId of data.projects.keys()) {
    const fold = cordisFold(data, projectId);
    if (fold.queries.length === 0) continue;
    const index = buildMatchingIndex(fold.profiles, settings);
    const history = buildCollaborationGraph(fold.history);
    const popularity = popularityRanking(fold.pool);
    const tfidfRanking = new BigramTfIdf(fold.pool).rank(fold.queries[0]!.text);
    for (const q of fold.queries) {
      const notMember = (id: string) => !q.members.includes(id);
      base.popularity.add(rankOf(popularity.filter(notMember), q.truth));
      base.tfidf.add(rankOf(tfidfRanking.filter(notMember), q.truth));
      const textOnly = rankProfiles(index, { text: q.text, top: TOP, filters: { excludeIds: q.members } });
      fixed.engineTextOnly.add(rankOf(ids(textOnly), q.truth));
      fixed.engineDefaults.add(
        rankOf(
          ids(rankProfiles(index, { text: q.text, members: q.members, top: TOP }, { history })),
          q.truth,
        ),
      );
    }
    PARTNER_GRID.forEach((w, g) => {
      index.tune({
        coverageDiscount: w.coverageDiscount,
        fitWeights: { history: w.history, prior: w.prior },
      });
      const rs = fold.queries.map((q) =>
        rankOf(
          ids(rankProfiles(index, { text: q.text, members: q.members, top: TOP }, { history })),
          q.truth,
        ),
      );
      ranks[g]!.set(projectId, rs);
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
  return {
    methods: {
      engineCv: cv.result(),
      engineDefaults: fixed.engineDefaults.result(),
      engineTextOnly: fixed.engineTextOnly.result(),
      popularity: base.popularity.result(),
      tfidf: base.tfidf.result(),
    },
    chosen,
  };
}
