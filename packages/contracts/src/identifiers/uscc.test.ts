import { describe, expect, it } from 'vitest';
import {
  isExampleUscc,
  makeExampleUscc,
  makeUscc,
  organisationCodeCheck,
  USCC_WEIGHTS,
  usccCheckCharacter,
  validateUscc,
} from './uscc';

// Real codes, each checked against public records (invoices, registries, prospectuses).
const real: [name: string, code: string, authorityType: string, region: string][] = [
  ['华为技术有限公司', '914403001922038216', '91', '440300'],
  ['腾讯科技（深圳）有限公司', '9144030071526726XG', '91', '440300'],
  ['深圳市腾讯计算机系统有限公司', '91440300708461136T', '91', '440300'],
  ['阿里巴巴（中国）网络技术有限公司', '91330100716105852F', '91', '330100'],
  ['浙江大学', '12100000470095016Q', '12', '100000'],
  ['清华大学', '12100000400000624D', '12', '100000'],
  ['复旦大学', '1210000042500615X0', '12', '100000'],
  ['小米科技有限责任公司', '91110108551385082Q', '91', '110108'],
  ['北京百度网讯科技有限公司', '91110000802100433B', '91', '110000'],
  ['比亚迪股份有限公司', '91440300192317458F', '91', '440300'],
  ['中国电子科技集团有限公司', '91110000710929498G', '91', '110000'],
  ['上海汽车集团股份有限公司', '91310000132260250X', '91', '310000'],
  ['国家集成电路产业投资基金二期股份有限公司', '91110000MA01N9JK2F', '91', '110000'],
];

const reasonOf = (code: string) => {
  const result = validateUscc(code);
  if (result.valid) throw new Error(`${code} unexpectedly valid`);
  return result.reason;
};

describe('validateUscc on real codes', () => {
  it.each(real)('accepts %s %s', (_name, code, authorityType, region) => {
    const result = validateUscc(code);
    expect(result).toMatchObject({ valid: true });
    if (!result.valid) return;
    expect(result.parsed.authority + result.parsed.type).toBe(authorityType);
    expect(result.parsed.region).toBe(region);
    expect(result.parsed.organisationCode).toBe(code.slice(8, 17));
    expect(result.parsed.check).toBe(code.charAt(17));
    expect(result.parsed.isExample).toBe(false);
  });

  it('names the authority and type of a code', () => {
    const result = validateUscc('12100000470095016Q');
    expect(result.valid && result.parsed.authorityName.zh).toBe('机构编制');
    expect(result.valid && result.parsed.typeName.zh).toBe('事业单位');
  });

  it('reproduces the published check characters with makeUscc', () => {
    for (const [, code] of real) expect(makeUscc(code.slice(0, 17))).toBe(code);
  });
});

