import { roleScope, type Role, type User } from '@huahe/contracts';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { assertPasswordPolicy, hashPassword } from '../../lib/passwords';
import { toIso } from '../../lib/time';
import { deleteSessionsOfUser, rolesOfUsers } from '../auth/auth.repository';
import * as repo from './users.repository';

async function view(ctx: ServiceContext, rows: repo.UserRow[]): Promise<User[]> {
  const roles = await rolesOfUsers(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale as 'zh-CN' | 'en',
    isActive: u.isActive,
    roles: roles.get(u.id) ?? [],
    createdAt: toIso(u.createdAt),
  }));
}

const publicUser = (u: repo.UserRow) => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  isActive: u.isActive,
  locale: u.locale,
});

/** The platform admin creates an account (the password must meet the policy). */
export async function createUser(
  ctx: ServiceContext,
  input: { email: string; displayName: string; password: string; locale: 'zh-CN' | 'en' },
): Promise<User> {
  authorize(ctx.actor, 'users.manage');
  assertPasswordPolicy(input.password, input.email, ctx.lang);
  const passwordHash = await hashPassword(input.password);
  const row = await inTransaction(ctx, async (tx) => {
    const created = await repo.insertUser(tx.db, { ...input, passwordHash });
    await tx.audit({
      action: 'user.created',
      entityType: 'user',
      entityId: created.id,
      after: publicUser(created),
    });
    return created;
  });
  return (await view(ctx, [row]))[0]!;
}

/** A page of accounts for the admin. */
export async function listUsers(ctx: ServiceContext, q: { q?: string; page: number; pageSize: number }) {
  authorize(ctx.actor, 'users.manage');
  const { rows, total } = await repo.listUsers(ctx.db, { text: q.q, page: q.page, pageSize: q.pageSize });
  return { items: await view(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One account. */
export async function getUser(ctx: ServiceContext, id: string): Promise<User> {
  authorize(ctx.actor, 'users.manage');
  const row = await repo.findUser(ctx.db, id);
  if (!row) throw notFound();
  return (await view(ctx, [row]))[0]!;
}

/** Renames or (de)activates an account; deactivation ends its sessions. */
export async function updateUser(
  ctx: ServiceContext,
  id: string,
  patch: { displayName?: string; isActive?: boolean },
) {
  authorize(ctx.actor, 'users.manage');
  const row = await inTransaction(ctx, async (tx) => {
    const before = await repo.findUser(tx.db, id);
    if (!before) throw notFound();
    if (patch.isActive === false && ctx.actor.kind === 'user' && ctx.actor.userId === id) {
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'you cannot deactivate yourself' : '不能停用自己的账号',
      });
    }
    const after = await repo.updateUser(tx.db, id, { ...patch, updatedAt: ctx.clock.now().toISOString() });
    if (patch.isActive === false) await deleteSessionsOfUser(tx.db, id);
    await tx.audit({
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: publicUser(before),
      after: publicUser(after!),
    });
    return after!;
  });
  return (await view(ctx, [row]))[0]!;
}

/** Grants a role, bound to an organisation or consortium as the role requires (SPEC §1). */
export async function assignRole(
  ctx: ServiceContext,
  userId: string,
  input: { role: Role; organisationId?: string; consortiumId?: string },
): Promise<User> {
  authorize(ctx.actor, 'users.manage');
  const scope = roleScope[input.role];
  const problems: { path: string; message: { 'zh-CN': string; en: string } }[] = [];
  const need = (path: string, ok: boolean, zh: string, en: string) => {
    if (!ok) problems.push({ path, message: { 'zh-CN': zh, en } });
  };
  need(
    'body.organisationId',
    scope === 'organisation' ? !!input.organisationId : !input.organisationId,
    scope === 'organisation' ? '该角色须绑定单位' : '该角色不绑定单位',
    scope === 'organisation' ? 'this role needs an organisation' : 'this role takes no organisation',
  );
  need(
    'body.consortiumId',
    scope === 'consortium' ? !!input.consortiumId : !input.consortiumId,
    scope === 'consortium' ? '该角色须绑定联合体' : '该角色不绑定联合体',
    scope === 'consortium' ? 'this role needs a consortium' : 'this role takes no consortium',
  );
  if (problems.length) throw new AppError('validation_failed', {}, problems);

  await inTransaction(ctx, async (tx) => {
    if (!(await repo.findUser(tx.db, userId))) throw notFound();
    if (input.organisationId && !(await repo.organisationExists(tx.db, input.organisationId))) {
      throw new AppError('validation_failed', {}, [
        { path: 'body.organisationId', message: { 'zh-CN': '单位不存在', en: 'no such organisation' } },
      ]);
    }
    if (input.consortiumId && !(await repo.consortiumExists(tx.db, input.consortiumId))) {
      throw new AppError('validation_failed', {}, [
        { path: 'body.consortiumId', message: { 'zh-CN': '联合体不存在', en: 'no such consortium' } },
      ]);
    }
    const grant = await repo.insertRole(tx.db, {
      userId,
      role: input.role,
      organisationId: input.organisationId ?? null,
      consortiumId: input.consortiumId ?? null,
    });
    await tx.audit({
      action: 'user.role_assigned',
      entityType: 'user',
      entityId: userId,
      organisationId: grant.organisationId,
      consortiumId: grant.consortiumId,
      after: { role: grant.role, organisationId: grant.organisationId, consortiumId: grant.consortiumId },
    });
  });
  return getUser(ctx, userId);
}

/** Withdraws a role. */
export async function removeRole(ctx: ServiceContext, userId: string, roleId: string): Promise<User> {
  authorize(ctx.actor, 'users.manage');
  await inTransaction(ctx, async (tx) => {
    const removed = await repo.deleteRole(tx.db, userId, roleId);
    if (!removed) throw notFound();
    await tx.audit({
      action: 'user.role_removed',
      entityType: 'user',
      entityId: userId,
      organisationId: removed.organisationId,
      consortiumId: removed.consortiumId,
      before: {
        role: removed.role,
        organisationId: removed.organisationId,
        consortiumId: removed.consortiumId,
      },
    });
  });
  return getUser(ctx, userId);
}
