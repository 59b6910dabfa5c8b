// Results (成果) of a consortium: the register. Statuses and identifier checks are in
// results-status.ts, ownership and its changes in results-ownership.ts, background IP, access rights
// and publication review in results-ip.ts.
import { z } from 'zod';
import { OwnershipRuleSchema, ResultTypeSchema } from './agreements/enums';
import { dateSchema, idSchema, timestampSchema } from './common';
import { clauseSchema, creatorSchema, ownerShareSchema, ownerShareViewSchema } from './results-ownership';
import { refineIdentifier, resultConfidentialitySchema, resultStatusSchema } from './results-status';

export * from './results-ip';
export * from './results-ownership';
export * from './results-status';

const text = (max: number) => z.string().trim().max(max);

/** An inventor, author or designer; `contribution` is a decimal share in [0, 1] with up to 6 decimals. */
export const inventorFieldsSchema = z
  .strictObject({
    name: text(100).min(1),
    personId: idSchema.nullable().optional(),
    organisationId: idSchema.nullable().optional(),
    contribution: z
      .string()
      .regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/, { error: 'a decimal share between 0 and 1, e.g. "0.4"' })
      .nullable()
      .optional(),
  })
  .meta({ id: 'InventorFields' });

const linkedTasks = z
  .array(text(64).min(1))
  .max(100)
  .describe('ids of the tasks the result came from (free text until tasks exist)');

/** A new result. Owners follow the effective agreement; `owners` only where there is none. */
export const resultFieldsSchema = z
  .strictObject({
    type: ResultTypeSchema,
    title: text(300).min(1),
    titleEn: text(300).nullable().optional(),
    identifier: text(80)
      .min(1)
      .nullable()
      .optional()
      .describe('application, registration or standard number'),
    description: text(5000).nullable().optional(),
    status: resultStatusSchema.default('in_progress'),
    statusOn: dateSchema.optional().describe('date of the status (default: today)'),
    trl: z.int().min(1).max(9).nullable().optional().describe('technology readiness level 1–9'),
    confidentiality: resultConfidentialitySchema.default('consortium'),
    achievedOn: dateSchema.nullable().optional(),
    linkedTasks: linkedTasks.default([]),
    inventors: z.array(inventorFieldsSchema).max(100).default([]),
    creators: z.array(creatorSchema).min(1).max(100).describe('the member organisations that generated it'),
    owners: z
      .array(ownerShareSchema)
      .min(1)
      .max(100)
      .optional()
      .describe('only without an effective agreement'),
  })
  .superRefine(refineIdentifier)
  .meta({ id: 'ResultFields' });
export type ResultFields = z.input<typeof resultFieldsSchema>;

/** An edit of a result; type, owners and status change through their own operations. */
export const updateResultRequestSchema = z
  .strictObject({
    title: text(300).min(1).optional(),
    titleEn: text(300).nullable().optional(),
    identifier: text(80).min(1).nullable().optional(),
    description: text(5000).nullable().optional(),
    trl: z.int().min(1).max(9).nullable().optional(),
    confidentiality: resultConfidentialitySchema.optional(),
    achievedOn: dateSchema.nullable().optional(),
    linkedTasks: linkedTasks.optional(),
    inventors: z.array(inventorFieldsSchema).max(100).optional(),
    version: z.int().min(1).describe('the version the edit started from'),
  })
  .meta({ id: 'UpdateResultRequest' });

/** Appends a status with its date to the history. */
export const resultStatusRequestSchema = z
  .strictObject({ status: resultStatusSchema, on: dateSchema, note: text(1000).nullable().optional() })
  .meta({ id: 'ResultStatusRequest' });

export const inventorSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    personId: idSchema.nullable(),
    organisationId: idSchema.nullable(),
    organisationName: z.string().nullable(),
    contribution: z.string().nullable(),
  })
  .meta({ id: 'Inventor' });

export const statusEntrySchema = z
  .object({
    id: idSchema,
    status: resultStatusSchema,
    on: z.string(),
    note: z.string().nullable(),
    recordedAt: timestampSchema,
  })
  .meta({ id: 'ResultStatusEntry' });

const resultCore = {
  id: idSchema,
  consortiumId: idSchema,
  type: ResultTypeSchema,
  title: z.string(),
  titleEn: z.string().nullable(),
  identifier: z.string().nullable(),
  status: resultStatusSchema,
  trl: z.int().nullable(),
  confidentiality: resultConfidentialitySchema,
  achievedOn: z.string().nullable(),
  isExample: z.boolean().describe('example data standing for a result the source does not detail'),
};

export const resultSummarySchema = z
  .object({ ...resultCore, owners: z.array(z.string()).describe('owner names') })
  .meta({ id: 'ResultSummary' });
export type ResultSummary = z.infer<typeof resultSummarySchema>;

export const resultSchema = z
  .object({
    ...resultCore,
    consortiumName: z.string(),
    description: z.string().nullable(),
    origin: z.enum(['sole', 'joint']),
    linkedTasks: z.array(z.string()),
    owners: z.array(ownerShareViewSchema),
    ownership: z.object({
      rule: OwnershipRuleSchema.nullable(),
      clause: clauseSchema.nullable(),
      explanation: z.string().nullable(),
      agreementVersionNumber: z.int().nullable(),
    }),
    inventors: z.array(inventorSchema),
    statusHistory: z.array(statusEntrySchema),
    pendingOwnershipChangeId: idSchema.nullable(),
    version: z.int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    canManage: z.boolean(),
  })
  .meta({ id: 'Result' });
export type ResultDetail = z.infer<typeof resultSchema>;

/** Filters of the result list; every filter also applies to the Excel export. */
export const resultListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional().describe('search in titles and identifiers'),
  type: ResultTypeSchema.optional(),
  status: resultStatusSchema.optional(),
  confidentiality: resultConfidentialitySchema.optional(),
  organisationId: idSchema.optional().describe('results this organisation owns'),
  minTrl: z.coerce.number().int().min(1).max(9).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const resultExportQuerySchema = resultListQuerySchema.omit({ page: true, pageSize: true });
