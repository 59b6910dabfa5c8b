import { describe, expect, it } from 'vitest';
import { shapleyOf, nucleolusOf } from './convenience';
import { coalition, fmt, fmtApprox, fmtCount, percent } from './explain';
import { Rational } from './rational';
import { fr, must } from './test-games';

describe('explanation formatting', () => {
  it('shows short fractions as fractions and long ones as 12-digit decimals', () => {
    expect(fmt(Rational.of(13, 3))).toBe('13/3');
    expect(fmt(Rational.of(10n ** 30n + 1n, 3n))).toBe('333333333333333333333333333333.666666666667');
    expect(fmtApprox(Rational.of(13, 3), 'zh')).toBe('13/3(≈4.333333333333)');
    expect(fmtApprox(Rational.of(4), 'en')).toBe('4');
  });

  it('abbreviates astronomically large counts', () => {
    expect(fmtCount(2432902008176640000n)).toBe('2432902008176640000');
    expect(fmtCount(2n ** 199n)).toBe('≈8.034×10^59');
  });

  it('names coalitions and shares', () => {
    expect(coalition(['甲', '乙', '丙'], 0b101)).toBe('{甲,丙}');
    expect(percent(Rational.of(13, 3), Rational.of(11))).toBe('39.39%');
    expect(percent(Rational.ONE, Rational.ZERO)).toBeUndefined();
  });
});

describe('named entry points for the server', () => {
  it('computes Shapley and the nucleolus from a function of member names', () => {
    const v = (m: readonly string[]) =>
      Rational.of(
        m.length === 3 ? 11 : m.length === 2 ? (m.includes('丙') ? (m.includes('甲') ? 5 : 4) : 7) : 1,
      );
    expect(fr(must(shapleyOf(['甲', '乙', '丙'], v)))).toEqual(['13/3', '23/6', '17/6']);
    expect(fr(must(nucleolusOf(['甲', '乙', '丙'], v)).allocation)).toEqual(['19/4', '15/4', '5/2']);
  });
});
