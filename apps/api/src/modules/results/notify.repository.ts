// Who to tell, and telling them: the admins of member organisations, the secretariat, and the
// notifications they read (deadlines included).
import { and, eq, inArray } from 'drizzle-orm';
import { notifications, roleAssignments, users, type Db } from '@huahe/db';

/** Active users who are admins of any of the organisations, with the organisation each acts for. */
export async function adminsOf(
  db: Db,
  organisationIds: string[],
): Promise<{ userId: string; organisationId: string }[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({ userId: roleAssignments.userId, organisationId: roleAssignments.organisationId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'member_admin'),
        inArray(roleAssignments.organisationId, organisationIds),
        eq(users.isActive, true),
      ),
    );
  return rows.map((r) => ({ userId: r.userId, organisationId: r.organisationId! }));
}

/** Active users who run the consortium as its secretariat. */
export async function secretariatOf(db: Db, consortiumId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: roleAssignments.userId })
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

/** One message to several users; a repeated dedupe key for the same user is ignored. */
export async function notify(
  db: Db,
  userIds: string[],
  n: Omit<typeof notifications.$inferInsert, 'userId'>,
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await db
    .insert(notifications)
    .values(unique.map((userId) => ({ ...n, userId })))
    .onConflictDoNothing();
}

/** Display names of users by id. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
