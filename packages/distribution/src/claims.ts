// Claims (bankruptcy) rules of O'Neill and Aumann–Maschler, exactly: an estate E is divided among
// claims c_i with Σc ≥ E. CEA, CEL and Talmud are computed in closed form after sorting the claims.
import { Rational } from './rational';
import { fail, type Failure } from './result';

/** A claims problem: the estate and one claim per player. */
export interface ClaimsProblem {
  readonly estate: Rational;
  readonly claims: readonly Rational[];
}

/** The claims rule's result: awards and, for CEA/CEL, the common level λ that defines it. */
export interface ClaimsAwards {
  awards: Rational[];
  /** CEA: everyone gets min(c_i, λ). CEL: everyone gets max(0, c_i − λ). Talmud: undefined. */
  lambda?: Rational;
}

/** Refuses negative claims/estate and an estate larger than the claims (not a bankruptcy problem). */
export function checkClaims(p: ClaimsProblem): Failure | undefined {
  if (p.estate.sign() < 0)
    return fail('invalid-claims', '遗产(estate)不能为负', 'the estate must not be negative');
  if (p.claims.some((c) => c.sign() < 0))
    return fail('invalid-claims', '索赔额不能为负', 'claims must not be negative');
  const total = Rational.sum(p.claims);
  if (p.estate.gt(total)) {
    return fail(
      'invalid-claims',
      `遗产 ${p.estate.toFraction()} 超过索赔总额 ${total.toFraction()},不是破产问题`,
      `the estate ${p.estate.toFraction()} exceeds the total claims ${total.toFraction()}: not a bankruptcy problem`,
    );
  }
  return undefined;
}

/** Proportional rule: x_i = E·c_i / Σc (all zero when every claim is zero). */
export function claimsProportional(p: ClaimsProblem): ClaimsAwards {
  const total = Rational.sum(p.claims);
  if (total.isZero()) return { awards: p.claims.map(() => Rational.ZERO) };
  return { awards: p.claims.map((c) => p.estate.mul(c).div(total)) };
}

/** Constrained equal awards: x_i = min(c_i, λ) with Σx = E. */
export function cea(p: ClaimsProblem): ClaimsAwards {
  const order = p.claims.map((_, i) => i).sort((a, b) => p.claims[a]!.cmp(p.claims[b]!) || a - b);
  let rest = p.estate;
  let left = order.length;
  let lambda: Rational | undefined;
  for (const i of order) {
    const c = p.claims[i]!;
    // Smallest claims first: if λ would exceed this claim, the claim is paid in full.
    if (c.mul(Rational.of(left)).le(rest)) {
      rest = rest.sub(c);
      left--;
    } else {
      lambda = rest.div(Rational.of(left));
      break;
    }
  }
  const cap = lambda ?? p.claims.reduce((m, c) => Rational.max(m, c), Rational.ZERO);
  return { awards: p.claims.map((c) => Rational.min(c, cap)), lambda: cap };
}

/** Constrained equal losses: x_i = max(0, c_i − λ) with Σx = E (CEA applied to the losses). */
export function cel(p: ClaimsProblem): ClaimsAwards {
  const loss = Rational.sum(p.claims).sub(p.estate);
  const l = cea({ estate: loss, claims: p.claims });
  return { awards: p.claims.map((c, i) => c.sub(l.awards[i]!)), lambda: l.lambda! };
}

/** Talmud rule: CEA on half-claims while E ≤ Σc/2; otherwise half-claims plus CEL on the other halves. */
export function talmud(p: ClaimsProblem): ClaimsAwards & { halfClaimsMet: boolean } {
  const half = p.claims.map((c) => c.div(Rational.of(2)));
  const total = Rational.sum(p.claims);
  if (p.estate.mul(Rational.of(2)).le(total)) {
    const r = cea({ estate: p.estate, claims: half });
    return { awards: r.awards, lambda: r.lambda!, halfClaimsMet: false };
  }
  // Losses are shared by CEA on the half-claims: symmetric to the first case (Aumann & Maschler).
  const losses = cea({ estate: total.sub(p.estate), claims: half });
  return {
    awards: p.claims.map((c, i) => c.sub(losses.awards[i]!)),
    lambda: losses.lambda!,
    halfClaimsMet: true,
  };
}
