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

/** A party's designation by position: 甲方…癸方, then 第十一方…; in English Party A…J, then Party 11…. */
export function partyDesignation(index: number): { zh: string; en: string } {
  const stem = STEMS[index];
  if (stem !== undefined) return { zh: `${stem}方`, en: `Party ${String.fromCharCode(65 + index)}` };
  return { zh: `第${toChineseNumeral(index + 1)}方`, en: `Party ${index + 1}` };
}

/** The label of an item inside a clause: （一） / (a). */
export function itemLabel(index: number): { zh: string; en: string } {
  const en = index < 26 ? String.fromCharCode(97 + index) : String(index + 1);
  return { zh: `（${toChineseNumeral(index + 1)}）`, en: `(${en})` };
}
