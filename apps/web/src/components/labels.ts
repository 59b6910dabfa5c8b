import {
  industryName,
  organisationKindLabels,
  provinceOf,
  qualificationLabels,
  regionFullName,
  regionName,
  type Lang,
} from '@huahe/contracts';

type Labels = Record<string, { 'zh-CN': string; en: string } | undefined>;

/** An organisation's (or consortium's) name in the interface language. */
export const nameIn = (o: { nameZh: string; nameEn?: string | null }, lang: Lang): string =>
  lang === 'en' && o.nameEn ? o.nameEn : o.nameZh;

/** The label of an organisation kind in the language; the raw value when unknown. */
export const kindLabel = (kind: string, lang: Lang): string =>
  (organisationKindLabels as Labels)[kind]?.[lang] ?? kind;

/** The label of a qualification in the language; the raw value when unknown. */
export const qualificationLabel = (q: string, lang: Lang): string =>
  (qualificationLabels as Labels)[q]?.[lang] ?? q;

/** A region's name (GB/T 2260), the code itself when the table does not know it, '' for none. */
export const regionLabel = (code: string | null | undefined, lang: Lang): string =>
  code ? (regionName(code, lang) ?? code) : '';

/** A region's full name (province, city, county); '' for none. */
export const regionFullLabel = (code: string | null | undefined, lang: Lang): string =>
  code ? (regionFullName(code, lang) ?? code) : '';

/** The province a region code lies in, named in the language; '' when unknown. */
export const provinceLabel = (code: string | null | undefined, lang: Lang): string => {
  const p = code ? provinceOf(code) : undefined;
  return p ? (lang === 'en' ? (p.en ?? p.zh) : p.zh) : '';
};

/** An industry's (GB/T 4754) code and name; '' for none. */
export const industryLabel = (code: string | null | undefined, lang: Lang): string =>
  code ? `${code} ${industryName(code, lang) ?? ''}`.trim() : '';
