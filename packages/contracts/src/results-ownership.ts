// Ownership of results: who generated a result, what the agreement proposes, and changes of owners
// that apply only with every co-owner's consent.
import { z } from 'zod';
import { OwnershipRuleSchema, ResultTypeSchema } from './agreements/enums';
import { RatioSchema } from './agreements/primitives';
import { idSchema, timestampSchema } from './common';

const text = (max: number) => z.string().trim().max(max);

/** A member organisation that generated the result, with its contribution (for joint-by-contribution rules). */
export const creatorSchema = z
  .strictObject({
    organisationId: idSchema,
    contribution: RatioSchema.optional().describe('its share of the work, e.g. "3/5" or "60%"'),
  })
  .meta({ id: 'ResultCreator' });

/** An owner and its exact share ("1/3"); shares of a result sum to exactly 1. */
export const ownerShareSchema = z
  .strictObject({ organisationId: idSchema, share: RatioSchema })
  .meta({ id: 'OwnerShareFields' });

/** The ownership the agreement proposes for a type of result and its creators. */
export const ownershipProposalRequestSchema = z
  .strictObject({ type: ResultTypeSchema, creators: z.array(creatorSchema).min(1).max(100) })
  .meta({ id: 'OwnershipProposalRequest' });

/** A reference to a clause of the effective agreement (第十二条第一款 / art. 12.1). */
export const clauseSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'ClauseRef' });

const orgRef = { organisationId: idSchema, name: z.string() };

export const ownerShareViewSchema = z
  .object({
    ...orgRef,
    share: z.string().describe('exact fraction, e.g. "1/3"'),
    contribution: z.string().nullable(),
  })
  .meta({ id: 'OwnerShare' });

export const ownershipProposalSchema = z
  .object({
    agreement: z.object({ versionId: idSchema, number: z.int() }).nullable(),
    rule: OwnershipRuleSchema.nullable(),
    clause: clauseSchema.nullable(),
    owners: z.array(ownerShareViewSchema),
    licenceBack: z.array(z.object(orgRef)).describe('creators holding a royalty-free licence back'),
    explanation: z.string(),
    requiresExplicitOwners: z.boolean().describe('no effective agreement: the owners must be given'),
  })
  .meta({ id: 'OwnershipProposal' });
export type OwnershipProposal = z.infer<typeof ownershipProposalSchema>;

/** A proposed change of owners, applied only when every current co-owner's admin consents. */
export const ownershipChangeRequestSchema = z
  .strictObject({ owners: z.array(ownerShareSchema).min(1).max(100), reason: text(2000).min(1) })
  .meta({ id: 'OwnershipChangeRequest' });

/** A co-owner's answer, given by its admin. */
export const consentRequestSchema = z
  .strictObject({
    organisationId: idSchema.describe('the co-owner you answer for'),
    decision: z.enum(['consent', 'refuse']),
    note: text(2000).nullable().optional(),
  })
  .meta({ id: 'ConsentRequest' });

export const ownershipChangeSchema = z
  .object({
    id: idSchema,
    resultId: idSchema,
    status: z.enum(['pending', 'applied', 'refused']),
    owners: z.array(ownerShareViewSchema),
    reason: z.string(),
    proposedBy: z.string().nullable(),
    consents: z.array(
      z.object({
        ...orgRef,
        decision: z.enum(['consent', 'refuse']).nullable(),
        by: z.string().nullable(),
        at: timestampSchema.nullable(),
        note: z.string().nullable(),
      }),
    ),
    createdAt: timestampSchema,
  })
  .meta({ id: 'OwnershipChange' });
export type OwnershipChange = z.infer<typeof ownershipChangeSchema>;

export const resultParamsSchema = z.strictObject({ id: idSchema, changeId: idSchema });
