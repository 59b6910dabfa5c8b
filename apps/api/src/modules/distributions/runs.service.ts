// Reading distribution runs: a run with its ledger lines in the agreement's party order, and the
// list of a consortium's runs.
import type { DealKind, DistributionRun } from '@huahe/contracts';
import { formatFen } from '@huahe/distribution';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { toFen } from '../../lib/money';
import { toIso } from '../../lib/time';
import { dealRead } from '../deals/deals.service';
import { readableConsortium } from '../results/results.access';
import { organisationNames } from '../results/results.repository';
import * as repo from './distributions.repository';

export type Bi = { zh: string; en: string };
/** What a ledger line's memo holds. */
export interface Memo extends Bi {
  method: string;
  clause: Bi | null;
}
/** What a run's `answer` holds: everything needed to show and explain it again. */
export interface StoredAnswer {
  explanation: { zh: string[]; en: string[] };
  warnings: { zh: string[]; en: string[] };
  label: Bi;
  /** The parties in the agreement's order, which is the order lines are shown in. */
  partyIds: string[];
}

const ACCOUNT_ORDER = ['distributable_income', 'member_share', 'inventor_reward'];

const pick = (b: Bi, lang: string) => (lang === 'en' ? b.en : b.zh);

/** A run with its lines, in the caller's language. */
export async function runView(ctx: ServiceContext, id: string): Promise<DistributionRun> {
  const row = await repo.findRun(ctx.db, id);
  if (!row) throw notFound();
  const [entries, reversedBy] = await Promise.all([
    repo.entriesOf(ctx.db, [id]),
    repo.reversals(ctx.db, [id]),
  ]);
  const names = await organisationNames(
    ctx.db,
    entries.flatMap((e) => (e.organisationId ? [e.organisationId] : [])),
    ctx.lang,
  );
  const answer = row.r.answer as StoredAnswer;
  const clause = row.r.clause as Bi | null;
  const l = ctx.lang === 'en' ? 'en' : 'zh';
  const rank = (e: repo.EntryRow) => [
    ACCOUNT_ORDER.indexOf(e.account),
    e.organisationId ? answer.partyIds.indexOf(e.organisationId) : -1,
  ];
  entries.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]!;
  });
  const debit = entries.reduce((a, e) => a + e.debitFen, 0n);
  const credit = entries.reduce((a, e) => a + e.creditFen, 0n);
  return {
    id,
    consortiumId: row.d.consortiumId,
    revenueEventId: row.e.id,
    deal: { id: row.d.id, title: row.d.title, kind: row.d.kind as DealKind },
    method: row.r.method,
    methodLabel: pick(answer.label, ctx.lang),
    clause,
    agreementVersionNumber:
      (row.r.input as { agreementVersionNumber?: number }).agreementVersionNumber ?? null,
    netIncome: row.e.netIncome,
    status: row.r.status as DistributionRun['status'],
    reversesRunId: row.r.reversesRunId,
    reversedByRunId: reversedBy.get(id) ?? null,
    createdAt: toIso(row.r.createdAt),
    explanation: answer.explanation[l],
    warnings: answer.warnings[l],
    lines: entries.map((e) => ({
      id: e.id,
      account: e.account as DistributionRun['lines'][number]['account'],
      organisation: e.organisationId
        ? { id: e.organisationId, name: names.get(e.organisationId) ?? '' }
        : null,
      debit: formatFen(e.debitFen),
      credit: formatFen(e.creditFen),
      explanation: pick(e.memo as Memo, ctx.lang),
    })),
    totals: { debit: formatFen(debit), credit: formatFen(credit) },
  };
}

/** A run the caller may read (the consortium's members). */
export async function getRun(ctx: ServiceContext, id: string): Promise<DistributionRun> {
  const row = await repo.findRun(ctx.db, id);
  if (!row) throw notFound();
  dealRead(ctx, await readableConsortium(ctx, row.d.consortiumId));
  return runView(ctx, id);
}

/** The runs of a consortium, newest first, without their lines. */
export async function listRuns(ctx: ServiceContext, consortiumId: string) {
  const c = await readableConsortium(ctx, consortiumId);
  dealRead(ctx, c);
  const rows = await repo.runsOf(ctx.db, c.id);
  const reversedBy = await repo.reversals(
    ctx.db,
    rows.map((r) => r.r.id),
  );
  return rows.map(({ r, e, d }) => {
    const answer = r.answer as StoredAnswer;
    const fen = toFen(e.netIncome);
    return {
      id: r.id,
      consortiumId: d.consortiumId,
      revenueEventId: e.id,
      deal: { id: d.id, title: d.title, kind: d.kind as DealKind },
      method: r.method,
      methodLabel: pick(answer.label, ctx.lang),
      clause: r.clause as Bi | null,
      agreementVersionNumber: (r.input as { agreementVersionNumber?: number }).agreementVersionNumber ?? null,
      netIncome: e.netIncome,
      status: r.status as DistributionRun['status'],
      reversesRunId: r.reversesRunId,
      reversedByRunId: reversedBy.get(r.id) ?? null,
      createdAt: toIso(r.createdAt),
      totals: { debit: formatFen(fen), credit: formatFen(fen) },
    };
  });
}
