import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { availableMigrations, createDatabase, queryRows, tableDigests, type Database } from '@huahe/db';
import { newTarget, run, spawnHuahe, type Target } from './helpers';

const targets: Target[] = [];
async function target() {
  const t = await newTarget();
  targets.push(t);
  return t;
}
afterEach(async () => {
  while (targets.length) await targets.pop()!.dispose();
});

// Seeding through the CLI takes seconds: the tests below share one seeded database, in file order
// (the audit test, which tampers with it, comes last of those that use it).
let seeded: Target | undefined;
async function seededTarget(): Promise<Target> {
  if (!seeded) {
    seeded = await newTarget();
    const r = await run(['seed', '--demo'], seeded.env);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  return seeded;
}
afterAll(async () => {
  await seeded?.dispose();
});

/** Opens a target's database directly (after the command that used it has closed it). */
async function open(t: Target): Promise<Database> {
  return t.env.DATABASE_URL
    ? createDatabase({ kind: 'postgres', url: t.env.DATABASE_URL, poolSize: 1 })
    : createDatabase({ kind: 'pglite', dataDir: t.env.HUAHE_DATA_DIR! });
}

async function digests(t: Target) {
  const d = await open(t);
  try {
    return await tableDigests(d.db);
  } finally {
    await d.close();
  }
}

describe('huahe migrate and seed', () => {
  it('migrates an empty database and loads the demo data idempotently', async () => {
    const empty = await target();
    const n = availableMigrations().length;
    const latest = availableMigrations()[n - 1]!;
    const m = await run(['migrate'], empty.env);
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(new RegExp(`migrated to ${latest.tag} \\(${n}\\/${n}\\)`));
    const t = await seededTarget();
    const once = await digests(t);
    expect((await run(['seed', '--demo'], t.env)).code).toBe(0);
    const twice = await digests(t);
    for (const table of ['users', 'organisations', 'consortia', 'consortium_members', 'role_assignments']) {
      expect(twice[table], table).toBe(once[table]);
    }
    expect(Number(once.users!.split(':')[0])).toBe(5);
  });

  it('exits 2 with a reason on bad usage', async () => {
    const t = await target();
    expect((await run(['seed'], t.env)).code).toBe(2);
    expect((await run(['migrate', 'now'], t.env)).code).toBe(2);
    const unknown = await run(['frobnicate'], t.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command: frobnicate/);
  });

  it('lists every configuration problem at once and exits 2', async () => {
    const t = await target();
    const r = await run(['migrate'], {
      ...t.env,
      PORT: 'abc',
      HUAHE_DEMO: 'sometimes',
      DATABASE_URL: 'mysql://x',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT/);
    expect(r.stderr).toMatch(/HUAHE_DEMO/);
    expect(r.stderr).toMatch(/DATABASE_URL/);
  });
});

describe('huahe backup and restore', () => {
  it('round-trips every row of every table into an empty database', async () => {
    const source = await seededTarget();
    const dest = await target();
    const file = join(source.dir, 'backup.jsonl.gz');
    const b = await run(['backup', file], source.env);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/\d+ tables\t\d+ rows/);
    await run(['migrate'], dest.env);
    const r = await run(['restore', file], dest.env);
    expect(r.code, r.stderr).toBe(0);
    const [a, c] = [await digests(source), await digests(dest)];
    expect(Object.keys(a).length).toBeGreaterThan(8);
    expect(c).toEqual(a);
    expect((await run(['audit', 'verify'], dest.env)).code).toBe(0);
  });

  it('refuses to restore over data, a truncated file, or a file that is no backup, and changes nothing', async () => {
    const source = await seededTarget();
    const file = join(source.dir, 'backup.jsonl');
    await run(['backup', file], source.env);
    const before = await digests(source);
    const over = await run(['restore', file], source.env);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/not empty/);
    expect(await digests(source)).toEqual(before);

    const dest = await target();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const truncated = join(source.dir, 'truncated.jsonl');
    writeFileSync(truncated, lines.slice(0, lines.length - 3).join('\n') + '\n');
    const cut = await run(['restore', truncated], dest.env);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/truncated/);
    const d = await digests(dest);
    expect(Object.values(d).filter((v) => !v.startsWith('0:')).length).toBe(1); // only the migration's audit head
    const junk = join(source.dir, 'junk.jsonl');
    writeFileSync(junk, 'hello\n');
    expect((await run(['restore', junk], dest.env)).code).toBe(2);
    expect((await run(['restore', join(source.dir, 'missing.jsonl')], dest.env)).code).toBe(2);
  });
});

