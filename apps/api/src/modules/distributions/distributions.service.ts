// Distribution runs: the agreement's method applied to a revenue event's net income, written as
// immutable double-entry ledger lines in fen (one debit of the distributable income, credits per
// party and inventor-reward lines, summing exactly to the net income). Corrections are reversal
// runs: the same lines with debit and credit swapped, linked by reverses_run_id.
import { clauseRef, type DealKind, type DistributionRun } from '@huahe/contracts';
import { formatFen } from '@huahe/distribution';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { formatYuan, toFen } from '../../lib/money';
import { toIso } from '../../lib/time';
import { adminsOf, notify } from '../results/notify.repository';
import { agreementOf, readableConsortium } from '../results/results.access';
import * as repo from './distributions.repository';
import { postingLines } from './ledger';
import { METHOD_LABELS, methodOf } from './methods';
import { distribute, loadPlan, type DistributionInputs } from './plan';
import { runView, type Memo, type StoredAnswer } from './runs.service';

/** Applies the effective agreement's method to a revenue event's net income and posts the ledger lines. */
export async function runDistribution(
  ctx: ServiceContext,
  revenueEventId: string,
  input: DistributionInputs & { note?: string | null },
): Promise<DistributionRun> {
  const ev = await repo.revenueWithDeal(ctx.db, revenueEventId);
  if (!ev) throw notFound();
  const c = await readableConsortium(ctx, ev.d.consortiumId);
  authorize(ctx.actor, 'distributions.run', { consortiumId: c.id });
  const effective = await agreementOf(ctx, c.id);
  if (!effective) {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en'
          ? 'there is no effective agreement, so no revenue-sharing method is agreed'
          : '尚无生效的组建协议，未约定收益分配办法',
    });
  }
  const net = toFen(ev.e.netIncome);
  if (net <= 0n)
    throw new AppError('conflict', {
      reason: ctx.lang === 'en' ? 'the net income is zero: nothing to distribute' : '净收入为零，无可分配',
    });
  const a = effective.agreement;
  const method = methodOf(a.revenue.sharing);
  const data = await loadPlan(ctx, c, a, input, ev.d.resultIds);
  const deal = { kind: ev.d.kind as DealKind, startedOn: ev.d.signedOn, receivedOn: ev.e.receivedOn };
  const planned = distribute(method, data, net, deal);
  if (!planned.ok) {
    throw new AppError('validation_failed', {}, [
      { path: planned.path ?? 'body', message: { 'zh-CN': planned.reason.zh, en: planned.reason.en } },
    ]);
  }
  const { allocation, member, notes } = planned.value;
  const negative = member.findIndex((x) => x < 0n);
  if (negative >= 0) {
    const p = data.parties[negative]!;
    throw new AppError('validation_failed', {}, [
      {
        path: 'body',
        code: 'distribution.negative',
        message: {
          'zh-CN': `按该方法${p.nameZh}将分得负数（${formatYuan(member[negative]!)} 元），账目只能记入非负的分配额：请检查投入与评分，或先用“模拟对比”查看`,
          en: `this method gives ${p.nameEn} a negative amount (CNY ${formatYuan(member[negative]!)}); the ledger credits no negative shares: check the inputs, or compare in the what-if view first`,
        },
      },
    ]);
  }
  const methodClause = a.revenue.sharing ? clauseRef(a, 'revenue.method') : null;
  const label = METHOD_LABELS[method];
  const lines = postingLines({
    method,
    methodClause,
    net,
    event: { ...ev.e, dealTitle: ev.d.title },
    parties: data.parties,
    distribution: planned.value,
  });
  const explanation = {
    zh: [
      `依协议${methodClause?.zh ?? ''}采用${label.zh}：${allocation.basis.zh}`,
      ...allocation.lines.zh,
      ...notes.map((n) => n.zh),
    ],
    en: [
      `${label.en}${methodClause ? ` under ${methodClause.en}` : ''}: ${allocation.basis.en}`,
      ...allocation.lines.en,
      ...notes.map((n) => n.en),
    ],
  };
  const warnings = {
    zh: [
      ...allocation.warnings.zh,
      ...allocation.memberWarnings.flatMap((w, i) => w.zh.map((x) => `${data.parties[i]!.nameZh}：${x}`)),
    ],
    en: [
      ...allocation.warnings.en,
      ...allocation.memberWarnings.flatMap((w, i) => w.en.map((x) => `${data.parties[i]!.nameEn}: ${x}`)),
    ],
  };
  const now = ctx.clock.now().toISOString();
  const runId = await inTransaction(ctx, async (tx) => {
    const existing = await repo.runsOfEvent(tx.db, revenueEventId);
    if (existing.some((r) => r.status === 'posted')) {
      throw new AppError('conflict', {
        reason:
          ctx.lang === 'en'
            ? 'this income is already distributed: reverse that run first'
            : '该笔收入已分配：如需更正，请先冲销原分配',
      });
    }
    const run = await repo.insertRun(tx.db, {
      revenueEventId,
      method,
      input: {
        ...input,
        agreementVersionNumber: effective.number,
        dealKind: deal.kind,
        netIncome: ev.e.netIncome,
        problem: allocation.problem,
      },
      answer: {
        explanation,
        warnings,
        label,
        partyIds: data.parties.map((p) => p.organisationId),
        shares: allocation.shares.map((s) => s.toFraction()),
      },
      clause: methodClause,
      agreementVersionId: effective.versionId,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: now,
    });
    await repo.insertEntries(
      tx.db,
      lines.map((l) => ({ ...l, runId: run.id, consortiumId: c.id, createdAt: now })),
    );
    await tx.audit({
      action: 'distribution.posted',
      entityType: 'distribution_run',
      entityId: run.id,
      consortiumId: c.id,
      after: {
        revenueEventId,
        method,
        netIncome: ev.e.netIncome,
        lines: lines.map((l) => ({
          account: l.account,
          organisationId: l.organisationId,
          debit: formatFen(l.debitFen),
          credit: formatFen(l.creditFen),
        })),
      },
      summary: { clause: methodClause?.zh ?? null, note: input.note ?? null },
    });
    const admins = await adminsOf(
      tx.db,
      data.parties.map((p) => p.organisationId),
    );
    await notify(
      tx.db,
      admins.map((x) => x.userId),
      {
        kind: 'distribution_posted',
        title: { 'zh-CN': `收益分配已入账：${ev.d.title}`, en: `Distribution posted: ${ev.d.title}` },
        link: `/consortia/${c.id}/statements`,
        dedupeKey: `distribution:${run.id}`,
      },
    );
    return run.id;
  });
  return runView(ctx, runId);
}

