import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { organisations, people, type Db } from '@huahe/db';
import { escapeLike } from '../users/users.repository';

export type PersonRow = typeof people.$inferSelect;

/** People matching a search, with their organisation's name. */
export async function listPeople(
  db: Db,
  q: { q?: string; organisationId?: string },
  limit: number,
  offset: number,
) {
  const conds: SQL[] = [];
  if (q.organisationId) conds.push(eq(people.organisationId, q.organisationId));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(
      or(
        ilike(people.nameZh, like),
        ilike(people.nameEn, like),
        ilike(people.title, like),
        sql`exists (select 1 from unnest(people.expertise) e where e ilike ${like})`,
      )!,
    );
  }
  const where = conds.length ? and(...conds) : undefined;
  const [rows, total] = await Promise.all([
    db
      .select({ person: people, organisationName: organisations.nameZh })
      .from(people)
      .innerJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where)
      .orderBy(asc(organisations.nameZh), asc(people.nameZh))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findPerson(db: Db, id: string) {
  return (
    await db
      .select({ person: people, organisationName: organisations.nameZh })
      .from(people)
      .innerJoin(organisations, eq(organisations.id, people.organisationId))
      .where(eq(people.id, id))
      .limit(1)
  )[0];
}

export async function insertPerson(db: Db, row: typeof people.$inferInsert): Promise<PersonRow> {
  return (await db.insert(people).values(row).returning())[0]!;
}

export async function updatePerson(
  db: Db,
  id: string,
  patch: Partial<typeof people.$inferInsert>,
): Promise<PersonRow | undefined> {
  return (await db.update(people).set(patch).where(eq(people.id, id)).returning())[0];
}

export async function deletePerson(db: Db, id: string): Promise<void> {
  await db.delete(people).where(eq(people.id, id));
}
