// Test helpers: small games by formula, random games for properties, and slow reference algorithms.
import fc from 'fast-check';
import { gameOf } from './convenience';
import { gameFromFunction, type Game } from './game';
import { Rational } from './rational';

/** Unwraps a Result in a test, failing loudly. */
export function must<T>(r: { ok: true; value: T } | { ok: false; message: { en: string } }): T {
  if (!r.ok) throw new Error(`unexpected failure: ${r.message.en}`);
  return r.value;
}

/** Players "P0".."P{n-1}". */
export function names(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `P${i}`);
}

/** A game from a function of member names. */
export function named(players: string[], v: (members: readonly string[]) => number | Rational): Game {
  return must(
    gameOf(players, (m) => (typeof v(m) === 'number' ? Rational.of(v(m) as number) : (v(m) as Rational))),
  );
}

/** A game from its 2^n values listed by bitmask. */
export function byMask(values: number[]): Game {
  const n = Math.log2(values.length);
  return must(gameFromFunction(names(n), (m) => Rational.of(values[m]!)));
}

/** Random games with 1–5 players and integer or half-integer values (v(∅) = 0). */
export const arbGame = (minN = 1, maxN = 5): fc.Arbitrary<Game> =>
  fc
    .integer({ min: minN, max: maxN })
    .chain((n) =>
      fc
        .array(fc.integer({ min: -20, max: 60 }), { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 })
        .map((vals) => must(gameFromFunction(names(n), (m) => Rational.of(vals[m - 1]!, 2)))),
    );

/** Shapley by the definition: average marginal contribution over all n! orders (slow reference). */
export function shapleyByPermutations(g: Game): Rational[] {
  const n = g.players.length;
  const sums = Array.from({ length: n }, () => Rational.ZERO);
  let count = 0;
  const walk = (order: number[], used: number) => {
    if (order.length === n) {
      count++;
      let mask = 0;
      for (const i of order) {
        const before = Rational.of(g.num[mask]!, g.den);
        mask |= 1 << i;
        sums[i] = sums[i]!.add(Rational.of(g.num[mask]!, g.den).sub(before));
      }
      return;
    }
    for (let i = 0; i < n; i++) if (!(used & (1 << i))) walk([...order, i], used | (1 << i));
  };
  walk([], 0);
  return sums.map((s) => s.div(Rational.of(count)));
}

/** x(S) for every coalition, then the excess v(S) − x(S). */
export function excesses(g: Game, x: readonly Rational[]): Rational[] {
  const out: Rational[] = [];
  for (let m = 1; m < 2 ** g.players.length - 1; m++) {
    let s = Rational.ZERO;
    for (let i = 0; i < x.length; i++) if (m & (1 << i)) s = s.add(x[i]!);
    out.push(Rational.of(g.num[m]!, g.den).sub(s));
  }
  return out;
}

/** Exact string forms, for readable expectations. */
export function fr(xs: readonly Rational[]): string[] {
  return xs.map((x) => x.toFraction());
}