describe('huahe import and export', () => {
  it('exports the lists, rejects a bad sheet changing nothing, and imports a good one', async () => {
    const t = await seededTarget();
    const out = join(t.dir, 'organisations.xlsx');
    const e = await run(['export', 'organisations', out], t.env);
    expect(e.code, e.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const before = wb.worksheets[0]!.rowCount - 1;
    expect(before).toBeGreaterThan(100);
    expect((await run(['export', 'consortia', join(t.dir, 'c.xlsx')], t.env)).code).toBe(0);
    expect((await run(['export', 'widgets', join(t.dir, 'w.xlsx')], t.env)).code).toBe(2);

    const sheet = async (rows: string[][]) => {
      const w = new ExcelJS.Workbook();
      const ws = w.addWorksheet('单位');
      rows.forEach((r) => ws.addRow(r));
      const file = join(t.dir, `in-${rows.length}.xlsx`);
      await w.xlsx.writeFile(file);
      return file;
    };
    const bad = await run(
      [
        'import',
        'organisations',
        await sheet([
          ['单位名称', '单位类型'],
          ['厦门命令行导入甲公司', '外星机构'],
        ]),
        '--report',
        join(t.dir, 'report.xlsx'),
      ],
      t.env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('rows[2].kind');
    expect(existsSync(join(t.dir, 'report.xlsx'))).toBe(true);
    const good = await run(
      [
        'import',
        'organisations',
        await sheet([
          ['单位名称', '单位类型'],
          ['厦门命令行导入乙公司', '企业'],
          ['厦门命令行导入丙研究院', '科研院所'],
        ]),
      ],
      t.env,
    );
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/^imported\t2\tcreated 2\tupdated 0/);
    await run(['export', 'organisations', out], t.env);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(after.worksheets[0]!.rowCount - 1).toBe(before + 2);
  });
});

describe('huahe audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the first broken event after tampering', async () => {
    const t = await seededTarget();
    const ok = await run(['audit', 'verify'], t.env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok\t\d+ events/);
    const d = await open(t);
    await d.db.execute(sql`update audit_events set action = 'organisation.deleted' where seq = 2`);
    await d.close();
    const broken = await run(['audit', 'verify'], t.env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^broken\tevent 2\t/);
    expect(broken.stderr).toMatch(/audit chain broken at event 2/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url: string, alive: () => boolean): Promise<unknown> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!alive()) throw new Error('server exited');
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return res.json();
    } catch {
      // Not yet listening.
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('huahe serve', () => {
  it('prints the URL and demo accounts on first start, refuses a second server on the same data, and stops cleanly', async () => {
    const t = await target();
    const port = await freePort();
    const env = { ...t.env, PORT: String(port), HOST: '127.0.0.1', HUAHE_WEB_DIST: '/nonexistent' };
    const first = spawnHuahe(['serve'], env);
    const url = `http://127.0.0.1:${port}`;
    const health = (await waitHealthy(url, () => first.child.exitCode === null)) as {
      database: { kind: string; migration: string };
    };
    expect(health.database.migration).toBe(availableMigrations().at(-1)!.tag);
    expect(first.output().stdout).toContain(url);
    expect(first.output().stdout).toContain('admin@demo.huahe');

    if (!t.env.DATABASE_URL) {
      expect(health.database.kind).toBe('pglite');
      const second = spawnHuahe(['serve'], { ...env, PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output().stderr).toMatch(/in use by process \d+/);
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      expect(existsSync(`${t.env.HUAHE_DATA_DIR}.lock`)).toBe(true);
    } else {
      expect(health.database.kind).toBe('postgres');
    }

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    if (!t.env.DATABASE_URL) expect(existsSync(`${t.env.HUAHE_DATA_DIR}.lock`)).toBe(false);

    // What was committed survives; the demo data is not loaded twice.
    const again = spawnHuahe(['serve'], env);
    await waitHealthy(url, () => again.child.exitCode === null);
    expect(again.output().stdout).not.toContain('admin@demo.huahe');
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.huahe', password: 'Huahe-demo-2026' }),
    });
    expect(login.status).toBe(200);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
    const d = await open(t);
    const users = await queryRows<{ n: string }>(d.db, sql`select count(*)::text as n from users`);
    await d.close();
    expect(users[0]!.n).toBe('5');
  }, 240_000);

  it('exits 2 listing every configuration problem', async () => {
    const t = await target();
    const bad = spawnHuahe(['serve'], { ...t.env, PORT: '99999', LOG_LEVEL: 'loud' });
    expect(await bad.exited).toBe(2);
    expect(bad.output().stderr).toMatch(/PORT/);
    expect(bad.output().stderr).toMatch(/LOG_LEVEL/);
  });
});
