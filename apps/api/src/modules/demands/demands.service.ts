// Demands (需求): posted by an organisation's staff, read under their visibility, closed and reopened.
import type {
  Demand,
  DemandListQuery,
  ListingVisibility,
  demandFieldsSchema,
  updateDemandRequestSchema,
} from '@huahe/contracts';
import type { z } from 'zod';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { toFen } from '../../lib/money';
import { writeSheet } from '../../lib/xlsx';
import {
  checkConsortium,
  demandView,
  demandViewer,
  postingOrganisation,
  readableDemand,
} from './demands.access';
import * as repo from './demands.repository';

type DemandFields = z.output<typeof demandFieldsSchema>;
type DemandPatch = z.output<typeof updateDemandRequestSchema>;

const auditState = (d: repo.DemandRow) => ({
  title: d.title,
  description: d.description,
  tags: d.tags,
  trlNeeded: d.trlNeeded,
  budgetMin: d.budgetMin,
  budgetMax: d.budgetMax,
  regionPreference: d.regionPreference,
  deadline: d.deadline,
  visibility: d.visibility,
  consortiumId: d.consortiumId,
  status: d.status,
});

const conflict = (ctx: ServiceContext, zh: string, en: string) =>
  new AppError('conflict', { reason: ctx.lang === 'en' ? en : zh }, [
    { path: 'status', message: { 'zh-CN': zh, en } },
  ]);

/** A new or moved deadline cannot lie in the past (dates are Chinese calendar dates). */
function checkDeadline(ctx: ServiceContext, deadline: string | null | undefined) {
  const today = new Date(ctx.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (deadline && deadline < today) {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.deadline',
        message: {
          'zh-CN': `截止日期不能早于今天（${today}）`,
          en: `the deadline cannot be before today (${today})`,
        },
      },
    ]);
  }
}

/** The demands the caller may see (everyone sees public ones, even without an account). */
export async function listDemands(ctx: ServiceContext, q: DemandListQuery) {
  const { rows, total } = await repo.listDemands(
    ctx.db,
    q,
    await demandViewer(ctx),
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items: rows.map((r) => demandView(ctx, r)), total, page: q.page, pageSize: q.pageSize };
}

/** One demand the caller may see. */
export async function getDemand(ctx: ServiceContext, id: string): Promise<Demand> {
  return demandView(ctx, await readableDemand(ctx, id));
}

/** Posts a demand for the caller's organisation. */
export async function createDemand(ctx: ServiceContext, input: DemandFields): Promise<Demand> {
  const organisationId = await postingOrganisation(ctx, input.organisationId);
  checkDeadline(ctx, input.deadline);
  await checkConsortium(ctx, organisationId, input.visibility, input.consortiumId ?? null);
  const now = ctx.clock.now().toISOString();
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertDemand(tx.db, {
      organisationId,
      consortiumId: input.consortiumId ?? null,
      title: input.title,
      description: input.description,
      tags: input.tags,
      trlNeeded: input.trlNeeded ?? null,
      budgetMin: input.budgetMin ?? null,
      budgetMax: input.budgetMax ?? null,
      regionPreference: input.regionPreference ?? null,
      deadline: input.deadline ?? null,
      visibility: input.visibility,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.audit({
      action: 'demand.created',
      entityType: 'demand',
      entityId: row.id,
      organisationId,
      consortiumId: row.consortiumId,
      after: auditState(row),
    });
    return row.id;
  });
  return getDemand(ctx, id);
}

/** A demand the caller may change (its organisation's staff, or the platform admin). */
async function editable(ctx: ServiceContext, id: string) {
  const r = await readableDemand(ctx, id);
  authorize(ctx.actor, 'demands.post', { organisationId: r.d.organisationId });
  return r;
}

