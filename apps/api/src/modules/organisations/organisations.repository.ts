import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import {
  consortia,
  consortiumMembers,
  organisationFigures,
  organisations,
  people,
  roleAssignments,
  type Db,
} from '@huahe/db';
import type { OrganisationListQuery } from '@huahe/contracts';
import { escapeLike } from '../users/users.repository';

export type OrganisationRow = typeof organisations.$inferSelect;
export type FigureRow = typeof organisationFigures.$inferSelect;

/** The filters of the list and the export. */
export function organisationFilter(
  q: Omit<OrganisationListQuery, 'page' | 'pageSize' | 'sort'>,
): SQL | undefined {
  const conds: SQL[] = [];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(
      or(
        ilike(organisations.nameZh, like),
        ilike(organisations.nameEn, like),
        ilike(organisations.shortName, like),
        ilike(organisations.uscc, like),
        sql`exists (select 1 from unnest(organisations.profile_tags) t where t ilike ${like})`,
      )!,
    );
  }
  if (q.kind) conds.push(eq(organisations.kind, q.kind));
  if (q.region) conds.push(sql`${organisations.regionCode} like ${`${q.region}%`}`);
  if (q.industry)
    conds.push(sql`${organisations.industryCode} like ${`${escapeLike(q.industry.toUpperCase())}%`}`);
  if (q.qualification) conds.push(arrayContains(organisations.qualifications, [q.qualification]));
  if (q.sme) conds.push(eq(organisations.isSme, q.sme === 'true'));
  return conds.length ? and(...conds) : undefined;
}

// Written with explicit table names: Drizzle leaves columns unqualified in single-table queries,
// and inside a subquery an unqualified "id" would bind to the inner table.
const consortiumCount = sql<number>`(select count(distinct cm.consortium_id)::int from consortium_members cm where cm.organisation_id = organisations.id and cm.left_on is null)`;

/** A page of organisations with how many consortia each currently belongs to. */
export async function listOrganisations(
  db: Db,
  q: OrganisationListQuery,
  limit = q.pageSize,
  offset = (q.page - 1) * q.pageSize,
) {
  const where = organisationFilter(q);
  const order =
    q.sort === '-updatedAt'
      ? [desc(organisations.updatedAt), asc(organisations.nameZh)]
      : q.sort === '-consortia'
        ? [desc(consortiumCount), asc(organisations.nameZh)]
        : [asc(organisations.nameZh)];
  const [rows, total] = await Promise.all([
    db
      .select({ org: organisations, consortiumCount })
      .from(organisations)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return (await db.select().from(organisations).where(eq(organisations.id, id)).limit(1))[0];
}

export async function findOrganisationByUscc(db: Db, uscc: string): Promise<OrganisationRow | undefined> {
  return (await db.select().from(organisations).where(eq(organisations.uscc, uscc)).limit(1))[0];
}

export async function findOrganisationsByName(db: Db, nameZh: string): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(eq(organisations.nameZh, nameZh));
}

export async function insertOrganisation(
  db: Db,
  row: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  return (await db.insert(organisations).values(row).returning())[0]!;
}

/** Updates when the stored version is still `version`; undefined when someone else saved first. */
export async function updateOrganisation(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof organisations.$inferInsert>,
  now: string,
): Promise<OrganisationRow | undefined> {
  return (
    await db
      .update(organisations)
      .set({ ...patch, version: version + 1, updatedAt: now })
      .where(and(eq(organisations.id, id), eq(organisations.version, version)))
      .returning()
  )[0];
}

export async function figuresOf(db: Db, organisationIds: string[]): Promise<FigureRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select()
    .from(organisationFigures)
    .where(inArray(organisationFigures.organisationId, organisationIds))
    .orderBy(asc(organisationFigures.year));
}

/** Replaces an organisation's yearly figures. */
export async function replaceFigures(
  db: Db,
  organisationId: string,
  rows: (typeof organisationFigures.$inferInsert)[],
): Promise<void> {
  await db.delete(organisationFigures).where(eq(organisationFigures.organisationId, organisationId));
  if (rows.length) await db.insert(organisationFigures).values(rows);
}

/** The consortia an organisation is or was a member of. */
export async function membershipsOf(db: Db, organisationId: string) {
  return db
    .select({
      consortiumId: consortia.id,
      consortiumName: consortia.nameZh,
      isPublic: consortia.isPublic,
      role: consortiumMembers.role,
      tier: consortiumMembers.tier,
      joinedOn: consortiumMembers.joinedOn,
      leftOn: consortiumMembers.leftOn,
    })
    .from(consortiumMembers)
    .innerJoin(consortia, eq(consortia.id, consortiumMembers.consortiumId))
    .where(eq(consortiumMembers.organisationId, organisationId))
    .orderBy(desc(consortiumMembers.joinedOn));
}

export async function peopleCount(db: Db, organisationId: string): Promise<number> {
  return (
    (await db.select({ n: count() }).from(people).where(eq(people.organisationId, organisationId)))[0]?.n ?? 0
  );
}

/** Whether the organisation has its own admin account (who then alone keeps its profile). */
export async function hasOwnAdmin(db: Db, organisationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.role, 'member_admin')))
    .limit(1);
  return rows.length > 0;
}

/** Organisations among `ids` that have their own admin. */
export async function withOwnAdmin(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: roleAssignments.organisationId })
    .from(roleAssignments)
    .where(and(inArray(roleAssignments.organisationId, ids), eq(roleAssignments.role, 'member_admin')));
  return new Set(rows.map((r) => r.id!));
}

/** Consortia where the organisation is an active member (for who may see its people's contacts). */
export async function activeConsortiaOf(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: consortiumMembers.consortiumId })
    .from(consortiumMembers)
    .where(and(eq(consortiumMembers.organisationId, organisationId), isNull(consortiumMembers.leftOn)));
  return rows.map((r) => r.id);
}
