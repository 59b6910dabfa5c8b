// Result statuses, confidentiality levels and identifier checks by result type.
import { z } from 'zod';
import type { ResultType } from './agreements/enums';
import { cnPatentTypes, validateCnPatentApplication } from './identifiers/cn-patent';
import { validateSoftwareCopyright } from './identifiers/software-copyright';
import { validateStandardNumber } from './identifiers/standard-number';

/** Who may read a result: anybody, the consortium's members, or only its owners (with the secretariat and bureau). */
export const resultConfidentialitySchema = z
  .enum(['public', 'consortium', 'confidential'])
  .meta({ id: 'ResultConfidentiality' });
export type ResultConfidentiality = z.infer<typeof resultConfidentialitySchema>;

/** Where a result stands; one list for every type (a patent is filed and granted, a product released…). */
export const resultStatusSchema = z
  .enum([
    'in_progress',
    'filed',
    'published',
    'granted',
    'registered',
    'released',
    'in_use',
    'commercialised',
    'awarded',
    'rejected',
    'lapsed',
    'withdrawn',
  ])
  .meta({ id: 'ResultStatus' });
export type ResultStatus = z.infer<typeof resultStatusSchema>;

/** Labels of the statuses (the web reads them from here). */
export const RESULT_STATUS_LABELS: Record<ResultStatus, { 'zh-CN': string; en: string }> = {
  in_progress: { 'zh-CN': '研发中', en: 'in progress' },
  filed: { 'zh-CN': '已申请', en: 'filed' },
  published: { 'zh-CN': '已公开/发表', en: 'published' },
  granted: { 'zh-CN': '已授权', en: 'granted' },
  registered: { 'zh-CN': '已登记', en: 'registered' },
  released: { 'zh-CN': '已发布', en: 'released' },
  in_use: { 'zh-CN': '已应用', en: 'in use' },
  commercialised: { 'zh-CN': '已转化/商用', en: 'commercialised' },
  awarded: { 'zh-CN': '已获奖', en: 'awarded' },
  rejected: { 'zh-CN': '已驳回', en: 'rejected' },
  lapsed: { 'zh-CN': '已失效', en: 'lapsed' },
  withdrawn: { 'zh-CN': '已撤回', en: 'withdrawn' },
};

const PATENT_DIGITS: Partial<Record<ResultType, string[]>> = {
  invention_patent: ['1', '8'],
  utility_model: ['2', '9'],
  design_patent: ['3'],
};

/** Why an identifier does not fit the result type, or its canonical form. */
export type IdentifierCheck =
  { ok: true; canonical: string } | { ok: false; reason: { code: string; zh: string; en: string } };

/**
 * Checks a result's identifier by its type: patents take a Chinese application number (check digit
 * verified, and the type digit must match), software a 软著登字第N号 or registration number, standards
 * a standard number; other types take any text.
 */
export function checkResultIdentifier(type: ResultType, identifier: string): IdentifierCheck {
  const digits = PATENT_DIGITS[type];
  if (digits) {
    const v = validateCnPatentApplication(identifier);
    if (!v.valid) return { ok: false, reason: v.reason };
    if (!digits.includes(v.parsed.typeDigit)) {
      const kind = cnPatentTypes[v.parsed.typeDigit]!;
      return {
        ok: false,
        reason: {
          code: 'result.patent_type',
          zh: `申请号的种类为“${kind.zh}”，与成果类型不符`,
          en: `the application number is for a ${kind.en}, which does not match the result type`,
        },
      };
    }
    return { ok: true, canonical: v.parsed.canonical };
  }
  if (type === 'software_copyright') {
    const v = validateSoftwareCopyright(identifier);
    return v.valid ? { ok: true, canonical: v.parsed.canonical } : { ok: false, reason: v.reason };
  }
  if (type === 'standard') {
    const v = validateStandardNumber(identifier);
    return v.valid ? { ok: true, canonical: v.parsed.canonical } : { ok: false, reason: v.reason };
  }
  return { ok: true, canonical: identifier.trim() };
}

/** Adds an issue at `identifier` when it does not fit the type (for object-level refinements). */
export function refineIdentifier(v: { type?: ResultType; identifier?: string | null }, ctx: z.RefinementCtx) {
  if (!v.type || !v.identifier) return;
  const check = checkResultIdentifier(v.type, v.identifier);
  if (!check.ok) {
    ctx.addIssue({
      code: 'custom',
      path: ['identifier'],
      message: check.reason.zh,
      params: { reason: check.reason },
    });
  }
}
