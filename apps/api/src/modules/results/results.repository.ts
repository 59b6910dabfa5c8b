import { and, asc, count, desc, eq, gte, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  organisations,
  ownershipChanges,
  people,
  resultInventors,
  resultOwners,
  results,
  resultStatusHistory,
  type Db,
} from '@huahe/db';
import type { Lang } from '@huahe/contracts';
import { nameIn } from '../../lib/i18n';
import { escapeLike } from '../users/users.repository';

export type ResultRow = typeof results.$inferSelect;
/** An owner with its organisation's names: `name` is the Chinese (registered) one, `nameEn` the English if any. */
export type OwnerRow = typeof resultOwners.$inferSelect & { name: string; nameEn: string | null };
export type InventorRow = typeof resultInventors.$inferSelect & {
  organisationName: string | null;
  organisationNameEn: string | null;
};
export type StatusRow = typeof resultStatusHistory.$inferSelect;
export type ChangeRow = typeof ownershipChanges.$inferSelect;

/**
 * Which results of one consortium a caller sees, mirroring authz's `confidential` rule: everything
 * (bureau, secretariat), or public ones, consortium-level ones for members, and confidential ones
 * their owners' staff.
 */
export type ResultVisibility = { all: true } | { all: false; member: boolean; organisationIds: string[] };

function visible(v: ResultVisibility): SQL | undefined {
  if (v.all) return undefined;
  const ors: SQL[] = [eq(results.confidentiality, 'public')];
  if (v.member) ors.push(eq(results.confidentiality, 'consortium'));
  if (v.organisationIds.length) {
    ors.push(
      and(
        eq(results.confidentiality, 'confidential'),
        sql`exists (select 1 from result_owners ro where ro.result_id = results.id and ro.organisation_id in ${v.organisationIds})`,
      )!,
    );
  }
  return or(...ors);
}

export interface ResultFilter {
  q?: string;
  type?: string;
  status?: string;
  confidentiality?: string;
  organisationId?: string;
  minTrl?: number;
}

function filter(consortiumId: string, f: ResultFilter, v: ResultVisibility): SQL {
  const conds: (SQL | undefined)[] = [eq(results.consortiumId, consortiumId), visible(v)];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(or(ilike(results.title, like), ilike(results.titleEn, like), ilike(results.identifier, like)));
  }
  if (f.type) conds.push(eq(results.type, f.type));
  if (f.status) conds.push(eq(results.status, f.status));
  if (f.confidentiality) conds.push(eq(results.confidentiality, f.confidentiality));
  if (f.minTrl) conds.push(gte(results.trl, f.minTrl));
  if (f.organisationId) {
    conds.push(
      sql`exists (select 1 from result_owners ro where ro.result_id = results.id and ro.organisation_id = ${f.organisationId})`,
    );
  }
  return and(...conds.filter((c): c is SQL => !!c))!;
}

