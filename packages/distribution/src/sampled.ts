// Monte-Carlo Shapley by permutation sampling (Castro, Gómez & Tejada 2009): the mean of the
// marginal contributions along m random orders, with the standard error of that mean per player.
// Marginals are exact integers over the game's denominator, so the sums are exact; only the square
// root of the standard error is a (floor-rounded, 30-decimal) approximation.
import { type Game } from './game';
import { Xoshiro128 } from './prng';
import { pow10, Rational } from './rational';

/** A game that can report the marginal contributions along an order, scaled by `den`. */
export interface PermutationGame {
  readonly n: number;
  readonly den: bigint;
  /** out[k] = den·(v(first k+1 of order) − v(first k of order)). */
  marginals(order: readonly number[], out: bigint[]): void;
}

/** Sampled Shapley estimate: means, standard errors and how they were obtained. */
export interface SampledShapley {
  mean: Rational[];
  standardError: Rational[];
  samples: number;
  seed: bigint;
}

/** Upper bound on samples × players so one request stays within seconds. */
export const MAX_SAMPLE_WORK = 50_000_000;

/** Estimates the Shapley value from `samples` uniformly random orders drawn with the seeded PRNG. */
export function sampledShapley(game: PermutationGame, samples: number, seed: bigint): SampledShapley {
  const { n } = game;
  const rng = new Xoshiro128(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  const out: bigint[] = new Array<bigint>(n).fill(0n);
  const sum: bigint[] = new Array<bigint>(n).fill(0n);
  const sq: bigint[] = new Array<bigint>(n).fill(0n);
  for (let s = 0; s < samples; s++) {
    // Fisher–Yates on the previous order: still a uniform permutation.
    for (let i = n - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    game.marginals(order, out);
    for (let k = 0; k < n; k++) {
      const p = order[k]!;
      const x = out[k]!;
      sum[p]! += x;
      sq[p]! += x * x;
    }
  }
  const m = BigInt(samples);
  const mean = sum.map((x) => Rational.of(x, m * game.den));
  // Var(mean) = (m·Σx² − (Σx)²) / (m²(m−1)) / den²; SE = √Var(mean).
  const standardError = sum.map((x, i) =>
    sqrtFloor(Rational.of(m * sq[i]! - x * x, m * m * (m - 1n) * game.den * game.den), 30),
  );
  return { mean, standardError, samples, seed };
}

/** ⌊√r · 10^digits⌋ / 10^digits for r ≥ 0. */
export function sqrtFloor(r: Rational, digits: number): Rational {
  const scale = pow10(digits);
  return Rational.of(isqrt((r.num * scale * scale) / r.den), scale);
}

function isqrt(a: bigint): bigint {
  if (a < 2n) return a;
  // Newton from a power of two above √a; decreasing iterates converge to ⌊√a⌋.
  let x = 1n << BigInt(Math.ceil(a.toString(2).length / 2));
  for (;;) {
    const y = (x + a / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Marginals along an order for an explicit (dense) game. */
export function denseOrderGame(g: Game): PermutationGame {
  return {
    n: g.players.length,
    den: g.den,
    marginals(order, out) {
      let mask = 0;
      let prev = 0n;
      for (let k = 0; k < order.length; k++) {
        mask |= 1 << order[k]!;
        const v = g.num[mask]!;
        out[k] = v - prev;
        prev = v;
      }
    },
  };
}

/** Marginals for a weighted vote with integer weights and quota (1 for the pivotal voter). */
export function votingOrderGame(weights: readonly bigint[], quota: bigint): PermutationGame {
  return {
    n: weights.length,
    den: 1n,
    marginals(order, out) {
      let w = 0n;
      for (let k = 0; k < order.length; k++) {
        const before = w;
        w += weights[order[k]!]!;
        out[k] = before < quota && w >= quota ? 1n : 0n;
      }
    },
  };
}

/** Marginals for the bankruptcy game v(S) = max(0, E − Σ_{j∉S} c_j), integers scaled by den. */
export function claimsOrderGame(estate: bigint, claims: readonly bigint[], den: bigint): PermutationGame {
  const total = claims.reduce((a, b) => a + b, 0n);
  const v = (inside: bigint) => {
    const x = estate - (total - inside);
    return x > 0n ? x : 0n;
  };
  return {
    n: claims.length,
    den,
    marginals(order, out) {
      let inside = 0n;
      for (let k = 0; k < order.length; k++) {
        const before = v(inside);
        inside += claims[order[k]!]!;
        out[k] = v(inside) - before;
      }
    },
  };
}
