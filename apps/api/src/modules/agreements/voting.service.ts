import { Rational, votingPower as indices } from '@huahe/distribution';
import { votingGame } from '@huahe/governance';
import { AgreementSchema, type Agreement, type VotingPower } from '@huahe/contracts';
import type { ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { readableAgreement } from './agreements.access';
import * as repo from './agreements.repository';

/**
 * A weighted game with veto players as a plain weighted game: each veto player gets an extra
 * weight M above the total of all others, and the quota rises by M per veto player, so a coalition
 * wins exactly when it has every veto player and reaches the original quota.
 */
export function foldVetoes(
  weights: bigint[],
  quota: bigint,
  veto: boolean[],
): { weights: bigint[]; quota: bigint } {
  const m = weights.reduce((a, b) => a + b, 0n) + 1n;
  const count = BigInt(veto.filter(Boolean).length);
  return { weights: weights.map((w, i) => (veto[i] ? w + m : w)), quota: quota + count * m };
}

const percent = (r: Rational) => r.mul(Rational.of(100)).toDecimalString(2);

/** Each party's real say (话语权) under every decision rule: Shapley–Shubik and Banzhaf indices, exactly. */
export function votingPowerOf(
  a: Agreement,
  source: 'draft' | 'effective',
  lang: 'zh-CN' | 'en',
): VotingPower {
  const names = new Map(
    a.parties.map((p) => [p.organisationId, nameIn(lang, p.legalName.zh, p.legalName.en)]),
  );
  const games: VotingPower['games'] = [];
  for (const rule of a.governance.decisionRules) {
    const g = votingGame(a, rule.type);
    if (!g || g.players.length === 0) continue;
    const veto = g.players.map((p) => g.vetoPlayers.includes(p));
    const folded = foldVetoes(
      g.players.map((p) => BigInt(g.weights[p] ?? 0)),
      BigInt(g.quota),
      veto,
    );
    const r = indices({
      weights: folded.weights.map((w) => Rational.of(w)),
      quota: Rational.of(folded.quota),
    });
    if (!r.ok)
      throw new AppError('validation_failed', {}, [{ path: 'governance.decisionRules', message: r.message }]);
    games.push({
      decisionType: rule.type,
      clauseRef: g.clauseRef,
      quota: g.quota,
      notes: g.notes,
      players: g.players.map((p, i) => ({
        partyId: p,
        name: names.get(p) ?? p,
        weight: g.weights[p] ?? 0,
        veto: veto[i]!,
        shapleyShubik: {
          exact: r.value.shapleyShubik[i]!.toFraction(),
          percent: percent(r.value.shapleyShubik[i]!),
        },
        banzhaf: { exact: r.value.banzhafIndex[i]!.toFraction(), percent: percent(r.value.banzhafIndex[i]!) },
        swings: r.value.swings[i]!.toString(),
      })),
    });
  }
  return { source, games };
}

/** Voting power under the draft (while drafting, before signing) or the effective version. */
export async function votingPower(
  ctx: ServiceContext,
  agreementId: string,
  source: 'draft' | 'effective',
): Promise<VotingPower> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  if (source === 'draft') return votingPowerOf(AgreementSchema.parse(agreement.draft), source, ctx.lang);
  const e = await repo.effectiveAgreement(ctx.db, agreement.consortiumId);
  if (!e)
    throw new AppError('conflict', {
      reason: ctx.lang === 'en' ? 'no effective version yet' : '尚无生效版本',
    });
  return votingPowerOf(e.agreement, source, ctx.lang);
}
