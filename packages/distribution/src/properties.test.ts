// Invariants of the §6.2 contract, checked through solveAllocation on random games.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRational, Rational } from './rational';
import { solveAllocation } from './solve';

type Table = Record<string, number>;
const P = ['甲', '乙', '丙', '丁', '戊'];

/** Serialises v(mask) for n players as a §6.2 game. */
function toGame(n: number, v: (mask: number) => number): { players: string[]; game: Table } {
  const players = P.slice(0, n);
  const game: Table = {};
  for (let m = 1; m < 2 ** n; m++) game[players.filter((_, i) => m & (1 << i)).join(',')] = v(m);
  return { players, game };
}

/** Random games; values are multiples of 0.25 written as JSON numbers. */
const arbGame = fc
  .integer({ min: 2, max: 5 })
  .chain((n) =>
    fc
      .array(fc.integer({ min: -40, max: 200 }), { minLength: 2 ** n, maxLength: 2 ** n })
      .map((vals) => toGame(n, (m) => vals[m]! / 4)),
  );

/** Games in which players 0 and 1 are interchangeable: v depends on how many of them are in S. */
const arbSymmetric = fc
  .integer({ min: 2, max: 5 })
  .chain((n) =>
    fc
      .array(fc.integer({ min: -20, max: 100 }), { minLength: 3 * 2 ** (n - 2), maxLength: 3 * 2 ** (n - 2) })
      .map((vals) => toGame(n, (m) => vals[((m & 1) + ((m >> 1) & 1)) * 2 ** (n - 2) + (m >> 2)]!)),
  );

/** Games with a null player (the last): adding it never changes a coalition's value. */
const arbNull = fc
  .integer({ min: 2, max: 5 })
  .chain((n) =>
    fc
      .array(fc.integer({ min: -20, max: 100 }), { minLength: 2 ** (n - 1), maxLength: 2 ** (n - 1) })
      .map((vals) => toGame(n, (m) => (m & (2 ** (n - 1) - 1) ? vals[m & (2 ** (n - 1) - 1)]! : 0))),
  );

function solve(problem: Record<string, unknown>): Rational[] | undefined {
  const r = solveAllocation(problem, 'en');
  return r.ok
    ? Object.values(r.answer.exact ?? r.answer.allocation).map((x) => parseRational(x)!)
    : undefined;
}

const vN = (g: { game: Table; players: string[] }) => parseRational(String(g.game[g.players.join(',')]))!;

describe('allocation properties (fast-check)', () => {
  it('efficiency: Σx = v(N) for shapley, nucleolus, mcrs, equal, equal-surplus, improved-shapley, banzhaf-normalized', () => {
    fc.assert(
      fc.property(arbGame, (g) => {
        const factors = [
          { name: 'risk', weight: 1, scores: Object.fromEntries(g.players.map((p, i) => [p, i + 1])) },
        ];
        for (const method of [
          'shapley',
          'nucleolus',
          'mcrs',
          'equal',
          'equal-surplus',
          'improved-shapley',
          'banzhaf-normalized',
        ]) {
          const x = solve({ method, ...g, ...(method === 'improved-shapley' ? { factors } : {}) });
          // nucleolus/mcrs/banzhaf-normalized may be undefined on some games; they must then refuse.
          if (x === undefined && ['nucleolus', 'mcrs', 'banzhaf-normalized'].includes(method)) continue;
          expect(x, method).toBeDefined();
          expect(Rational.sum(x!).eq(vN(g)), method).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('symmetry: interchangeable players get the same', () => {
    fc.assert(
      fc.property(arbSymmetric, (g) => {
        for (const method of ['shapley', 'nucleolus', 'banzhaf', 'equal-surplus', 'mcrs']) {
          const x = solve({ method, ...g });
          if (x === undefined) continue;
          expect(x[0]!.eq(x[1]!), method).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('null player: shapley and banzhaf give it exactly 0', () => {
    fc.assert(
      fc.property(arbNull, (g) => {
        for (const method of ['shapley', 'banzhaf']) {
          const x = solve({ method, ...g })!;
          expect(x[x.length - 1]!.isZero(), method).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('money: amounts always sum exactly to the amount, to the fen', () => {
    const amount = fc
      .bigInt({ min: -(10n ** 13n), max: 10n ** 13n })
      .map((f) => Rational.of(f, 100).toDecimalString(2));
    fc.assert(
      fc.property(
        arbGame,
        amount,
        fc.constantFrom('shapley', 'equal', 'nucleolus', 'banzhaf', 'mcrs'),
        (g, a, method) => {
          const r = solveAllocation({ method, ...g, amount: a }, 'en');
          if (!r.ok) return; // e.g. an allocation summing to 0, or an undefined nucleolus
          const total = Object.values(r.answer.amounts!).reduce(
            (s, x) => s.add(parseRational(x)!),
            Rational.ZERO,
          );
          expect(total.eq(parseRational(a)!)).toBe(true);
          Object.values(r.answer.amounts!).forEach((x) => expect(x).toMatch(/^-?\d+\.\d\d$/));
        },
      ),
      { numRuns: 150 },
    );
  });
});
