// Commercialisation (成果转化): deals, revenue events, distribution runs, the ledger, member
// statements and the what-if comparison of revenue-sharing methods.
import { z } from 'zod';
import { ContributionCategorySchema, ResultTypeSchema } from './agreements/enums';
import { dateSchema, idSchema, moneySchema, timestampSchema } from './common';
import { usccSchema } from './identifiers/index';

const text = (max: number) => z.string().trim().max(max);
const clause = z.object({ zh: z.string(), en: z.string() });
const orgRef = z.object({ id: idSchema, name: z.string() });

/** The largest amount one record may hold: sums of them and their fen stay within the ledger's 64 bits. */
export const MAX_AMOUNT = '999999999999999.99';

/** Money that cannot be negative (amounts received, costs, contract values), at most MAX_AMOUNT. */
export const amountSchema = moneySchema
  .refine((s) => !s.startsWith('-'), { error: 'the amount cannot be negative' })
  // Only a well-formed amount is measured: a malformed or negative one already has its own issue.
  .refine((s) => !/^\d+(\.\d*)?$/.test(s) || /^\d{1,15}(\.|$)/.test(s), {
    error: `the amount cannot exceed ${MAX_AMOUNT} yuan`,
  })
  .describe(
    `Amount in yuan (CNY), not negative, at most ${MAX_AMOUNT}, as a decimal string, e.g. "1100000.00"`,
  );

/** How a result is commercialised (促进科技成果转化法 art. 16). */
export const dealKindSchema = z
  .enum(['transfer', 'licence', 'equity', 'self_implementation'])
  .meta({ id: 'DealKind' });
export type DealKind = z.infer<typeof dealKindSchema>;

export const dealStatusSchema = z.enum(['active', 'completed', 'terminated']).meta({ id: 'DealStatus' });

/** A new deal: counterparty (credit code checked when given), results, contract value. */
export const dealFieldsSchema = z
  .strictObject({
    kind: dealKindSchema,
    title: text(300).min(1),
    counterparty: text(300)
      .min(1)
      .describe('the buyer, licensee or investee (the implementing member itself for self-implementation)'),
    counterpartyUscc: usccSchema.nullable().optional(),
    contractValue: amountSchema.nullable().optional(),
    signedOn: dateSchema.nullable().optional(),
    resultIds: z.array(idSchema).max(100).default([]),
  })
  .meta({ id: 'DealFields' });

export const updateDealRequestSchema = z
  .strictObject({
    title: text(300).min(1).optional(),
    counterparty: text(300).min(1).optional(),
    counterpartyUscc: usccSchema.nullable().optional(),
    contractValue: amountSchema.nullable().optional(),
    signedOn: dateSchema.nullable().optional(),
    resultIds: z.array(idSchema).max(100).optional(),
    status: dealStatusSchema.optional(),
  })
  .meta({ id: 'UpdateDealRequest' });

/** Money received: the amount, the deductible costs, and (computed) the net income they leave. */
export const revenueEventFieldsSchema = z
  .strictObject({
    receivedOn: dateSchema,
    amount: amountSchema,
    deductibleCosts: amountSchema
      .default('0.00')
      .describe('costs deductible before sharing (cannot exceed the amount)'),
    note: text(2000).nullable().optional(),
  })
  .meta({ id: 'RevenueEventFields' });

export const revenueEventSchema = z
  .object({
    id: idSchema,
    dealId: idSchema,
    receivedOn: z.string(),
    amount: z.string(),
    deductibleCosts: z.string(),
    netIncome: z.string().describe('amount − deductible costs, exact'),
    note: z.string().nullable(),
    recordedAt: timestampSchema,
    settleBy: z.string().nullable().describe('the agreement’s settlement deadline'),
    runId: idSchema.nullable().describe('the posted distribution run, if any'),
  })
  .meta({ id: 'RevenueEvent' });
export type RevenueEvent = z.infer<typeof revenueEventSchema>;

const dealCore = {
  id: idSchema,
  consortiumId: idSchema,
  kind: dealKindSchema,
  title: z.string(),
  counterparty: z.string(),
  counterpartyUscc: z.string().nullable(),
  contractValue: z.string().nullable(),
  signedOn: z.string().nullable(),
  status: dealStatusSchema,
  received: z.string(),
  netIncome: z.string(),
};

export const dealSummarySchema = z.object(dealCore).meta({ id: 'DealSummary' });
export type DealSummary = z.infer<typeof dealSummarySchema>;

export const dealSchema = z
  .object({
    ...dealCore,
    results: z.array(z.object({ id: idSchema, title: z.string(), type: ResultTypeSchema })),
    revenueEvents: z.array(revenueEventSchema),
    createdAt: timestampSchema,
    canManage: z.boolean(),
  })
  .meta({ id: 'Deal' });
export type Deal = z.infer<typeof dealSchema>;

/**
 * Inputs of a revenue-sharing method beyond the agreement: recorded contributions (default: the
 * agreement's funding commitments), factor scores for the improved Shapley value, and optionally a
 * valued characteristic function (every coalition of the parties, at most 12 parties).
 */
