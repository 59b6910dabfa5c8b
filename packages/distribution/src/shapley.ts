// Exact Shapley and Banzhaf values by enumerating the 2^n coalitions once.
//
// With P_i[s] = Σ_{S∋i, |S|=s} v(S) and T[s] = Σ_{|S|=s} v(S) (values scaled to integers by the
// game's denominator), the Shapley formula regroups into
//   φ_i · n! = Σ_s (s−1)!(n−s)! · P_i[s] − Σ_s s!(n−s−1)! · (T[s] − P_i[s]),
// so the hot loop only adds integers, and each player costs one division at the very end.
import { fullMask, type Game } from './game';
import { Rational } from './rational';

/** n! for small n, as a bigint. */
export function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return f;
}

/** Per-player, per-size sums of the scaled values: P[i*(n+1)+s] and T[s]. */
export function sizeSums(g: Game): { P: bigint[]; T: bigint[] } {
  const n = g.players.length;
  const size = 2 ** n;
  const pc = new Uint8Array(size);
  for (let m = 1; m < size; m++) pc[m] = pc[m >>> 1]! + (m & 1);
  const P: bigint[] = new Array<bigint>(n * (n + 1)).fill(0n);
  const T: bigint[] = new Array<bigint>(n + 1).fill(0n);
  const num = g.num;
  for (let m = 1; m < size; m++) {
    const v = num[m]!;
    if (v === 0n) continue;
    const s = pc[m]!;
    T[s]! += v;
    for (let r = m; r !== 0; r &= r - 1) {
      const i = 31 - Math.clz32(r & -r);
      P[i * (n + 1) + s]! += v;
    }
  }
  return { P, T };
}

/** The exact Shapley value of every player (efficient: Σφ = v(N)). */
export function shapley(g: Game): Rational[] {
  const n = g.players.length;
  if (n === 0) return [];
  const { P, T } = sizeSums(g);
  const fact: bigint[] = [];
  for (let k = 0; k <= n; k++) fact.push(factorial(k));
  // a[s] weighs coalitions of size s that contain i, b[s] those of size s that do not.
  const a = (s: number) => fact[s - 1]! * fact[n - s]!;
  const b = (s: number) => fact[s]! * fact[n - s - 1]!;
  const out: Rational[] = [];
  for (let i = 0; i < n; i++) {
    let acc = 0n;
    for (let s = 1; s <= n; s++) acc += a(s) * P[i * (n + 1) + s]!;
    for (let s = 0; s < n; s++) acc -= b(s) * (T[s]! - P[i * (n + 1) + s]!);
    out.push(Rational.of(acc, fact[n]! * g.den));
  }
  return out;
}

/** Banzhaf by enumeration: `raw` = Σ_{S∌i}[v(S∪i) − v(S)], `value` = raw / 2^(n−1). */
export function banzhaf(g: Game): { raw: Rational[]; value: Rational[] } {
  const n = g.players.length;
  if (n === 0) return { raw: [], value: [] };
  const { P, T } = sizeSums(g);
  const total = T.reduce((x, y) => x + y, 0n);
  const raw: Rational[] = [];
  const value: Rational[] = [];
  for (let i = 0; i < n; i++) {
    let inI = 0n;
    for (let s = 1; s <= n; s++) inI += P[i * (n + 1) + s]!;
    // Σ_{S∋i} v(S) − Σ_{S∌i} v(S) pairs every S∌i with S∪{i}: exactly the sum of marginal contributions.
    const diff = 2n * inI - total;
    raw.push(Rational.of(diff, g.den));
    value.push(Rational.of(diff, g.den * 2n ** BigInt(n - 1)));
  }
  return { raw, value };
}

/** Marginal contribution of i to the coalition of all the others: v(N) − v(N∖{i}). */
export function marginalToGrand(g: Game, i: number): Rational {
  const full = fullMask(g.players.length);
  return Rational.of(g.num[full]! - g.num[full ^ (1 << i)]!, g.den);
}

/** True when every v(S) is 0 or 1 and v is monotone: a simple (voting) game. */
export function isSimpleGame(g: Game): boolean {
  const size = 2 ** g.players.length;
  for (let m = 1; m < size; m++) {
    const v = g.num[m]!;
    if (v !== 0n && v !== g.den) return false;
    if (v === 0n) continue;
    // Monotone: adding any member to a winning coalition keeps it winning.
    for (let i = 0; i < g.players.length; i++) {
      const sup = m | (1 << i);
      if (sup !== m && g.num[sup] !== g.den) return false;
    }
  }
  return true;
}
