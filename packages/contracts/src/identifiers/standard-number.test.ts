import { describe, expect, it } from 'vitest';
import { normaliseStandardNumber, validateStandardNumber } from './standard-number';

describe('validateStandardNumber', () => {
  it.each([
    ['GB 2312-80', { kind: 'national_mandatory', nature: 'mandatory', number: '2312', year: 1980 }],
    ['GB 7258-2017', { kind: 'national_mandatory', number: '7258', year: 2017 }],
    [
      'GB/T 4754-2017',
      { kind: 'national_recommended', nature: 'recommended', prefix: 'GB/T', number: '4754' },
    ],
    ['GB/T 20234.1-2015', { kind: 'national_recommended', number: '20234.1', year: 2015 }],
    ['GB/Z 41275.1-2022', { kind: 'national_guidance', nature: 'guidance' }],
    ['GB/T 19001-2016/ISO 9001:2015', { kind: 'national_recommended', adopts: 'ISO 9001:2015' }],
    [
      'JB/T 10216-2013',
      { kind: 'industry', nature: 'recommended', issuer: 'JB', issuerName: { zh: '机械', en: 'machinery' } },
    ],
    ['SJ/T 11363-2006', { kind: 'industry', issuer: 'SJ' }],
    ['YD 5098-2005', { kind: 'industry', nature: 'mandatory', issuer: 'YD' }],
    ['DB/T 15-2009', { kind: 'industry', issuer: 'DB', issuerName: { zh: '地震', en: 'earthquake' } }],
    ['DB35/T 1234-2020', { kind: 'local', nature: 'recommended', issuer: '350000' }],
    ['DB11 1234-2020', { kind: 'local', nature: 'mandatory', issuer: '110000' }],
    ['DB3502/T 001-2019', { kind: 'local', issuer: '350200' }],
    [
      'T/ABC 001-2023',
      { kind: 'group', nature: 'voluntary', prefix: 'T/ABC', issuer: 'ABC', number: '001', year: 2023 },
    ],
    ['T/CSAE 53-2017', { kind: 'group', issuer: 'CSAE' }],
    ['Q/GDW 1373-2013', { kind: 'enterprise', nature: 'voluntary', issuer: 'GDW' }],
  ])('accepts %s', (input, parsed) => {
    expect(validateStandardNumber(input)).toMatchObject({
      valid: true,
      parsed: { ...parsed, canonical: input },
    });
  });

  it('folds full-width slashes, dashes and extra spaces', () => {
    expect(normaliseStandardNumber(' GB／T  12345—2020 ')).toBe('GB/T 12345-2020');
    expect(validateStandardNumber('GB/T12345 - 2020')).toMatchObject({
      parsed: { canonical: 'GB/T 12345-2020' },
    });
  });

  it.each([
    ['no year', 'GB/T 12345', 'standard.format'],
    ['a year of three digits', 'GB/T 12345-202', 'standard.format'],
    ['an unknown nature suffix', 'GB/X 12345-2020', 'standard.format'],
    ['lower-case letters', 'gb/t 12345-2020', 'standard.format'],
    ['an unknown industry code', 'XX/T 12-2020', 'standard.industry_code'],
    ['a local prefix with no province', 'DB99/T 1-2020', 'standard.local_region'],
    ['a local prefix of three digits', 'DB351/T 1-2020', 'standard.local_region'],
    ['a group code run into the number', 'T/ABC001-2023', 'standard.format'],
    ['a year in the future', 'GB/T 1-2150', 'standard.year'],
    ['a year too early', 'GB/T 1-1949', 'standard.year'],
    ['a patent number', 'CN202310123456.6', 'standard.format'],
  ])('rejects %s', (_what, input, code) => {
    const result = validateStandardNumber(input);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason.code).toBe(code);
  });
});
