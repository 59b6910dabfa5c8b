// Zod schemas for codes from the reference tables; failures carry `params.reason` ({code, zh, en})
// like the identifier schemas.
import { z } from 'zod';
import { parseIndustryCode } from './industries';
import { isValidRegionCode } from './regions';

/** A GB/T 2260 province, city or county code present in the table (e.g. 350211). */
export const regionCodeSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (isValidRegionCode(value)) return;
    const reason = /^\d{6}$/.test(value)
      ? {
          code: 'region.unknown',
          zh: `行政区划代码 ${value} 不存在`,
          en: `no GB/T 2260 division has code ${value}`,
        }
      : { code: 'region.format', zh: '行政区划代码应为 6 位数字', en: 'a region code has 6 digits' };
    ctx.addIssue({ code: 'custom', message: reason.zh, params: { reason }, input: value });
  })
  .meta({
    id: 'RegionCode',
    description: 'GB/T 2260 administrative division code (6 digits)',
    examples: ['350211'],
  });

/** A GB/T 4754-2017 section ('M') or division ('M73'); a bare division ('73') is completed to 'M73'. */
export const industryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    if (parseIndustryCode(value)) return;
    const reason = {
      code: 'industry.unknown',
      zh: `国民经济行业代码 ${value} 不存在（应为门类字母 A–T 或门类加两位大类代码，如 M73）`,
      en: `no GB/T 4754-2017 section or division has code ${value} (use a letter A–T, or letter and division, e.g. M73)`,
    };
    ctx.addIssue({ code: 'custom', message: reason.zh, params: { reason }, input: value });
  })
  .overwrite((value) => parseIndustryCode(value)?.code ?? value)
  .meta({
    id: 'IndustryCode',
    description: 'GB/T 4754-2017 section or division, e.g. C39',
    examples: ['M73'],
  });
