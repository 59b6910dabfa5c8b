// Deals (transfer, licence, equity, self-implementation) and the revenue they bring: amount received,
// deductible costs and the exact net income that a distribution run shares.
import type {
  Deal,
  DealSummary,
  RevenueEvent,
  dealFieldsSchema,
  revenueEventFieldsSchema,
  updateDealRequestSchema,
} from '@huahe/contracts';
import type { z } from 'zod';
import { authorize, can } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { formatYuan, fromFen, toFen } from '../../lib/money';
import { toIso } from '../../lib/time';
import { addDays, dateCn, startOfDayCn } from '../results/calendar';
import { notify, secretariatOf } from '../results/notify.repository';
import { agreementOf, readableConsortium, type ConsortiumScope } from '../results/results.access';
import * as repo from './deals.repository';

const invalid = (path: string, message: { 'zh-CN': string; en: string }) =>
  new AppError('validation_failed', {}, [{ path, message }]);

/** Deals are read by the consortium's members and run by its secretariat. */
export function dealRead(ctx: ServiceContext, c: ConsortiumScope) {
  authorize(ctx.actor, 'deals.read', { consortiumId: c.id, memberOrganisationIds: c.memberOrganisationIds });
}

const summary = (r: { d: repo.DealRow; received: string; net: string }): DealSummary => ({
  id: r.d.id,
  consortiumId: r.d.consortiumId,
  kind: r.d.kind as DealSummary['kind'],
  title: r.d.title,
  counterparty: r.d.counterparty,
  counterpartyUscc: r.d.counterpartyUscc,
  contractValue: r.d.contractValue,
  signedOn: r.d.signedOn,
  status: r.d.status as DealSummary['status'],
  received: r.received,
  netIncome: r.net,
});

/** The deals of a consortium. */
export async function listDeals(ctx: ServiceContext, consortiumId: string): Promise<DealSummary[]> {
  const c = await readableConsortium(ctx, consortiumId);
  dealRead(ctx, c);
  return (await repo.dealsOf(ctx.db, c.id)).map(summary);
}

/** A deal the caller may read, with its consortium. */
export async function readableDeal(ctx: ServiceContext, id: string) {
  const row = await repo.findDeal(ctx.db, id);
  if (!row) throw notFound();
  const c = await readableConsortium(ctx, row.d.consortiumId);
  dealRead(ctx, c);
  return { row, c };
}

/** One deal with its results and revenue events (and the settlement deadline of each). */
export async function getDeal(ctx: ServiceContext, id: string): Promise<Deal> {
  const { row, c } = await readableDeal(ctx, id);
  const [results, events, effective] = await Promise.all([
    repo.resultsIn(ctx.db, c.id, row.d.resultIds),
    repo.revenueOf(ctx.db, id),
    agreementOf(ctx, c.id),
  ]);
  const runs = await repo.postedRuns(
    ctx.db,
    events.map((e) => e.id),
  );
  const days = effective?.agreement.revenue.settlementDays;
  return {
    ...summary(row),
    results: results.map((r) => ({ ...r, type: r.type as Deal['results'][number]['type'] })),
    revenueEvents: events.map((e) => revenueView(e, days, runs.get(e.id) ?? null)),
    createdAt: toIso(row.d.createdAt),
    canManage: can(ctx.actor, 'deals.manage', { consortiumId: c.id }),
  };
}

const settleBy = (receivedOn: string, days: number | undefined) =>
  days === undefined ? null : dateCn(addDays(startOfDayCn(receivedOn), days));

function revenueView(
  e: repo.RevenueRow,
  settlementDays: number | undefined,
  runId: string | null,
): RevenueEvent {
  return {
    id: e.id,
    dealId: e.dealId,
    receivedOn: e.receivedOn,
    amount: e.amount,
    deductibleCosts: e.deductibleCosts,
    netIncome: e.netIncome,
    note: e.note,
    recordedAt: toIso(e.recordedAt),
    settleBy: settleBy(e.receivedOn, settlementDays),
    runId,
  };
}

async function checkResults(ctx: ServiceContext, c: ConsortiumScope, ids: string[]) {
  const found = new Set((await repo.resultsIn(ctx.db, c.id, ids)).map((r) => r.id));
  const bad = ids.findIndex((id) => !found.has(id));
  if (bad >= 0)
    throw invalid(`body.resultIds[${bad}]`, {
      'zh-CN': '不是本联合体的成果',
      en: 'not a result of this consortium',
    });
}

const auditDeal = (d: repo.DealRow) => ({
  kind: d.kind,
  title: d.title,
  counterparty: d.counterparty,
  counterpartyUscc: d.counterpartyUscc,
  contractValue: d.contractValue,
  signedOn: d.signedOn,
  resultIds: d.resultIds,
  status: d.status,
});

