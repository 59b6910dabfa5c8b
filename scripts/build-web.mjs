#!/usr/bin/env node
// Builds the web app (apps/web/dist) unless its inputs are unchanged since the last build,
// so `npm start` after the first time starts in seconds. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');
const stamp = join(web, 'dist/.build-hash');
const inputs = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/vite.config.ts',
  'packages/contracts/src',
  'package-lock.json',
];

function walk(path, hash) {
  const abs = join(root, path);
  if (!existsSync(abs)) return;
  if (statSync(abs).isDirectory()) {
    for (const name of readdirSync(abs).sort()) walk(join(path, name), hash);
  } else {
    hash.update(relative(root, abs)).update('\0').update(readFileSync(abs)).update('\0');
  }
}

const hash = createHash('sha256');
for (const p of inputs) walk(p, hash);
const digest = hash.digest('hex');
const force = process.argv.includes('--force');
if (
  !force &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === digest &&
  existsSync(join(web, 'dist/index.html'))
) {
  console.error('web app is up to date (apps/web/dist)');
  process.exit(0);
}
console.error('building the web app (apps/web/dist)…');
const vite = join(root, 'node_modules/.bin/vite');
const r = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
writeFileSync(stamp, digest);
