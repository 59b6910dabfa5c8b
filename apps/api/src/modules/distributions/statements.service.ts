// Member statements: every ledger line of one member with its run, method, clause and explanation,
// and the running balance; as JSON, PDF (CJK font embedded) and Excel.
import type { Statement } from '@huahe/contracts';
import { formatFen } from '@huahe/distribution';
import { authorize } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { renderPdf, type Block } from '../../lib/pdf';
import { toIso } from '../../lib/time';
import { writeSheet, type Column } from '../../lib/xlsx';
import { dateCn } from '../results/calendar';
import { readableConsortium } from '../results/results.access';
import { organisationNames } from '../results/results.repository';
import * as repo from './distributions.repository';
import { formatYuan } from '../../lib/money';

type Bi = { zh: string; en: string };
const pick = (b: Bi, lang: string) => (lang === 'en' ? b.en : b.zh);

const ACCOUNT: Record<string, Bi> = {
  distributable_income: { zh: '可分配净收入', en: 'distributable income' },
  member_share: { zh: '成员分配额', en: 'member share' },
  inventor_reward: { zh: '科技人员奖励', en: 'inventor reward' },
};

/** One member's statement in one consortium (its own staff, the secretariat, the bureau). */
export async function getStatement(
  ctx: ServiceContext,
  consortiumId: string,
  organisationId: string,
): Promise<Statement> {
  const c = await readableConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'statements.read', { consortiumId: c.id, organisationId });
  const names = await organisationNames(ctx.db, [organisationId], ctx.lang);
  if (!names.has(organisationId)) throw notFound();
  const rows = await repo.statementLines(ctx.db, c.id, organisationId);
  // A statement exists for members, and for former members the ledger still holds lines for.
  if (rows.length === 0 && !c.memberOrganisationIds.includes(organisationId)) throw notFound();
  let balance = 0n;
  const totals = { member_share: 0n, inventor_reward: 0n } as Record<string, bigint>;
  const lines = rows.map(({ l, r, e, d }) => {
    const amount = l.creditFen - l.debitFen;
    balance += amount;
    totals[l.account] = (totals[l.account] ?? 0n) + amount;
    const memo = l.memo as Bi & { method: string; clause: Bi | null };
    const label = (r.answer as { label?: Bi }).label;
    return {
      entryId: l.id,
      runId: r.id,
      at: toIso(l.createdAt),
      deal: d.title,
      receivedOn: e.receivedOn,
      account: l.account as Statement['lines'][number]['account'],
      method: label ? pick(label, ctx.lang) : r.method,
      clause: memo.clause ? pick(memo.clause, ctx.lang) : null,
      explanation: pick(memo, ctx.lang),
      amount: formatFen(amount),
      balance: formatFen(balance),
    };
  });
  return {
    consortium: { id: c.id, name: c.name },
    organisation: { id: organisationId, name: names.get(organisationId)! },
    lines,
    totals: {
      memberShare: formatFen(totals.member_share ?? 0n),
      inventorReward: formatFen(totals.inventor_reward ?? 0n),
      balance: formatFen(balance),
    },
  };
}

const accountLabel = (a: string, lang: string) => (ACCOUNT[a] ? pick(ACCOUNT[a], lang) : a);