/** The secretariat records a deal. */
export async function createDeal(
  ctx: ServiceContext,
  consortiumId: string,
  input: z.output<typeof dealFieldsSchema>,
): Promise<Deal> {
  const c = await readableConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'deals.manage', { consortiumId: c.id });
  await checkResults(ctx, c, input.resultIds);
  const id = await inTransaction(ctx, async (tx) => {
    const d = await repo.insertDeal(tx.db, {
      consortiumId: c.id,
      kind: input.kind,
      title: input.title,
      counterparty: input.counterparty,
      counterpartyUscc: input.counterpartyUscc ?? null,
      contractValue: input.contractValue ?? null,
      signedOn: input.signedOn ?? null,
      resultIds: input.resultIds,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await tx.audit({
      action: 'deal.created',
      entityType: 'deal',
      entityId: d.id,
      consortiumId: c.id,
      after: auditDeal(d),
    });
    return d.id;
  });
  return getDeal(ctx, id);
}

/** The secretariat edits a deal or closes it. */
export async function updateDeal(
  ctx: ServiceContext,
  id: string,
  patch: z.output<typeof updateDealRequestSchema>,
): Promise<Deal> {
  const { row, c } = await readableDeal(ctx, id);
  authorize(ctx.actor, 'deals.manage', { consortiumId: c.id });
  if (patch.resultIds) await checkResults(ctx, c, patch.resultIds);
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateDeal(tx.db, id, { ...patch, updatedAt: ctx.clock.now().toISOString() });
    await tx.audit({
      action: 'deal.updated',
      entityType: 'deal',
      entityId: id,
      consortiumId: c.id,
      before: auditDeal(row.d),
      after: auditDeal(after!),
    });
  });
  return getDeal(ctx, id);
}

/** Records money received: net income = amount − deductible costs, exact; costs above the amount are refused. */
export async function recordRevenue(
  ctx: ServiceContext,
  dealId: string,
  input: z.output<typeof revenueEventFieldsSchema>,
): Promise<RevenueEvent> {
  const { row, c } = await readableDeal(ctx, dealId);
  authorize(ctx.actor, 'deals.manage', { consortiumId: c.id });
  const amount = toFen(input.amount);
  const costs = toFen(input.deductibleCosts);
  if (amount <= 0n)
    throw invalid('body.amount', { 'zh-CN': '收入金额必须大于 0', en: 'the amount must be more than 0' });
  if (costs > amount) {
    throw invalid('body.deductibleCosts', {
      'zh-CN': `可扣除成本（${formatYuan(costs)} 元）不能超过收入金额（${formatYuan(amount)} 元）`,
      en: `deductible costs (CNY ${formatYuan(costs)}) cannot exceed the amount received (CNY ${formatYuan(amount)})`,
    });
  }
  if (input.receivedOn > dateCn(ctx.clock.now())) {
    throw invalid('body.receivedOn', {
      'zh-CN': '到账日期不能晚于今天',
      en: 'the date received cannot be in the future',
    });
  }
  if (row.d.status === 'terminated') {
    throw new AppError('conflict', { reason: ctx.lang === 'en' ? 'the deal is terminated' : '该合同已终止' });
  }
  const effective = await agreementOf(ctx, c.id);
  const days = effective?.agreement.revenue.settlementDays;
  const event = await inTransaction(ctx, async (tx) => {
    const e = await repo.insertRevenue(tx.db, {
      dealId,
      receivedOn: input.receivedOn,
      amount: fromFen(amount),
      deductibleCosts: fromFen(costs),
      netIncome: fromFen(amount - costs),
      note: input.note ?? null,
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      recordedAt: ctx.clock.now().toISOString(),
    });
    await tx.audit({
      action: 'revenue.recorded',
      entityType: 'revenue_event',
      entityId: e.id,
      consortiumId: c.id,
      after: {
        dealId,
        receivedOn: e.receivedOn,
        amount: e.amount,
        deductibleCosts: e.deductibleCosts,
        netIncome: e.netIncome,
      },
    });
    const due = settleBy(e.receivedOn, days);
    if (due) {
      // The agreement's settlement deadline becomes the secretariat's reminder.
      await notify(tx.db, await secretariatOf(tx.db, c.id), {
        kind: 'distribution_due',
        title: {
          'zh-CN': `请于 ${due} 前分配净收入 ${formatYuan(e.netIncome)} 元：${row.d.title}`,
          en: `Distribute the net income of CNY ${formatYuan(e.netIncome)} by ${due}: ${row.d.title}`,
        },
        link: `/deals/${dealId}`,
        dueAt: startOfDayCn(due).toISOString(),
        dedupeKey: `distribution_due:${e.id}`,
      });
    }
    return e;
  });
  return revenueView(event, days, null);
}
