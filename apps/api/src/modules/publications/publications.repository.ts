import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { publicationObjections, publications, type Db } from '@huahe/db';

export type PublicationRow = typeof publications.$inferSelect;
export type ObjectionRow = typeof publicationObjections.$inferSelect;

export async function publicationsOf(db: Db, consortiumId: string): Promise<PublicationRow[]> {
  return db
    .select()
    .from(publications)
    .where(eq(publications.consortiumId, consortiumId))
    .orderBy(desc(publications.announcedAt));
}

export async function findPublication(db: Db, id: string): Promise<PublicationRow | undefined> {
  return (await db.select().from(publications).where(eq(publications.id, id)).limit(1))[0];
}

export async function insertPublication(
  db: Db,
  row: typeof publications.$inferInsert,
): Promise<PublicationRow> {
  return (await db.insert(publications).values(row).returning())[0]!;
}

/** Objections to the publications, oldest first. */
export async function objectionsOf(db: Db, publicationIds: string[]): Promise<ObjectionRow[]> {
  if (publicationIds.length === 0) return [];
  return db
    .select()
    .from(publicationObjections)
    .where(inArray(publicationObjections.publicationId, publicationIds))
    .orderBy(asc(publicationObjections.at));
}

export async function insertObjection(
  db: Db,
  row: typeof publicationObjections.$inferInsert,
): Promise<ObjectionRow> {
  return (await db.insert(publicationObjections).values(row).returning())[0]!;
}

/** Resolves an open objection; undefined when it was not open. */
export async function resolveObjection(db: Db, publicationId: string, id: string, at: string) {
  return (
    await db
      .update(publicationObjections)
      .set({ status: 'resolved', resolvedAt: at })
      .where(
        and(
          eq(publicationObjections.id, id),
          eq(publicationObjections.publicationId, publicationId),
          eq(publicationObjections.status, 'open'),
        ),
      )
      .returning()
  )[0];
}

export async function findObjection(
  db: Db,
  publicationId: string,
  id: string,
): Promise<ObjectionRow | undefined> {
  return (
    await db
      .select()
      .from(publicationObjections)
      .where(and(eq(publicationObjections.id, id), eq(publicationObjections.publicationId, publicationId)))
      .limit(1)
  )[0];
}
