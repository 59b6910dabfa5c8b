import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { consortia, organisations, roleAssignments, users, type Db } from '@huahe/db';

export type UserRow = typeof users.$inferSelect;

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  return (await db.insert(users).values(row).returning())[0]!;
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];
}

/** A page of users, optionally matching a search text in email or name. */
export async function listUsers(db: Db, q: { text?: string; page: number; pageSize: number }) {
  const where: SQL | undefined = q.text
    ? or(ilike(users.email, `%${escapeLike(q.text)}%`), ilike(users.displayName, `%${escapeLike(q.text)}%`))
    : undefined;
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.email)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function updateUser(
  db: Db,
  id: string,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  return (await db.update(users).set(patch).where(eq(users.id, id)).returning())[0];
}

export async function insertRole(db: Db, row: typeof roleAssignments.$inferInsert) {
  return (await db.insert(roleAssignments).values(row).returning())[0]!;
}

export async function deleteRole(db: Db, userId: string, roleId: string) {
  return (
    await db
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.id, roleId), eq(roleAssignments.userId, userId)))
      .returning()
  )[0];
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))).length > 0
  );
}

export async function consortiumExists(db: Db, id: string): Promise<boolean> {
  return (await db.select({ id: consortia.id }).from(consortia).where(eq(consortia.id, id))).length > 0;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
