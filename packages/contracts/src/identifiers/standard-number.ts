// Chinese standard numbers (标准编号), per the Standardization Law (2017) and GB/T 1.1:
//   national  GB 12345-2020 (mandatory), GB/T … (recommended), GB/Z … (guidance technical document)
//   industry  JB/T 1234-2019 — a code from standard-codes.ts, with /T (recommended) or /Z, or none (mandatory)
//   local     DB35/T 1234-2020 — DB + province code (or DB3502/T for a city with districts)
//   group     T/ABC 001-2023 — T/ + the issuing body's code
//   enterprise Q/GDW 1234-2014 — Q/ + the enterprise's code
// The number may have parts (GB/T 20234.1-2015); the year has 4 digits (2 before about 1995).
import { isProvinceCode } from '../reference/provinces';
import { invalid, type InvalidReason, type Validation } from './reason';
import { industryStandardCodes } from './standard-codes';

/** What kind of standard a number names. */
export type StandardKind =
  | 'national_mandatory'
  | 'national_recommended'
  | 'national_guidance'
  | 'industry'
  | 'local'
  | 'group'
  | 'enterprise';

/** The parts of a valid standard number. */
export interface StandardNumber {
  kind: StandardKind;
  /** Mandatory (no suffix), recommended (/T) or guidance (/Z); group and enterprise standards are voluntary. */
  nature: 'mandatory' | 'recommended' | 'guidance' | 'voluntary';
  /** The prefix as written: GB/T, JB/T, DB35/T, T/ABC, Q/GDW. */
  prefix: string;
  /** Industry code (JB), region code (350000 or 350200) or body code (ABC, GDW), when there is one. */
  issuer?: string;
  issuerName?: { zh: string; en: string };
  /** The number with its parts, e.g. '20234.1'. */
  number: string;
  year: number;
  /** An adopted international standard written after a slash, e.g. 'ISO 9001:2015'. */
  adopts?: string;
  canonical: string;
}

const r = (code: string, zh: string, en: string, extra: Partial<InvalidReason> = {}): InvalidReason => ({
  code,
  zh,
  en,
  ...extra,
});

const FORMAT = {
  zh: '应形如 GB/T 12345-2020、JB/T 1234-2019、DB35/T 1234-2020、T/ABC 001-2023 或 Q/ABC 001-2023',
  en: 'expected e.g. GB/T 12345-2020, JB/T 1234-2019, DB35/T 1234-2020, T/ABC 001-2023 or Q/ABC 001-2023',
};

const PATTERN =
  /^(?<prefix>GB(?:\/[TZ])?|DB\d{2,4}(?:\/[TZ])?|T\/[A-Z][A-Z0-9]{1,11}|Q\/[A-Z0-9]{1,16}|[A-Z]{2}(?:\/[TZ])?) ?(?<number>\d{1,6}[A-Z]?(?:\.\d{1,3})*)-(?<year>\d{4}|\d{2})(?: ?\/ ?(?<adopts>(?:ISO|IEC|ITU|IEEE|EN|ASTM|CISPR)\b.*))?$/;

/** Folds full-width slashes and dashes and repeated spaces, as people paste them from documents. */
export function normaliseStandardNumber(input: string): string {
  return input
    .trim()
    .replace(/[／]/g, '/')
    .replace(/[—–－‐]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-');
}

const nature = (suffix: string | undefined) =>
  suffix === 'T' ? 'recommended' : suffix === 'Z' ? 'guidance' : ('mandatory' as const);

/** Validates a standard number (after normaliseStandardNumber) and tells its kind and issuer. */
export function validateStandardNumber(input: string): Validation<StandardNumber> {
  const text = normaliseStandardNumber(input);
  const m = PATTERN.exec(text);
  const g = m?.groups;
  if (!g?.prefix || !g.number || !g.year) return invalid(r('standard.format', FORMAT.zh, FORMAT.en));
  const { prefix, number } = g;
  // DB35, T/ABC and Q/ABC end in a code of their own: without the space the number's start is ambiguous.
  if (/^(DB\d|T\/|Q\/)/.test(prefix) && text.charAt(prefix.length) !== ' ') {
    return invalid(
      r(
        'standard.format',
        `代号与顺序号之间须有空格；${FORMAT.zh}`,
        `a space must separate the prefix and the number; ${FORMAT.en}`,
      ),
    );
  }
  const year = g.year.length === 2 ? 1900 + Number(g.year) : Number(g.year);
  if (year < 1950 || year > 2099) {
    return invalid(
      r('standard.year', `年份 ${g.year} 不在 1950–2099 之内`, `year ${g.year} is outside 1950–2099`, {
        actual: g.year,
      }),
    );
  }
  const [head = '', suffix] = prefix.split('/');
  const base = { prefix, number, year, ...(g.adopts ? { adopts: g.adopts.trim() } : {}) };
  const canonical = `${prefix} ${number}-${g.year}${g.adopts ? `/${g.adopts.trim()}` : ''}`;

  if (head === 'GB') {
    const n = nature(suffix);
    const kind =
      n === 'recommended'
        ? 'national_recommended'
        : n === 'guidance'
          ? 'national_guidance'
          : 'national_mandatory';
    return { valid: true, parsed: { ...base, kind, nature: n, canonical } };
  }
  if (head === 'T' || head === 'Q') {
    const issuer = suffix ?? '';
    return {
      valid: true,
      parsed: {
        ...base,
        kind: head === 'T' ? 'group' : 'enterprise',
        nature: 'voluntary',
        issuer,
        canonical,
      },
    };
  }
  if (/^DB\d+$/.test(head)) {
    const digits = head.slice(2);
    if (digits.length === 3 || !isProvinceCode(digits.slice(0, 2) + '0000')) {
      return invalid(
        r(
          'standard.local_region',
          `地方标准代号 ${head} 中的行政区划代码“${digits}”不存在`,
          `local standard prefix ${head} has no region '${digits}'`,
          { actual: digits },
        ),
      );
    }
    const issuer = digits.padEnd(6, '0');
    return { valid: true, parsed: { ...base, kind: 'local', nature: nature(suffix), issuer, canonical } };
  }
  const sector = industryStandardCodes[head];
  if (!sector) {
    return invalid(
      r(
        'standard.industry_code',
        `行业标准代号“${head}”不在行业标准代号表中；${FORMAT.zh}`,
        `'${head}' is not a known industry standard code; ${FORMAT.en}`,
        { actual: head },
      ),
    );
  }
  return {
    valid: true,
    parsed: {
      ...base,
      kind: 'industry',
      nature: nature(suffix),
      issuer: head,
      issuerName: sector,
      canonical,
    },
  };
}
