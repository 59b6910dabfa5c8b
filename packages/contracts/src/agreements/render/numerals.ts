const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/** Writes 0–9999 in Chinese numerals as legal texts number articles (十二, 一百零一). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999)
    throw new RangeError(`cannot write ${n} in Chinese numerals`);
  if (n < 10) return DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 === 0 ? '' : (DIGITS[n % 10] ?? '')}`;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out !== '') out += '零';
    zero = false;
    out += (DIGITS[d] ?? '') + unit;
  });
  return out;
}

/**
 * A party's designation by position. Chinese: the ten heavenly stems 甲方…癸方 as contracts use them,
 * then 第十一方, 第十二方…. English: Party A…Party Z, then Party 27, Party 28…; the English does not
 * stop at J just because the stems do, so each language runs one scheme as far as it goes.
 */
export function partyDesignation(index: number): { zh: string; en: string } {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`no party at position ${index}`);
  const stem = STEMS[index];
  return {
    zh: stem !== undefined ? `${stem}方` : `第${toChineseNumeral(index + 1)}方`,
    en: `Party ${index < 26 ? String.fromCharCode(65 + index) : String(index + 1)}`,
  };
}

/** The label of an item inside a clause: （一） / (a). */
export function itemLabel(index: number): { zh: string; en: string } {
  const en = index < 26 ? String.fromCharCode(97 + index) : String(index + 1);
  return { zh: `（${toChineseNumeral(index + 1)}）`, en: `(${en})` };
}
