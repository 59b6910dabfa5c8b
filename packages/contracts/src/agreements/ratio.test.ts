import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFraction, formatRational, parseRatio } from './ratio';

describe('parseRatio', () => {
  it.each([
    ['2/3', 2n, 3n],
    ['1/2', 1n, 2n],
    ['1', 1n, 1n],
    ['0', 0n, 1n],
    ['50%', 50n, 100n],
    ['66.67%', 6667n, 10000n],
  ])('reads %s exactly', (text, num, den) => {
    expect(parseRatio(text)).toEqual({ num, den });
  });

  it.each(['3/2', '1/0', '0.5', '2', '-1/2', '101%', '', ' 1/2'])('refuses %j', (text) => {
    expect(parseRatio(text)).toBeUndefined();
  });
});

describe('compareFraction', () => {
  it('puts 2 of 3 exactly at two thirds, and 66 of 99 too', () => {
    const r = { num: 2n, den: 3n };
    expect(compareFraction(2n, 3n, r)).toBe(0);
    expect(compareFraction(66n, 99n, r)).toBe(0);
    expect(compareFraction(66n, 100n, r)).toBe(-1);
    expect(compareFraction(67n, 100n, r)).toBe(1);
  });

  it('agrees with exact cross-multiplication on random fractions', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 1000n }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (a, b, n, d) => {
          const c = compareFraction(a, b, { num: n, den: d });
          expect(c).toBe(Math.sign(Number(a * d - n * b)));
        },
      ),
    );
  });

  it('formats in lowest terms', () => {
    expect(formatRational({ num: 6667n, den: 10000n })).toBe('6667/10000');
    expect(formatRational({ num: 50n, den: 100n })).toBe('1/2');
    expect(formatRational({ num: 3n, den: 3n })).toBe('1');
  });
});
