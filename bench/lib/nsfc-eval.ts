// Runs the engine and both baselines over one NSFC split, and the validation-only tuning grid.
import {
  buildMatchingIndex,
  createTokenizer,
  rankProfiles,
  mineTerms,
  type CapabilityProfile,
  type IndexSettings,
  type MatchingIndex,
} from '@huahe/matching';
import { BigramTfIdf, popularityRanking, type BaselineDoc } from './baselines';
import { MetricsAccumulator, rankOf, type Metrics } from './metrics';
import type { NsfcSplit } from './nsfc';

/** The engine configuration evaluated: index structure plus query-time tuning. */
export interface EngineConfig {
  subwords: boolean;
  bigramWeight: number;
  mineTerms: boolean;
  k1: number;
  b: number;
  prior: number;
  passageWeight: number;
}

/** Profiles of a split as the engine sees them (prior = log-scaled project count). */
export function nsfcProfiles(split: NsfcSplit): CapabilityProfile[] {
  const max = Math.max(...[...split.profiles.values()].map((ps) => ps.length));
  return [...split.profiles].map(([host, projects]) => ({
    id: host,
    text: '',
    passages: projects.map((p) => p.title),
    prior: Math.log1p(projects.length) / Math.log1p(max),
  }));
}

/** Builds the engine's index for a split (terms mined from profile text only, never queries). */
export function nsfcIndex(split: NsfcSplit, config: EngineConfig): MatchingIndex {
  const profiles = nsfcProfiles(split);
  const settings: IndexSettings = { subwords: config.subwords, bigramWeight: config.bigramWeight };
  if (config.mineTerms) {
    const miner = createTokenizer();
    const titles = [...split.profiles.values()].flat().map((p) => p.title);
    settings.terms = mineTerms(titles, (t) => miner.words(t), { minCount: 5 });
  }
  const index = buildMatchingIndex(profiles, settings);
  tuneNsfc(index, config);
  return index;
}

/** Applies the query-time part of a config. */
export function tuneNsfc(index: MatchingIndex, config: EngineConfig): void {
  index.tune({
    k1: config.k1,
    b: config.b,
    bigramWeight: config.bigramWeight,
    passageWeight: config.passageWeight,
    fitWeights: { prior: config.prior },
  });
}

/** Engine metrics on a split's queries. */
export function evalEngine(index: MatchingIndex, split: NsfcSplit): Metrics {
  const acc = new MetricsAccumulator();
  // Top 100: a truth below counts as not found (conservative for the engine, cheap to run).
  const top = Math.min(100, split.profiles.size);
  for (const q of split.queries) {
    const ranked = rankProfiles(index, { text: q.text, top }).map((r) => r.id);
    acc.add(rankOf(ranked, q.truth));
  }
  return acc.result();
}

/** Popularity and TF-IDF metrics on a split's queries. */
export function evalBaselines(split: NsfcSplit): { popularity: Metrics; tfidf: Metrics } {
  const docs: BaselineDoc[] = [...split.profiles].map(([id, ps]) => ({
    id,
    text: ps.map((p) => p.title).join('。'),
    size: ps.length,
  }));
  const pop = popularityRanking(docs);
  const tfidf = new BigramTfIdf(docs);
  const p = new MetricsAccumulator();
  const t = new MetricsAccumulator();
  for (const q of split.queries) {
    p.add(rankOf(pop, q.truth));
    t.add(rankOf(tfidf.rank(q.text), q.truth));
  }
  return { popularity: p.result(), tfidf: t.result() };
}

/**
 * Coordinate search on the validation split only: first the index structure, then k1 × b, then the
 * passage weight, the prior weight and the bigram weight. Returns the best config and every trial.
 */
export function tuneOnValidation(
  split: NsfcSplit,
  start: EngineConfig,
  log: (line: string) => void,
): { best: EngineConfig; trials: Array<{ config: EngineConfig; mrr: number }> } {
  const trials: Array<{ config: EngineConfig; mrr: number }> = [];
  let best = start;
  let bestMrr = -1;
  const tryConfig = (config: EngineConfig, index: MatchingIndex) => {
    tuneNsfc(index, config);
    const { mrr } = evalEngine(index, split);
    trials.push({ config, mrr });
    log(`${JSON.stringify(config)} MRR ${mrr.toFixed(4)}`);
    if (mrr > bestMrr) [best, bestMrr] = [config, mrr];
  };
  // Sub-words and mined terms never helped in earlier runs (see the .md); the grid keeps one check.
  for (const [subwords, mine] of [
    [false, false],
    [true, false],
    [false, true],
  ] as const) {
    for (const bigramWeight of [0, 1]) {
      const config = { ...best, subwords, bigramWeight, mineTerms: mine };
      tryConfig(config, nsfcIndex(split, config));
    }
  }
  const index = nsfcIndex(split, best);
  const structure = best;
  for (const k1 of [0.9, 1.2, 1.6, 2.2]) {
    for (const b of [0.3, 0.4, 0.5, 0.75]) tryConfig({ ...structure, k1, b }, index);
  }
  for (const passageWeight of [0, 0.5, 1, 2]) tryConfig({ ...best, passageWeight }, index);
  const tuned = best;
  for (const prior of [0, 0.1, 0.2, 0.4]) tryConfig({ ...tuned, prior }, index);
  if (best.bigramWeight > 0) {
    const withPrior = best;
    for (const bigramWeight of [0.5, 1, 2]) tryConfig({ ...withPrior, bigramWeight }, index);
  }
  return { best, trials };
}
