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

async function run(argv: string[], opts: { stdin?: string; lang?: Io['lang'] } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin, 'utf8')]);
  const io: Io = { stdout, stderr, stdin, lang: opts.lang ?? 'en', env: {}, cwd: dir };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const PROFILES = [
  {
    id: 'xmu',
    name: '厦门大学',
    text: '碳化硅功率器件与宽禁带半导体材料',
    tags: ['碳化硅'],
    kind: 'university',
    region: '350203',
  },
  {
    id: 'catl',
    name: '宁德时代',
    text: '动力电池 热管理 电池安全 热失控',
    kind: 'leading_enterprise',
    region: '350902',
  },
  { id: 'sanan', text: '碳化硅外延片与功率芯片量产', kind: 'enterprise', region: '350206' },
  { id: 'fzu', text: '动力电池热失控预警与电池管理算法', kind: 'university', region: '350102' },
  { id: 'hit', text: 'Lithium-ion battery thermal runaway sensors', kind: 'research_institute' },
];
const QUERIES = [
  { id: 'q1', text: '碳化硅功率芯片国产化' },
  { id: 'q2', text: '动力电池热失控', members: ['catl'] },
  { id: 'q3', text: 'quantum teleportation' },
];
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huahe-match-'));
  await writeFile(join(dir, 'profiles.jsonl'), jsonl(PROFILES));
  await writeFile(join(dir, 'queries.jsonl'), jsonl(QUERIES));
  await writeFile(join(dir, 'broken.jsonl'), `${JSON.stringify(PROFILES[0])}\n\n{"id": "x", "text": \n`);
  await writeFile(join(dir, 'nokind.jsonl'), `${JSON.stringify({ id: 'a', text: 'x', kind: 'startup' })}\n`);
  await writeFile(join(dir, 'dupes.jsonl'), jsonl([PROFILES[0]!, PROFILES[0]!]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Line = { query: string; results: Array<{ id: string; score: number; why?: string[] }> };
const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('huahe match (SPEC §6.3)', () => {
  it('writes one line per query, in input order, with ranked results and no `why` by default', async () => {
    const r = await run(['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out.map((l) => l.query)).toEqual(['q1', 'q2', 'q3']);
    expect(Object.keys(out[0]!)).toEqual(['query', 'results']);
    expect(
      out[0]!.results
        .map((x) => x.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['sanan', 'xmu']);
    expect(Object.keys(out[0]!.results[0]!)).toEqual(['id', 'score']);
    expect(out[2]!.results).toEqual([]);
  });

  it('leaves members out of partner results', async () => {
    const out = lines(
      (await run(['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl'])).stdout,
    );
    const ids = out[1]!.results.map((x) => x.id);
    expect(ids).not.toContain('catl');
    expect(ids[0]).toBe('fzu');
  });

  it('honours --top and gives non-increasing scores', async () => {
    const out = lines(
      (await run(['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl', '--top', '1']))
        .stdout,
    );
    expect(out[0]!.results).toHaveLength(1);
    const all = lines(
      (await run(['match', '--profiles=profiles.jsonl', '--queries=queries.jsonl', '--top=5'])).stdout,
    );
    const scores = all[0]!.results.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('adds `why` in the user language with --explain', async () => {
    const en = lines(
      (await run(['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl', '--explain']))
        .stdout,
    );
    expect(en[0]!.results[0]!.why!.join(' ')).toContain('matched terms');
    const zh = lines(
      (
        await run(['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl', '--explain'], {
          lang: 'zh-CN',
        })
      ).stdout,
    );
    expect(zh[0]!.results[0]!.why!.join(' ')).toContain('匹配词');
    expect(zh[1]!.results[0]!.why!.join(' ')).toContain('现有成员已覆盖');
  });

  it('prints one JSON stats line on stderr with --stats', async () => {
    const r = await run(['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl', '--stats']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stderr.trim()) as Record<string, number>;
    expect(Object.keys(stats)).toEqual(['profiles', 'indexBuildMs', 'queryP50Ms', 'queryP99Ms', 'peakRssMb']);
    expect(stats.profiles).toBe(5);
    expect(stats.queryP99Ms).toBeGreaterThanOrEqual(stats.queryP50Ms!);
    expect(stats.peakRssMb).toBeGreaterThan(10);
  });

  it('reads queries from stdin with -', async () => {
    const r = await run(['match', '--profiles', 'profiles.jsonl', '--queries', '-'], {
      stdin: jsonl([QUERIES[0]!]),
    });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => l.query)).toEqual(['q1']);
  });

  it.each([
    [['match'], /usage: huahe match/],
    [['match', '--profiles', 'profiles.jsonl'], /usage/],
    [['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl', '--top', '0'], /--top/],
    [
      ['match', '--profiles', 'profiles.jsonl', '--queries', 'queries.jsonl', '--fast'],
      /unknown argument --fast/,
    ],
    [['match', '--profiles', 'missing.jsonl', '--queries', 'queries.jsonl'], /cannot read missing.jsonl/],
    [['match', '--profiles', 'broken.jsonl', '--queries', 'queries.jsonl'], /^broken\.jsonl:3: invalid JSON/],
    [
      ['match', '--profiles', 'nokind.jsonl', '--queries', 'queries.jsonl'],
      /^nokind\.jsonl:1: "kind" must be one of/,
    ],
    [['match', '--profiles', 'dupes.jsonl', '--queries', 'queries.jsonl'], /duplicate profile id xmu/],
    [['match', '--profiles', 'profiles.jsonl', '--queries', 'profiles.jsonl'], null],
  ])('exits 2 with a one-line reason for %j', async (argv, reason) => {
    const r = await run(argv);
    if (reason === null) {
      // Profiles are valid query lines too (id + text): that is not an error.
      expect(r.code).toBe(0);
      return;
    }
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });

  it('names the line of a bad query in Chinese', async () => {
    const r = await run(['match', '--profiles', 'profiles.jsonl', '--queries', '-'], {
      stdin: '{"id": "q", "text": "x"}\n{"id": "q2", "text": "y", "members": "catl"}\n',
      lang: 'zh-CN',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^-:2: "members" 须为单位 id 数组/);
  });

  it('refuses members that are not profiles, naming the line', async () => {
    const r = await run(['match', '--profiles', 'profiles.jsonl', '--queries', '-'], {
      stdin: '{"id": "q", "text": "x", "members": ["no-such-profile"]}\n',
      lang: 'en',
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^-:1: "members" names no-such-profile, which is not a profile/);
  });

  it('runs as a real process through bin/huahe.mjs', async () => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'apps/cli/bin/huahe.mjs'),
        'match',
        '--profiles',
        'profiles.jsonl',
        '--queries',
        'queries.jsonl',
        '--top',
        '2',
      ],
      { cwd: dir, env: { ...process.env, HUAHE_LANG: 'en' } },
    );
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const parsed = lines(Buffer.concat(out).toString('utf8'));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]!.results.length).toBeLessThanOrEqual(2);
  });
});
