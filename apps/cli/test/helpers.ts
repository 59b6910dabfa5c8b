import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pg from 'pg';
import { inject } from 'vitest';
import { main } from '../src/main';
import type { Io } from '../src/io';

export const bin = new URL('../bin/huahe.mjs', import.meta.url).pathname;

/** A place for one command's database: a PGlite directory, or a PostgreSQL database of its own. */
export interface Target {
  env: NodeJS.ProcessEnv;
  dir: string;
  dispose(): Promise<void>;
}

/** A fresh, empty database target on the back end this run tests. */
export async function newTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'huahe-cli-'));
  const pgTemplate = inject('pgTemplate');
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HUAHE_LANG: 'en', LOG_LEVEL: 'warn' };
  if (!pgTemplate) {
    return {
      dir,
      env: { ...base, HUAHE_DATA_DIR: join(dir, 'data') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `huahe_tcli_${pgTemplate.template.slice('huahe_tpl_'.length)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgTemplate.adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgTemplate.adminUrl);
  url.pathname = `/${name}`;
  return {
    dir,
    env: { ...base, DATABASE_URL: url.toString() },
    async dispose() {
      const c = new pg.Client({ connectionString: pgTemplate.adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `huahe` in-process with captured output. */
export async function run(argv: string[], env: NodeJS.ProcessEnv, cwd = process.cwd(), stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const io: Io = { stdout, stderr, stdin: Readable.from([stdin]), lang: 'en', env, cwd };
  const code = await main(argv, io);
  return { code, stdout: out, stderr: err };
}

/** Runs the real `huahe` binary in a child process. */
export function spawnHuahe(argv: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [bin, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}
