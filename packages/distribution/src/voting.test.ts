import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedVotingGame } from './game';
import { Rational } from './rational';
import { banzhaf, shapley } from './shapley';
import { fr, must, names } from './test-games';
import { votingPower } from './voting';

const R = (n: number, d = 1) => Rational.of(n, d);
const power = (weights: number[], quota: number) =>
  must(votingPower({ weights: weights.map((w) => R(w)), quota: R(quota) }));

describe('votingPower (DP over weights)', () => {
  it('gives the UN Security Council 421/2145 per permanent and 4/2145 per elected member', () => {
    // Five permanent members with a veto and ten elected ones; nine votes pass: weights 7/1, quota 39.
    const vp = power([7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 39);
    expect(fr(vp.shapleyShubik)).toEqual([
      ...Array<string>(5).fill('421/2145'),
      ...Array<string>(10).fill('4/2145'),
    ]);
    expect(Rational.sum(vp.shapleyShubik).toFraction()).toBe('1');
    expect(vp.veto).toEqual([...Array<boolean>(5).fill(true), ...Array<boolean>(10).fill(false)]);
    expect(vp.swings.slice(4, 6)).toEqual([848n, 84n]);
  });

  it('reproduces the 1958 EEC Council: Shapley–Shubik 7/30, 3/20, 0 and Banzhaf 5/21, 1/7, 0', () => {
    const vp = power([4, 4, 4, 2, 2, 1], 12);
    expect(fr(vp.shapleyShubik)).toEqual(['7/30', '7/30', '7/30', '3/20', '3/20', '0']);
    expect(fr(vp.banzhafIndex)).toEqual(['5/21', '5/21', '5/21', '1/7', '1/7', '0']);
    expect(fr(vp.banzhafValue)).toEqual(['5/16', '5/16', '5/16', '3/16', '3/16', '0']);
  });

  it('scales decimal weights and quota to integers exactly', () => {
    const a = power([2, 1, 1], 3);
    const b = must(votingPower({ weights: [R(1, 5), R(1, 10), R(1, 10)], quota: R(3, 10) }));
    expect(fr(b.shapleyShubik)).toEqual(fr(a.shapleyShubik));
    expect(fr(a.shapleyShubik)).toEqual(['2/3', '1/6', '1/6']);
  });

  it('treats a quota the voters cannot reach as no power at all', () => {
    const vp = power([1, 1], 3);
    expect(vp.winnable).toBe(false);
    expect(fr(vp.shapleyShubik)).toEqual(['0', '0']);
  });

  it('gives a dictator everything and zero-weight voters nothing', () => {
    const vp = power([5, 1, 0], 5);
    expect(fr(vp.shapleyShubik)).toEqual(['1', '0', '0']);
    expect(vp.swings).toEqual([4n, 0n, 0n]);
  });

  it('refuses negative weights, a non-positive quota and huge tables', () => {
    expect(votingPower({ weights: [R(-1)], quota: R(1) }).ok).toBe(false);
    expect(votingPower({ weights: [R(1)], quota: R(0) }).ok).toBe(false);
    const r = votingPower({
      weights: Array.from({ length: 300 }, (_, i) => R(1_000_000 + i)),
      quota: R(150_000_000),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('too-large');
  });

  it('agrees with enumeration of all coalitions (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 40 }),
        (w, q) => {
          const vp = power(w, q);
          const g = must(
            weightedVotingGame(
              names(w.length),
              w.map((x) => R(x)),
              R(q),
            ),
          );
          expect(fr(vp.shapleyShubik)).toEqual(fr(shapley(g)));
          expect(vp.swings.map(String)).toEqual(fr(banzhaf(g).raw));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rebuilds counts beyond 2^90 exactly: 100 equal voters each swing C(99, 50) coalitions', () => {
    const vp = power(Array<number>(100).fill(1), 51);
    let c = 1n;
    for (let k = 0n; k < 50n; k++) c = (c * (99n - k)) / (k + 1n);
    expect(vp.swings.every((s) => s === c)).toBe(true);
    expect(vp.shapleyShubik.every((x) => x.toFraction() === '1/100')).toBe(true);
  });

  it('matches a plain bigint DP on a 60-member super-majority vote (complement counting)', () => {
    const weights = [...Array<number>(30).fill(2), ...Array<number>(30).fill(1)];
    const quota = 61; // of 90: counted through complements below 30
    const vp = power(weights, quota);
    expect(fr([vp.shapleyShubik[0]!, vp.shapleyShubik[59]!])).toEqual(
      fr(referenceShapleyShubik(weights, quota, [0, 59])),
    );
  });

  it('answers 200 voters exactly, with indices summing to 1', () => {
    const weights = Array.from({ length: 200 }, (_, i) => 1 + ((i * 37) % 20));
    const total = weights.reduce((a, b) => a + b, 0);
    const vp = power(weights, Math.floor(total / 2) + 1);
    expect(Rational.sum(vp.shapleyShubik).toFraction()).toBe('1');
    expect(Rational.sum(vp.banzhafIndex).toFraction()).toBe('1');
    // Heavier voters never have less power (monotonicity of both indices in the weight).
    const byWeight = weights.map((w, i) => [w, vp.shapleyShubik[i]!] as const).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < byWeight.length; k++) expect(byWeight[k]![1].ge(byWeight[k - 1]![1])).toBe(true);
  });
});

/** Shapley–Shubik by a direct bigint DP over the others' coalitions, player by player (slow, simple). */
function referenceShapleyShubik(weights: number[], quota: number, who: number[]): Rational[] {
  const n = weights.length;
  const fact = [1n];
  for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k));
  return who.map((i) => {
    const others = weights.filter((_, j) => j !== i);
    // count[k][x]: coalitions of k others with weight x.
    const total = others.reduce((a, b) => a + b, 0);
    const count = Array.from({ length: n }, () => new Array<bigint>(total + 1).fill(0n));
    count[0]![0] = 1n;
    others.forEach((w, j) => {
      for (let k = j; k >= 0; k--)
        for (let x = total - w; x >= 0; x--) count[k + 1]![x + w]! += count[k]![x]!;
    });
    let num = 0n;
    for (let k = 0; k < n; k++) {
      for (let x = Math.max(0, quota - weights[i]!); x < quota && x <= total; x++)
        num += count[k]![x]! * fact[k]! * fact[n - 1 - k]!;
    }
    return Rational.of(num, fact[n] ?? 1n);
  });
}
