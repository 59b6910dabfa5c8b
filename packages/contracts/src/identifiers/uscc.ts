// Unified social credit code (统一社会信用代码), GB 32100-2015. 18 characters:
//   1 registration authority · 2 organisation type · 3–8 region of the registering authority (GB/T 2260)
//   · 9–17 organisation code (主体标识码, GB 11714, its own check digit at 17) · 18 check character.
// The check character as the standard defines it (after GB/T 17710): weights 3^(i-1) mod 31,
// check = 31 − (Σ value_i × weight_i mod 31), and 31 becomes '0'. See README.md for sources.
import { isProvinceCode } from '../reference/provinces';
import { invalid, showChar, type InvalidReason, type Validation } from './reason';
import { usccAuthorities } from './uscc-codes';

/** The 31 characters a USCC may contain, in value order (no I, O, Z, S, V). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17: 3^(i-1) mod 31. */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** Organisation-code bodies starting with this mark the codes made by makeExampleUscc. */
export const EXAMPLE_ORG_PREFIX = 'EXAMP';

/** The parts of a valid USCC. */
export interface UsccParts {
  code: string;
  authority: string;
  authorityName: { zh: string; en: string };
  type: string;
  typeName: { zh: string; en: string };
  region: string;
  organisationCode: string;
  check: string;
  /** Made by makeExampleUscc: not a real organisation's code. */
  isExample: boolean;
}