export const distributionInputsShape = {
  contributions: z
    .array(
      z.strictObject({
        organisationId: idSchema,
        category: ContributionCategorySchema,
        amount: z.string().regex(/^\d{1,15}(\.\d{1,6})?$/, { error: 'a non-negative decimal, e.g. "36.5"' }),
      }),
    )
    .max(2500)
    .optional()
    .describe('replaces the agreement’s funding commitments as the recorded contributions'),
  factorScores: z
    .array(
      z.strictObject({
        factor: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
        organisationId: idSchema,
        score: z.string().regex(/^\d{1,9}(\.\d{1,6})?$/, { error: 'a non-negative decimal score' }),
      }),
    )
    .max(6000)
    .optional()
    .describe('a score per party for each correction factor of the agreement'),
  coalitions: z
    .array(z.strictObject({ organisationIds: z.array(idSchema).min(1).max(12), value: moneySchema }))
    .max(4095)
    .optional()
    .describe('v(S) for every non-empty coalition of the parties'),
};

export const distributionRunRequestSchema = z
  .strictObject({ ...distributionInputsShape, note: text(2000).nullable().optional() })
  .meta({ id: 'DistributionRunRequest' });

export const reverseRunRequestSchema = z
  .strictObject({ reason: text(2000).min(1) })
  .meta({ id: 'ReverseRunRequest' });

export const ledgerAccountSchema = z
  .enum(['distributable_income', 'member_share', 'inventor_reward'])
  .meta({ id: 'LedgerAccount' });

export const ledgerLineSchema = z
  .object({
    id: idSchema,
    account: ledgerAccountSchema,
    organisation: orgRef.nullable(),
    debit: z.string(),
    credit: z.string(),
    explanation: z.string(),
  })
  .meta({ id: 'LedgerLine' });

export const distributionRunSchema = z
  .object({
    id: idSchema,
    consortiumId: idSchema,
    revenueEventId: idSchema,
    deal: z.object({ id: idSchema, title: z.string(), kind: dealKindSchema }),
    method: z.string(),
    methodLabel: z.string(),
    clause: clause.nullable(),
    agreementVersionNumber: z.int().nullable(),
    netIncome: z.string(),
    status: z.enum(['posted', 'reversed', 'reversal']),
    reversesRunId: idSchema.nullable(),
    reversedByRunId: idSchema.nullable(),
    createdAt: timestampSchema,
    explanation: z.array(z.string()),
    warnings: z.array(z.string()),
    lines: z.array(ledgerLineSchema),
    totals: z.object({ debit: z.string(), credit: z.string() }),
  })
  .meta({ id: 'DistributionRun' });
export type DistributionRun = z.infer<typeof distributionRunSchema>;

export const distributionRunSummarySchema = distributionRunSchema
  .omit({ lines: true, explanation: true, warnings: true })
  .meta({ id: 'DistributionRunSummary' });

export const statementSchema = z
  .object({
    consortium: orgRef,
    organisation: orgRef,
    lines: z.array(
      z.object({
        entryId: idSchema,
        runId: idSchema,
        at: timestampSchema,
        deal: z.string(),
        receivedOn: z.string(),
        account: ledgerAccountSchema,
        method: z.string(),
        clause: z.string().nullable(),
        explanation: z.string(),
        amount: z.string().describe('credit − debit of the line'),
        balance: z.string(),
      }),
    ),
    totals: z.object({ memberShare: z.string(), inventorReward: z.string(), balance: z.string() }),
  })
  .meta({ id: 'Statement' });
export type Statement = z.infer<typeof statementSchema>;

export const statementParamsSchema = z.strictObject({ id: idSchema, organisationId: idSchema });

/** The same net income under every applicable method, side by side. */
export const whatIfRequestSchema = z
  .strictObject({
    amount: amountSchema.describe('net income to share'),
    dealKind: dealKindSchema.optional().describe('adds the statutory inventor-reward line where it applies'),
    ...distributionInputsShape,
  })
  .meta({ id: 'WhatIfRequest' });

export const whatIfSchema = z
  .object({
    amount: z.string(),
    parties: z.array(z.object({ id: idSchema, name: z.string(), kind: z.string() })),
    agreementMethod: z.string().nullable(),
    methods: z.array(
      z.object({
        method: z.string(),
        label: z.string(),
        applicable: z.boolean(),
        reason: z.string().nullable().describe('why it cannot be computed with the data at hand'),
        isAgreementMethod: z.boolean(),
        clause: clause.nullable(),
        basis: z.string(),
        members: z.array(
          z.object({
            organisationId: idSchema,
            amount: z.string(),
            share: z.string().describe('exact fraction of the amount'),
            inventorReward: z.string().nullable(),
            explanation: z.string(),
            warnings: z.array(z.string()),
          }),
        ),
        warnings: z.array(z.string()),
      }),
    ),
    notes: z.array(z.string()),
  })
  .meta({ id: 'WhatIf' });
export type WhatIf = z.infer<typeof whatIfSchema>;
