import { z } from 'zod';

export const langSchema = z.enum(['zh-CN', 'en']);
export type Lang = z.infer<typeof langSchema>;

/** A record id (UUID). */
export const idSchema = z.uuid().describe('Record id (UUID)');

export const idParamsSchema = z.strictObject({ id: idSchema });

/** An ISO-8601 timestamp as sent on the wire. */
export const timestampSchema = z.string().describe('ISO-8601 timestamp');

/** A calendar date, YYYY-MM-DD. */
export const dateSchema = z.iso.date().describe('Calendar date YYYY-MM-DD');

/** Money in yuan as a decimal string with at most 2 decimals: never a float. */
export const moneySchema = z
  .string()
  .max(24)
  .regex(/^-?\d{1,18}(\.\d{1,2})?$/, { error: 'money must be a decimal string with at most 2 decimals' })
  .describe('Amount in yuan (CNY) as a decimal string, e.g. "1100000.00"');

/** Short single-line text. */
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
/** Optional longer text. */
export const longText = (max = 10_000) => z.string().max(max);

/** Pagination query: page from 1, page size up to 200. */
export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A page of results with the total count. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
