// GB/T 4754-2017 sections and divisions: lookups, code parsing and a Cascader tree.
// Codes are written as the section letter alone ('M') or letter + division ('M73'); a bare division
// ('73') is accepted on input and completed with its section.
import type { Lang } from '../common';
import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS } from './industries.data';

/** A GB/T 4754 section (门类). */
export interface IndustrySection {
  code: string;
  zh: string;
  en: string;
  /** Its divisions' two-digit codes, in order. */
  divisions: string[];
}

/** A GB/T 4754 division (大类). */
export interface IndustryDivision {
  /** Two digits, e.g. '73'. */
  code: string;
  section: string;
  zh: string;
  en: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The 20 sections A–T with their divisions. */
export const industrySections: readonly IndustrySection[] = INDUSTRY_SECTIONS.map(
  ([code, zh, en, from, to]) => ({
    code,
    zh,
    en,
    divisions: Array.from({ length: to - from + 1 }, (_, i) => pad(from + i)),
  }),
);

const sectionOfDivision = new Map<string, string>(
  industrySections.flatMap((s) => s.divisions.map((d) => [d, s.code] as const)),
);

/** The 97 divisions 01–97 with their sections. */
export const industryDivisions: readonly IndustryDivision[] = INDUSTRY_DIVISIONS.map(([code, zh, en]) => ({
  code,
  section: sectionOfDivision.get(code) ?? '',
  zh,
  en,
}));

const sections = new Map(industrySections.map((s) => [s.code, s]));
const divisions = new Map(industryDivisions.map((d) => [d.code, d]));

/** A parsed industry code: a section, or a division with its section. */
export type IndustryCode =
  | { level: 'section'; code: string; section: IndustrySection }
  | { level: 'division'; code: string; section: IndustrySection; division: IndustryDivision };

/** Parses 'M', 'M73' or '73' into its canonical form ('M', 'M73'); undefined when not in the table. */
export function parseIndustryCode(input: string): IndustryCode | undefined {
  const m = /^([A-T])?(\d{2})?$/.exec(input);
  if (!m || (!m[1] && !m[2])) return undefined;
  const [, letter, digits] = m;
  if (!digits) {
    const section = sections.get(letter ?? '');
    return section ? { level: 'section', code: section.code, section } : undefined;
  }
  const division = divisions.get(digits);
  if (!division || (letter && letter !== division.section)) return undefined;
  const section = sections.get(division.section);
  return section ? { level: 'division', code: section.code + division.code, section, division } : undefined;
}

/** True for a section ('C'), a division with its own section ('C39') or a bare division ('39'). */
export function isValidIndustryCode(code: string): boolean {
  return parseIndustryCode(code) !== undefined;
}

/** The name of a section or division in the requested language, or undefined. */
export function industryName(code: string, lang: Lang = 'zh-CN'): string | undefined {
  const parsed = parseIndustryCode(code);
  if (!parsed) return undefined;
  const entry = parsed.level === 'section' ? parsed.section : parsed.division;
  return lang === 'en' ? entry.en : entry.zh;
}

/** Sections with their divisions as a Cascader tree; values are 'C' and 'C39'. */
export function industryCascaderOptions(lang: Lang = 'zh-CN') {
  const label = (code: string, zh: string, en: string) => `${code} ${lang === 'en' ? en : zh}`;
  return industrySections.map((s) => ({
    value: s.code,
    label: label(s.code, s.zh, s.en),
    children: s.divisions.map((d) => {
      const division = divisions.get(d);
      return { value: s.code + d, label: label(s.code + d, division?.zh ?? '', division?.en ?? '') };
    }),
  }));
}
