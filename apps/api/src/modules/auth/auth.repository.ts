import { and, count, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  apiTokens,
  consortia,
  loginAttempts,
  organisations,
  roleAssignments,
  sessions,
  users,
  type Db,
} from '@huahe/db';
import type { Role, RoleAssignment } from '@huahe/contracts';

export type UserRow = typeof users.$inferSelect;

/** A user by email (stored lower-cased). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1))[0];
}

/** A user by id. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];
}

/** A user's role grants with the names of what they are bound to. */
export async function rolesOfUsers(db: Db, userIds: string[]): Promise<Map<string, RoleAssignment[]>> {
  const out = new Map<string, RoleAssignment[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return out;
  const rows = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      organisationId: roleAssignments.organisationId,
      organisationName: organisations.nameZh,
      consortiumId: roleAssignments.consortiumId,
      consortiumName: consortia.nameZh,
    })
    .from(roleAssignments)
    .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .leftJoin(consortia, eq(consortia.id, roleAssignments.consortiumId))
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(roleAssignments.createdAt);
  for (const r of rows) {
    out.get(r.userId)?.push({
      id: r.id,
      role: r.role as Role,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      consortiumId: r.consortiumId,
      consortiumName: r.consortiumName,
    });
  }
  return out;
}

/** Stores a new session. */
export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A live session and its user, or undefined when unknown, expired or the user is disabled. */
export async function findLiveSession(db: Db, sessionId: string, now: Date) {
  return (
    await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now.toISOString()), eq(users.isActive, true)),
      )
      .limit(1)
  )[0];
}

/** Slides a session's expiry forward. */
export async function touchSession(db: Db, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
    .where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (password change, deactivation). */
export async function deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`)
        : eq(sessions.userId, userId),
    );
}

export async function recordLoginAttempt(db: Db, row: typeof loginAttempts.$inferInsert): Promise<void> {
  await db.insert(loginAttempts).values(row);
}

/** Failed attempts for an email since its last success (within the window), newest first. */
export async function recentFailures(db: Db, by: { email?: string; ip?: string }, since: Date) {
  const who = by.email ? eq(loginAttempts.email, by.email) : eq(loginAttempts.ip, by.ip ?? '');
  const lastSuccess = (
    await db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(who, eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since.toISOString())))
      .orderBy(desc(loginAttempts.at))
      .limit(1)
  )[0]?.at;
  const from = lastSuccess && lastSuccess > since.toISOString() ? lastSuccess : since.toISOString();
  const rows = await db
    .select({ n: count(), last: sql<string | null>`max(${loginAttempts.at})::text` })
    .from(loginAttempts)
    .where(and(who, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, from)));
  return { count: rows[0]?.n ?? 0, lastAt: rows[0]?.last ?? null };
}

/** Drops attempts older than the window so the table stays small. */
export async function pruneLoginAttempts(db: Db, before: Date): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.at} < ${before.toISOString()}`);
}

export type TokenRow = typeof apiTokens.$inferSelect;

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

/** A usable token (not revoked, not expired) and its active user. */
export async function findLiveToken(db: Db, tokenHash: string, now: Date) {
  return (
    await db
      .select({ token: apiTokens, user: users })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(
        and(
          eq(apiTokens.tokenHash, tokenHash),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now.toISOString())),
          eq(users.isActive, true),
        ),
      )
      .limit(1)
  )[0];
}

export async function touchToken(db: Db, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, id));
}

export async function listTokensOfUser(db: Db, userId: string): Promise<TokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

/** Revokes a token of the given user; returns it, or undefined when not theirs. */
export async function revokeToken(
  db: Db,
  userId: string,
  id: string,
  now: Date,
): Promise<TokenRow | undefined> {
  return (
    await db
      .update(apiTokens)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning()
  )[0];
}

export async function updateUserPassword(
  db: Db,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: now.toISOString(), updatedAt: now.toISOString() })
    .where(eq(users.id, userId));
}

export async function updateUserLocale(db: Db, userId: string, locale: string, now: Date): Promise<void> {
  await db.update(users).set({ locale, updatedAt: now.toISOString() }).where(eq(users.id, userId));
}
