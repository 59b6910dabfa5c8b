// Everything a distribution needs, loaded once: the parties (the agreement's, or the current
// members without one), the recorded contributions, the game, and the ownership of the deal's
// results; then the net income shared by a method with the inventor-reward lines.
import { clauseRef, type Agreement, type ContributionCategory, type DealKind } from '@huahe/contracts';
import { Rational } from '@huahe/distribution';
import type { ServiceContext } from '../../lib/context';
import type { ConsortiumScope } from '../results/results.access';
import { shareOf } from '../results/ownership';
import * as repo from './distributions.repository';
import { contributionGame, explicitGame, type Contribution, type Party } from './game';
import { agreedReward, statutoryRewards, type RewardLine } from './inventor-reward';
import { allocate, type Allocation, type MethodData, type MethodKey } from './methods';

type Bi = { zh: string; en: string };

/** Inputs a caller may add to what the agreement and the register hold. */
export interface DistributionInputs {
  contributions?: Contribution[];
  factorScores?: { factor: string; organisationId: string; score: string }[];
  coalitions?: { organisationIds: string[]; value: string }[];
}

/** The parties' contributions as the agreement's funding commitments and the background register record them. */
function recordedContributions(
  agreement: Agreement | undefined,
  background: Map<string, number>,
): Contribution[] {
  const out: Contribution[] = [];
  const add = (organisationId: string, category: ContributionCategory, amount: Rational) => {
    if (amount.sign() > 0) out.push({ organisationId, category, amount: amount.toDecimalString(6) });
  };
  for (const f of agreement?.funding.commitments ?? []) {
    add(f.partyId, 'cash', rat(f.cashYuan));
    add(f.partyId, 'person_months', rat(f.personMonths));
    add(f.partyId, 'equipment', Rational.sum(f.inKind.map((k) => rat(k.valueYuan))));
  }
  for (const [organisationId, n] of background) add(organisationId, 'background_ip', Rational.of(n));
  return out;
}

function rat(decimal: string): Rational {
  const [i = '0', f = ''] = decimal.split('.');
  return Rational.of(BigInt(i + f), 10n ** BigInt(f.length));
}

/** The method data of a consortium (and, for a deal, the ownership of its results). */
export async function loadPlan(
  ctx: ServiceContext,
  c: ConsortiumScope,
  agreement: Agreement | undefined,
  inputs: DistributionInputs,
  dealResultIds: string[] = [],
): Promise<MethodData & { agreement?: Agreement }> {
  const ids = agreement ? agreement.parties.map((p) => p.organisationId) : c.memberOrganisationIds;
  const rows = new Map((await repo.organisationsByIds(ctx.db, ids)).map((o) => [o.id, o]));
  const parties: Party[] = ids.map((id) => {
    const o = rows.get(id);
    const legal = agreement?.parties.find((p) => p.organisationId === id)?.legalName;
    return {
      organisationId: id,
      nameZh: o?.nameZh ?? legal?.zh ?? id,
      nameEn: o?.nameEn ?? legal?.en ?? o?.nameZh ?? id,
      kind: o?.kind ?? 'other',
    };
  });
  const sharing = agreement?.revenue.sharing;
  const entered = inputs.contributions !== undefined;
  const contributions =
    inputs.contributions ?? recordedContributions(agreement, await repo.backgroundCounts(ctx.db, c.id));
  const source: Bi = entered
    ? { zh: '本次录入的各成员投入', en: 'the contributions entered for this calculation' }
    : {
        zh: '协议约定的投入承诺和背景知识产权登记',
        en: 'the funding commitments of the agreement and the background-IP register',
      };
  const weighted = contributionGame(
    parties,
    contributions,
    sharing && 'categoryWeights' in sharing ? sharing.categoryWeights : undefined,
    source,
  );
  const game = inputs.coalitions?.length ? explicitGame(parties, inputs.coalitions) : weighted;
  const owners = await repo.ownersOfResults(ctx.db, dealResultIds);
  const ownerWeights = parties.map((p) =>
    Rational.sum(owners.filter((o) => o.organisationId === p.organisationId).map((o) => shareOf(o.share))),
  );
  return {
    parties,
    ...(sharing ? { sharing } : {}),
    game,
    weighted,
    ...(inputs.factorScores ? { factorScores: inputs.factorScores } : {}),
    ownerWeights,
    ...(agreement ? { agreement } : {}),
  };
}

/** A distribution: the method's allocation of what is left after any agreed reward, and the reward lines. */
export interface Distribution {
  allocation: Allocation;
  member: bigint[];
  rewards: RewardLine[];
  rewardClause: Bi | null;
  notes: Bi[];
}

/**
 * Shares `netFen` by `method`, with the inventor reward: the agreed share set aside first, or (where
 * the agreement only refers to the law, or there is none) the art. 45 floors when the deal kind is known.
 */
export function distribute(
  method: MethodKey,
  data: MethodData & { agreement?: Agreement },
  netFen: bigint,
  deal?: { kind: DealKind; startedOn: string | null; receivedOn: string },
): { ok: true; value: Distribution } | { ok: false; reason: Bi; path?: string } {
  const a = data.agreement;
  const mode = a?.revenue.inventorReward;
  const clause = a ? clauseRef(a, 'revenue.inventors') : null;
  let pool: RewardLine | undefined;
  if (mode?.mode === 'share' && clause) pool = agreedReward(netFen, mode.share, clause);
  const result = allocate(method, data, netFen - (pool?.fen ?? 0n));
  if (!result.ok) return result;
  const allocation = result.value;
  const notes: Bi[] = [];
  if (pool)
    return {
      ok: true,
      value: {
        allocation,
        member: allocation.fen,
        rewards: pool.fen > 0n ? [pool] : [],
        rewardClause: clause,
        notes,
      },
    };
  if (!deal)
    return {
      ok: true,
      value: { allocation, member: allocation.fen, rewards: [], rewardClause: clause, notes },
    };
  const s = statutoryRewards(
    data.parties.map((p) => p.kind),
    data.parties.map((p) => ({ zh: p.nameZh, en: p.nameEn })),
    allocation.fen,
    deal,
  );
  if (s.note) notes.push(s.note);
  return { ok: true, value: { allocation, member: s.member, rewards: s.lines, rewardClause: clause, notes } };
}
