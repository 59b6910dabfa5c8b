import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { consortia, consortiumMembers, demands, matches, organisations, type Db } from '@huahe/db';
import type { DemandListQuery } from '@huahe/contracts';
import { escapeLike } from '../users/users.repository';

export type DemandRow = typeof demands.$inferSelect;

/** Who reads demands: everything (the bureau), or by organisation and consortium. */
export interface DemandViewer {
  all: boolean;
  /** The organisations the caller works for. */
  organisationIds: string[];
  /** Consortia the caller runs, or whose member organisation the caller works for. */
  consortiumIds: string[];
}

/**
 * Public demands for everyone; consortium ones for that consortium's members and secretariat;
 * every demand for its own organisation, and for a candidate it was introduced to.
 */
export function visibleTo(v: DemandViewer): SQL | undefined {
  if (v.all) return undefined;
  const ors: SQL[] = [eq(demands.visibility, 'public')];
  if (v.organisationIds.length) {
    ors.push(inArray(demands.organisationId, v.organisationIds));
    ors.push(
      sql`exists (select 1 from matches m where m.demand_id = demands.id and m.candidate_organisation_id in ${v.organisationIds})`,
    );
  }
  if (v.consortiumIds.length) {
    ors.push(and(eq(demands.visibility, 'consortium'), inArray(demands.consortiumId, v.consortiumIds))!);
  }
  return or(...ors);
}

function filter(q: Omit<DemandListQuery, 'page' | 'pageSize'>, v: DemandViewer): SQL | undefined {
  const conds: (SQL | undefined)[] = [visibleTo(v)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(
      or(
        ilike(demands.title, like),
        ilike(demands.description, like),
        sql`exists (select 1 from unnest(demands.tags) t where t ilike ${like})`,
      ),
    );
  }
  if (q.tag) conds.push(sql`${q.tag} = any(demands.tags)`);
  if (q.organisationId) conds.push(eq(demands.organisationId, q.organisationId));
  if (q.consortiumId) conds.push(eq(demands.consortiumId, q.consortiumId));
  if (q.visibility) conds.push(eq(demands.visibility, q.visibility));
  if (q.status !== 'all') conds.push(eq(demands.status, q.status));
  if (q.region) conds.push(sql`demands.region_preference like ${`${q.region}%`}`);
  if (q.trl) conds.push(eq(demands.trlNeeded, q.trl));
  const defined = conds.filter((c): c is SQL => !!c);
  return defined.length ? and(...defined) : undefined;
}

const columns = {
  d: demands,
  org: {
    id: organisations.id,
    nameZh: organisations.nameZh,
    nameEn: organisations.nameEn,
    kind: organisations.kind,
    regionCode: organisations.regionCode,
    isExample: organisations.isExample,
  },
  consortiumName: consortia.nameZh,
};

/** A demand with its organisation and consortium. */
export type DemandRecord = NonNullable<Awaited<ReturnType<typeof findDemand>>>;

const base = (db: Db) =>
  db
    .select(columns)
    .from(demands)
    .innerJoin(organisations, eq(organisations.id, demands.organisationId))
    .leftJoin(consortia, eq(consortia.id, demands.consortiumId));

/** A page of the demands the viewer may see, newest first. */
export async function listDemands(
  db: Db,
  q: DemandListQuery,
  v: DemandViewer,
  limit: number,
  offset: number,
) {
  const where = filter(q, v);
  const [rows, total] = await Promise.all([
    base(db).where(where).orderBy(desc(demands.createdAt), asc(demands.title)).limit(limit).offset(offset),
    db.select({ n: count() }).from(demands).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** One demand, when the viewer may see it. */
export async function findDemand(
  db: Db,
  id: string,
  v: DemandViewer = { all: true, organisationIds: [], consortiumIds: [] },
) {
  return (
    await base(db)
      .where(and(eq(demands.id, id), visibleTo(v)))
      .limit(1)
  )[0];
}

/** The demands among `ids` the viewer may see (for rankings). */
export async function demandsIn(db: Db, ids: string[], v: DemandViewer) {
  if (ids.length === 0) return [];
  return base(db).where(and(inArray(demands.id, ids), visibleTo(v)));
}

/** Ids of the open demands the viewer may see. */
export async function visibleOpenDemandIds(db: Db, v: DemandViewer): Promise<string[]> {
  const rows = await db
    .select({ id: demands.id })
    .from(demands)
    .where(and(eq(demands.status, 'open'), visibleTo(v)));
  return rows.map((r) => r.id);
}

export async function insertDemand(db: Db, row: typeof demands.$inferInsert): Promise<DemandRow> {
  return (await db.insert(demands).values(row).returning())[0]!;
}

export async function updateDemand(
  db: Db,
  id: string,
  patch: Partial<typeof demands.$inferInsert>,
): Promise<DemandRow | undefined> {
  return (await db.update(demands).set(patch).where(eq(demands.id, id)).returning())[0];
}

export async function deleteDemand(db: Db, id: string): Promise<void> {
  await db.delete(demands).where(eq(demands.id, id));
}

/** How many matches a demand has (a demand with matches is closed, never deleted). */
export async function matchCount(db: Db, demandId: string): Promise<number> {
  return (await db.select({ n: count() }).from(matches).where(eq(matches.demandId, demandId)))[0]?.n ?? 0;
}

/** Consortia in which any of the organisations is a current member. */
export async function activeConsortiaOf(db: Db, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: consortiumMembers.consortiumId })
    .from(consortiumMembers)
    .where(and(inArray(consortiumMembers.organisationId, organisationIds), isNull(consortiumMembers.leftOn)));
  return rows.map((r) => r.id);
}

/** Whether the organisation is a current member of the consortium. */
export async function isActiveMember(db: Db, consortiumId: string, organisationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: consortiumMembers.id })
    .from(consortiumMembers)
    .where(
      and(
        eq(consortiumMembers.consortiumId, consortiumId),
        eq(consortiumMembers.organisationId, organisationId),
        isNull(consortiumMembers.leftOn),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
