// A TU game as a dense array over bitmask coalitions, scaled to integers by one common denominator:
// the enumerations then add bigints (or int64s) instead of normalising a fraction at every step.
import { lcmBig, Rational } from './rational';
import { fail, ok, type Result } from './result';

/** Exact enumeration (2^n coalitions) is offered up to this many players; beyond, sample. */
export const MAX_EXACT_PLAYERS = 25;

/** A TU game: v(S) = num[S] / den for the coalition with bitmask S (bit i ↔ players[i]); v(∅) = 0. */
export interface Game {
  readonly players: readonly string[];
  readonly num: ArrayLike<bigint>;
  readonly den: bigint;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The grand coalition's bitmask for n players. */
export function fullMask(n: number): number {
  return n === 0 ? 0 : 2 ** n - 1;
}

/** Number of members of a coalition bitmask. */
export function popcount(mask: number): number {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
}

/** The members' indices of a coalition bitmask, ascending. */
export function members(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; 2 ** i <= mask; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

/** v(S) as an exact rational. */
export function valueOf(g: Game, mask: number): Rational {
  return Rational.of(g.num[mask]!, g.den);
}

/** The coalition's SPEC key: member names joined by "," in players' order. */
export function coalitionKey(players: readonly string[], mask: number): string {
  return members(mask)
    .map((i) => players[i]!)
    .join(',');
}

function tooMany(n: number): Result<never> {
  return fail(
    'too-large',
    `精确枚举最多支持 ${MAX_EXACT_PLAYERS} 名成员(此处 ${n} 名,需 2^${n} 个联盟);请改用 shapley-sampled`,
    `exact enumeration supports at most ${MAX_EXACT_PLAYERS} players (got ${n}, 2^${n} coalitions); use shapley-sampled`,
  );
}

/**
 * Builds a game from v(S) for every bitmask S. `value` must be pure: it is called twice per
 * coalition (first for the common denominator, then for the numerators) so that 2^25 coalitions
 * never sit in memory as rational objects.
 */
export function gameFromFunction(
  players: readonly string[],
  value: (mask: number) => Rational,
): Result<Game> {
  const n = players.length;
  if (n > MAX_EXACT_PLAYERS) return tooMany(n);
  const size = 2 ** n;
  let den = 1n;
  for (let m = 1; m < size; m++) den = lcmBig(den, value(m).den);
  let num: bigint[] | BigInt64Array = new BigInt64Array(size);
  for (let m = 1; m < size; m++) {
    const v = value(m);
    const x = v.num * (den / v.den);
    if (num instanceof BigInt64Array && (x < INT64_MIN || x > INT64_MAX)) num = Array.from(num);
    num[m] = x;
  }
  return ok({ players, num, den });
}

/** Builds a game from a dense list of values indexed by bitmask (values[0] must be 0). */
export function gameFromValues(players: readonly string[], values: readonly Rational[]): Result<Game> {
  if (values.length !== 2 ** players.length) {
    return fail('invalid-problem', '联盟值的个数应为 2^n', 'expected 2^n coalition values');
  }
  if (!values[0]!.isZero()) return fail('invalid-problem', 'v(∅) 必须为 0', 'v(∅) must be 0');
  return gameFromFunction(players, (m) => values[m]!);
}

/** The bankruptcy (claims) game v(S) = max(0, E − Σ_{j∉S} c_j) of Aumann & Maschler. */
export function bankruptcyGame(
  players: readonly string[],
  estate: Rational,
  claims: readonly Rational[],
): Result<Game> {
  const total = Rational.sum(claims);
  // c(S) by the lowest-bit recurrence is one addition per coalition, cached for the two passes.
  const sums = subsetSums(claims);
  if (!sums.ok) return sums;
  return gameFromFunction(players, (m) => Rational.max(Rational.ZERO, estate.sub(total.sub(sums.value[m]!))));
}

/** The simple game of a weighted vote: v(S) = 1 when w(S) ≥ quota, else 0. */
export function weightedVotingGame(
  players: readonly string[],
  weights: readonly Rational[],
  quota: Rational,
): Result<Game> {
  const sums = subsetSums(weights);
  if (!sums.ok) return sums;
  return gameFromFunction(players, (m) => (sums.value[m]!.ge(quota) ? Rational.ONE : Rational.ZERO));
}

function subsetSums(xs: readonly Rational[]): Result<Rational[]> {
  if (xs.length > MAX_EXACT_PLAYERS) return tooMany(xs.length);
  const out: Rational[] = [Rational.ZERO];
  for (let m = 1; m < 2 ** xs.length; m++) {
    const low = m & -m;
    out.push(out[m ^ low]!.add(xs[31 - Math.clz32(low)]!));
  }
  return ok(out);
}

/** v({i}) for every player. */
export function singletons(g: Game): Rational[] {
  return g.players.map((_, i) => valueOf(g, 1 << i));
}

/** v(N). */
export function grandValue(g: Game): Rational {
  return valueOf(g, fullMask(g.players.length));
}
