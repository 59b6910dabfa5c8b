import { and, asc, desc, eq } from 'drizzle-orm';
import { accessRequests, backgroundIp, organisations, type Db } from '@huahe/db';

export type BackgroundRow = typeof backgroundIp.$inferSelect & { organisationName: string };
export type AccessRequestRow = typeof accessRequests.$inferSelect;

/** A consortium's background-IP register, by member. */
export async function backgroundOf(db: Db, consortiumId: string): Promise<BackgroundRow[]> {
  const rows = await db
    .select({ b: backgroundIp, name: organisations.nameZh })
    .from(backgroundIp)
    .innerJoin(organisations, eq(organisations.id, backgroundIp.organisationId))
    .where(eq(backgroundIp.consortiumId, consortiumId))
    .orderBy(asc(organisations.nameZh), asc(backgroundIp.createdAt));
  return rows.map((r) => ({ ...r.b, organisationName: r.name }));
}

export async function findBackground(db: Db, id: string): Promise<BackgroundRow | undefined> {
  const row = (
    await db
      .select({ b: backgroundIp, name: organisations.nameZh })
      .from(backgroundIp)
      .innerJoin(organisations, eq(organisations.id, backgroundIp.organisationId))
      .where(eq(backgroundIp.id, id))
      .limit(1)
  )[0];
  return row && { ...row.b, organisationName: row.name };
}

export async function insertBackground(db: Db, row: typeof backgroundIp.$inferInsert) {
  return (await db.insert(backgroundIp).values(row).returning())[0]!;
}

export async function accessRequestsOf(db: Db, consortiumId: string): Promise<AccessRequestRow[]> {
  return db
    .select()
    .from(accessRequests)
    .where(eq(accessRequests.consortiumId, consortiumId))
    .orderBy(desc(accessRequests.createdAt));
}

export async function findAccessRequest(db: Db, id: string): Promise<AccessRequestRow | undefined> {
  return (await db.select().from(accessRequests).where(eq(accessRequests.id, id)).limit(1))[0];
}

export async function insertAccessRequest(
  db: Db,
  row: typeof accessRequests.$inferInsert,
): Promise<AccessRequestRow> {
  return (await db.insert(accessRequests).values(row).returning())[0]!;
}

/** Records a decision while the request is still pending; undefined when someone decided first. */
export async function decideAccessRequest(
  db: Db,
  id: string,
  patch: { status: string; decidedAt: string; decisionNote: string | null; updatedAt: string },
): Promise<AccessRequestRow | undefined> {
  return (
    await db
      .update(accessRequests)
      .set(patch)
      .where(and(eq(accessRequests.id, id), eq(accessRequests.status, 'pending')))
      .returning()
  )[0];
}