/** A page of a consortium's results the caller may see (limit undefined: all of them, for exports). */
export async function listResults(
  db: Db,
  consortiumId: string,
  f: ResultFilter,
  v: ResultVisibility,
  limit?: number,
  offset = 0,
) {
  const where = filter(consortiumId, f, v);
  const query = db
    .select()
    .from(results)
    .where(where)
    .orderBy(desc(results.achievedOn), asc(results.title))
    .offset(offset);
  const [rows, total] = await Promise.all([
    limit === undefined ? query : query.limit(limit),
    db.select({ n: count() }).from(results).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findResult(db: Db, id: string): Promise<ResultRow | undefined> {
  return (await db.select().from(results).where(eq(results.id, id)).limit(1))[0];
}

export async function insertResult(db: Db, row: typeof results.$inferInsert): Promise<ResultRow> {
  return (await db.insert(results).values(row).returning())[0]!;
}

/** Updates when the stored version is still `version`; undefined when someone else saved first. */
export async function updateResult(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof results.$inferInsert>,
  now: string,
): Promise<ResultRow | undefined> {
  return (
    await db
      .update(results)
      .set({ ...patch, version: version + 1, updatedAt: now })
      .where(and(eq(results.id, id), eq(results.version, version)))
      .returning()
  )[0];
}

/** Owners of the results, with their names, in share order. */
export async function ownersOf(db: Db, resultIds: string[]): Promise<OwnerRow[]> {
  if (resultIds.length === 0) return [];
  const rows = await db
    .select({ o: resultOwners, name: organisations.nameZh, nameEn: organisations.nameEn })
    .from(resultOwners)
    .innerJoin(organisations, eq(organisations.id, resultOwners.organisationId))
    .where(inArray(resultOwners.resultId, resultIds))
    .orderBy(asc(organisations.nameZh));
  return rows.map((r) => ({ ...r.o, name: r.name, nameEn: r.nameEn }));
}

/** Replaces the owners of a result. */
export async function replaceOwners(
  db: Db,
  resultId: string,
  owners: { organisationId: string; share: string; contribution?: string | null }[],
): Promise<void> {
  await db.delete(resultOwners).where(eq(resultOwners.resultId, resultId));
  if (owners.length) await db.insert(resultOwners).values(owners.map((o) => ({ ...o, resultId })));
}

export async function inventorsOf(db: Db, resultId: string): Promise<InventorRow[]> {
  const rows = await db
    .select({
      i: resultInventors,
      organisationName: organisations.nameZh,
      organisationNameEn: organisations.nameEn,
    })
    .from(resultInventors)
    .leftJoin(organisations, eq(organisations.id, resultInventors.organisationId))
    .where(eq(resultInventors.resultId, resultId))
    .orderBy(asc(resultInventors.name));
  return rows.map((r) => ({
    ...r.i,
    organisationName: r.organisationName,
    organisationNameEn: r.organisationNameEn,
  }));
}

export async function replaceInventors(
  db: Db,
  resultId: string,
  inventors: Omit<typeof resultInventors.$inferInsert, 'resultId'>[],
): Promise<void> {
  await db.delete(resultInventors).where(eq(resultInventors.resultId, resultId));
  if (inventors.length) await db.insert(resultInventors).values(inventors.map((i) => ({ ...i, resultId })));
}

export async function statusHistoryOf(db: Db, resultId: string): Promise<StatusRow[]> {
  return db
    .select()
    .from(resultStatusHistory)
    .where(eq(resultStatusHistory.resultId, resultId))
    .orderBy(asc(resultStatusHistory.on), asc(resultStatusHistory.recordedAt));
}

export async function insertStatus(db: Db, row: typeof resultStatusHistory.$inferInsert): Promise<StatusRow> {
  return (await db.insert(resultStatusHistory).values(row).returning())[0]!;
}

/** The latest status by date (what the result's `status` column mirrors). */
export async function latestStatus(db: Db, resultId: string): Promise<StatusRow | undefined> {
  return (
    await db
      .select()
      .from(resultStatusHistory)
      .where(eq(resultStatusHistory.resultId, resultId))
      .orderBy(desc(resultStatusHistory.on), desc(resultStatusHistory.recordedAt))
      .limit(1)
  )[0];
}

export async function changesOf(db: Db, resultId: string): Promise<ChangeRow[]> {
  return db
    .select()
    .from(ownershipChanges)
    .where(eq(ownershipChanges.resultId, resultId))
    .orderBy(desc(ownershipChanges.createdAt));
}

export async function findChange(db: Db, resultId: string, id: string): Promise<ChangeRow | undefined> {
  return (
    await db
      .select()
      .from(ownershipChanges)
      .where(and(eq(ownershipChanges.id, id), eq(ownershipChanges.resultId, resultId)))
      .limit(1)
  )[0];
}

/** Locks the pending change of a result, if any (consents to one change are serialised). */
export async function pendingChange(db: Db, resultId: string): Promise<ChangeRow | undefined> {
  return (
    await db
      .select()
      .from(ownershipChanges)
      .where(and(eq(ownershipChanges.resultId, resultId), eq(ownershipChanges.status, 'pending')))
      .limit(1)
      .for('update')
  )[0];
}

export async function insertChange(db: Db, row: typeof ownershipChanges.$inferInsert): Promise<ChangeRow> {
  return (await db.insert(ownershipChanges).values(row).returning())[0]!;
}

export async function updateChange(
  db: Db,
  id: string,
  patch: Partial<typeof ownershipChanges.$inferInsert>,
): Promise<ChangeRow | undefined> {
  return (await db.update(ownershipChanges).set(patch).where(eq(ownershipChanges.id, id)).returning())[0];
}

/** Both names (Chinese, and English when recorded) of organisations by id. */
export async function organisationNamePairs(
  db: Db,
  ids: string[],
): Promise<Map<string, { zh: string; en: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, zh: organisations.nameZh, en: organisations.nameEn })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { zh: r.zh, en: r.en }]));
}

/** Names of organisations by id: in `lang` where recorded (English), else the registered Chinese name. */
export async function organisationNames(
  db: Db,
  ids: string[],
  lang: Lang = 'zh-CN',
): Promise<Map<string, string>> {
  const pairs = await organisationNamePairs(db, ids);
  return new Map([...pairs].map(([id, n]) => [id, nameIn(lang, n.zh, n.en)]));
}

/** Which of the given people exist. */
export async function existingPeople(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(inArray(people.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}
