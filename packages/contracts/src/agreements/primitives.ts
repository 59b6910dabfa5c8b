import { z } from 'zod';
import { makeUsccSchema } from '../identifiers/schemas';
import { parseRatio } from './ratio';

/** A short single-line text (names, titles), trimmed, 1–200 characters. */
export const ShortTextSchema = z.string().trim().min(1).max(200);

/** A longer free text (duties, conditions), trimmed, 1–4000 characters. */
export const LongTextSchema = z.string().trim().min(1).max(4000);

/** Text in Chinese (the binding language) with an optional English rendering. */
export const LocalizedTextSchema = z
  .strictObject({ zh: LongTextSchema, en: LongTextSchema.optional() })
  .meta({ id: 'LocalizedText' })
  .describe('Chinese text (binding) with an optional English translation');
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A party reference: the organisation id (uuid) of a party to the agreement. */
export const PartyIdSchema = z.uuid().describe('organisationId of a party to this agreement');

/** A period in calendar days (0–3650). */
export const DaysSchema = z.int().min(0).max(3650).describe('calendar days');

/**
 * An exact fraction in [0, 1]: "2/3", "1/2", "1" or a percentage such as "66.67%".
 * Kept as a string so that 2/3 is never rounded to 0.6666….
 */
export const RatioSchema = z
  .string()
  .max(24)
  .refine((s) => parseRatio(s) !== undefined, {
    message: 'not an exact fraction in [0, 1] such as "2/3" or "50%"',
    params: { code: 'agreement.ratio_invalid' },
  })
  .meta({ id: 'Ratio' })
  .describe('exact fraction in [0,1]: "a/b", an integer 0 or 1, or a percentage with up to 4 decimals');

/** Money in yuan as a decimal string with at most 2 decimals (never a float). */
export const YuanSchema = z
  .string()
  .regex(/^(0|[1-9]\d{0,14})(\.\d{1,2})?$/, {
    message: 'amount in yuan with at most 2 decimals, e.g. "1500000.00"',
  })
  .meta({ id: 'Yuan' })
  .describe('amount in yuan, decimal string, at most 2 decimals');

/** A non-negative quantity with at most 1 decimal (person-months). */
export const PersonMonthsSchema = z
  .string()
  .regex(/^(0|[1-9]\d{0,6})(\.\d)?$/, { message: 'person-months with at most 1 decimal, e.g. "36" or "7.5"' })
  .describe('person-months, decimal string, at most 1 decimal');

/** A calendar date (YYYY-MM-DD). */
export const DateSchema = z.iso.date().describe('calendar date YYYY-MM-DD');

/** An instant with an explicit offset, e.g. 2026-03-01T09:00:00+08:00. */
export const InstantSchema = z.iso.datetime({ offset: true }).describe('ISO 8601 instant with offset or Z');

/** A unified social credit code (统一社会信用代码, GB 32100-2015), validated by the shared identifier rules. */
export const UsccSchema = makeUsccSchema().describe(
  '统一社会信用代码, 18 characters, check character verified',
);
