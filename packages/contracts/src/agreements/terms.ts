import { z } from 'zod';
import { DissolutionTriggerSchema, UnspentFundsSchema } from './enums';
import {
  DateSchema,
  DaysSchema,
  LocalizedTextSchema,
  PartyIdSchema,
  PersonMonthsSchema,
  ShortTextSchema,
  YuanSchema,
} from './primitives';

/** One party's input commitment (投入承诺): cash, in kind, staff. */
export const FundingCommitmentSchema = z
  .strictObject({
    partyId: PartyIdSchema,
    cashYuan: YuanSchema,
    inKind: z.array(z.strictObject({ description: LocalizedTextSchema, valueYuan: YuanSchema })).max(100),
    personMonths: PersonMonthsSchema,
  })
  .meta({ id: 'FundingCommitment' });
export type FundingCommitment = z.infer<typeof FundingCommitmentSchema>;

/** Funding: commitments per party and the funds-management rules (经费管理制度, Xiamen). */
export const FundingSchema = z
  .strictObject({
    commitments: z.array(FundingCommitmentSchema).max(500),
    managementRules: LocalizedTextSchema.optional(),
  })
  .meta({ id: 'AgreementFunding' });

/** Admission of new parties (accession). */
export const AdmissionSchema = z
  .strictObject({
    conditions: LocalizedTextSchema,
    accessToEarlierResults: z
      .enum(['as_background', 'none'])
      .describe('DESCA: on the terms that apply to background'),
  })
  .meta({ id: 'Admission' });

/** Voluntary exit: notice, approval, and what happens to IP and funds. */
export const ExitSchema = z
  .strictObject({
    noticeDays: DaysSchema,
    requiresApproval: z
      .boolean()
      .describe('whether the decision body must approve the exit (decision type "exit")'),
    keepsAccessToResultsUntilExit: z.boolean(),
    continuesGrantingAccess: z
      .boolean()
      .describe('the leaver keeps granting access rights as if it had stayed'),
    unspentFunds: UnspentFundsSchema,
  })
  .meta({ id: 'Exit' });

/** Breach, defaulting parties and expulsion (除名). */
export const BreachSchema = z
  .strictObject({
    remedyDays: DaysSchema.min(1).describe(
      'days to remedy after formal notice, before the party may be declared defaulting',
    ),
    recoverFunding: z.boolean().describe('government and consortium funds received are recovered'),
    contributedFundsRefunded: z.boolean(),
    licencesSurvive: z
      .boolean()
      .describe('licences already granted by the expelled party continue on their terms'),
    compensation: LocalizedTextSchema.optional(),
  })
  .meta({ id: 'Breach' });

/** The dispute forum: arbitration before a named commission, or litigation before a named court — never both. */
export const DisputeForumSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('arbitration'),
      commission: ShortTextSchema.describe('e.g. 厦门仲裁委员会'),
    }),
    z.strictObject({
      kind: z.literal('litigation'),
      court: ShortTextSchema.describe("people's court with jurisdiction"),
    }),
  ])
  .meta({ id: 'DisputeForum' });

/** Dispute resolution: negotiation first, then the single chosen forum. */
export const DisputeSchema = z
  .strictObject({ negotiationDays: DaysSchema, forum: DisputeForumSchema.optional() })
  .meta({ id: 'Dispute' });

/** Term and dissolution. */
export const TermSchema = z
  .strictObject({
    startsOn: DateSchema.optional().describe('absent: the date the last party signs'),
    endsOn: DateSchema.optional(),
    dissolutionTriggers: z.array(DissolutionTriggerSchema).max(DissolutionTriggerSchema.options.length),
    liquidation: LocalizedTextSchema.optional(),
  })
  .meta({ id: 'Term' });