/** Edits a demand; the merged fields are checked again. */
export async function updateDemand(ctx: ServiceContext, id: string, patch: DemandPatch): Promise<Demand> {
  const { d } = await editable(ctx, id);
  if (patch.deadline !== undefined && patch.deadline !== d.deadline) checkDeadline(ctx, patch.deadline);
  const merged = { ...d, ...patch };
  if (merged.budgetMin && merged.budgetMax && toFen(merged.budgetMin) > toFen(merged.budgetMax)) {
    throw new AppError('validation_failed', {}, [
      {
        path: patch.budgetMax !== undefined ? 'body.budgetMax' : 'body.budgetMin',
        message: {
          'zh-CN': '预算上限不能低于下限',
          en: 'the budget maximum cannot be below the minimum',
        },
      },
    ]);
  }
  await checkConsortium(
    ctx,
    d.organisationId,
    merged.visibility as ListingVisibility,
    merged.consortiumId ?? null,
  );
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateDemand(tx.db, id, {
      ...patch,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await tx.audit({
      action: 'demand.updated',
      entityType: 'demand',
      entityId: id,
      organisationId: d.organisationId,
      consortiumId: after!.consortiumId,
      before: auditState(d),
      after: auditState(after!),
    });
  });
  return getDemand(ctx, id);
}

/** Closes (or reopens) a demand; closed demands are no longer ranked or introduced. */
export async function setDemandStatus(
  ctx: ServiceContext,
  id: string,
  status: 'open' | 'closed',
  reason?: string | null,
): Promise<Demand> {
  const { d } = await editable(ctx, id);
  if (d.status === status) {
    throw status === 'closed'
      ? conflict(ctx, '该需求已关闭', 'the demand is already closed')
      : conflict(ctx, '该需求未关闭', 'the demand is already open');
  }
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateDemand(tx.db, id, { status, updatedAt: ctx.clock.now().toISOString() });
    await tx.audit({
      action: status === 'closed' ? 'demand.closed' : 'demand.reopened',
      entityType: 'demand',
      entityId: id,
      organisationId: d.organisationId,
      consortiumId: d.consortiumId,
      before: auditState(d),
      after: auditState(after!),
      ...(reason ? { summary: { reason } } : {}),
    });
  });
  return getDemand(ctx, id);
}

/** Deletes a demand that has no matches (one with matches is closed instead, to keep their history). */
export async function deleteDemand(ctx: ServiceContext, id: string): Promise<void> {
  const { d } = await editable(ctx, id);
  await inTransaction(ctx, async (tx) => {
    if ((await repo.matchCount(tx.db, id)) > 0) {
      throw conflict(
        ctx,
        '该需求已有撮合记录，不能删除；请改为关闭',
        'the demand has matches and cannot be deleted; close it instead',
      );
    }
    await repo.deleteDemand(tx.db, id);
    await tx.audit({
      action: 'demand.deleted',
      entityType: 'demand',
      entityId: id,
      organisationId: d.organisationId,
      consortiumId: d.consortiumId,
      before: auditState(d),
    });
  });
}

/** The filtered demands the caller may see, as an Excel file. */
export async function exportDemands(
  ctx: ServiceContext,
  q: Omit<DemandListQuery, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const { rows } = await repo.listDemands(
    ctx.db,
    { ...q, page: 1, pageSize: 5000 },
    await demandViewer(ctx),
    5000,
    0,
  );
  const en = ctx.lang === 'en';
  return writeSheet(
    en ? 'Demands' : '技术需求',
    [
      { key: 'title', zh: '需求名称', en: 'Title', width: 36 },
      { key: 'organisation', zh: '发布单位', en: 'Organisation', width: 30 },
      { key: 'tags', zh: '领域标签', en: 'Tags', width: 30 },
      { key: 'trl', zh: '所需成熟度', en: 'TRL needed' },
      { key: 'budgetMin', zh: '预算下限（元）', en: 'Budget from (CNY)' },
      { key: 'budgetMax', zh: '预算上限（元）', en: 'Budget to (CNY)' },
      { key: 'region', zh: '地域偏好', en: 'Region' },
      { key: 'deadline', zh: '截止日期', en: 'Deadline' },
      { key: 'visibility', zh: '可见范围', en: 'Visibility' },
      { key: 'status', zh: '状态', en: 'Status' },
      { key: 'description', zh: '需求详情', en: 'Description', width: 60 },
    ],
    rows.map(({ d, org }) => [
      d.title,
      org.nameZh,
      d.tags.join(en ? '; ' : '；'),
      d.trlNeeded,
      d.budgetMin,
      d.budgetMax,
      d.regionPreference,
      d.deadline,
      d.visibility,
      d.status,
      d.description,
    ]),
    ctx.lang,
  );
}