/** The statement as a PDF. */
export async function statementPdf(
  ctx: ServiceContext,
  consortiumId: string,
  organisationId: string,
): Promise<Buffer> {
  const s = await getStatement(ctx, consortiumId, organisationId);
  const en = ctx.lang === 'en';
  const today = dateCn(ctx.clock.now());
  const blocks: Block[] = [
    {
      kind: 'title',
      text: en ? 'Statement of revenue distributions' : '成果转化收益分配对账单',
      subtitle: `${s.consortium.name} · ${s.organisation.name} · ${en ? 'as of' : '截至'} ${today}`,
    },
    {
      kind: 'paragraph',
      text: en
        ? 'Every line the ledger holds for this member: credits are shares and inventor rewards of distribution runs, debits are their reversals. Amounts in yuan, exact to the fen.'
        : '本单位在联合体收益分配账簿中的全部记录：贷方为分配所得及科技人员奖励，借方为冲销。金额单位为元，精确到分。',
      muted: true,
    },
    {
      kind: 'table',
      columns: [
        { header: en ? 'Date' : '日期', width: 12 },
        { header: en ? 'Deal (received on)' : '合同（到账日）', width: 30 },
        { header: en ? 'Account' : '科目', width: 14 },
        { header: en ? 'Method' : '分配方法', width: 16 },
        { header: en ? 'Amount' : '金额', width: 14, align: 'right' },
        { header: en ? 'Balance' : '余额', width: 14, align: 'right' },
      ],
      rows: s.lines.map((l) => [
        l.at.slice(0, 10),
        `${l.deal}（${l.receivedOn}）`,
        accountLabel(l.account, ctx.lang),
        l.method,
        l.amount,
        l.balance,
      ]),
    },
    {
      kind: 'paragraph',
      text: en
        ? `Member shares CNY ${formatYuan(s.totals.memberShare)}; inventor rewards CNY ${formatYuan(s.totals.inventorReward)}; balance CNY ${formatYuan(s.totals.balance)}.`
        : `分配所得合计 ${formatYuan(s.totals.memberShare)} 元；科技人员奖励合计 ${formatYuan(s.totals.inventorReward)} 元；余额 ${formatYuan(s.totals.balance)} 元。`,
    },
    { kind: 'heading', text: en ? 'How each line was computed' : '逐笔计算说明' },
    ...s.lines.map((l, i): Block => ({
      kind: 'paragraph',
      text: `${i + 1}. [${accountLabel(l.account, ctx.lang)}${l.clause ? ` · ${l.clause}` : ''}] ${l.explanation}`,
      indent: 0,
    })),
  ];
  return renderPdf(blocks, {
    title: en ? `Statement: ${s.organisation.name}` : `收益分配对账单：${s.organisation.name}`,
    footer: `Huahe · ${s.consortium.name} · ${s.organisation.name}`,
    subject: s.consortium.name,
    date: ctx.clock.now(),
  });
}

const columns: Column[] = [
  { key: 'at', zh: '日期', en: 'Date', width: 12 },
  { key: 'deal', zh: '合同', en: 'Deal', width: 30 },
  { key: 'receivedOn', zh: '到账日期', en: 'Received on', width: 12 },
  { key: 'account', zh: '科目', en: 'Account', width: 14 },
  { key: 'method', zh: '分配方法', en: 'Method', width: 16 },
  { key: 'clause', zh: '协议条款', en: 'Clause', width: 14 },
  { key: 'explanation', zh: '计算说明', en: 'Explanation', width: 80 },
  { key: 'amount', zh: '金额（元）', en: 'Amount', width: 14 },
  { key: 'balance', zh: '余额（元）', en: 'Balance', width: 14 },
  { key: 'runId', zh: '分配批次', en: 'Run', width: 38 },
];

/** The statement as an Excel file (amounts as exact decimal text). */
export async function statementXlsx(
  ctx: ServiceContext,
  consortiumId: string,
  organisationId: string,
): Promise<Buffer> {
  const s = await getStatement(ctx, consortiumId, organisationId);
  const rows = s.lines.map((l) => [
    l.at.slice(0, 10),
    l.deal,
    l.receivedOn,
    accountLabel(l.account, ctx.lang),
    l.method,
    l.clause,
    l.explanation,
    l.amount,
    l.balance,
    l.runId,
  ]);
  const en = ctx.lang === 'en';
  rows.push([
    en ? 'Total' : '合计',
    '',
    '',
    '',
    '',
    '',
    en
      ? `member shares ${s.totals.memberShare}; inventor rewards ${s.totals.inventorReward}`
      : `分配所得 ${s.totals.memberShare}；科技人员奖励 ${s.totals.inventorReward}`,
    s.totals.balance,
    s.totals.balance,
    '',
  ]);
  return writeSheet(en ? 'Statement' : '对账单', columns, rows, ctx.lang);
}
