import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedVotingGame } from './game';
import { Rational } from './rational';
import { banzhaf, isSimpleGame, shapley } from './shapley';
import { arbGame, fr, must, named, names, shapleyByPermutations } from './test-games';

const R = (n: number, d = 1) => Rational.of(n, d);

describe('exact Shapley value', () => {
  it('gives 13/3, 23/6, 17/6 on the SPEC example', () => {
    const v: Record<string, number> = {
      甲: 1,
      乙: 1,
      丙: 1,
      '甲,乙': 7,
      '甲,丙': 5,
      '乙,丙': 4,
      '甲,乙,丙': 11,
    };
    expect(fr(shapley(named(['甲', '乙', '丙'], (m) => v[m.join(',')]!)))).toEqual(['13/3', '23/6', '17/6']);
  });

  it('gives the glove game 2/3 to the scarce left glove and 1/6 to each right glove', () => {
    const g = named(['L', 'R1', 'R2'], (m) =>
      Math.min(m.filter((p) => p === 'L').length, m.filter((p) => p !== 'L').length),
    );
    expect(fr(shapley(g))).toEqual(['2/3', '1/6', '1/6']);
  });

  it('splits an airport runway by segments (Littlechild–Owen)', () => {
    const cost: Record<string, number> = { A: 1, B: 2, C: 3, D: 4 };
    const g = named(['A', 'B', 'C', 'D'], (m) => Math.max(...m.map((p) => cost[p]!)));
    // Segment k is shared equally by the planes that need it: 1/4, 1/4+1/3, … .
    expect(fr(shapley(g))).toEqual(['1/4', '7/12', '13/12', '25/12']);
  });

  it('matches the definition over all n! orders (property)', () => {
    fc.assert(
      fc.property(arbGame(1, 5), (g) => {
        expect(fr(shapley(g))).toEqual(fr(shapleyByPermutations(g)));
      }),
      { numRuns: 60 },
    );
  });

  it('handles values that need int64 overflow protection', () => {
    const big = 10n ** 30n;
    const g = named(['a', 'b'], (m) => Rational.of(big * BigInt(m.length)));
    expect(fr(shapley(g))).toEqual([big.toString(), big.toString()]);
  });

  it('answers 16 players (65,536 coalitions) efficiently and exactly', () => {
    const players = names(16);
    const g = named(players, (m) => m.length * m.length + (m.includes('P0') ? 3 : 0));
    const phi = shapley(g);
    expect(Rational.sum(phi).toFraction()).toBe(String(16 * 16 + 3));
    expect(phi[0]!.sub(phi[1]!).toFraction()).toBe('3');
  });
});

describe('Banzhaf by enumeration', () => {
  it('counts swings in [3; 2, 1, 1]: 3, 1, 1 of 4 coalitions each', () => {
    const g = must(weightedVotingGame(['A', 'B', 'C'], [R(2), R(1), R(1)], R(3)));
    const b = banzhaf(g);
    expect(fr(b.raw)).toEqual(['3', '1', '1']);
    expect(fr(b.value)).toEqual(['3/4', '1/4', '1/4']);
  });

  it('reproduces the 1958 EEC Council swing counts 10, 10, 10, 6, 6, 0', () => {
    const g = must(
      weightedVotingGame(
        names(6),
        [4, 4, 4, 2, 2, 1].map((w) => R(w)),
        R(12),
      ),
    );
    expect(fr(banzhaf(g).raw)).toEqual(['10', '10', '10', '6', '6', '0']);
  });

  it('gives a null player nothing (property)', () => {
    fc.assert(
      fc.property(arbGame(1, 4), (base) => {
        // Add a player who changes no coalition's value.
        const players = [...base.players, 'null'];
        const n = base.players.length;
        const g = named(players, (m) => {
          let mask = 0;
          m.forEach((p) => p !== 'null' && (mask |= 1 << base.players.indexOf(p)));
          return Rational.of(base.num[mask]!, base.den);
        });
        expect(banzhaf(g).value[n]!.isZero()).toBe(true);
        expect(shapley(g)[n]!.isZero()).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('isSimpleGame', () => {
  it('accepts monotone 0/1 games and refuses others', () => {
    expect(isSimpleGame(must(weightedVotingGame(['a', 'b'], [R(1), R(1)], R(2))))).toBe(true);
    expect(isSimpleGame(named(['a', 'b'], (m) => (m.length === 1 && m[0] === 'a' ? 1 : 0)))).toBe(false);
    expect(isSimpleGame(named(['a', 'b'], (m) => m.length))).toBe(false);
  });
});
