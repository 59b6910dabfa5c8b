// Check-digit arithmetic: the digits carry weights 2,3,4,5,6,7,8,9,2,3,4,5 (or 2…9) and the check digit c
// satisfies Σ d_i·w_i ≡ c (mod 11). Every weight is non-zero mod 11 and 11 is prime, so a substituted digit
// always changes the sum. Adjacent weights differ by 1 or (9→2) by 7, so swapping two different adjacent
// digits does too; swapping the last digit (weight w) with c is valid only if (w + 1)(a − c) ≡ 0, which
// needs a = c because w + 1 is 6 or 10.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnPatentCheckDigit, makeCnPatentApplication, validateCnPatentApplication } from './cn-patent';

// Published application numbers: Google Patents records and patent registers (applicant in brackets).
const published: [number: string, form: string, year: number, type: string, serial: string][] = [
  ['CN201210213176.6', '12-digit', 2012, 'invention', '0213176'], // 腾讯科技(深圳)
  ['CN201580037941.5', '12-digit', 2015, 'pct_invention', '0037941'], // Microsoft, PCT national phase
  ['CN201610920041.1', '12-digit', 2016, 'invention', '0920041'], // 长沙路智信息科技
  ['CN201510703489.3', '12-digit', 2015, 'invention', '0703489'], // 武汉帕菲利尔信息科技
  ['201410419285.2', '12-digit', 2014, 'invention', '0419285'], // priority of US 2016/0055621 (Xiaomi)
  ['CN02121230.9', '8-digit', 2002, 'invention', '21230'], // 联想(北京)
  ['97101765.4', '8-digit', 1997, 'invention', '01765'], // example quoted in explanations of the numbering
  ['95115608.X', '8-digit', 1995, 'invention', '15608'], // ditto, check digit X
];

const reasonOf = (input: string) => {
  const result = validateCnPatentApplication(input);
  if (result.valid) throw new Error(`${input} unexpectedly valid`);
  return result.reason;
};

describe('validateCnPatentApplication on published numbers', () => {
  it.each(published)('accepts %s', (input, form, year, type, serial) => {
    expect(validateCnPatentApplication(input)).toMatchObject({
      valid: true,
      parsed: { form, year, type, serial },
    });
  });

  it('accepts the number with or without CN or ZL and with or without the dot', () => {
    for (const input of [
      'CN201210213176.6',
      '201210213176.6',
      '2012102131766',
      'ZL201210213176.6',
      'cn2012102131766',
    ]) {
      expect(validateCnPatentApplication(input)).toMatchObject({
        valid: true,
        parsed: { canonical: '201210213176.6' },
      });
    }
  });

  it('accepts a lower-case x as check digit and writes it upper case', () => {
    expect(validateCnPatentApplication('95115608.x')).toMatchObject({
      parsed: { checkDigit: 'X', canonical: '95115608.X' },
    });
  });

  it('reads the type digit of each kind of application', () => {
    for (const [digit, type] of [
      ['1', 'invention'],
      ['2', 'utility_model'],
      ['3', 'design'],
      ['8', 'pct_invention'],
      ['9', 'pct_utility_model'],
    ]) {
      expect(validateCnPatentApplication(makeCnPatentApplication(`2023${digit}0123456`))).toMatchObject({
        parsed: { type, typeDigit: digit },
      });
    }
  });
});

describe('validateCnPatentApplication on corrupted numbers', () => {
  it.each([
    ['a wrong check digit', 'CN201210213176.7', 'patent.check'],
    ['a changed serial digit', 'CN201210213179.6', 'patent.check'],
    ['two swapped digits', 'CN201210231176.6', 'patent.check'],
    ['an unknown type digit', 'CN201240213176.6', 'patent.type'],
    ['a 12-digit number before 2003', 'CN199910213176.6', 'patent.year'],
    ['an 8-digit number from 2004', '04121230.9', 'patent.year'],
    ['too few digits', '20121021317.6', 'patent.length'],
    ['too many digits', '2012102131766.6', 'patent.length'],
    ['a missing check digit', '201210213176', 'patent.missing_check'],
    ['a hyphen', 'CN2012-10213176.6', 'patent.format'],
    ['two dots', '2012.10213176.6', 'patent.format'],
    ['nothing', '', 'patent.format'],
    ['a check digit of two characters', '201210213176.66', 'patent.format'],
  ])('rejects %s', (_what, input, code) => {
    expect(reasonOf(input).code).toBe(code);
  });

  it('says which check digit was expected', () => {
    expect(reasonOf('CN201210213176.7')).toMatchObject({ expected: '6', actual: '7' });
    expect(reasonOf('CN201210213176.7').en).toBe("check digit should be '6', got '7'");
    expect(reasonOf('CN201210213176.7').zh).toBe('校验位应为“6”，实际为“7”');
  });

  it('suggests the complete number when the check digit is missing', () => {
    expect(reasonOf('201210213176').en).toBe('check digit missing: should be 201210213176.6');
  });
});

describe('check digit arithmetic', () => {
  it('writes a remainder of 10 as X', () => {
    expect(cnPatentCheckDigit('95115608')).toBe('X');
  });

  it('refuses anything but 8 or 12 digits', () => {
    expect(() => cnPatentCheckDigit('2012102131')).toThrow(RangeError);
    expect(() => cnPatentCheckDigit('20121021317X')).toThrow(RangeError);
  });

  const digits12 = fc
    .tuple(
      fc.integer({ min: 2003, max: 2099 }),
      fc.constantFrom('1', '2', '3', '8', '9'),
      fc.integer({ min: 0, max: 9_999_999 }),
    )
    .map(([y, t, s]) => `${y}${t}${String(s).padStart(7, '0')}`);
  const digits8 = fc
    .tuple(
      fc.constantFrom('85', '90', '99', '00', '03'),
      fc.constantFrom('1', '2', '3', '8', '9'),
      fc.integer({ min: 0, max: 99_999 }),
    )
    .map(([y, t, s]) => `${y}${t}${String(s).padStart(5, '0')}`);
  const number = fc.oneof(digits12, digits8).map((d) => makeCnPatentApplication(d).replace('.', ''));

  it('makeCnPatentApplication always yields a valid number', () => {
    fc.assert(
      fc.property(
        fc.oneof(digits12, digits8),
        (d) => validateCnPatentApplication(makeCnPatentApplication(d)).valid,
      ),
    );
  });

  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(number, fc.nat(), fc.constantFrom(...'0123456789X'), (n, at, ch) => {
        const i = at % n.length;
        fc.pre(n.charAt(i) !== ch && (ch !== 'X' || i === n.length - 1));
        expect(validateCnPatentApplication(n.slice(0, i) + ch + n.slice(i + 1)).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every adjacent transposition of two different characters, the check digit included', () => {
    fc.assert(
      fc.property(number, fc.nat(), (n, at) => {
        const i = at % (n.length - 1);
        fc.pre(n.charAt(i) !== n.charAt(i + 1));
        const swapped = n.slice(0, i) + n.charAt(i + 1) + n.charAt(i) + n.slice(i + 2);
        expect(validateCnPatentApplication(swapped).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
