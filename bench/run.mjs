// `npm run bench [-- NAME…] [-- --quick]`: runs the benchmarks one after the other, each in its own
// process (so that one's memory does not count against the next), and writes their results under
// bench/results/. Without names, all of them; `--quick` runs the matching speed benchmark at 20,000
// profiles instead of 100,000 and 1,000,000 (a smoke run, not the figures of issue 6).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** name → script and what it measures (the issue that asks for it). */
const BENCHES = {
  distribution: {
    script: 'bench/distribution.bench.ts',
    about: 'exact Shapley for 20 players, voting indices for 200 (issue 5)',
  },
  'matching-quality': {
    script: 'bench/matching-quality.ts',
    about: 'MRR, Hit@1, Recall@10, nDCG@10 on NSFC and CORDIS next to the baselines (issue 6)',
  },
  'matching-speed': {
    script: 'bench/matching-speed.ts',
    about: 'build time, peak RSS, query p50/p99 at 1,000,000 profiles next to MiniSearch (issue 6)',
    quick: ['--profiles', '20000'],
  },
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  console.error(`\n== ${name}: ${bench.about}`);
  const started = Date.now();
  const extra = quick && bench.quick ? bench.quick : [];
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench.script, ...extra], {
    cwd: root,
    stdio: 'inherit',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (run.status === 0) console.error(`== ${name}: done in ${seconds} s`);
  else {
    failed++;
    console.error(`== ${name}: FAILED (exit ${run.status ?? run.signal}) after ${seconds} s`);
  }
}
console.error(`\nResults: bench/results/`);
process.exit(failed > 0 ? 1 : 0);
