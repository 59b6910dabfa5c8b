import type { Comparison } from '../enums';
import type { Bilingual } from '../labels';
import type { LocalizedText } from '../primitives';
import { getRatio } from '../ratio';
import { toChineseNumeral } from './numerals';

/** Builds a bilingual text. */
export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

// Free texts are embedded mid-sentence, so their own closing punctuation would double up.
const TRAILING = /[。．.；;，,\s]+$/u;

/** A free text in both languages (the Chinese one stands in for a missing translation), without closing punctuation. */
export function loc(t: LocalizedText): Bilingual {
  return { zh: t.zh.replace(TRAILING, ''), en: (t.en ?? t.zh).replace(TRAILING, '') };
}

/** A name in both languages; each document also shows the other language's form when both exist. */
export function nameOf(t: { zh: string; en?: string | undefined }): Bilingual {
  return { zh: t.zh, en: t.en === undefined ? t.zh : `${t.en} (${t.zh})` };
}

/** Joins bilingual parts with the language's list separators. */
export function join(parts: readonly Bilingual[], zhSep = '、', enSep = ', '): Bilingual {
  return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}

/** A ratio as 三分之二 / 2/3 (percentages are kept as written). */
export function ratioText(text: string): Bilingual {
  if (text.endsWith('%')) return bi(text, text);
  const r = getRatio(text);
  if (r.den === 1n) return r.num === 1n ? bi('全部', 'all') : bi('零', '0');
  return bi(`${toChineseNumeral(Number(r.den))}分之${toChineseNumeral(Number(r.num))}`, text);
}

/** "at least 2/3" / "三分之二以上（含本数）"; "more than 1/2" / "超过二分之一"; unanimity for "1". */
export function thresholdText(text: string, comparison: Comparison): Bilingual {
  const r = ratioText(text);
  if (text === '1' || text === '100%') {
    return comparison === 'at_least'
      ? bi('一致', 'unanimously')
      : bi('超过全部（不可能满足）', 'more than all (never met)');
  }
  // 民法典第一千二百五十九条: "以上" includes the number itself, "超过" does not.
  return comparison === 'at_least'
    ? bi(`${r.zh}以上（含本数）`, `at least ${r.en}`)
    : bi(`超过${r.zh}`, `more than ${r.en}`);
}

/** "45日" / "45 days". */
export function days(n: number): Bilingual {
  return bi(`${n}日`, n === 1 ? '1 day' : `${n} days`);
}

/** "人民币1500000.00元" / "CNY 1500000.00". */
export function yuan(amount: string): Bilingual {
  return bi(`人民币${amount}元`, `CNY ${amount}`);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026年3月1日" / "1 March 2026". */
export function dateText(iso: string): Bilingual {
  const [y, m, d] = iso.split('-').map(Number);
  return bi(`${y}年${m}月${d}日`, `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`);
}

/** Placeholder for a datum not yet filled in. */
export const BLANK = bi('（待填写）', '[to be completed]');
