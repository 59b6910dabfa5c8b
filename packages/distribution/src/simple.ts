// The baseline rules that papers compare against, and MCRS.
import { Rational } from './rational';
import { fail, ok, type Result } from './result';

/** Equal split: v(N)/n each. */
export function equalSplit(total: Rational, n: number): Rational[] {
  const each = total.div(Rational.of(n));
  return Array.from({ length: n }, () => each);
}

/** Equal surplus: v({i}) + (v(N) − Σ v({j}))/n. */
export function equalSurplus(total: Rational, standalone: readonly Rational[]): Rational[] {
  const surplus = total.sub(Rational.sum(standalone)).div(Rational.of(standalone.length));
  return standalone.map((s) => s.add(surplus));
}

/** Proportional: v(N)·c_i/Σc; weights must be ≥ 0 with a positive sum. */
export function proportional(total: Rational, weights: readonly Rational[]): Result<Rational[]> {
  if (weights.some((w) => w.sign() < 0))
    return fail('invalid-weights', '权重不能为负', 'weights must not be negative');
  const sum = Rational.sum(weights);
  if (sum.isZero())
    return fail('invalid-weights', '权重之和必须大于 0', 'the weights must sum to more than 0');
  return ok(weights.map((w) => total.mul(w).div(sum)));
}

/**
 * MCRS (minimum costs–remaining savings) for profit games: m_i = v({i}), M_i = v(N) − v(N∖{i}),
 * x_i = m_i + (M_i − m_i)/Σ(M_j − m_j) · (v(N) − Σm_j). Undefined when Σ(M − m) = 0 unless v(N) = Σm.
 */
export function mcrs(
  total: Rational,
  low: readonly Rational[],
  high: readonly Rational[],
): Result<Rational[]> {
  const spread = low.map((m, i) => high[i]!.sub(m));
  const spreadSum = Rational.sum(spread);
  const remaining = total.sub(Rational.sum(low));
  if (spreadSum.isZero()) {
    if (remaining.isZero()) return ok([...low]);
    return fail(
      'no-solution',
      'MCRS 无定义:Σ(Mᵢ − mᵢ) = 0 而 v(N) ≠ Σ mᵢ',
      'MCRS is undefined: Σ(Mᵢ − mᵢ) = 0 while v(N) ≠ Σ mᵢ',
    );
  }
  return ok(low.map((m, i) => m.add(spread[i]!.div(spreadSum).mul(remaining))));
}
