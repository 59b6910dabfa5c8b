// "Improved Shapley" (SPEC §6.2, variant B of research/distribution.md): φ′_i = φ_i + (R_i − 1/n)·v(N)
// with R_i = Σ_k w_k·r_ik and r_ik = x_ik / Σ_j x_jk. Exact: the weights must sum to exactly 1, so
// Σ R_i = 1 and the correction preserves Σφ (efficiency).
import { Rational } from './rational';
import { fail, ok, type Result, type Text } from './result';

/** One correction factor (risk, investment, effort…): its weight and each player's score. */
export interface Factor {
  readonly name: string;
  readonly weight: Rational;
  readonly scores: readonly Rational[];
}

/** Input of improvedShapley: φ (base), v(N) (total) and the factors; v({i}) enables the IR warning. */
export interface ImprovedShapleyInput {
  readonly base: readonly Rational[];
  readonly total: Rational;
  readonly factors: readonly Factor[];
  readonly standalone?: readonly Rational[];
}

/** The corrected values with the pieces that explain them. */
export interface ImprovedShapley {
  values: Rational[];
  /** R_i: the player's weighted factor share. */
  share: Rational[];
  /** (R_i − 1/n)·v(N): the correction added to φ_i. */
  delta: Rational[];
  /** Per player, one warning per problem (below v({i}), below 0); empty when fine. */
  warnings: Text[][];
}

/** Applies the factor correction exactly; refuses factor weights that do not sum to exactly 1. */
export function improvedShapley(input: ImprovedShapleyInput): Result<ImprovedShapley> {
  const n = input.base.length;
  const bad = checkFactors(input.factors, n);
  if (bad) return bad;
  const share = Array.from({ length: n }, () => Rational.ZERO);
  for (const f of input.factors) {
    const sum = Rational.sum(f.scores);
    f.scores.forEach((x, i) => {
      share[i] = share[i]!.add(f.weight.mul(x).div(sum));
    });
  }
  const avg = Rational.of(1, n);
  const delta = share.map((r) => r.sub(avg).mul(input.total));
  const values = input.base.map((phi, i) => phi.add(delta[i]!));
  const warnings = values.map((x, i) => {
    const w: Text[] = [];
    const alone = input.standalone?.[i];
    if (alone !== undefined && x.lt(alone)) {
      w.push({
        'zh-CN': `修正后的值 ${x.toFraction()} 低于其单独价值 v({i}) = ${alone.toFraction()}(不满足个体理性)`,
        en: `the corrected value ${x.toFraction()} is below its stand-alone value v({i}) = ${alone.toFraction()} (not individually rational)`,
      });
    }
    if (x.sign() < 0)
      w.push({
        'zh-CN': `修正后的值 ${x.toFraction()} 为负`,
        en: `the corrected value ${x.toFraction()} is negative`,
      });
    return w;
  });
  return ok({ values, share, delta, warnings });
}

function checkFactors(factors: readonly Factor[], n: number): Result<never> | undefined {
  if (factors.length === 0)
    return fail('invalid-factors', '至少需要一个修正因素', 'at least one factor is required');
  const names = new Set<string>();
  for (const f of factors) {
    if (f.name === '' || names.has(f.name)) {
      return fail(
        'invalid-factors',
        `因素名称为空或重复:"${f.name}"`,
        `factor name empty or repeated: "${f.name}"`,
      );
    }
    names.add(f.name);
    if (f.weight.sign() < 0)
      return fail('invalid-factors', `因素 ${f.name} 的权重为负`, `factor ${f.name} has a negative weight`);
    if (f.scores.length !== n)
      return fail(
        'invalid-factors',
        `因素 ${f.name} 的评分个数不对`,
        `factor ${f.name} needs one score per player`,
      );
    if (f.scores.some((x) => x.sign() < 0))
      return fail(
        'invalid-factors',
        `因素 ${f.name} 的评分不能为负`,
        `factor ${f.name} has a negative score`,
      );
    if (Rational.sum(f.scores).isZero()) {
      return fail('invalid-factors', `因素 ${f.name} 的评分之和为 0`, `factor ${f.name}'s scores sum to 0`);
    }
  }
  const sum = Rational.sum(factors.map((f) => f.weight));
  if (!sum.eq(Rational.ONE)) {
    return fail(
      'invalid-factors',
      `因素权重之和应恰为 1,实际为 ${sum.toFraction()}`,
      `factor weights must sum to exactly 1, they sum to ${sum.toFraction()}`,
    );
  }
  return undefined;
}
