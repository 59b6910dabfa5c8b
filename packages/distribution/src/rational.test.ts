import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseRational, Rational } from './rational';

const R = (n: number | bigint, d: number | bigint = 1) => Rational.of(BigInt(n), BigInt(d));
const arbRational = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }))
  .map(([n, d]) => Rational.of(n, d));

describe('Rational', () => {
  it('normalises sign and common factors', () => {
    const x = R(6, -4);
    expect([x.num, x.den]).toEqual([-3n, 2n]);
    expect(R(0, -7).toFraction()).toBe('0');
    expect(() => R(1, 0)).toThrow(RangeError);
  });

  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(R(1, 3).add(R(1, 6)).toFraction()).toBe('1/2');
    expect(R(1, 3).sub(R(1, 2)).toFraction()).toBe('-1/6');
    expect(R(2, 3).mul(R(9, 4)).toFraction()).toBe('3/2');
    expect(R(2, 3).div(R(-4, 9)).toFraction()).toBe('-3/2');
    expect(() => R(1).div(Rational.ZERO)).toThrow(RangeError);
  });

  it('compares by value, not by representation', () => {
    expect(R(1, 3).cmp(R(2, 6))).toBe(0);
    expect(R(-1, 2).lt(R(-1, 3))).toBe(true);
    expect(R(7, 3).floor()).toBe(2n);
    expect(R(-7, 3).floor()).toBe(-3n);
    expect(R(-6, 3).floor()).toBe(-2n);
  });

  it('keeps every operation normalised (property)', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        for (const x of [a.add(b), a.sub(b), a.mul(b), b.isZero() ? a : a.div(b)]) {
          expect(x.den > 0n).toBe(true);
          expect(Rational.of(x.num, x.den).eq(x)).toBe(true);
        }
        expect(a.add(b).sub(b).eq(a)).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).eq(a)).toBe(true);
        expect(a.cmp(b)).toBe(Math.sign(Number(a.num * b.den - b.num * a.den)));
      }),
    );
  });
});

describe('parseRational', () => {
  it('reads decimals through their text, so 0.1 is exactly 1/10', () => {
    expect(parseRational('0.1')!.toFraction()).toBe('1/10');
    expect(parseRational('-12.50')!.toFraction()).toBe('-25/2');
    expect(parseRational('1.5e3')!.toFraction()).toBe('1500');
    expect(parseRational('1E-7')!.toFraction()).toBe('1/10000000');
    expect(parseRational('.5')!.toFraction()).toBe('1/2');
    expect(parseRational('+3')!.toFraction()).toBe('3');
    expect(parseRational('0.12345678901234567890123')!.toFraction()).toBe(
      '12345678901234567890123/100000000000000000000000',
    );
  });

  it('reads fractions such as the exact answers it writes', () => {
    expect(parseRational('13/3')!.toFraction()).toBe('13/3');
    expect(parseRational('-4/6')!.toFraction()).toBe('-2/3');
    expect(parseRational('1/0')).toBeUndefined();
  });

  it('refuses anything that is not a plain number', () => {
    for (const bad of [
      '',
      ' 1',
      '1 ',
      'abc',
      'NaN',
      'Infinity',
      '0x10',
      '1,5',
      '1..2',
      '--1',
      '1e',
      '1e99999',
      '1/-2',
      '½',
    ]) {
      expect(parseRational(bad), bad).toBeUndefined();
    }
  });

  it('converts JS numbers through their shortest decimal text', () => {
    expect(Rational.fromNumber(0.1)!.toFraction()).toBe('1/10');
    expect(Rational.fromNumber(0.1 + 0.2)!.toFraction()).toBe('7500000000000001/25000000000000000');
    expect(Rational.fromNumber(1e-7)!.toFraction()).toBe('1/10000000');
    expect(Rational.fromNumber(Number.NaN)).toBeUndefined();
  });
});

describe('decimal output', () => {
  it('rounds half away from zero', () => {
    expect(R(1, 8).toDecimalString(2)).toBe('0.13');
    expect(R(-1, 8).toDecimalString(2)).toBe('-0.13');
    expect(R(2, 3).toDecimalString(3)).toBe('0.667');
    expect(R(5, 2).toDecimalString(0)).toBe('3');
    expect(R(-1, 1000).toDecimalString(2)).toBe('0.00');
  });

  it('shows at least 12 significant digits', () => {
    expect(formatDecimal(R(13, 3))).toBe('4.333333333333');
    expect(formatDecimal(R(421, 2145))).toBe('0.196270396270');
    expect(formatDecimal(R(4, 2145))).toBe('0.00186480186480');
    expect(formatDecimal(R(-4, 2145))).toBe('-0.00186480186480');
    expect(formatDecimal(Rational.ZERO)).toBe('0.000000000000');
    expect(formatDecimal(R(50))).toBe('50.000000000000');
  });

  it('round-trips terminating decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
        fc.integer({ min: 0, max: 12 }),
        (n, k) => {
          const x = Rational.of(n, 10n ** BigInt(k));
          expect(parseRational(x.toDecimalString(k))!.eq(x)).toBe(true);
        },
      ),
    );
  });
});
