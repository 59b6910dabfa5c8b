// One speed measurement in its own process (clean peak RSS): build an index over n generated
// profiles, then time queries. Prints one JSON line.
import { matchProfiles, MatchingIndex, createTokenizer, DEFAULT_MATCHING_OPTIONS } from '@huahe/matching';
import MiniSearch from 'minisearch';
import { generateProfile, generateProfiles, generateQuery, type GeneratorSources } from './generator';

/** What a child reports. */
export interface SpeedResult {
  engine: 'huahe' | 'minisearch';
  profiles: number;
  /** Wall time to add every profile (generation and tokenisation included) and finish the index. */
  buildMs: number;
  /** Generation alone, measured on a sample and scaled: subtract from buildMs for the index's own time. */
  generateMsEstimate: number;
  queries: number;
  queryMeanMs: number;
  queryP50Ms: number;
  queryP90Ms: number;
  queryP99Ms: number;
  queryMaxMs: number;
  peakRssMb: number;
  heapUsedMbAfterBuild: number;
  /** Mean number of results per query (both engines return at most 10). */
  meanResults: number;
  extra: Record<string, number>;
}

const SEED = 20240917;
const WARMUP = 50;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;

function estimateGeneration(src: GeneratorSources, n: number): number {
  const sample = Math.min(n, 20_000);
  const start = performance.now();
  for (let i = 0; i < sample; i++) generateProfile(src, SEED, i);
  return ((performance.now() - start) * n) / sample;
}

function timeQueries(src: GeneratorSources, queries: number, run: (i: number) => number) {
  for (let i = 0; i < WARMUP; i++) run(queries + i);
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < queries; i++) {
    const start = performance.now();
    results += run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    queries,
    queryMeanMs: times.reduce((s, t) => s + t, 0) / Math.max(1, times.length),
    queryP50Ms: pct(times, 0.5),
    queryP90Ms: pct(times, 0.9),
    queryP99Ms: pct(times, 0.99),
    queryMaxMs: times[times.length - 1] ?? 0,
    meanResults: results / Math.max(1, queries),
  };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Measures the Huahe engine with its default options. */
export function runHuahe(src: GeneratorSources, n: number, queries: number): SpeedResult {
  const generateMsEstimate = estimateGeneration(src, n);
  const start = performance.now();
  const index = new MatchingIndex();
  index.addAll(generateProfiles(src, SEED, n));
  const buildMs = performance.now() - start;
  const heapUsedMbAfterBuild = mb(process.memoryUsage().heapUsed);
  const timing = timeQueries(src, queries, (i) => matchProfiles(index, generateQuery(src, SEED, i)).length);
  return {
    engine: 'huahe',
    profiles: index.size,
    buildMs,
    generateMsEstimate,
    ...timing,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    heapUsedMbAfterBuild,
    extra: { terms: index.termText.length, postings: index.basePostDoc.length },
  };
}

/** Measures MiniSearch on the same profiles and queries, with the same tokenizer. */
export function runMiniSearch(src: GeneratorSources, n: number, queries: number): SpeedResult {
  const tokenizer = createTokenizer({ bigrams: DEFAULT_MATCHING_OPTIONS.bigramWeight > 0 });
  const generateMsEstimate = estimateGeneration(src, n);
  const start = performance.now();
  const search = new MiniSearch({
    fields: ['text', 'tags'],
    tokenize: (text: string) => tokenizer.terms(text),
    processTerm: (term: string) => term,
  });
  for (const p of generateProfiles(src, SEED, n))
    search.add({ id: p.id, text: p.text, tags: (p.tags ?? []).join(' ') });
  const buildMs = performance.now() - start;
  const heapUsedMbAfterBuild = mb(process.memoryUsage().heapUsed);
  const timing = timeQueries(src, queries, (i) => {
    const q = generateQuery(src, SEED, i);
    return search.search([q.text, ...(q.tags ?? [])].join(' '), { combineWith: 'OR' }).slice(0, 10).length;
  });
  return {
    engine: 'minisearch',
    profiles: search.documentCount,
    buildMs,
    generateMsEstimate,
    ...timing,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    heapUsedMbAfterBuild,
    extra: { terms: search.termCount },
  };
}
