// Voting power of a weighted vote [q; w_1..w_n] by dynamic programming over the weights.
//
// Member i is pivotal for a coalition S∌i iff q − w_i ≤ w(S) < q. We count those S by size, once
// per distinct weight, from one table of coalition counts by (size, weight) — see voting-dp.ts.
// Only weights below a limit matter: q, or, for quotas above half the total, W − q + 1, because S is
// pivotal iff its complement T = N∖{i}∖S weighs W − w_i − q + 1 … W − q, and |T| = n − 1 − |S| has
// the same Shapley–Shubik weight |S|!(n−1−|S|)!. Cost: O(n²·limit) per prime (about n/30 primes).
// All counts are exact; the indices are exact fractions.
import { factorial } from './shapley';
import { gcdBig, lcmBig, Rational } from './rational';
import { fail, ok, type Result } from './result';
import { primesAbove, windowCounts, type WeightClass } from './voting-dp';

/** A weighted vote: a coalition wins when its total weight reaches the quota. */
export interface VotingGame {
  readonly weights: readonly Rational[];
  readonly quota: Rational;
}

/** Both classic power indices of a weighted vote, exactly. */
export interface VotingPower {
  /** Shapley–Shubik: share of the n! voting orders in which the player casts the pivotal vote. */
  shapleyShubik: Rational[];
  /** Number of coalitions S∌i that lose without i and win with i. */
  swings: bigint[];
  /** Normalised Banzhaf index: swings / Σ swings. */
  banzhafIndex: Rational[];
  /** Non-normalised Banzhaf value: swings / 2^(n−1). */
  banzhafValue: Rational[];
  /** Players present in every winning coalition (veto holders). */
  veto: boolean[];
  /** Whether any coalition (the grand one) reaches the quota at all. */
  winnable: boolean;
}

// Bounded so that one request cannot take minutes or gigabytes.
/** Largest DP table, (n+1)·limit cells (two Int32Arrays of this size are allocated). */
export const MAX_VOTING_CELLS = 20_000_000;
/** Largest number of cell updates, primes·n²·limit/2 (about 10 s of CPU). */
export const MAX_VOTING_WORK = 4_000_000_000;
/** Most voters accepted. */
export const MAX_VOTING_PLAYERS = 5_000;

/** Shapley–Shubik and Banzhaf indices of a weighted vote, exactly, by DP over the weights. */
export function votingPower(game: VotingGame): Result<VotingPower> {
  const n = game.weights.length;
  if (n === 0) return fail('invalid-voting', '没有投票成员', 'no voters');
  if (n > MAX_VOTING_PLAYERS) {
    return fail('too-large', `投票成员最多 ${MAX_VOTING_PLAYERS} 名`, `at most ${MAX_VOTING_PLAYERS} voters`);
  }
  if (game.weights.some((w) => w.sign() < 0)) {
    return fail('invalid-voting', '票数权重不能为负', 'voting weights must not be negative');
  }
  if (game.quota.sign() <= 0) {
    return fail('invalid-voting', '通过门槛(quota)必须大于 0', 'the quota must be greater than 0');
  }
  // Integers: scale by the LCM of denominators, then divide by the GCD of the weights; a coalition
  // weight is a multiple of g, so w(S) ≥ Q ⇔ w(S)/g ≥ ⌈Q/g⌉.
  let scale = game.quota.den;
  for (const w of game.weights) scale = lcmBig(scale, w.den);
  const scaled = game.weights.map((w) => w.num * (scale / w.den));
  const g = scaled.reduce((a, b) => gcdBig(a, b), 0n);
  if (g === 0n) return ok(emptyPower(n, new Array<boolean>(n).fill(false)));
  const W = scaled.map((w) => w / g);
  const Q = (game.quota.num * (scale / game.quota.den) + g - 1n) / g;
  const total = W.reduce((a, b) => a + b, 0n);
  const veto = W.map((w) => total - w < Q);
  if (total < Q) return ok(emptyPower(n, veto));

  const complement = total - Q + 1n < Q;
  const limitBig = complement ? total - Q + 1n : Q;
  const primes = primesAbove(Math.max(1, n - 1)).length;
  if (
    limitBig * BigInt(n + 1) > BigInt(MAX_VOTING_CELLS) ||
    (BigInt(primes * n * (n + 1)) * limitBig) / 2n > BigInt(MAX_VOTING_WORK)
  ) {
    return fail(
      'too-large',
      `票数权重的精度或成员数过大,动态规划表需 ${n + 1}×${limitBig} 个单元;请减少小数位或改用 shapley-sampled`,
      `weights too fine-grained or too many voters: the DP table needs ${n + 1}×${limitBig} cells; use fewer decimals or shapley-sampled`,
    );
  }
  const limit = Number(limitBig);
  const clamp = (x: bigint) => Number(x < 0n ? 0n : x > limitBig - 1n ? limitBig - 1n : x);
  const keys = [...new Set(W)];
  const classes: WeightClass[] = keys.map((w) => {
    // Weights of S (direct) or of its complement T (complement) that make this member pivotal.
    const [a, b] = complement ? [total - w - Q + 1n, total - Q] : [Q - w, Q - 1n];
    const weight = Number(w < limitBig ? w : limitBig);
    if (a > b || b < 0n || a > limitBig - 1n) return { weight, lo: 1, hi: 0 }; // never pivotal
    return { weight, lo: clamp(a), hi: clamp(b) };
  });
  const counts = windowCounts(
    W.map((w) => Number(w < limitBig ? w : limitBig)),
    limit,
    classes,
  );
  const fact: bigint[] = [];
  for (let k = 0; k <= n; k++) fact.push(factorial(k));
  const byWeight = new Map<bigint, { ss: bigint; swings: bigint }>();
  keys.forEach((w, ci) => {
    let ss = 0n;
    let swings = 0n;
    counts[ci]!.forEach((cnt, s) => {
      swings += cnt;
      // s!(n−1−s)! is symmetric in s ↔ n−1−s, so complement sizes need no translation.
      ss += cnt * fact[s]! * fact[n - 1 - s]!;
    });
    byWeight.set(w, { ss, swings });
  });
  const orders = factorial(n);
  const swings = W.map((w) => byWeight.get(w)!.swings);
  const totalSwings = swings.reduce((a, b) => a + b, 0n);
  return ok({
    shapleyShubik: W.map((w) => Rational.of(byWeight.get(w)!.ss, orders)),
    swings,
    banzhafIndex: swings.map((s) => (totalSwings === 0n ? Rational.ZERO : Rational.of(s, totalSwings))),
    banzhafValue: swings.map((s) => Rational.of(s, 2n ** BigInt(n - 1))),
    veto,
    winnable: true,
  });
}

function emptyPower(n: number, veto: boolean[]): VotingPower {
  const zeros = Array.from({ length: n }, () => Rational.ZERO);
  return {
    shapleyShubik: zeros,
    swings: zeros.map(() => 0n),
    banzhafIndex: zeros,
    banzhafValue: zeros,
    veto,
    winnable: false,
  };
}
