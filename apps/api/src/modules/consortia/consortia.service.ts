import type {
  addMemberRequestSchema,
  Consortium,
  consortiumInputSchema,
  ConsortiumSummary,
} from '@huahe/contracts';
import type { z } from 'zod';
import {
  authorize,
  can,
  ownOrganisationIds,
  secretariatConsortiumIds,
  seesEverything,
} from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { insertRole } from '../users/users.repository';
import {
  findOrganisation,
  findOrganisationByUscc,
  insertOrganisation,
} from '../organisations/organisations.repository';
import { auditState as orgAuditState, toColumns as orgColumns } from '../organisations/organisations.mapper';
import { auditState, detailView, memberAuditState, summaryView } from './consortia.mapper';
import * as repo from './consortia.repository';

type ConsortiumInput = z.output<typeof consortiumInputSchema>;

/** What the caller may see: everything for the bureau; otherwise public ones and their own. */
export function visibilityOf(ctx: ServiceContext): repo.Visibility {
  if (seesEverything(ctx.actor)) return { all: true };
  return {
    all: false,
    consortiumIds: secretariatConsortiumIds(ctx.actor),
    organisationIds: ownOrganisationIds(ctx.actor),
  };
}

/** Loads a consortium the caller may read, or answers "not found or no access". */
async function readable(ctx: ServiceContext, id: string) {
  const row = await repo.findConsortium(ctx.db, id);
  if (!row) throw notFound();
  const memberOrgs = await repo.activeMemberOrgIds(ctx.db, id);
  authorize(ctx.actor, 'consortia.read', {
    consortiumId: id,
    isPublic: row.c.isPublic,
    memberOrganisationIds: memberOrgs,
  });
  return row;
}

/** The consortium directory (public ones for everybody). */
export async function listConsortia(
  ctx: ServiceContext,
  q: repo.ConsortiumFilter & { page: number; pageSize: number },
): Promise<{ items: ConsortiumSummary[]; total: number; page: number; pageSize: number }> {
  authorize(ctx.actor, 'consortia.list');
  const { rows, total } = await repo.listConsortia(
    ctx.db,
    q,
    visibilityOf(ctx),
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return {
    items: rows.map((r) => summaryView(r.c, r.leadName, r.memberCount)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One consortium with every membership spell and its history. */
export async function getConsortium(ctx: ServiceContext, id: string): Promise<Consortium> {
  const row = await readable(ctx, id);
  const members = await repo.membersOf(ctx.db, id);
  return detailView(row, members, can(ctx.actor, 'consortia.members.manage', { consortiumId: id }));
}

/**
 * Creates a self-organised consortium with its lead as the first member. A lead unit's admin
 * creating one for their own organisation becomes its secretariat.
 */
export async function createConsortium(ctx: ServiceContext, input: ConsortiumInput): Promise<Consortium> {
  authorize(ctx.actor, 'consortia.create');
  const actor = ctx.actor;
  const platform = seesEverything(actor);
  if (!platform && !ownOrganisationIds(actor).includes(input.leadOrganisationId)) {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.leadOrganisationId',
        message: {
          'zh-CN': '只能以本单位作为牵头单位组建联合体',
          en: 'you can only found a consortium led by your own organisation',
        },
      },
    ]);
  }
  const id = await inTransaction(ctx, async (tx) => {
    if (!(await findOrganisation(tx.db, input.leadOrganisationId))) {
      throw new AppError('validation_failed', {}, [
        {
          path: 'body.leadOrganisationId',
          message: { 'zh-CN': '牵头单位不存在', en: 'no such lead organisation' },
        },
      ]);
    }
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const row = await repo.insertConsortium(tx.db, {
      ...input,
      status: 'operating',
      origin: 'self_organised',
      foundedOn: input.foundedOn ?? today,
    });
    await tx.audit({
      action: 'consortium.created',
      entityType: 'consortium',
      entityId: row.id,
      consortiumId: row.id,
      after: auditState(row),
    });
    const lead = await repo.insertMember(tx.db, {
      consortiumId: row.id,
      organisationId: input.leadOrganisationId,
      role: 'lead',
      tier: 'core',
      joinedOn: row.foundedOn ?? today,
      joinReason: ctx.lang === 'en' ? 'lead unit (founder)' : '牵头单位（发起）',
    });
    await tx.audit({
      action: 'consortium.member_added',
      entityType: 'consortium_member',
      entityId: lead.id,
      consortiumId: row.id,
      organisationId: lead.organisationId,
      after: memberAuditState(lead),
    });
    if (actor.kind === 'user' && !platform) {
      await insertRole(tx.db, { userId: actor.userId, role: 'secretariat', consortiumId: row.id });
      await tx.audit({
        action: 'user.role_assigned',
        entityType: 'user',
        entityId: actor.userId,
        consortiumId: row.id,
        after: { role: 'secretariat', consortiumId: row.id },
      });
    }
    return row.id;
  });
  return getConsortium(ctx, id);
}

/** Edits a consortium's description (its secretariat or the bureau). */
export async function updateConsortium(
  ctx: ServiceContext,
  id: string,
  patch: Partial<Omit<ConsortiumInput, 'leadOrganisationId'>> & { version: number },
): Promise<Consortium> {
  await readable(ctx, id);
  authorize(ctx.actor, 'consortia.update', { consortiumId: id });
  await inTransaction(ctx, async (tx) => {
    const before = (await repo.findConsortium(tx.db, id))!.c;
    const { version, ...fields } = patch;
    if (before.version !== version) throw new AppError('stale_version');
    const after = await repo.updateConsortium(tx.db, id, version, fields, ctx.clock.now().toISOString());
    if (!after) throw new AppError('stale_version');
    await tx.audit({
      action: 'consortium.updated',
      entityType: 'consortium',
      entityId: id,
      consortiumId: id,
      before: auditState(before),
      after: auditState(after),
    });
  });
  return getConsortium(ctx, id);
}

async function manageable(ctx: ServiceContext, id: string) {
  const row = await readable(ctx, id);
  authorize(ctx.actor, 'consortia.members.manage', { consortiumId: id });
  return row;
}

const alreadyMember = (path: string) =>
  new AppError('conflict', { reason: 'member' }, [
    {
      path,
      code: 'already_member',
      message: { 'zh-CN': '该单位已是本联合体的在册成员', en: 'this organisation is already a member' },
    },
  ]);

/** Adds a member: an existing organisation, or a new one registered on the way (its credit code checked). */
export async function addMember(
  ctx: ServiceContext,
  id: string,
  input: z.output<typeof addMemberRequestSchema>,
): Promise<Consortium> {
  const row = await manageable(ctx, id);
  if (input.role === 'lead') {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.role',
        message: { 'zh-CN': '联合体只有一个牵头单位', en: 'a consortium has exactly one lead unit' },
      },
    ]);
  }
  await inTransaction(ctx, async (tx) => {
    let organisationId = input.organisationId;
    if (input.newOrganisation) {
      const n = input.newOrganisation;
      if (n.uscc) {
        const existing = await findOrganisationByUscc(tx.db, n.uscc);
        if (existing) {
          throw new AppError('conflict', { reason: 'uscc' }, [
            {
              path: 'body.newOrganisation.uscc',
              code: 'uscc.taken',
              message: {
                'zh-CN': `该信用代码已登记为“${existing.nameZh}”，请直接选择该单位`,
                en: `this credit code belongs to "${existing.nameZh}"; choose it instead`,
              },
            },
          ]);
        }
      }
      const org = await insertOrganisation(
        tx.db,
        orgColumns(n) as typeof n & { nameZh: string; kind: string },
      );
      await tx.audit({
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: org.id,
        organisationId: org.id,
        after: orgAuditState(org),
        summary: { via: 'member_added' },
      });
      organisationId = org.id;
    } else if (!(await findOrganisation(tx.db, organisationId!))) {
      throw new AppError('validation_failed', {}, [
        { path: 'body.organisationId', message: { 'zh-CN': '单位不存在', en: 'no such organisation' } },
      ]);
    }
    if (await repo.activeSpell(tx.db, id, organisationId!)) throw alreadyMember('body.organisationId');
    const member = await repo.insertMember(tx.db, {
      consortiumId: id,
      organisationId: organisationId!,
      role: input.role,
      tier: input.tier,
      joinedOn: input.joinedOn,
      joinReason: input.joinReason ?? null,
    });
    await tx.audit({
      action: 'consortium.member_added',
      entityType: 'consortium_member',
      entityId: member.id,
      consortiumId: id,
      organisationId: member.organisationId,
      after: memberAuditState(member),
      summary: {
        consortium: row.c.nameZh,
        organisation: (await findOrganisation(tx.db, member.organisationId))?.nameZh ?? null,
      },
    });
  });
  return getConsortium(ctx, id);
}

