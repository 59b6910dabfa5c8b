// Matching quality on real data (issue 6, point 5), engine and baselines in the same run:
//  - NSFC temporal split: host institutions' profiles from projects before the cut, queries =
//    titles of later projects, truth = host. Validation: cut 2014, queries 2014–2015. Test: cut
//    2016, queries 2016–2018. Tuning (--tune) looks at the validation split only.
//  - CORDIS partner leave-one-out (a smoke test: 26 project texts), partner weights by nested
//    leave-one-project-out CV next to the product defaults (bench/lib/cordis-eval.ts).
//
//   npx tsx bench/matching-quality.ts            # the committed configuration (≈ 40 min under load)
//   npx tsx bench/matching-quality.ts --tune     # re-run the validation grid first
//   npx tsx bench/matching-quality.ts --queries 300   # quick: at most 300 queries per NSFC split
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCordis } from './lib/cordis';
import { evalCordis, PARTNER_GRID } from './lib/cordis-eval';
import type { Metrics } from './lib/metrics';
import { loadNsfc, temporalSplit, type NsfcSplit } from './lib/nsfc';
import { evalBaselines, evalEngine, nsfcIndex, tuneOnValidation, type EngineConfig } from './lib/nsfc-eval';
import { qualityMarkdown } from './lib/quality-report';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', 'data');

/** The configuration chosen by --tune on the NSFC validation split (see results/matching-quality.md). */
export const CHOSEN: EngineConfig = {
  subwords: false,
  mineTerms: false,
  bigramWeight: 1,
  k1: 2.2,
  b: 0.5,
  passageWeight: 0.5,
  prior: 0.1,
};

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** Keeps at most n queries, evenly spread (deterministic). */
function cap(split: NsfcSplit, n: number | undefined): NsfcSplit {
  if (n === undefined || split.queries.length <= n) return split;
  const step = split.queries.length / n;
  return { ...split, queries: Array.from({ length: n }, (_, i) => split.queries[Math.floor(i * step)]!) };
}

function main(): void {
  const started = Date.now();
  const limit = arg('--queries') !== undefined ? Number(arg('--queries')) : undefined;
  const projects = loadNsfc(join(data, 'natural-2017-09-26.csv.zip'));
  const validation = cap(temporalSplit(projects, 2014, 2016), limit);
  const test = cap(temporalSplit(projects, 2016, 9999), limit);

  let config = CHOSEN;
  let trials: Array<{ config: EngineConfig; mrr: number }> = [];
  if (process.argv.includes('--tune')) {
    const start: EngineConfig = {
      ...CHOSEN,
      bigramWeight: 0,
      k1: 1.2,
      b: 0.75,
      passageWeight: 1,
      prior: 0.1,
    };
    ({ best: config, trials } = tuneOnValidation(validation, start, (line) => console.error(line)));
  }

  const nsfc: Record<string, { split: object; results: Record<string, Metrics> }> = {};
  for (const [name, split] of [
    ['validation', validation],
    ['test', test],
  ] as const) {
    const engine = evalEngine(nsfcIndex(split, config), split);
    const { popularity, tfidf } = evalBaselines(split);
    nsfc[name] = {
      split: { profileCut: split.cut, candidates: split.profiles.size, queries: split.queries.length },
      results: { engine, popularity, tfidf },
    };
    console.error(
      `NSFC ${name}: engine MRR ${engine.mrr.toFixed(4)}, TF-IDF ${tfidf.mrr.toFixed(4)}, popularity ${popularity.mrr.toFixed(4)}`,
    );
  }

  const cordis = evalCordis(loadCordis(join(data, 'project.json'), join(data, 'organization.json')), {
    bigramWeight: config.bigramWeight,
    k1: config.k1,
    b: config.b,
    passageWeight: config.passageWeight,
  });

  const result = {
    generatedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    protocol: {
      nsfc: 'profiles from projects starting before the cut; queries = titles of projects starting in [cut, end); truth = host; candidates = hosts with >= 5 profile projects. Validation cut 2014 (queries 2014-2015), test cut 2016 (queries 2016-2018). Engine config chosen on validation only.',
      cordis:
        'leave one participant out of a project; its text and the other participants as members; profiles (text, country as region, activityType as kind, prior = log of the number of other projects) and collaboration history from the other 25 projects; partner weights (history, members-region, prior) chosen by nested leave-one-project-out CV; product defaults reported too.',
      engineDepth:
        'the engine returns its top 100; a truth below that counts as not found (MRR slightly understated). Baselines rank every candidate.',
      queriesCap: limit ?? null,
    },
    config,
    tuningTrials: trials,
    nsfc,
    cordis: { ...cordis, grid: PARTNER_GRID },
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'matching-quality.json'), JSON.stringify(result, null, 2) + '\n');
  const md = qualityMarkdown(result);
  writeFileSync(join(here, 'results', 'matching-quality.md'), md);
  process.stdout.write(md);
}

main();
