// The ledger lines of one distribution: a debit of the distributable income, a credit per party
// with a positive share, and the inventor-reward lines; each with its explanation in both
// languages. Pure; the caller posts them.
import type { Party } from './game';
import { METHOD_LABELS, type MethodKey } from './methods';
import type { Distribution } from './plan';
import type { Bi, Memo } from './runs.service';
import { formatYuan } from '../../lib/money';

/** One line to post. */
export interface PostingLine {
  account: 'distributable_income' | 'member_share' | 'inventor_reward';
  organisationId: string | null;
  debitFen: bigint;
  creditFen: bigint;
  memo: Memo;
}

/** The lines of a distribution; throws when they do not balance to the fen (a bug, never a rounding). */
export function postingLines(x: {
  method: MethodKey;
  methodClause: Bi | null;
  net: bigint;
  event: {
    dealTitle: string;
    receivedOn: string;
    amount: string;
    deductibleCosts: string;
    netIncome: string;
  };
  parties: Party[];
  distribution: Distribution;
}): PostingLine[] {
  const { method, methodClause, net, event: e, parties } = x;
  const { allocation, member, rewards, rewardClause } = x.distribution;
  const label = METHOD_LABELS[method];
  const memo = (zh: string, en: string, clause: Bi | null = methodClause): Memo => ({
    zh,
    en,
    method,
    clause,
  });
  const lines: PostingLine[] = [
    {
      account: 'distributable_income',
      organisationId: null,
      debitFen: net,
      creditFen: 0n,
      memo: memo(
        `“${e.dealTitle}” ${e.receivedOn} 到账 ${formatYuan(e.amount)} 元，扣除可扣除成本 ${formatYuan(e.deductibleCosts)} 元，可分配净收入 ${formatYuan(e.netIncome)} 元`,
        `"${e.dealTitle}": CNY ${formatYuan(e.amount)} received on ${e.receivedOn} less deductible costs of CNY ${formatYuan(e.deductibleCosts)}: distributable net income CNY ${formatYuan(e.netIncome)}`,
      ),
    },
  ];
  const cite = methodClause
    ? {
        zh: `依协议${methodClause.zh}按${label.zh}分配：`,
        en: `Shared by the ${label.en} under ${methodClause.en}: `,
      }
    : { zh: `按${label.zh}分配：`, en: `Shared ${label.en}: ` };
  parties.forEach((p, i) => {
    if (member[i]! <= 0n) return;
    const reward = rewards.find((r) => r.index === i);
    // The engine's line names the party's whole share; say how much of it this line books.
    const split = reward
      ? {
          zh: `；其中 ${formatYuan(reward.fen)} 元为科技人员奖励（另列一行），本行记 ${formatYuan(member[i]!)} 元`,
          en: `; of this, CNY ${formatYuan(reward.fen)} is the inventors' reward (a separate line) and CNY ${formatYuan(member[i]!)} is booked here`,
        }
      : { zh: '', en: '' };
    lines.push({
      account: 'member_share',
      organisationId: p.organisationId,
      debitFen: 0n,
      creditFen: member[i]!,
      memo: memo(cite.zh + allocation.lines.zh[i]! + split.zh, cite.en + allocation.lines.en[i]! + split.en),
    });
  });
  for (const r of rewards) {
    lines.push({
      account: 'inventor_reward',
      organisationId: r.index === null ? null : parties[r.index]!.organisationId,
      debitFen: 0n,
      creditFen: r.fen,
      memo: memo(r.explanation.zh, r.explanation.en, rewardClause),
    });
  }
  const credits = lines.reduce((s, l) => s + l.creditFen, 0n);
  if (credits !== net) throw new Error(`distribution does not balance: credits ${credits} ≠ net ${net}`);
  return lines;
}
