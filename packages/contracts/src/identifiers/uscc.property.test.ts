// Properties of the GB 32100 check character. The arithmetic behind them: values lie in 0–30 and the
// check makes Σ_{i≤17} v_i·w_i + v_18 ≡ 0 (mod 31), so position 18 weighs 1. 31 is prime and every
// weight is non-zero, so any single substitution changes the sum. Swapping positions i < j changes it by
// (w_i − w_j)(v_j − v_i); w_i = 3^(i−1) and 3 has order 30 mod 31, so w_i ≠ w_j for i < j ≤ 17, and
// w_j ≠ 1 = w_18 for 2 ≤ j ≤ 17. Only the swap of positions 1 and 18 (both weight 1) goes unseen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provinces } from '../reference/provinces';
import { makeUscc, organisationCodeCheck, USCC_CHARSET, usccCheckCharacter, validateUscc } from './uscc';
import { usccAuthorities } from './uscc-codes';

const charsetChar = fc.constantFrom(...USCC_CHARSET);
const authorityType = fc.constantFrom(
  ...Object.values(usccAuthorities).flatMap((a) => Object.keys(a.types).map((t) => a.code + t)),
);
const region = fc
  .tuple(
    fc.constantFrom(...provinces.map((p) => p.code.slice(0, 2)), '10'),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([province, rest]) => province + String(rest).padStart(4, '0'));
const orgBody = fc.array(charsetChar, { minLength: 8, maxLength: 8 }).map((cs) => cs.join(''));

/** A 17-character prefix satisfying every rule before the check character. */
const prefix17 = fc
  .tuple(authorityType, region, orgBody)
  .map(([at, reg, body]) => at + reg + body + organisationCodeCheck(body));
const validCode = prefix17.map(makeUscc);

/** Only the check character's rule: Σ v_i·w_i + v_18 ≡ 0 (mod 31). */
const checkCharacterHolds = (code: string) => usccCheckCharacter(code.slice(0, 17)) === code.charAt(17);

const swap = (s: string, i: number, j: number) => {
  const cs = [...s];
  [cs[i], cs[j]] = [cs[j] ?? '', cs[i] ?? ''];
  return cs.join('');
};

describe('USCC properties', () => {
  it('makeUscc always yields a valid code', () => {
    fc.assert(fc.property(validCode, (code) => validateUscc(code).valid));
  });

  it('rejects every single-character substitution, and the check character alone detects it', () => {
    const anyChar = fc.oneof(charsetChar, fc.constantFrom('I', 'O', 'Z', 'S', 'V', 'a', '-', ' '));
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), anyChar, (code, i, ch) => {
        fc.pre(code.charAt(i) !== ch);
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(validateUscc(changed).valid).toBe(false);
        if (USCC_CHARSET.includes(ch)) expect(checkCharacterHolds(changed)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every adjacent transposition of two different characters', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 16 }), (code, i) => {
        fc.pre(code.charAt(i) !== code.charAt(i + 1));
        const swapped = swap(code, i, i + 1);
        expect(checkCharacterHolds(swapped)).toBe(false);
        expect(validateUscc(swapped).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every transposition except that of positions 1 and 18', () => {
    const pair = fc
      .tuple(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 17 }))
      .filter(([i, j]) => i < j && !(i === 0 && j === 17));
    fc.assert(
      fc.property(validCode, pair, (code, [i, j]) => {
        fc.pre(code.charAt(i) !== code.charAt(j));
        expect(checkCharacterHolds(swap(code, i, j))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not detect swapping positions 1 and 18 by the check character', () => {
    fc.assert(fc.property(validCode, (code) => checkCharacterHolds(swap(code, 0, 17))));
  });
});
