import { sql } from 'drizzle-orm';
import type { Db } from './database';
import { queryRows } from './query';

/** The header line of a backup file. */
export interface BackupHeader {
  format: 'huahe-backup';
  version: 1;
  createdAt: string;
  migration: string | null;
  tables: Record<string, number>;
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected table name ${name}`);
  return sql.raw(`"${name}"`);
};

/** The application's tables in an order where every table comes after the tables it references. */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = (
    await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((r) => r.name);
  const deps = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`,
  );
  const strip = (s: string) => s.replace(/^public\./, '').replace(/"/g, '');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const d of deps)
    if (strip(d.child) !== strip(d.parent)) parents.get(strip(d.child))?.add(strip(d.parent));
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t)) return;
    if (path.has(t)) throw new Error(`foreign-key cycle through ${t}`);
    path.add(t);
    for (const p of parents.get(t) ?? []) visit(p, path);
    path.delete(t);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

/** Row counts per table. */
export async function tableCounts(db: Db, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = await queryRows<{ n: string }>(db, sql`select count(*)::text as n from ${ident(t)}`);
    out[t] = Number(r[0]?.n ?? 0);
  }
  return out;
}

/**
 * Writes a logical dump: a header line, then one line per row holding PostgreSQL's own JSON of
 * the row (to_jsonb), never re-parsed in JavaScript, so numerics and timestamps stay exact.
 */
export async function dumpDatabase(
  db: Db,
  migration: string | null,
  write: (line: string) => Promise<void> | void,
  onProgress?: (done: number, total: number) => void,
  now: Date = new Date(),
): Promise<BackupHeader> {
  const tables = await tablesInDependencyOrder(db);
  const counts = await tableCounts(db, tables);
  const header: BackupHeader = {
    format: 'huahe-backup',
    version: 1,
    createdAt: now.toISOString(),
    migration,
    tables: counts,
  };
  await write(JSON.stringify(header));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  let done = 0;
  for (const t of tables) {
    const batch = 1000;
    for (let offset = 0; offset < (counts[t] ?? 0); offset += batch) {
      const rows = await queryRows<{ j: string }>(
        db,
        sql`select to_jsonb(x)::text as j from ${ident(t)} x order by to_jsonb(x)::text collate "C" limit ${batch} offset ${offset}`,
      );
      for (const r of rows) await write(`{"t":${JSON.stringify(t)},"r":${r.j}}`);
      done += rows.length;
      onProgress?.(done, total);
    }
  }
  return header;
}

/** Raised when a backup cannot be restored; the database is left unchanged. */
export class RestoreError extends Error {}

/**
 * Restores a dump into an empty, migrated database, in one transaction: either every row is
 * back or nothing changed.
 */
export async function restoreDatabase(
  db: Db,
  lines: AsyncIterable<string>,
  onProgress?: (done: number, total: number) => void,
): Promise<BackupHeader> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value) as BackupHeader;
  } catch {
    throw new RestoreError('not a Huahe backup (the first line is not a header)');
  }
  if (header?.format !== 'huahe-backup' || header.version !== 1)
    throw new RestoreError('not a Huahe backup, or an unknown version');
  const tables = await tablesInDependencyOrder(db);
  const unknown = Object.keys(header.tables).filter((t) => !tables.includes(t));
  if (unknown.length)
    throw new RestoreError(`the backup has tables this database does not: ${unknown.join(', ')}`);
  const counts = await tableCounts(db, tables);
  // A fresh migration holds the audit chain's genesis head; that still counts as empty.
  const genesisOnly =
    (await queryRows<{ n: string }>(db, sql`select count(*)::text as n from audit_head where seq <> 0`))[0]
      ?.n === '0';
  const nonEmpty = Object.entries(counts)
    .filter(([t, n]) => n > 0 && !(t === 'audit_head' && genesisOnly))
    .map(([t]) => t);
  if (nonEmpty.length)
    throw new RestoreError(
      `the target database is not empty (${nonEmpty.join(', ')}); restore needs an empty database`,
    );
  const total = Object.values(header.tables).reduce((a, b) => a + b, 0);
  const order = new Map(tables.map((t, i) => [t, i]));

  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from audit_head where seq = 0`);
    let current: string | null = null;
    let batch: string[] = [];
    let done = 0;
    const seen: Record<string, number> = {};
    const flush = async () => {
      if (!current || batch.length === 0) return;
      await tx.execute(
        sql`insert into ${ident(current)} select * from jsonb_populate_recordset(null::${ident(current)}, ${`[${batch.join(',')}]`}::jsonb)`,
      );
      done += batch.length;
      batch = [];
      onProgress?.(done, total);
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      if (line.trim() === '') continue;
      const m = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(\{.*\})\}$/.exec(line);
      if (!m) throw new RestoreError(`malformed line after ${done + batch.length} rows`);
      const table = JSON.parse(m[1]!) as string;
      if (!order.has(table)) throw new RestoreError(`unknown table ${table}`);
      if (table !== current) {
        await flush();
        if (current && order.get(table)! < order.get(current)!)
          throw new RestoreError(`tables out of order at ${table}`);
        current = table;
      }
      batch.push(m[2]!);
      seen[table] = (seen[table] ?? 0) + 1;
      if (batch.length >= 500) await flush();
    }
    await flush();
    for (const [t, n] of Object.entries(header.tables)) {
      if ((seen[t] ?? 0) !== n)
        throw new RestoreError(
          `table ${t}: the header says ${n} rows, the file has ${seen[t] ?? 0} (truncated?)`,
        );
    }
  });
  return header;
}

/** A digest of every table's rows (order-independent), to compare two databases. */
export async function tableDigests(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of await tablesInDependencyOrder(db)) {
    const r = await queryRows<{ d: string | null; n: string }>(
      db,
      sql`select md5(coalesce(string_agg(j, E'\n' order by j collate "C"), '')) as d, count(*)::text as n from (select to_jsonb(x)::text as j from ${ident(t)} x) s`,
    );
    out[t] = `${r[0]?.n}:${r[0]?.d}`;
  }
  return out;
}
