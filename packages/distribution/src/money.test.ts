import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, formatFenGrouped, parseAmountFen, splitMoney } from './money';
import { Rational } from './rational';
import { must } from './test-games';

const R = (n: number, d = 1) => Rational.of(n, d);

describe('splitMoney (largest remainder to the fen)', () => {
  it('splits 1,100,000.00 yuan by 13/3, 23/6, 17/6 into 433333.34, 383333.33, 283333.33', () => {
    const fen = must(splitMoney(110_000_000n, [R(13, 3), R(23, 6), R(17, 6)]));
    expect(fen.map(formatFen)).toEqual(['433333.34', '383333.33', '283333.33']);
  });

  it('gives a tied leftover fen to the earlier player', () => {
    expect(must(splitMoney(100n, [R(1), R(1), R(1)]))).toEqual([34n, 33n, 33n]);
    expect(must(splitMoney(200n, [R(1), R(1), R(1)]))).toEqual([67n, 67n, 66n]);
  });

  it('handles negative allocations: the payer gets a negative amount and the sum still holds', () => {
    const fen = must(splitMoney(1000n, [R(3), R(-1)]));
    expect(fen).toEqual([1500n, -500n]);
    expect(must(splitMoney(-1000n, [R(1), R(2)]))).toEqual([-333n, -667n]);
  });

  it('refuses to split a non-zero amount by an allocation summing to zero', () => {
    expect(splitMoney(100n, [R(1), R(-1)]).ok).toBe(false);
    expect(must(splitMoney(0n, [R(0), R(0)]))).toEqual([0n, 0n]);
  });

  it('always sums exactly to the amount and stays within one fen of the exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.array(fc.tuple(fc.integer({ min: -50, max: 1000 }), fc.integer({ min: 1, max: 97 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (amount, ws) => {
          const weights = ws.map(([a, b]) => R(a, b));
          const total = Rational.sum(weights);
          if (total.isZero()) return;
          const fen = must(splitMoney(amount, weights));
          expect(fen.reduce((a, b) => a + b, 0n)).toBe(amount);
          fen.forEach((f, i) => {
            const exact = Rational.of(amount).mul(weights[i]!).div(total);
            expect(Rational.of(f).sub(exact).abs().lt(Rational.ONE)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('parseAmountFen', () => {
  it('reads yuan with up to two decimals', () => {
    expect(must(parseAmountFen('1100000.00'))).toBe(110_000_000n);
    expect(must(parseAmountFen('0.1'))).toBe(10n);
    expect(must(parseAmountFen(12))).toBe(1200n);
    expect(must(parseAmountFen('-5.05'))).toBe(-505n);
    expect(must(parseAmountFen('1.230'))).toBe(123n);
  });

  it('refuses a third decimal, exponents, fractions and junk', () => {
    for (const bad of ['1.234', '1e3', '13/3', '', ' 1', '1,000', 'abc', '1.', '.5']) {
      const r = parseAmountFen(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.code).toBe('invalid-amount');
    }
    expect(parseAmountFen(0.001).ok).toBe(false);
  });
});

describe('formatFenGrouped', () => {
  it('groups thousands and keeps two decimals, for people to read', () => {
    expect(formatFenGrouped(43333334n)).toBe('433,333.34');
    expect(formatFenGrouped(5n)).toBe('0.05');
    expect(formatFenGrouped(-123456780n)).toBe('-1,234,567.80');
    expect(formatFenGrouped(99999999999999999n)).toBe('999,999,999,999,999.99');
  });
});
