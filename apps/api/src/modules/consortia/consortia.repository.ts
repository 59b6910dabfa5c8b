import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { consortia, consortiumMembers, organisations, type Db } from '@huahe/db';
import { escapeLike } from '../users/users.repository';

export type ConsortiumRow = typeof consortia.$inferSelect;
export type MemberRow = typeof consortiumMembers.$inferSelect;

/** Which consortia a caller sees: all, or the public ones plus those they run or belong to. */
export type Visibility = { all: true } | { all: false; consortiumIds: string[]; organisationIds: string[] };

function visible(v: Visibility): SQL | undefined {
  if (v.all) return undefined;
  const ors: SQL[] = [eq(consortia.isPublic, true)];
  if (v.consortiumIds.length) ors.push(inArray(consortia.id, v.consortiumIds));
  if (v.organisationIds.length) {
    ors.push(
      sql`exists (select 1 from consortium_members m where m.consortium_id = consortia.id and m.left_on is null and m.organisation_id in ${v.organisationIds})`,
    );
  }
  return or(...ors);
}

export interface ConsortiumFilter {
  q?: string;
  status?: string;
  region?: string;
  historical?: 'true' | 'false';
  organisationId?: string;
}

function filter(f: ConsortiumFilter, v: Visibility): SQL | undefined {
  const conds: (SQL | undefined)[] = [visible(v)];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(
      or(
        ilike(consortia.nameZh, like),
        ilike(consortia.nameEn, like),
        ilike(consortia.field, like),
        ilike(organisations.nameZh, like),
      ),
    );
  }
  if (f.status) conds.push(eq(consortia.status, f.status));
  if (f.region) conds.push(sql`consortia.region_code like ${`${f.region}%`}`);
  if (f.historical) conds.push(eq(consortia.isHistorical, f.historical === 'true'));
  if (f.organisationId) {
    conds.push(
      sql`exists (select 1 from consortium_members m where m.consortium_id = consortia.id and m.organisation_id = ${f.organisationId})`,
    );
  }
  const defined = conds.filter((c): c is SQL => !!c);
  return defined.length ? and(...defined) : undefined;
}

const memberCount = sql<number>`(select count(*)::int from consortium_members m where m.consortium_id = consortia.id and m.left_on is null)`;

/** A page of consortia with their lead's name and current member count. */
export async function listConsortia(
  db: Db,
  f: ConsortiumFilter,
  v: Visibility,
  limit: number,
  offset: number,
) {
  const where = filter(f, v);
  const [rows, total] = await Promise.all([
    db
      .select({ c: consortia, leadName: organisations.nameZh, memberCount })
      .from(consortia)
      .innerJoin(organisations, eq(organisations.id, consortia.leadOrganisationId))
      .where(where)
      .orderBy(asc(consortia.isHistorical), desc(consortia.foundedOn), asc(consortia.nameZh))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(consortia)
      .innerJoin(organisations, eq(organisations.id, consortia.leadOrganisationId))
      .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findConsortium(db: Db, id: string) {
  return (
    await db
      .select({ c: consortia, leadName: organisations.nameZh, memberCount })
      .from(consortia)
      .innerJoin(organisations, eq(organisations.id, consortia.leadOrganisationId))
      .where(eq(consortia.id, id))
      .limit(1)
  )[0];
}

/** Every membership spell of a consortium with its organisation. */
export async function membersOf(db: Db, consortiumId: string) {
  return db
    .select({ m: consortiumMembers, o: organisations })
    .from(consortiumMembers)
    .innerJoin(organisations, eq(organisations.id, consortiumMembers.organisationId))
    .where(eq(consortiumMembers.consortiumId, consortiumId))
    .orderBy(asc(consortiumMembers.joinedOn), asc(organisations.nameZh));
}

/** The organisations that are members now. */
export async function activeMemberOrgIds(db: Db, consortiumId: string): Promise<string[]> {
  const rows = await db
    .select({ id: consortiumMembers.organisationId })
    .from(consortiumMembers)
    .where(and(eq(consortiumMembers.consortiumId, consortiumId), isNull(consortiumMembers.leftOn)));
  return rows.map((r) => r.id);
}

export async function findMember(
  db: Db,
  consortiumId: string,
  memberId: string,
): Promise<MemberRow | undefined> {
  return (
    await db
      .select()
      .from(consortiumMembers)
      .where(and(eq(consortiumMembers.id, memberId), eq(consortiumMembers.consortiumId, consortiumId)))
      .limit(1)
  )[0];
}

export async function activeSpell(
  db: Db,
  consortiumId: string,
  organisationId: string,
): Promise<MemberRow | undefined> {
  return (
    await db
      .select()
      .from(consortiumMembers)
      .where(
        and(
          eq(consortiumMembers.consortiumId, consortiumId),
          eq(consortiumMembers.organisationId, organisationId),
          isNull(consortiumMembers.leftOn),
        ),
      )
      .limit(1)
  )[0];
}

export async function insertConsortium(db: Db, row: typeof consortia.$inferInsert): Promise<ConsortiumRow> {
  return (await db.insert(consortia).values(row).returning())[0]!;
}

/** Updates when the stored version is still `version`. */
export async function updateConsortium(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof consortia.$inferInsert>,
  now: string,
) {
  return (
    await db
      .update(consortia)
      .set({ ...patch, version: version + 1, updatedAt: now })
      .where(and(eq(consortia.id, id), eq(consortia.version, version)))
      .returning()
  )[0];
}

export async function insertMember(db: Db, row: typeof consortiumMembers.$inferInsert): Promise<MemberRow> {
  return (await db.insert(consortiumMembers).values(row).returning())[0]!;
}

export async function updateMember(
  db: Db,
  id: string,
  patch: Partial<typeof consortiumMembers.$inferInsert>,
): Promise<MemberRow | undefined> {
  return (await db.update(consortiumMembers).set(patch).where(eq(consortiumMembers.id, id)).returning())[0];
}
