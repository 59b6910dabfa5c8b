import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  consortia,
  demands,
  matchEvents,
  matches,
  organisations,
  roleAssignments,
  users,
  type Db,
} from '@huahe/db';

export type MatchRow = typeof matches.$inferSelect;
export type MatchEventRow = typeof matchEvents.$inferSelect;

const demander = alias(organisations, 'demander');
const candidate = alias(organisations, 'candidate');
const orgColumns = (o: typeof demander | typeof candidate) => ({
  id: o.id,
  nameZh: o.nameZh,
  nameEn: o.nameEn,
  kind: o.kind,
  regionCode: o.regionCode,
  isExample: o.isExample,
});

// The demanding side: the demand's organisation, or for a partner search the consortium's lead unit.
const demanderId = sql<string>`coalesce(${demands.organisationId}, ${consortia.leadOrganisationId})`;

const base = (db: Db) =>
  db
    .select({
      m: matches,
      demandTitle: demands.title,
      demandStatus: demands.status,
      consortiumName: consortia.nameZh,
      demander: orgColumns(demander),
      candidate: orgColumns(candidate),
    })
    .from(matches)
    .leftJoin(demands, eq(demands.id, matches.demandId))
    .leftJoin(consortia, eq(consortia.id, matches.consortiumId))
    .innerJoin(candidate, eq(candidate.id, matches.candidateOrganisationId))
    .innerJoin(demander, eq(demander.id, demanderId));

/** A match with its demand, consortium and both sides. */
export type MatchRecord = NonNullable<Awaited<ReturnType<typeof findMatch>>>;

export async function findMatch(db: Db, id: string) {
  return (await base(db).where(eq(matches.id, id)).limit(1))[0];
}

/** Whose matches a list shows. */
export interface MatchScope {
  all: boolean;
  /** Matches where either side is one of these organisations. */
  organisationIds: string[];
  /** Matches run by these consortia's secretariats. */
  consortiumIds: string[];
}

export interface MatchFilter {
  demandId?: string;
  consortiumId?: string;
  organisationId?: string;
  candidateIds?: string[];
  status?: string;
}

function where(f: MatchFilter, s: MatchScope): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (!s.all) {
    const ors: SQL[] = [];
    if (s.organisationIds.length) {
      ors.push(inArray(matches.candidateOrganisationId, s.organisationIds));
      ors.push(sql`${demanderId} in ${s.organisationIds}`);
    }
    if (s.consortiumIds.length) ors.push(inArray(matches.consortiumId, s.consortiumIds));
    conds.push(ors.length ? or(...ors) : sql`false`);
  }
  if (f.demandId) conds.push(eq(matches.demandId, f.demandId));
  if (f.consortiumId) conds.push(eq(matches.consortiumId, f.consortiumId));
  if (f.organisationId) {
    conds.push(
      or(eq(matches.candidateOrganisationId, f.organisationId), sql`${demanderId} = ${f.organisationId}`),
    );
  }
  if (f.candidateIds) conds.push(inArray(matches.candidateOrganisationId, f.candidateIds));
  if (f.status) conds.push(eq(matches.status, f.status));
  const defined = conds.filter((c): c is SQL => !!c);
  return defined.length ? and(...defined) : undefined;
}

