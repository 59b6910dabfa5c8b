import { randomBytes } from 'node:crypto';
import type { ApiToken, DemoAccount, LoginRequest, Session, SessionUser } from '@huahe/contracts';
import type { Db } from '@huahe/db';
import type { Actor } from '../../lib/actor';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { sha256Hex } from '../../lib/digest';
import { AppError, notFound } from '../../lib/errors';
import { assertPasswordPolicy, hashPassword, verifyPassword } from '../../lib/passwords';
import { toIso } from '../../lib/time';
import { demoAccounts } from '../../seed/demo';
import * as repo from './auth.repository';

/** Login and session settings, from the configuration. */
export interface AuthSettings {
  sessionHours: number;
  loginMaxFailures: number;
  lockoutMinutes: number;
  demoLogin: boolean;
}

const DEMO_DOMAIN = '@demo.huahe';
const TOKEN_PREFIX = 'hh_';

const newSecret = () => randomBytes(32).toString('base64url');

async function sessionUser(db: Db, user: repo.UserRow): Promise<SessionUser> {
  const roles = (await repo.rolesOfUsers(db, [user.id])).get(user.id) ?? [];
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as 'zh-CN' | 'en',
    roles,
  };
}

/**
 * Logs in with email and password. Failures are counted per account and per address in the
 * database (shared by every API process); too many lock the account for a while.
 */
export async function login(
  ctx: ServiceContext,
  settings: AuthSettings,
  input: LoginRequest,
  meta: { ip: string; userAgent: string | null },
): Promise<{ cookieValue: string; session: Session }> {
  const email = input.email.toLowerCase();
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - settings.lockoutMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([
    repo.recentFailures(ctx.db, { email }, since),
    repo.recentFailures(ctx.db, { ip: meta.ip }, since),
  ]);
  if (byEmail.count >= settings.loginMaxFailures) {
    throw new AppError('locked_out', { minutes: settings.lockoutMinutes });
  }
  // One address trying many accounts is stopped too, with more room for shared offices.
  if (byIp.count >= settings.loginMaxFailures * 4)
    throw new AppError('rate_limited', { minutes: settings.lockoutMinutes });

  const user = await repo.findUserByEmail(ctx.db, email);
  const demoBlocked = !settings.demoLogin && email.endsWith(DEMO_DOMAIN);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordOk || !user.isActive || demoBlocked) {
    await repo.recordLoginAttempt(ctx.db, { email, ip: meta.ip, succeeded: false, at: now.toISOString() });
    if (byEmail.count + 1 >= settings.loginMaxFailures) {
      if (user) {
        await inTransaction({ ...ctx, actor: { kind: 'system', label: 'login' } }, (tx) =>
          tx.audit({
            action: 'auth.lockout',
            entityType: 'user',
            entityId: user.id,
            summary: { ip: meta.ip },
          }),
        );
      }
      throw new AppError('locked_out', { minutes: settings.lockoutMinutes });
    }
    throw new AppError('invalid_credentials');
  }

  const cookieValue = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + settings.sessionHours * 3_600_000);
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as 'zh-CN' | 'en',
    roles: [],
    via: 'session',
    scopes: ['read', 'write'],
  };
  await inTransaction({ ...ctx, actor }, async (tx) => {
    await repo.insertSession(tx.db, {
      id: sha256Hex(cookieValue),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await repo.recordLoginAttempt(tx.db, { email, ip: meta.ip, succeeded: true, at: now.toISOString() });
    await tx.audit({ action: 'auth.login', entityType: 'user', entityId: user.id, summary: { ip: meta.ip } });
  });
  return {
    cookieValue,
    session: { user: await sessionUser(ctx.db, user), csrfToken, expiresAt: expiresAt.toISOString() },
  };
}

/** Ends the current session. */
export async function logout(ctx: ServiceContext): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('unauthenticated');
  await inTransaction(ctx, async (tx) => {
    if (actor.sessionId) await repo.deleteSession(tx.db, actor.sessionId);
    await tx.audit({ action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

/** The actor behind a session cookie value, sliding the session forward; undefined when not live. */
export async function actorFromSession(
  db: Db,
  settings: Pick<AuthSettings, 'sessionHours'>,
  cookieValue: string,
  now: Date,
): Promise<{ actor: Actor; csrfToken: string; expiresAt: string } | undefined> {
  const id = sha256Hex(cookieValue);
  const found = await repo.findLiveSession(db, id, now);
  if (!found) return undefined;
  let expiresAt = toIso(found.session.expiresAt);
  // Slide the expiry at most once a minute, so reads stay cheap.
  if (now.getTime() - new Date(toIso(found.session.lastSeenAt)).getTime() > 60_000) {
    const next = new Date(now.getTime() + settings.sessionHours * 3_600_000);
    await repo.touchSession(db, id, now, next);
    expiresAt = next.toISOString();
  }
  const roles = (await repo.rolesOfUsers(db, [found.user.id])).get(found.user.id) ?? [];
  return {
    actor: {
      kind: 'user',
      userId: found.user.id,
      email: found.user.email,
      displayName: found.user.displayName,
      locale: found.user.locale as 'zh-CN' | 'en',
      roles: roles.map((r) => ({
        role: r.role,
        organisationId: r.organisationId,
        consortiumId: r.consortiumId,
      })),
      via: 'session',
      scopes: ['read', 'write'],
      sessionId: id,
    },
    csrfToken: found.session.csrfToken,
    expiresAt,
  };
}

/** The actor behind an API token secret; undefined when unknown, revoked or expired. */
export async function actorFromToken(db: Db, secret: string, now: Date): Promise<Actor | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
  const found = await repo.findLiveToken(db, sha256Hex(secret), now);
  if (!found) return undefined;
  const last = found.token.lastUsedAt ? new Date(toIso(found.token.lastUsedAt)).getTime() : 0;
  if (now.getTime() - last > 60_000) await repo.touchToken(db, found.token.id, now);
  const roles = (await repo.rolesOfUsers(db, [found.user.id])).get(found.user.id) ?? [];
  return {
    kind: 'user',
    userId: found.user.id,
    email: found.user.email,
    displayName: found.user.displayName,
    locale: found.user.locale as 'zh-CN' | 'en',
    roles: roles.map((r) => ({
      role: r.role,
      organisationId: r.organisationId,
      consortiumId: r.consortiumId,
    })),
    via: 'token',
    scopes: found.token.scopes as ('read' | 'write')[],
  };
}

/** The current session as the web app sees it. */
export async function currentSession(
  ctx: ServiceContext,
  csrfToken: string,
  expiresAt: string,
): Promise<Session> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('unauthenticated');
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  return { user: await sessionUser(ctx.db, user), csrfToken, expiresAt };
}

function requireUser(actor: Actor) {
  authorize(actor, 'account.self');
  if (actor.kind !== 'user') throw new AppError('unauthenticated');
  return actor;
}

/** Changes the own password (the current one is required); other sessions end. */
export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = requireUser(ctx.actor);
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials');
  }
  assertPasswordPolicy(input.newPassword, user.email, ctx.lang);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await repo.updateUserPassword(tx.db, user.id, passwordHash, ctx.clock.now());
    await repo.deleteSessionsOfUser(tx.db, user.id, actor.sessionId);
    await tx.audit({ action: 'auth.password_changed', entityType: 'user', entityId: user.id });
  });
}

