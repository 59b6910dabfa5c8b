import { describe, expect, it } from 'vitest';
import { ahpWeights } from './ahp';
import { parseRational, Rational } from './rational';
import { must } from './test-games';

const M = (rows: string[][]) => rows.map((r) => r.map((x) => parseRational(x)!));

describe('ahpWeights', () => {
  it('derives Saaty’s textbook weights 0.637/0.258/0.105 with CR ≈ 0.033', () => {
    const r = must(
      ahpWeights(
        M([
          ['1', '3', '5'],
          ['1/3', '1', '3'],
          ['1/5', '1/3', '1'],
        ]),
      ),
    );
    const w = r.weights.map((x) => Number(x.toDecimalString(6)));
    expect(w[0]).toBeCloseTo(0.637, 3);
    expect(w[1]).toBeCloseTo(0.258, 3);
    expect(w[2]).toBeCloseTo(0.105, 3);
    expect(r.lambdaMax).toBeCloseTo(3.0385, 3);
    expect(r.cr).toBeCloseTo(0.0332, 3);
  });

  it('returns weights that are exact multiples of 10⁻⁶ summing to exactly 1', () => {
    const r = must(
      ahpWeights(
        M([
          ['1', '1', '1'],
          ['1', '1', '1'],
          ['1', '1', '1'],
        ]),
      ),
    );
    expect(Rational.sum(r.weights).toFraction()).toBe('1');
    // 1/3 each rounds to 333333 units; the leftover unit goes to the first factor.
    expect(r.weights.map((x) => x.toFraction())).toEqual(
      ['333334/1000000', '333333/1000000', '333333/1000000'].map((f) => parseRational(f)!.toFraction()),
    );
    expect(r.cr).toBe(0);
  });

  it('accepts a decimal approximation of a reciprocal (0.33 for 1/3)', () => {
    expect(
      ahpWeights(
        M([
          ['1', '3'],
          ['0.33', '1'],
        ]),
      ).ok,
    ).toBe(true);
  });

  it('rejects a consistency ratio ≥ 0.1 with a clear message in both languages', () => {
    const r = ahpWeights(
      M([
        ['1', '9', '1/9'],
        ['1/9', '1', '9'],
        ['9', '1/9', '1'],
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('inconsistent-matrix');
    expect(r.message.en).toMatch(/consistency ratio CR = \d+\.\d{3} ≥ 0\.1/);
    expect(r.message['zh-CN']).toMatch(/一致性比率 CR = \d+\.\d{3} ≥ 0\.1/);
  });

  it('rejects non-square, non-positive, non-unit-diagonal and non-reciprocal matrices', () => {
    expect(ahpWeights(M([['1', '2']])).ok).toBe(false);
    expect(
      ahpWeights(
        M([
          ['1', '0'],
          ['0', '1'],
        ]),
      ).ok,
    ).toBe(false);
    expect(
      ahpWeights(
        M([
          ['2', '1'],
          ['1', '1'],
        ]),
      ).ok,
    ).toBe(false);
    const r = ahpWeights(
      M([
        ['1', '3'],
        ['3', '1'],
      ]),
    );
    expect(!r.ok && r.message.en).toContain('not reciprocal');
    expect(ahpWeights([]).ok).toBe(false);
  });
});
