import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type Database } from '@huahe/db';

/**
 * A fresh, migrated database of its own for a test file: PGlite started from the run's template,
 * or, with TEST_DATABASE_URL, a PostgreSQL database copied from the template and dropped afterwards.
 */
export async function createTestDatabase(opts: { seeded?: boolean } = {}): Promise<Database> {
  const pgTemplate = inject('pgTemplate');
  if (pgTemplate) {
    const name = `huahe_test_${pgTemplate.template.slice('huahe_tpl_'.length)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgTemplate.adminUrl });
    await admin.connect();
    await admin.query(
      `create database ${name} template ${opts.seeded ? pgTemplate.seeded : pgTemplate.template}`,
    );
    await admin.end();
    const url = new URL(pgTemplate.adminUrl);
    url.pathname = `/${name}`;
    const database = await createDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    const close = database.close;
    database.close = async () => {
      await close();
      const c = new pg.Client({ connectionString: pgTemplate.adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
    return database;
  }
  const file = inject(opts.seeded ? 'pgliteSeeded' : 'pgliteTemplate');
  return createDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([readFileSync(file)]) });
}

/** Which back end this run tests. */
export const testBackend = () => (inject('pgTemplate') ? 'postgres' : 'pglite');
