import { describe, expect, it } from 'vitest';
import { gameFromFunction } from './game';
import { Xoshiro128 } from './prng';
import { Rational } from './rational';
import { claimsOrderGame, denseOrderGame, sampledShapley, votingOrderGame } from './sampled';
import { shapley } from './shapley';
import { must, named, names } from './test-games';

const spec = named(
  ['甲', '乙', '丙'],
  (m) => ({ 甲: 1, 乙: 1, 丙: 1, '甲,乙': 7, '甲,丙': 5, '乙,丙': 4, '甲,乙,丙': 11 })[m.join(',')]!,
);

describe('Xoshiro128 (xoshiro128** seeded by SplitMix64)', () => {
  it('matches the reference C implementation', () => {
    const raw = Xoshiro128.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => raw.nextU32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
    const seeded = new Xoshiro128(42n);
    expect(Array.from({ length: 3 }, () => seeded.nextU32())).toEqual([1776835114, 4165204688, 17111135]);
  });

  it('draws bounded integers uniformly enough', () => {
    const g = new Xoshiro128(7n);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[g.below(3)]!++;
    counts.forEach((c) => expect(Math.abs(c - 10_000)).toBeLessThan(400));
  });
});

describe('sampledShapley', () => {
  it('is reproducible for a seed and changes with the seed', () => {
    const a = sampledShapley(denseOrderGame(spec), 500, 1n);
    const b = sampledShapley(denseOrderGame(spec), 500, 1n);
    const c = sampledShapley(denseOrderGame(spec), 500, 2n);
    expect(a.mean.map(String)).toEqual(b.mean.map(String));
    expect(a.mean.map(String)).not.toEqual(c.mean.map(String));
  });

  it('is exactly efficient: every order’s marginals sum to v(N)', () => {
    const r = sampledShapley(denseOrderGame(spec), 123, 9n);
    expect(Rational.sum(r.mean).toFraction()).toBe('11');
  });

  it('stays within 4 standard errors of the exact value, and the error shrinks with more samples', () => {
    const exact = shapley(spec);
    const small = sampledShapley(denseOrderGame(spec), 400, 3n);
    const large = sampledShapley(denseOrderGame(spec), 40_000, 3n);
    large.mean.forEach((m, i) => {
      expect(
        m
          .sub(exact[i]!)
          .abs()
          .le(large.standardError[i]!.mul(Rational.of(4))),
      ).toBe(true);
      // SE ∝ 1/√m: 100× the samples is about 1/10 the error.
      const ratio = Number(small.standardError[i]!.div(large.standardError[i]!).toDecimalString(3));
      expect(ratio).toBeGreaterThan(7);
      expect(ratio).toBeLessThan(13);
    });
  });

  it('estimates the UN Security Council indices and a bankruptcy game without enumerating', () => {
    const weights = [...Array<bigint>(5).fill(7n), ...Array<bigint>(10).fill(1n)];
    const r = sampledShapley(votingOrderGame(weights, 39n), 20_000, 11n);
    const p5 = Rational.of(421, 2145);
    expect(
      r.mean[0]!.sub(p5)
        .abs()
        .le(r.standardError[0]!.mul(Rational.of(4))),
    ).toBe(true);
    const claims = [100n, 200n, 300n];
    const bg = must(
      gameFromFunction(names(3), (m) => {
        let out = 0n;
        claims.forEach((c, i) => !(m & (1 << i)) && (out += c));
        return Rational.of(200n - out > 0n ? 200n - out : 0n);
      }),
    );
    const exact = shapley(bg);
    const s = sampledShapley(claimsOrderGame(200n, claims, 1n), 20_000, 5n);
    s.mean.forEach((m, i) =>
      expect(
        m
          .sub(exact[i]!)
          .abs()
          .le(s.standardError[i]!.mul(Rational.of(4))),
      ).toBe(true),
    );
  });

  it('reports a zero standard error when every order gives the same marginals', () => {
    const additive = named(['a', 'b'], (m) => m.length * 3);
    const r = sampledShapley(denseOrderGame(additive), 50, 0n);
    expect(r.mean.map(String)).toEqual(['3', '3']);
    expect(r.standardError.every((s) => s.isZero())).toBe(true);
  });
});