/** Remembers the user's interface language. */
export async function setLocale(ctx: ServiceContext, locale: 'zh-CN' | 'en'): Promise<void> {
  const actor = requireUser(ctx.actor);
  await inTransaction(ctx, async (tx) => {
    await repo.updateUserLocale(tx.db, actor.userId, locale, ctx.clock.now());
    await tx.audit({
      action: 'user.locale_changed',
      entityType: 'user',
      entityId: actor.userId,
      summary: { locale },
    });
  });
}

const tokenView = (t: repo.TokenRow): ApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes as ApiToken['scopes'],
  createdAt: toIso(t.createdAt),
  expiresAt: toIso(t.expiresAt),
  lastUsedAt: toIso(t.lastUsedAt),
  revokedAt: toIso(t.revokedAt),
});

/** Creates an API token for scripts; the secret is returned once and only its hash is kept. */
export async function createToken(
  ctx: ServiceContext,
  input: { name: string; scopes: ('read' | 'write')[]; expiresInDays?: number },
): Promise<{ token: ApiToken; secret: string }> {
  const actor = requireUser(ctx.actor);
  // A token cannot mint tokens: only an interactive session can.
  if (actor.via !== 'session') throw notFound();
  const secret = TOKEN_PREFIX + newSecret();
  const now = ctx.clock.now();
  const row = await inTransaction(ctx, async (tx) => {
    const created = await repo.insertToken(tx.db, {
      userId: actor.userId,
      name: input.name,
      tokenHash: sha256Hex(secret),
      prefix: secret.slice(0, 10),
      scopes: [...new Set(input.scopes)],
      createdAt: now.toISOString(),
      expiresAt: input.expiresInDays
        ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString()
        : null,
    });
    await tx.audit({
      action: 'token.created',
      entityType: 'api_token',
      entityId: created.id,
      after: tokenView(created),
    });
    return created;
  });
  return { token: tokenView(row), secret };
}

/** The user's own tokens. */
export async function listTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const actor = requireUser(ctx.actor);
  return (await repo.listTokensOfUser(ctx.db, actor.userId)).map(tokenView);
}

/** Revokes one of the user's tokens. */
export async function revokeToken(ctx: ServiceContext, id: string): Promise<void> {
  const actor = requireUser(ctx.actor);
  await inTransaction(ctx, async (tx) => {
    const revoked = await repo.revokeToken(tx.db, actor.userId, id, ctx.clock.now());
    if (!revoked) throw notFound();
    await tx.audit({
      action: 'token.revoked',
      entityType: 'api_token',
      entityId: id,
      after: tokenView(revoked),
    });
  });
}

/** The demo accounts that exist and may log in (none when demo login is off), for the login page. */
export async function availableDemoAccounts(ctx: ServiceContext, demoLogin: boolean): Promise<DemoAccount[]> {
  if (!demoLogin) return [];
  const out: DemoAccount[] = [];
  for (const a of demoAccounts) {
    const user = await repo.findUserByEmail(ctx.db, a.email);
    if (user?.isActive) out.push({ email: a.email, role: a.role, label: a.label });
  }
  return out;
}
