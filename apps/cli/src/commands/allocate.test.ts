import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../io';
import { main } from '../main';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const SPEC_PROBLEM = {
  method: 'shapley',
  players: ['甲', '乙', '丙'],
  game: { 甲: 1, 乙: 1, 丙: 1, '甲,乙': 7, '甲,丙': 5, '乙,丙': 4, '甲,乙,丙': 11 },
  amount: '1100000.00',
};

async function run(argv: string[], opts: { stdin?: string; lang?: Io['lang']; cwd?: string } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin, 'utf8')]);
  const io: Io = { stdout, stderr, stdin, lang: opts.lang ?? 'en', env: {}, cwd: opts.cwd ?? root };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huahe-allocate-'));
  await writeFile(join(dir, 'spec.json'), JSON.stringify(SPEC_PROBLEM));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('huahe allocate FILE|-', () => {
  it('answers the SPEC example from a file with exit 0', async () => {
    const r = await run(['allocate', 'spec.json'], { cwd: dir, lang: 'zh-CN' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual([
      'method',
      'allocation',
      'exact',
      'amounts',
      'explanation',
      'warnings',
    ]);
    expect(answer).toMatchObject({
      method: 'shapley',
      allocation: { 甲: '4.333333333333', 乙: '3.833333333333', 丙: '2.833333333333' },
      exact: { 甲: '13/3', 乙: '23/6', 丙: '17/6' },
      amounts: { 甲: '433333.34', 乙: '383333.33', 丙: '283333.33' },
      warnings: [],
    });
    expect((answer.explanation as string[])[0]).toMatch(/^甲:Shapley 值 13\/3/);
  });

  it('reads the problem from stdin with "-" and keeps decimal numbers exact', async () => {
    const problem =
      '{"method":"equal","players":["a","b","c"],"game":{"a":0.1,"b":0.1,"c":0.1,"a,b":0.2,"a,c":0.2,"b,c":0.2,"a,b,c":0.1}}';
    const r = await run(['allocate', '-'], { stdin: problem });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { exact: Record<string, string> }).exact).toEqual({
      a: '1/30',
      b: '1/30',
      c: '1/30',
    });
  });

  it('exits 2 naming the first missing coalition, on one line, in the user’s language', async () => {
    const problem = JSON.stringify({
      ...SPEC_PROBLEM,
      game: { 甲: 1, 乙: 1, 丙: 1, '甲,乙': 7, '乙,丙': 4, '甲,乙,丙': 11 },
    });
    const en = await run(['allocate', '-'], { stdin: problem });
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'game is missing the coalition "甲,丙"\n' });
    const zh = await run(['allocate', '-'], { stdin: problem, lang: 'zh-CN' });
    expect(zh).toEqual({ code: 2, stdout: '', stderr: 'game 缺少联盟 "甲,丙"\n' });
  });

  it('exits 2 on malformed JSON, an unknown method and a missing file', async () => {
    const bad = await run(['allocate', '-'], { stdin: '{"method": ' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^invalid JSON at character \d+: .*\n$/);
    const method = await run(['allocate', '-'], {
      stdin: JSON.stringify({ ...SPEC_PROBLEM, method: 'magic' }),
    });
    expect(method.code).toBe(2);
    expect(method.stderr).toMatch(/^unknown method "magic"; one of: equal, /);
    const missing = await run(['allocate', 'nope.json'], { cwd: dir });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'cannot read nope.json: ENOENT\n' });
  });

  it('exits 2 with usage when the argument is missing or extra', async () => {
    expect(await run(['allocate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'usage: huahe allocate FILE|-\n',
    });
    expect((await run(['allocate', 'a', 'b'])).code).toBe(2);
  });

  it('works as a real process: node apps/cli/bin/huahe.mjs allocate -', async () => {
    const child = spawn(process.execPath, [`${root}apps/cli/bin/huahe.mjs`, 'allocate', '-'], {
      env: { ...process.env, HUAHE_LANG: 'en' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdin.end(
      JSON.stringify({
        method: 'talmud',
        claims: { estate: 200, claims: { A: 100, B: 200, C: 300 } },
        amount: '200',
      }),
    );
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Buffer.concat(err).toString('utf8')).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(Buffer.concat(out).toString('utf8')) as {
      exact: Record<string, string>;
      amounts: Record<string, string>;
    };
    expect(answer.exact).toEqual({ A: '50', B: '75', C: '75' });
    expect(answer.amounts).toEqual({ A: '50.00', B: '75.00', C: '75.00' });
  });
});