/** Reverses a posted run: a new run whose lines swap debit and credit, so every balance nets to zero. */
export async function reverseRun(
  ctx: ServiceContext,
  id: string,
  input: { reason: string },
): Promise<DistributionRun> {
  const row = await repo.findRun(ctx.db, id);
  if (!row) throw notFound();
  const c = await readableConsortium(ctx, row.d.consortiumId);
  authorize(ctx.actor, 'distributions.run', { consortiumId: c.id });
  const now = ctx.clock.now().toISOString();
  const reversalId = await inTransaction(ctx, async (tx) => {
    const runs = await repo.runsOfEvent(tx.db, row.e.id);
    const original = runs.find((r) => r.id === id)!;
    if (original.status !== 'posted') {
      throw new AppError('conflict', {
        reason:
          ctx.lang === 'en' ? 'only a posted run can be reversed (once)' : '只能冲销已入账且未冲销的分配',
      });
    }
    const answer = original.answer as StoredAnswer;
    const run = await repo.insertRun(tx.db, {
      revenueEventId: row.e.id,
      method: original.method,
      input: {
        reason: input.reason,
        agreementVersionNumber: (original.input as { agreementVersionNumber?: number })
          .agreementVersionNumber,
      },
      answer: {
        label: answer.label,
        partyIds: answer.partyIds,
        explanation: {
          zh: [`冲销 ${toIso(original.createdAt).slice(0, 10)} 的分配：${input.reason}`],
          en: [`Reverses the run of ${toIso(original.createdAt).slice(0, 10)}: ${input.reason}`],
        },
        warnings: { zh: [], en: [] },
      },
      clause: original.clause,
      agreementVersionId: original.agreementVersionId,
      status: 'reversal',
      reversesRunId: id,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: now,
    });
    const entries = await repo.entriesOf(tx.db, [id]);
    await repo.insertEntries(
      tx.db,
      entries.map((e) => {
        const m = e.memo as Memo;
        return {
          runId: run.id,
          consortiumId: e.consortiumId,
          account: e.account,
          organisationId: e.organisationId,
          debitFen: e.creditFen,
          creditFen: e.debitFen,
          memo: {
            ...m,
            zh: `冲销：${m.zh}（原因：${input.reason}）`,
            en: `Reversal: ${m.en} (reason: ${input.reason})`,
          },
          createdAt: now,
        };
      }),
    );
    await repo.setRunStatus(tx.db, id, 'reversed');
    await tx.audit({
      action: 'distribution.reversed',
      entityType: 'distribution_run',
      entityId: run.id,
      consortiumId: c.id,
      before: { run: id, status: 'posted' },
      after: { run: run.id, reverses: id, reason: input.reason },
    });
    return run.id;
  });
  return runView(ctx, reversalId);
}