describe('validateUscc on corrupted codes', () => {
  const huawei = '914403001922038216';
  it.each([
    ['too short', huawei.slice(0, 17), 'uscc.length', undefined],
    ['too long', huawei + '0', 'uscc.length', undefined],
    ['empty', '', 'uscc.length', undefined],
    ['a forbidden letter I', '9I4403001922038216', 'uscc.charset', 2],
    ['a forbidden letter O', '91440300192203821O', 'uscc.charset', 18],
    ['a forbidden letter Z', '9144030019220382Z6', 'uscc.charset', 17],
    ['a forbidden letter S', '914403001922038S16', 'uscc.charset', 16],
    ['a forbidden letter V', 'V14403001922038216', 'uscc.charset', 1],
    ['a lower-case letter', '9144030071526726Xg', 'uscc.lowercase', 18],
    ['punctuation', '91440300-922038216', 'uscc.charset', 9],
    ['an unknown authority B', 'B14403001922038216', 'uscc.authority', 1],
    ['a type the authority does not use (9-4)', '944403001922038216', 'uscc.type', 2],
    ['a type the authority does not use (Y-2)', 'Y24403001922038216', 'uscc.type', 2],
    ['a letter in the region code', '9144A3001922038216', 'uscc.region', 5],
    ['an unknown province in the region code', '919903001922038216', 'uscc.region', 3],
    ['a wrong organisation-code check digit', '914403001922038226', 'uscc.organisation_check', 17],
    ['a wrong check character', '914403001922038217', 'uscc.check', 18],
  ])('rejects %s', (_what, code, reasonCode, position) => {
    const reason = reasonOf(code);
    expect(reason.code).toBe(reasonCode);
    expect(reason.position).toBe(position);
  });

  it('says which check character was expected and which was found', () => {
    const reason = reasonOf('9144030071526726X0');
    expect(reason).toMatchObject({ code: 'uscc.check', expected: 'G', actual: '0' });
    expect(reason.en).toContain("should be 'G', got '0'");
    expect(reason.zh).toContain('应为“G”，实际为“0”');
  });

  it('says which organisation-code check digit was expected', () => {
    expect(reasonOf('914403001922038206')).toMatchObject({ expected: '1', actual: '0', position: 17 });
  });

  it('counts characters, not UTF-16 units, in the length message', () => {
    // 17 characters, 18 UTF-16 units.
    expect(reasonOf('9144030019220382😀').en).toBe('must be 18 characters, got 17');
    expect(reasonOf('91440300192203821😀')).toMatchObject({ code: 'uscc.charset', position: 18 });
  });

  it('explains a lower-case letter rather than calling it forbidden', () => {
    expect(reasonOf('9144030071526726xG').en).toBe("character 'x' at position 17 must be upper case");
  });

  it('escapes control characters in messages so a reason stays on one line', () => {
    expect(reasonOf('91440300\t922038216').en).not.toMatch(/[\t\n]/);
  });

  it('accepts the authorities allotted after the standard (G, J, Q, 5-4, 5-5)', () => {
    for (const prefix of ['G1', 'J1', 'Q1', '54', '55']) {
      const body = '12345678';
      expect(validateUscc(makeUscc(`${prefix}110000${body}${organisationCodeCheck(body)}`)).valid).toBe(true);
    }
  });
});

describe('check character arithmetic', () => {
  it('uses the weights of GB 32100-2015 (3^(i-1) mod 31)', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it("writes a check value of 31 as '0'", () => {
    expect(usccCheckCharacter('1210000042500615X')).toBe('0');
  });

  it('refuses prefixes of the wrong length or with characters outside the set', () => {
    expect(() => usccCheckCharacter('9144030019220382')).toThrow(RangeError);
    expect(() => usccCheckCharacter('91440300192203821I')).toThrow(RangeError);
    expect(() => usccCheckCharacter('9144030019220382I')).toThrow(/position 17/);
  });

  it('computes GB 11714 organisation-code check digits, including X and 0', () => {
    expect(organisationCodeCheck('19220382')).toBe('1');
    expect(organisationCodeCheck('71526726')).toBe('X');
    expect(organisationCodeCheck('10000004')).toBe('0');
    expect(organisationCodeCheck('MA01N9JK')).toBe('2');
  });

  it('cannot see a swap of positions 1 and 18, which both weigh 1: the limit of the check character', () => {
    // 6-1 is a valid authority/type, so the swapped Huawei code passes every rule of the standard.
    expect(validateUscc('614403001922038219').valid).toBe(true);
  });
});

describe('example codes for demo data', () => {
  it('makes valid codes that say they are examples', () => {
    const code = makeExampleUscc('350211', 7);
    expect(code).toMatch(/^91350211EXAMP007.{2}$/);
    expect(validateUscc(code)).toMatchObject({ valid: true, parsed: { isExample: true, region: '350211' } });
    expect(isExampleUscc(code)).toBe(true);
  });

  it('makes a different code for each number', () => {
    const codes = new Set(Array.from({ length: 1000 }, (_, n) => makeExampleUscc('350200', n)));
    expect(codes.size).toBe(1000);
  });

  it('does not take real codes for examples', () => {
    for (const [, code] of real) expect(isExampleUscc(code)).toBe(false);
  });

  it('refuses bad regions and numbers', () => {
    expect(() => makeExampleUscc('3502', 1)).toThrow(RangeError);
    expect(() => makeExampleUscc('350200', 1000)).toThrow(RangeError);
    expect(() => makeExampleUscc('350200', 1.5)).toThrow(RangeError);
  });
});
