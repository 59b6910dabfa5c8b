// The closed-form methods of §6.2: equal, equal-surplus, proportional, MCRS and the claims rules.
import { cea, cel, claimsProportional, talmud, type ClaimsProblem } from './claims';
import { fmt, t, type Outcome } from './explain';
import type { Problem } from './problem';
import { Rational } from './rational';
import { ok, type Result, type Text } from './result';
import { equalSplit, equalSurplus, mcrs, proportional } from './simple';
import { allButOne, grand, standalone } from './source-values';

/** v(N) of the problem: from its game/voting/claims, else `total`, else 1 (then shares are fractions of 1). */
export function totalOf(p: Problem): Rational {
  return p.source.kind === 'none' ? (p.total ?? Rational.ONE) : grand(p.source);
}

function knownStandalone(p: Problem): Rational[] | undefined {
  return p.source.kind === 'none' ? undefined : standalone(p.source);
}

/** equal: v(N)/n. */
export function solveEqual(p: Problem): Result<Outcome> {
  const total = totalOf(p);
  const n = p.players.length;
  const values = equalSplit(total, n);
  const line = t(
    `平均分配:v(N) = ${fmt(total)} 由 ${n} 名成员平分,各得 ${fmt(values[0]!)}`,
    `equal split: v(N) = ${fmt(total)} shared equally by ${n} members, ${fmt(values[0]!)} each`,
  );
  return ok({
    values,
    exact: true,
    lines: values.map(() => line),
    warnings: [],
    standalone: knownStandalone(p),
  });
}

/** equal-surplus: v({i}) plus an equal share of v(N) − Σv({j}). */
export function solveEqualSurplus(p: Problem): Result<Outcome> {
  if (p.source.kind === 'none') throw new Error('unreachable: parseProblem requires a source');
  const alone = standalone(p.source);
  const total = grand(p.source);
  const values = equalSurplus(total, alone);
  const surplus = total.sub(Rational.sum(alone));
  const each = surplus.div(Rational.of(p.players.length));
  const lines = alone.map((a) =>
    t(
      `单独价值 v({i}) = ${fmt(a)},加上合作剩余 v(N) − Σv({j}) = ${fmt(surplus)} 的平均份额 ${fmt(each)}`,
      `stand-alone value v({i}) = ${fmt(a)} plus an equal share ${fmt(each)} of the surplus v(N) − Σv({j}) = ${fmt(surplus)}`,
    ),
  );
  return ok({ values, exact: true, lines, warnings: [], standalone: alone });
}

/** proportional: v(N)·c_i/Σc. */
export function solveProportional(p: Problem): Result<Outcome> {
  const weights = p.weights!;
  const total = totalOf(p);
  const r = proportional(total, weights);
  if (!r.ok) return r;
  const sum = Rational.sum(weights);
  const lines = weights.map((w) =>
    t(
      `按权重分配:权重 ${fmt(w)} 占总权重 ${fmt(sum)} 的 ${fmt(w.div(sum))},乘以 v(N) = ${fmt(total)}`,
      `proportional: weight ${fmt(w)} of total weight ${fmt(sum)}, i.e. ${fmt(w.div(sum))} of v(N) = ${fmt(total)}`,
    ),
  );
  return ok({ values: r.value, exact: true, lines, warnings: [], standalone: knownStandalone(p) });
}

/** mcrs: between m_i = v({i}) and M_i = v(N) − v(N∖{i}), in proportion to M_i − m_i. */
export function solveMcrs(p: Problem): Result<Outcome> {
  if (p.source.kind === 'none') throw new Error('unreachable: parseProblem requires a source');
  const total = grand(p.source);
  const low = standalone(p.source);
  const high = allButOne(p.source).map((v) => total.sub(v));
  const r = mcrs(total, low, high);
  if (!r.ok) return r;
  const rest = total.sub(Rational.sum(low));
  const lines = low.map((m, i) =>
    t(
      `MCRS:最低 m = v({i}) = ${fmt(m)},最高 M = v(N) − v(N∖{i}) = ${fmt(high[i]!)};在 m 之上按 (M − m) 的比例分得剩余 ${fmt(rest)} 中的一份`,
      `MCRS: minimum m = v({i}) = ${fmt(m)}, maximum M = v(N) − v(N∖{i}) = ${fmt(high[i]!)}; above m it takes a share of the remaining ${fmt(rest)} in proportion to M − m`,
    ),
  );
  return ok({ values: r.value, exact: true, lines, warnings: [], standalone: low });
}

/** claims-proportional, cea, cel, talmud. */
export function solveClaims(p: Problem): Result<Outcome> {
  if (p.source.kind !== 'claims') throw new Error('unreachable: parseProblem requires claims');
  const c: ClaimsProblem = p.source.claims;
  const half = c.estate.mul(Rational.of(2)).le(Rational.sum(c.claims));
  const claimText = (i: number) => fmt(c.claims[i]!);
  let awards: Rational[];
  let rule: Text;
  if (p.method === 'claims-proportional') {
    awards = claimsProportional(c).awards;
    rule = t(
      `按索赔额比例分配遗产 ${fmt(c.estate)}`,
      `the estate ${fmt(c.estate)} is divided in proportion to the claims`,
    );
  } else if (p.method === 'cea') {
    const r = cea(c);
    awards = r.awards;
    rule = t(
      `受限平均获赔(CEA):每人得 min(索赔, λ),λ = ${fmt(r.lambda!)}`,
      `constrained equal awards: each gets min(claim, λ) with λ = ${fmt(r.lambda!)}`,
    );
  } else if (p.method === 'cel') {
    const r = cel(c);
    awards = r.awards;
    rule = t(
      `受限平均损失(CEL):每人承担 min(索赔, λ) 的损失,λ = ${fmt(r.lambda!)}`,
      `constrained equal losses: each loses min(claim, λ) with λ = ${fmt(r.lambda!)}`,
    );
  } else {
    const r = talmud(c);
    awards = r.awards;
    rule = half
      ? t(
          `塔木德规则:遗产不超过索赔总额的一半,对半额索赔做受限平均获赔,λ = ${fmt(r.lambda!)}`,
          `Talmud rule: the estate is at most half the claims, so equal awards on the half-claims, λ = ${fmt(r.lambda!)}`,
        )
      : t(
          `塔木德规则:遗产超过索赔总额的一半,先得半额索赔,损失再按半额平均分担,λ = ${fmt(r.lambda!)}`,
          `Talmud rule: the estate exceeds half the claims, so half-claims first and losses shared equally on the other halves, λ = ${fmt(r.lambda!)}`,
        );
  }
  const lines = awards.map((x, i) => {
    const got = t(
      `索赔 ${claimText(i)},获赔 ${fmt(x)},损失 ${fmt(c.claims[i]!.sub(x))};`,
      `claim ${claimText(i)}, awarded ${fmt(x)}, losing ${fmt(c.claims[i]!.sub(x))}; `,
    );
    return t(got['zh-CN'] + rule['zh-CN'], got.en + rule.en);
  });
  return ok({ values: awards, exact: true, lines, warnings: [] });
}