/** A page of matches, the most recently changed first. */
export async function listMatches(db: Db, f: MatchFilter, s: MatchScope, limit: number, offset: number) {
  const w = where(f, s);
  const [rows, total] = await Promise.all([
    base(db).where(w).orderBy(desc(matches.updatedAt), asc(matches.id)).limit(limit).offset(offset),
    db
      .select({ n: count() })
      .from(matches)
      .leftJoin(demands, eq(demands.id, matches.demandId))
      .leftJoin(consortia, eq(consortia.id, matches.consortiumId))
      .where(w),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** The matches still in play (not closed) for a demand or a consortium's partner search, by candidate. */
export async function liveMatchesFor(
  db: Db,
  on: { demandId: string } | { consortiumId: string },
  candidateIds: string[],
): Promise<Map<string, { id: string; status: string }>> {
  if (candidateIds.length === 0) return new Map();
  const rows = await db
    .select({ id: matches.id, candidate: matches.candidateOrganisationId, status: matches.status })
    .from(matches)
    .where(
      and(
        'demandId' in on
          ? eq(matches.demandId, on.demandId)
          : and(eq(matches.consortiumId, on.consortiumId), isNull(matches.demandId)),
        inArray(matches.candidateOrganisationId, candidateIds),
        ne(matches.status, 'closed'),
      ),
    );
  return new Map(rows.map((r) => [r.candidate, { id: r.id, status: r.status }]));
}

export async function insertMatch(db: Db, row: typeof matches.$inferInsert): Promise<MatchRow> {
  return (await db.insert(matches).values(row).returning())[0]!;
}

export async function updateMatch(
  db: Db,
  id: string,
  patch: Partial<typeof matches.$inferInsert>,
): Promise<MatchRow | undefined> {
  return (await db.update(matches).set(patch).where(eq(matches.id, id)).returning())[0];
}

/** Locks a match for a step, so two steps on it never interleave. */
export async function lockMatch(db: Db, id: string): Promise<MatchRow | undefined> {
  return (await db.select().from(matches).where(eq(matches.id, id)).for('update'))[0];
}

/** Locks a demand or a consortium while a match is introduced for it (one live match per candidate). */
export async function lockTarget(db: Db, on: { demandId: string } | { consortiumId: string }): Promise<void> {
  if ('demandId' in on)
    await db.select({ id: demands.id }).from(demands).where(eq(demands.id, on.demandId)).for('update');
  else
    await db
      .select({ id: consortia.id })
      .from(consortia)
      .where(eq(consortia.id, on.consortiumId))
      .for('update');
}

/**
 * Appends a step to a match's history. Its time is `at`, or a millisecond after the previous
 * step when that is not later: steps taken in the same millisecond (or under a stopped clock)
 * still read in the order they were taken, and the history needs no sequence column.
 */
export async function insertEvent(
  db: Db,
  row: typeof matchEvents.$inferInsert & { at: string },
): Promise<MatchEventRow> {
  const [last] = await db
    .select({ ms: sql<number | null>`(extract(epoch from max(${matchEvents.at})) * 1000)::float8` })
    .from(matchEvents)
    .where(eq(matchEvents.matchId, row.matchId));
  const previous = last?.ms === null || last?.ms === undefined ? -Infinity : Math.round(Number(last.ms));
  const at = new Date(Math.max(new Date(row.at).getTime(), previous + 1)).toISOString();
  return (
    await db
      .insert(matchEvents)
      .values({ ...row, at })
      .returning()
  )[0]!;
}

/** A match's history with who took each step. */
export async function eventsOf(db: Db, matchId: string) {
  return db
    .select({ e: matchEvents, by: users.displayName })
    .from(matchEvents)
    .leftJoin(users, eq(users.id, matchEvents.by))
    .where(eq(matchEvents.matchId, matchId))
    .orderBy(asc(matchEvents.at), asc(matchEvents.id));
}

/** The note of each finished match's last closing step (its contract reference, or why it closed). */
export async function finalNotes(db: Db, matchIds: string[]): Promise<Map<string, string | null>> {
  if (matchIds.length === 0) return new Map();
  const rows = await db
    .select({ matchId: matchEvents.matchId, note: matchEvents.note, at: matchEvents.at })
    .from(matchEvents)
    .where(
      and(
        inArray(matchEvents.matchId, matchIds),
        inArray(matchEvents.status, ['partnered', 'closed', 'declined_by_demander', 'declined_by_candidate']),
      ),
    )
    .orderBy(asc(matchEvents.at));
  return new Map(rows.map((r) => [r.matchId, r.note]));
}

/** Active admin users of the organisations. */
export async function adminsOf(db: Db, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'member_admin'),
        inArray(roleAssignments.organisationId, organisationIds),
        eq(users.isActive, true),
      ),
    );
  return rows.map((r) => r.userId);
}

/** Active users who run the consortium as its secretariat. */
export async function secretariatUsers(db: Db, consortiumId: string | null): Promise<string[]> {
  if (!consortiumId) return [];
  const rows = await db
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'secretariat'),
        eq(roleAssignments.consortiumId, consortiumId),
        eq(users.isActive, true),
      ),
    );
  return rows.map((r) => r.userId);
}
