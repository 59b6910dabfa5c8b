// What-if: the same net income under every method the data allows, side by side, with each
// party's amount, explanation and warnings — before the consortium votes to change its method.
// Read-only: nothing is stored.
import { clauseRef, type DealKind, type WhatIf } from '@huahe/contracts';
import { formatFen } from '@huahe/distribution';
import type { ServiceContext } from '../../lib/context';
import { toFen } from '../../lib/money';
import { dealRead } from '../deals/deals.service';
import { dateCn } from '../results/calendar';
import { agreementOf, readableConsortium } from '../results/results.access';
import { METHOD_LABELS, methodOf, type MethodKey } from './methods';
import { distribute, loadPlan, type DistributionInputs } from './plan';

const COMPARED: MethodKey[] = ['equal', 'proportional', 'shapley', 'improved-shapley', 'nucleolus', 'mcrs'];

/** Every applicable method applied to `amount`, in the caller's language. */
export async function whatIf(
  ctx: ServiceContext,
  consortiumId: string,
  input: DistributionInputs & { amount: string; dealKind?: DealKind },
): Promise<WhatIf> {
  const c = await readableConsortium(ctx, consortiumId);
  dealRead(ctx, c);
  const effective = await agreementOf(ctx, c.id);
  const a = effective?.agreement;
  const data = await loadPlan(ctx, c, a, input);
  const own = a ? methodOf(a.revenue.sharing) : undefined;
  const methods = [
    ...new Set<MethodKey>([
      ...(own ? [own] : []),
      ...COMPARED,
      ...(input.coalitions?.length ? ['equal-surplus' as const] : []),
    ]),
  ];
  const l = ctx.lang === 'en' ? 'en' : 'zh';
  const amountFen = toFen(input.amount);
  const deal = input.dealKind
    ? { kind: input.dealKind, startedOn: null, receivedOn: dateCn(ctx.clock.now()) }
    : undefined;
  const notes: string[] = [];
  if (!a) {
    notes.push(
      l === 'en'
        ? 'No effective agreement: the parties are the current members and no method is agreed; the figures are for comparison only.'
        : '尚无生效的组建协议：参与方为当前在册成员，亦未约定分配办法；以下结果仅供比较。',
    );
  }
  if (a?.revenue.inventorReward.mode === 'share') {
    const ref = clauseRef(a, 'revenue.inventors');
    notes.push(
      l === 'en'
        ? `Under ${ref.en} the agreed inventor reward is set aside before sharing, so the parties' amounts add up to the amount less that reward.`
        : `依协议${ref.zh}，分配前先提取约定的科技人员奖励，各方金额之和为净收入扣除该奖励后的余额。`,
    );
  }
  const methodClause = a?.revenue.sharing ? clauseRef(a, 'revenue.method') : null;
  return {
    amount: formatFen(amountFen),
    parties: data.parties.map((p) => ({
      id: p.organisationId,
      name: l === 'en' ? p.nameEn : p.nameZh,
      kind: p.kind,
    })),
    agreementMethod: own ?? null,
    methods: methods.map((method) => {
      const label = METHOD_LABELS[method][l];
      const isAgreementMethod = method === own;
      const clause = isAgreementMethod ? methodClause : null;
      const d = distribute(method, data, amountFen, deal);
      if (!d.ok) {
        return {
          method,
          label,
          applicable: false,
          reason: d.reason[l],
          isAgreementMethod,
          clause,
          basis: '',
          members: [],
          warnings: [],
        };
      }
      const { allocation, rewards, notes: extra } = d.value;
      return {
        method,
        label,
        applicable: true,
        reason: null,
        isAgreementMethod,
        clause,
        basis: allocation.basis[l],
        members: data.parties.map((p, i) => {
          const reward = rewards.find((r) => r.index === i);
          return {
            organisationId: p.organisationId,
            amount: formatFen(allocation.fen[i]!),
            share: allocation.shares[i]!.toFraction(),
            inventorReward: reward ? formatFen(reward.fen) : null,
            explanation: allocation.lines[l][i]!,
            warnings: allocation.memberWarnings[i]![l],
          };
        }),
        warnings: [...allocation.warnings[l], ...extra.map((n) => n[l])],
      };
    }),
    notes,
  };
}