/** Changes a member's role or tier (the lead's role stays). */
export async function updateMember(
  ctx: ServiceContext,
  id: string,
  memberId: string,
  patch: { role?: 'lead' | 'core' | 'member' | 'supporting'; tier?: 'core' | 'close' | 'general' },
): Promise<Consortium> {
  await manageable(ctx, id);
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findMember(tx.db, id, memberId);
    if (!before) throw notFound();
    if (patch.role && (patch.role === 'lead') !== (before.role === 'lead')) {
      throw new AppError('validation_failed', {}, [
        {
          path: 'body.role',
          message: { 'zh-CN': '牵头单位的角色不能在此更改', en: 'the lead role cannot be changed here' },
        },
      ]);
    }
    const after = await repo.updateMember(tx.db, memberId, patch);
    await tx.audit({
      action: 'consortium.member_updated',
      entityType: 'consortium_member',
      entityId: memberId,
      consortiumId: id,
      organisationId: before.organisationId,
      before: memberAuditState(before),
      after: memberAuditState(after!),
    });
  });
  return getConsortium(ctx, id);
}

/** Ends a membership on a date, with the reason; the history keeps it. */
export async function endMember(
  ctx: ServiceContext,
  id: string,
  memberId: string,
  input: { leftOn: string; leaveReason: string },
): Promise<Consortium> {
  await manageable(ctx, id);
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findMember(tx.db, id, memberId);
    if (!before) throw notFound();
    if (before.leftOn)
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'the membership has already ended' : '该成员资格已终止',
      });
    if (before.role === 'lead') {
      throw new AppError('validation_failed', {}, [
        {
          path: 'body.leftOn',
          message: {
            'zh-CN': '牵头单位不能退出；请先变更牵头单位',
            en: 'the lead unit cannot leave; change the lead first',
          },
        },
      ]);
    }
    if (input.leftOn < before.joinedOn) {
      throw new AppError('validation_failed', {}, [
        {
          path: 'body.leftOn',
          message: {
            'zh-CN': `退出日期不能早于加入日期（${before.joinedOn}）`,
            en: `cannot leave before joining (${before.joinedOn})`,
          },
        },
      ]);
    }
    const after = await repo.updateMember(tx.db, memberId, {
      leftOn: input.leftOn,
      leaveReason: input.leaveReason,
    });
    await tx.audit({
      action: 'consortium.member_left',
      entityType: 'consortium_member',
      entityId: memberId,
      consortiumId: id,
      organisationId: before.organisationId,
      before: memberAuditState(before),
      after: memberAuditState(after!),
    });
  });
  return getConsortium(ctx, id);
}
