// Zod schemas for the identifiers. Each normalises what people type (spaces, case, a CN prefix) to the
// canonical form and reports a failure as one issue whose message is the reason in the requested
// language; `params.reason` carries the code and both languages so any consumer can re-localise.
import { z } from 'zod';
import type { Lang } from '../common';
import { validateCnPatentApplication } from './cn-patent';
import { reasonText, type Validation } from './reason';
import { validateSoftwareCopyright } from './software-copyright';
import { normaliseStandardNumber, validateStandardNumber } from './standard-number';
import { validateUscc } from './uscc';

function refineWith<P>(validate: (value: string) => Validation<P>, lang: Lang) {
  return (value: string, ctx: z.RefinementCtx) => {
    const result = validate(value);
    if (!result.valid) {
      ctx.addIssue({
        code: 'custom',
        message: reasonText(result.reason, lang),
        params: { reason: result.reason },
        input: value,
      });
    }
  };
}

/** The issue's reason ({code, zh, en}) when it came from one of these schemas. */
export function identifierIssueReason(issue: unknown): { code: string; zh: string; en: string } | undefined {
  const params = (issue as { params?: unknown } | undefined)?.params as
    { reason?: { code?: unknown; zh?: unknown; en?: unknown } } | undefined;
  const reason = params?.reason;
  return reason &&
    typeof reason.code === 'string' &&
    typeof reason.zh === 'string' &&
    typeof reason.en === 'string'
    ? { code: reason.code, zh: reason.zh, en: reason.en }
    : undefined;
}

/** Unified social credit code; spaces trimmed and letters upper-cased before validation. */
export function makeUsccSchema(lang: Lang = 'zh-CN') {
  return z.string().max(64).trim().toUpperCase().superRefine(refineWith(validateUscc, lang));
}

/** Chinese patent application number; normalised to digits, dot and check digit (202310123456.6). */
export function makeCnPatentApplicationSchema(lang: Lang = 'zh-CN') {
  return z
    .string()
    .max(32)
    .trim()
    .superRefine(refineWith(validateCnPatentApplication, lang))
    .overwrite((value) => {
      const result = validateCnPatentApplication(value);
      return result.valid ? result.parsed.canonical : value;
    });
}

/** Software copyright certificate (软著登字第N号) or registration number (2023SR0123456). */
export function makeSoftwareCopyrightSchema(lang: Lang = 'zh-CN') {
  return z
    .string()
    .max(32)
    .trim()
    .superRefine(refineWith(validateSoftwareCopyright, lang))
    .overwrite((value) => {
      const result = validateSoftwareCopyright(value);
      return result.valid ? result.parsed.canonical : value;
    });
}

/** Standard number (GB/T 12345-2020, T/ABC 001-2023 …); full-width slashes and dashes folded. */
export function makeStandardNumberSchema(lang: Lang = 'zh-CN') {
  return z
    .string()
    .max(80)
    .overwrite(normaliseStandardNumber)
    .superRefine(refineWith(validateStandardNumber, lang))
    .overwrite((value) => {
      const result = validateStandardNumber(value);
      return result.valid ? result.parsed.canonical : value;
    });
}

/** Unified social credit code (messages in zh-CN; `params.reason` has both languages). */
export const usccSchema = makeUsccSchema().meta({
  id: 'Uscc',
  description:
    'Unified social credit code （统一社会信用代码，GB 32100-2015），18 characters with its check character',
  examples: ['914403001922038216'],
});
/** Chinese patent application number, canonicalised (messages in zh-CN). */
export const cnPatentApplicationSchema = makeCnPatentApplicationSchema().meta({
  id: 'CnPatentApplicationNumber',
  description: 'Chinese patent application number （专利申请号） with its check digit, e.g. 202310123456.6',
  examples: ['201210213176.6'],
});
/** Software copyright number, canonicalised (messages in zh-CN). */
export const softwareCopyrightSchema = makeSoftwareCopyrightSchema().meta({
  id: 'SoftwareCopyrightNumber',
  description:
    'Software copyright certificate number （软著登字第N号） or registration number (2023SR0123456)',
  examples: ['2023SR0123456'],
});
/** Standard number, canonicalised (messages in zh-CN). */
export const standardNumberSchema = makeStandardNumberSchema().meta({
  id: 'StandardNumber',
  description:
    'Standard number: national (GB, GB/T, GB/Z), industry (JB/T …), local (DB35/T), group (T/…), enterprise (Q/…)',
  examples: ['GB/T 12345-2020'],
});