/** The check character (position 18) for the first 17 characters; throws on a bad prefix. */
export function usccCheckCharacter(prefix17: string): string {
  if (prefix17.length !== 17)
    throw new RangeError(`USCC prefix must be 17 characters, got ${prefix17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(prefix17.charAt(i));
    if (value < 0) throw new RangeError(`USCC prefix has '${prefix17.charAt(i)}' at position ${i + 1}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 check digit of an 8-character organisation-code body: 11 − (Σ mod 11), 10 → 'X', 11 → '0'. */
export function organisationCodeCheck(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8))
    throw new RangeError(`organisation code body must be 8 of 0-9A-Z: ${body8}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charAt(i);
    const value = ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55; // A=10 … Z=35
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Appends the right check character to a 17-character prefix. */
export function makeUscc(prefix17: string): string {
  return prefix17 + usccCheckCharacter(prefix17);
}

/**
 * A well-formed code for demo data that no real organisation holds: type 91 (enterprise), the given
 * region, organisation code `EXAMPnnn` + its check digit. isExampleUscc recognises it.
 */
export function makeExampleUscc(region: string, n: number): string {
  if (!/^\d{6}$/.test(region)) throw new RangeError(`region must be 6 digits: ${region}`);
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`example number must be 0–999: ${n}`);
  const body = EXAMPLE_ORG_PREFIX + String(n).padStart(3, '0');
  return makeUscc(`91${region}${body}${organisationCodeCheck(body)}`);
}

/** True for codes made by makeExampleUscc. */
export function isExampleUscc(code: string): boolean {
  return code.length === 18 && code.slice(8, 13) === EXAMPLE_ORG_PREFIX;
}

const r = (code: string, zh: string, en: string, extra: Partial<InvalidReason> = {}): InvalidReason => ({
  code,
  zh,
  en,
  ...extra,
});

function charsetProblem(code: string): InvalidReason | undefined {
  const chars = [...code];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (USCC_CHARSET.includes(ch)) continue;
    const shown = showChar(ch);
    const position = i + 1;
    const upper = ch.toUpperCase();
    if (upper !== ch && USCC_CHARSET.includes(upper)) {
      return r(
        'uscc.lowercase',
        `第 ${position} 位“${shown}”应为大写字母`,
        `character '${shown}' at position ${position} must be upper case`,
        { position, actual: ch },
      );
    }
    const hint = 'IOZSV'.includes(upper)
      ? { zh: '（不使用 I、O、Z、S、V）', en: ' (I, O, Z, S and V are never used)' }
      : { zh: '', en: '' };
    return r(
      'uscc.charset',
      `第 ${position} 位字符“${shown}”不允许${hint.zh}`,
      `character '${shown}' at position ${position} is not allowed${hint.en}`,
      { position, actual: ch },
    );
  }
  return undefined;
}

/** Validates a unified social credit code exactly as written (no trimming or case folding). */
export function validateUscc(code: string): Validation<UsccParts> {
  const length = [...code].length;
  if (length !== 18) {
    return invalid(
      r('uscc.length', `长度应为 18 位，实际为 ${length} 位`, `must be 18 characters, got ${length}`, {
        expected: '18',
        actual: String(length),
      }),
    );
  }
  const bad = charsetProblem(code);
  if (bad) return invalid(bad);

  const authority = usccAuthorities[code.charAt(0)];
  if (!authority) {
    return invalid(
      r(
        'uscc.authority',
        `第 1 位登记管理部门代码“${code.charAt(0)}”不存在`,
        `registration-authority code '${code.charAt(0)}' (position 1) does not exist`,
        { position: 1, actual: code.charAt(0) },
      ),
    );
  }
  const type = authority.types[code.charAt(1)];
  if (!type) {
    const allowed = Object.keys(authority.types).join('/');
    return invalid(
      r(
        'uscc.type',
        `第 2 位机构类别代码“${code.charAt(1)}”不属于登记管理部门“${authority.code} ${authority.zh}”（可用 ${allowed}）`,
        `organisation-type code '${code.charAt(1)}' (position 2) is not used by registration authority '${authority.code}' (${authority.en}; allowed ${allowed})`,
        { position: 2, actual: code.charAt(1), expected: allowed },
      ),
    );
  }
  const region = code.slice(2, 8);
  const nonDigit = [...region].findIndex((ch) => ch < '0' || ch > '9');
  if (nonDigit >= 0) {
    const position = nonDigit + 3;
    return invalid(
      r(
        'uscc.region',
        `第 3–8 位行政区划码须为 6 位数字，第 ${position} 位为“${region.charAt(nonDigit)}”`,
        `region code (positions 3–8) must be 6 digits; position ${position} is '${region.charAt(nonDigit)}'`,
        { position, actual: region },
      ),
    );
  }
  // Positions 3–8 name the registering authority's division at registration time; districts are renamed
  // and merged, so only the province part is checked ('10' = central authorities).
  if (region.slice(0, 2) !== '10' && !isProvinceCode(region.slice(0, 2) + '0000')) {
    return invalid(
      r(
        'uscc.region',
        `第 3–8 位行政区划码“${region}”的省级代码“${region.slice(0, 2)}”不存在`,
        `region code '${region}' (positions 3–8) has no province '${region.slice(0, 2)}'`,
        { position: 3, actual: region },
      ),
    );
  }
  const organisationCode = code.slice(8, 17);
  const orgCheck = organisationCodeCheck(organisationCode.slice(0, 8));
  if (orgCheck !== code.charAt(16)) {
    return invalid(
      r(
        'uscc.organisation_check',
        `第 9–17 位组织机构代码的校验码（第 17 位）应为“${orgCheck}”，实际为“${code.charAt(16)}”`,
        `organisation code (positions 9–17) check digit at position 17 should be '${orgCheck}', got '${code.charAt(16)}'`,
        { position: 17, expected: orgCheck, actual: code.charAt(16) },
      ),
    );
  }
  const check = usccCheckCharacter(code.slice(0, 17));
  if (check !== code.charAt(17)) {
    return invalid(
      r(
        'uscc.check',
        `校验码（第 18 位）应为“${check}”，实际为“${code.charAt(17)}”`,
        `check character (position 18) should be '${check}', got '${code.charAt(17)}'`,
        { position: 18, expected: check, actual: code.charAt(17) },
      ),
    );
  }
  return {
    valid: true,
    parsed: {
      code,
      authority: authority.code,
      authorityName: { zh: authority.zh, en: authority.en },
      type: code.charAt(1),
      typeName: { zh: type.zh, en: type.en },
      region,
      organisationCode,
      check,
      isExample: isExampleUscc(code),
    },
  };
}
