import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  agreements,
  agreementVersions,
  consortia,
  consortiumMembers,
  notifications,
  roleAssignments,
  type Db,
} from '@huahe/db';

export type NotificationRow = typeof notifications.$inferSelect;

/** Adds notifications, skipping any a user already has under the same dedupe key. */
export async function notify(db: Db, rows: (typeof notifications.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length;
}

export async function listNotifications(db: Db, userId: string, unreadOnly: boolean, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(
      unreadOnly
        ? and(eq(notifications.userId, userId), isNull(notifications.readAt))
        : eq(notifications.userId, userId),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** Marks one notification (or, with null, every unread one) of the user as read. */
export async function markRead(db: Db, userId: string, id: string | null, now: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        id === null ? isNull(notifications.readAt) : eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** Agreements with an effective version, with their consortium. */
export async function effectiveAgreements(db: Db, consortiumIds?: string[]) {
  if (consortiumIds && consortiumIds.length === 0) return [];
  return db
    .select({
      agreementId: agreements.id,
      consortiumId: consortia.id,
      consortiumName: consortia.nameZh,
      consortiumNameEn: consortia.nameEn,
      canonical: agreementVersions.canonical,
    })
    .from(agreementVersions)
    .innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
    .innerJoin(consortia, eq(consortia.id, agreements.consortiumId))
    .where(
      and(
        eq(agreementVersions.status, 'effective'),
        consortiumIds ? inArray(consortia.id, consortiumIds) : undefined,
      ),
    );
}

/** Consortia where the organisations are current members. */
export async function consortiaOfOrganisations(db: Db, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: consortiumMembers.consortiumId })
    .from(consortiumMembers)
    .where(and(inArray(consortiumMembers.organisationId, organisationIds), isNull(consortiumMembers.leftOn)));
  return rows.map((r) => r.id);
}

/** Users who act in a consortium: its secretariat and the admins of its current member organisations. */
export async function consortiumActors(db: Db, consortiumId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(
      sql`(${roleAssignments.role} = 'secretariat' and ${roleAssignments.consortiumId} = ${consortiumId})
        or (${roleAssignments.role} = 'member_admin' and ${roleAssignments.organisationId} in
          (select m.organisation_id from consortium_members m where m.consortium_id = ${consortiumId} and m.left_on is null))`,
    );
  return rows.map((r) => r.userId);
}
