import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase, type Db } from '@huahe/db';
import { seedDemo } from '../src/seed/demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite data directories (tar files): migrated and empty, and with the demo data loaded. */
    pgliteTemplate: string;
    pgliteSeeded: string;
    /** PostgreSQL template databases: migrated and empty, and with the demo data loaded. */
    pgTemplate: { adminUrl: string; template: string; seeded: string } | null;
  }
}

/** The demo data as a test starts from it (the test clock's day). */
async function seed(db: Db) {
  await seedDemo(db, { now: () => new Date('2026-11-27T08:00:00.000Z') });
}

/** Builds one migrated database once per run; every test file starts from a copy of it. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'huahe-test-'));
  const url = process.env.TEST_DATABASE_URL;
  let cleanup: () => Promise<void> = async () => undefined;

  if (url) {
    const template = `huahe_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    await admin.end();
    const tplUrl = new URL(url);
    tplUrl.pathname = `/${template}`;
    const database = await createDatabase({ kind: 'postgres', url: tplUrl.toString(), poolSize: 1 });
    await database.migrate();
    await database.close();
    const seeded = `${template}_seeded`;
    const admin2 = new pg.Client({ connectionString: url });
    await admin2.connect();
    await admin2.query(`create database ${seeded} template ${template}`);
    await admin2.end();
    const seededUrl = new URL(url);
    seededUrl.pathname = `/${seeded}`;
    const s = await createDatabase({ kind: 'postgres', url: seededUrl.toString(), poolSize: 1 });
    await seed(s.db);
    await s.close();
    project.provide('pgTemplate', { adminUrl: url, template, seeded });
    project.provide('pgliteTemplate', '');
    project.provide('pgliteSeeded', '');
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // Drop the template and any test database a crashed file left behind.
      const left = await c.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`huahe_t%_${template.slice('huahe_tpl_'.length)}%`],
      );
      for (const { datname } of left.rows) await c.query(`drop database if exists "${datname}" with (force)`);
      await c.query(`drop database if exists ${template}_seeded with (force)`);
      await c.query(`drop database if exists ${template} with (force)`);
      await c.end();
    };
  } else {
    const database = await createDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    const file = join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await (await database.pglite!.dumpDataDir('none')).arrayBuffer()));
    await seed(database.db);
    const seededFile = join(dir, 'seeded.tar');
    writeFileSync(seededFile, Buffer.from(await (await database.pglite!.dumpDataDir('none')).arrayBuffer()));
    await database.close();
    project.provide('pgliteTemplate', file);
    project.provide('pgliteSeeded', seededFile);
    project.provide('pgTemplate', null);
  }
  return async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  };
}
