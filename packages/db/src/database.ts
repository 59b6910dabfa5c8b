import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index';
import { lockDataDir } from './lock';
import { queryRows } from './query';

export type Schema = typeof schema;
/** The Drizzle database or a transaction on it: repositories take this as their first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** An open database: Drizzle handle, its kind, migrations and a clean close. */
export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  migrationVersion(): Promise<{ version: string | null; applied: number; available: number }>;
  close(): Promise<void>;
  /** Only for PGlite: the raw instance (test templates use dumpDataDir). */
  pglite?: PGlite;
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}
/** The migrations shipped with this build, in order. */
export function availableMigrations(): Journal['entries'] {
  return (JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal).entries;
}

async function version(db: Db): Promise<{ version: string | null; applied: number; available: number }> {
  const entries = availableMigrations();
  const rows = await queryRows<{ created_at: string }>(
    db,
    sql`select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at`,
  ).catch(() => [] as { created_at: string }[]);
  const applied = rows.length;
  const last = rows[applied - 1];
  const entry = last ? entries.find((e) => String(e.when) === String(last.created_at)) : undefined;
  return {
    version: entry?.tag ?? (applied > 0 ? `unknown(${applied})` : null),
    applied,
    available: entries.length,
  };
}

/** Opens PGlite (embedded, the default) or PostgreSQL, with the same schema and migrations on both. */
export async function createDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'pglite') {
    const release = config.dataDir ? lockDataDir(config.dataDir) : () => undefined;
    let client: PGlite;
    try {
      client = await PGlite.create({
        ...(config.dataDir ? { dataDir: config.dataDir } : {}),
        ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
      });
    } catch (err) {
      release();
      throw err;
    }
    const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      migrate: () => migratePglite(db as never, { migrationsFolder }),
      migrationVersion: () => version(db),
      close: async () => {
        await client.close();
        release();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
  // A dropped idle connection must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // Several API processes may start together: one migrates at a time.
      const client = new pg.Client({ connectionString: config.url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(727100)');
        await migratePg(drizzlePg(client, { casing: 'snake_case' }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(727100)').catch(() => undefined);
        await client.end();
      }
    },
    migrationVersion: () => version(db),
    close: () => pool.end(),
  };
}
