// Chinese patent application numbers (专利申请号), CNIPA standard ZC 0006-2003 《专利申请号标准》:
//   since 1 Oct 2003: YYYY T NNNNNNN . C  — year, type, 7-digit serial, check digit;
//   before:           YY T NNNNN . C      — 2-digit year (1985–2003), type, 5-digit serial, check digit.
// Check digit: Σ digit_i × weight_i mod 11 with weights 2,3,4,5,6,7,8,9,2,3,4,5 (12-digit form) or
// 2…9 (8-digit form); a remainder of 10 is written X. Verified against published numbers in
// cn-patent.test.ts. Input may carry a CN or ZL prefix and may omit the dot.
import { invalid, showChar, type InvalidReason, type Validation } from './reason';

/** The kind of application the type digit names. */
export type CnPatentType = 'invention' | 'utility_model' | 'design' | 'pct_invention' | 'pct_utility_model';

/** Type digit → kind, with labels. */
export const cnPatentTypes: Record<string, { type: CnPatentType; zh: string; en: string }> = {
  '1': { type: 'invention', zh: '发明', en: 'invention' },
  '2': { type: 'utility_model', zh: '实用新型', en: 'utility model' },
  '3': { type: 'design', zh: '外观设计', en: 'design' },
  '8': {
    type: 'pct_invention',
    zh: '进入中国国家阶段的 PCT 发明',
    en: 'PCT invention entering the national phase',
  },
  '9': {
    type: 'pct_utility_model',
    zh: '进入中国国家阶段的 PCT 实用新型',
    en: 'PCT utility model entering the national phase',
  },
};

/** The parts of a valid application number. */
export interface CnPatentApplication {
  /** '12-digit' since October 2003, '8-digit' before. */
  form: '12-digit' | '8-digit';
  year: number;
  typeDigit: string;
  type: CnPatentType;
  serial: string;
  checkDigit: string;
  /** Digits, dot, check digit: 202310123456.6 or 95115608.X. */
  canonical: string;
}

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** The check digit of the 12 (or 8) leading digits; throws on anything else. */
export function cnPatentCheckDigit(digits: string): string {
  if (!/^(\d{8}|\d{12})$/.test(digits)) throw new RangeError(`expected 8 or 12 digits, got '${digits}'`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits.charAt(i)) * (WEIGHTS[i] ?? 0);
  const c = sum % 11;
  return c === 10 ? 'X' : String(c);
}

const r = (code: string, zh: string, en: string, extra: Partial<InvalidReason> = {}): InvalidReason => ({
  code,
  zh,
  en,
  ...extra,
});

const FORMAT_HELP = {
  zh: '应为 12 位数字加校验位（如 CN202310123456.6）或 2003 年以前的 8 位数字加校验位（如 95115608.X）',
  en: 'expected 12 digits and a check digit (e.g. CN202310123456.6) or, before 2003, 8 digits and a check digit (e.g. 95115608.X)',
};

/** Validates a Chinese patent application number and returns its year, type and serial. */
export function validateCnPatentApplication(input: string): Validation<CnPatentApplication> {
  const body = input.replace(/^(CN|ZL)/i, '');
  const m = /^(\d+)(?:\.?([\dXx]))?$/.exec(body);
  if (!m) {
    const badIndex = [...body].findIndex((ch, i) => !/[\d.Xx]/.test(ch) || (ch === '.' && i === 0));
    const ch = badIndex >= 0 ? ([...body][badIndex] ?? '') : '';
    const where = ch
      ? { zh: `含有不允许的字符“${showChar(ch)}”；`, en: `contains '${showChar(ch)}'; ` }
      : { zh: '', en: '' };
    return invalid(
      r(
        'patent.format',
        `${where.zh}${FORMAT_HELP.zh}`,
        `${where.en}${FORMAT_HELP.en}`,
        ch ? { actual: ch } : {},
      ),
    );
  }
  let digits = m[1] ?? '';
  let check = m[2]?.toUpperCase();
  // Without a dot the last digit is the check digit: 13 or 9 digits in all.
  if (check === undefined && (digits.length === 13 || digits.length === 9)) {
    check = digits.slice(-1);
    digits = digits.slice(0, -1);
  }
  if (digits.length !== 12 && digits.length !== 8) {
    return invalid(
      r(
        'patent.length',
        `位数不对（${digits.length} 位）;${FORMAT_HELP.zh}`,
        `wrong number of digits (${digits.length}); ${FORMAT_HELP.en}`,
        { actual: String(digits.length) },
      ),
    );
  }
  const long = digits.length === 12;
  const year = long
    ? Number(digits.slice(0, 4))
    : 1900 + Number(digits.slice(0, 2)) + (Number(digits.slice(0, 2)) < 50 ? 100 : 0);
  if (long ? year < 2003 || year > 2099 : year < 1985 || year > 2003) {
    const range = long ? '2003–2099' : '1985–2003 (85–99, 00–03)';
    return invalid(
      r(
        'patent.year',
        `申请年份 ${year} 不在 ${range} 之内`,
        `application year ${year} is outside ${range}`,
        { actual: String(year) },
      ),
    );
  }
  const typeDigit = digits.charAt(long ? 4 : 2);
  const type = cnPatentTypes[typeDigit];
  if (!type) {
    const position = long ? 5 : 3;
    return invalid(
      r(
        'patent.type',
        `第 ${position} 位申请种类“${typeDigit}”不存在（1 发明、2 实用新型、3 外观设计、8 PCT 发明、9 PCT 实用新型）`,
        `application type '${typeDigit}' at digit ${position} does not exist (1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model)`,
        { position, actual: typeDigit },
      ),
    );
  }
  const expected = cnPatentCheckDigit(digits);
  if (check === undefined) {
    return invalid(
      r(
        'patent.missing_check',
        `缺少校验位：应为 ${digits}.${expected}`,
        `check digit missing: should be ${digits}.${expected}`,
        { expected },
      ),
    );
  }
  if (check !== expected) {
    return invalid(
      r(
        'patent.check',
        `校验位应为“${expected}”，实际为“${check}”`,
        `check digit should be '${expected}', got '${check}'`,
        { expected, actual: check },
      ),
    );
  }
  return {
    valid: true,
    parsed: {
      form: long ? '12-digit' : '8-digit',
      year,
      typeDigit,
      type: type.type,
      serial: digits.slice(long ? 5 : 3),
      checkDigit: check,
      canonical: `${digits}.${check}`,
    },
  };
}

/** Appends the check digit: '202310123456' → '202310123456.6'. */
export function makeCnPatentApplication(digits: string): string {
  return `${digits}.${cnPatentCheckDigit(digits)}`;
}
