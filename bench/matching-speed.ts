// Matching speed (issue 6, point 6): index build time, peak RSS and query p50/p99 of the Huahe
// engine over generated profiles, next to MiniSearch on the same profiles and queries. Each
// engine and size runs in its own child process so that peak RSS is its own.
//
//   npx tsx bench/matching-speed.ts                     # Huahe at 100k and 1,000,000; MiniSearch at 100k
//   npx tsx bench/matching-speed.ts --profiles 20000    # one quick size for both
//   options: --queries N (default 1000); --sizes A,B,… (Huahe); --minisearch-sizes A,B,… (MiniSearch:
//   it holds every posting in JS Maps — 1.3 GB at 100k here — so 1M needs ~13 GB and hours on 2 cores)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHuahe, runMiniSearch, type SpeedResult } from './lib/speed-child';
import { loadGeneratorSources } from './lib/sources';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const CHILD_HEAP_MB: Record<SpeedResult['engine'], number> = { huahe: 4096, minisearch: 16384 };

/** Runs one measurement in a child process; undefined (with the reason) when it fails. */
function measure(
  engine: SpeedResult['engine'],
  n: number,
  queries: number,
): SpeedResult | { failed: string } {
  const args = [
    `--max-old-space-size=${CHILD_HEAP_MB[engine]}`,
    '--import',
    'tsx',
    fileURLToPath(import.meta.url),
    '--child',
    engine,
    '--size',
    String(n),
    '--queries',
    String(queries),
  ];
  console.error(`… ${engine} at ${n.toLocaleString('en')} profiles`);
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 45 * 60_000,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status === 0 && line.startsWith('{')) return JSON.parse(line) as SpeedResult;
  const why = child.error?.message ?? child.stderr.trim().split('\n').slice(-3).join(' ');
  return { failed: `exit ${child.status ?? child.signal}: ${why}`.slice(0, 400) };
}

function child(): void {
  const engine = arg('--child') as SpeedResult['engine'];
  const n = Number(arg('--size'));
  const queries = Number(arg('--queries'));
  const src = loadGeneratorSources(join(root, 'data'));
  const result = engine === 'huahe' ? runHuahe(src, n, queries) : runMiniSearch(src, n, queries);
  process.stdout.write(JSON.stringify(result) + '\n');
}

function parent(): void {
  const queries = Number(arg('--queries') ?? 1000);
  const one = arg('--profiles');
  const list = (name: string, fallback: number[]) => arg(name)?.split(',').map(Number) ?? fallback;
  const sizes = one !== undefined ? [Number(one)] : list('--sizes', [100_000, 1_000_000]);
  const miniSizes = one !== undefined ? [Number(one)] : list('--minisearch-sizes', [100_000]);
  const runs: Array<{ engine: string; size: number; result: SpeedResult | { failed: string } }> = [];
  for (const size of [...new Set([...sizes, ...miniSizes])].sort((a, b) => a - b)) {
    if (sizes.includes(size)) runs.push({ engine: 'huahe', size, result: measure('huahe', size, queries) });
    if (miniSizes.includes(size))
      runs.push({ engine: 'minisearch', size, result: measure('minisearch', size, queries) });
  }
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
  };
  const load = loadavg().map((x) => Math.round(x * 100) / 100);
  const out = {
    generatedAt: new Date().toISOString(),
    machine,
    loadAverageAtEnd: load,
    queries,
    childHeapMb: CHILD_HEAP_MB,
    runs,
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'matching-speed.json'), JSON.stringify(out, null, 2) + '\n');
  const rows = runs.map(({ engine, size, result }) =>
    'failed' in result
      ? `| ${engine} | ${size.toLocaleString('en')} | failed: ${result.failed} |`
      : `| ${engine} | ${result.profiles.toLocaleString('en')} | ${(result.buildMs / 1000).toFixed(1)} s (gen ≈ ${(result.generateMsEstimate / 1000).toFixed(1)} s) | ${result.queryP50Ms.toFixed(2)} | ${result.queryP99Ms.toFixed(2)} | ${result.peakRssMb.toFixed(0)} MB |`,
  );
  process.stdout.write(
    ['| engine | profiles | build | p50 ms | p99 ms | peak RSS |', '|---|---|---|---|---|---|', ...rows].join(
      '\n',
    ) + '\n',
  );
}

if (arg('--child') !== undefined) child();
else parent();
