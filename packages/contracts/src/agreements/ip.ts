import { z } from 'zod';
import { AccessTermsSchema, JointOwnershipSchema, OwnershipRuleSchema, ResultTypeSchema } from './enums';
import { DaysSchema, LocalizedTextSchema, PartyIdSchema, ShortTextSchema } from './primitives';

/** One item of background IP (现有知识产权) a party brings. */
export const BackgroundItemSchema = z
  .strictObject({
    title: LocalizedTextSchema,
    identifier: ShortTextSchema.optional().describe('patent or registration number'),
    restrictions: LocalizedTextSchema.optional().describe('legal restrictions on access rights'),
  })
  .meta({ id: 'BackgroundItem' });

/** A party's background list (a positive list, DESCA Attachment 1) and what it excludes. An empty list declares "none". */
export const BackgroundDeclarationSchema = z
  .strictObject({
    partyId: PartyIdSchema,
    items: z.array(BackgroundItemSchema).max(500),
    exclusions: z.array(LocalizedTextSchema).max(100),
  })
  .meta({ id: 'BackgroundDeclaration' });

/** Who owns new results of one type. */
export const OwnershipEntrySchema = z
  .strictObject({ resultType: ResultTypeSchema, rule: OwnershipRuleSchema })
  .meta({ id: 'OwnershipEntry' });
export type OwnershipEntry = z.infer<typeof OwnershipEntrySchema>;

/** Access rights for carrying out the work and for exploitation. */
export const AccessRightsSchema = z
  .strictObject({
    forWork: AccessTermsSchema.describe('to results and listed background, to carry out the consortium work'),
    resultsForExploitation: AccessTermsSchema,
    backgroundForExploitation: AccessTermsSchema,
    requestWindowMonths: z
      .int()
      .min(0)
      .max(120)
      .describe('requests possible up to this many months after the end'),
  })
  .meta({ id: 'AccessRights' });

/** Prior notice of publications, objections and the longest delay an objection may cause. */
export const PublicationRulesSchema = z
  .strictObject({ noticeDays: DaysSchema, objectionDays: DaysSchema, maxDelayDays: DaysSchema })
  .meta({ id: 'PublicationRules' });

/** Intellectual property: background, ownership of new results, access rights, publication. */
export const IpSchema = z
  .strictObject({
    background: z.array(BackgroundDeclarationSchema).max(500),
    ownership: z.array(OwnershipEntrySchema).max(ResultTypeSchema.options.length),
    jointOwnership: JointOwnershipSchema,
    jointExploitationNoticeDays: DaysSchema.describe('notice to co-owners before exploiting a joint result'),
    accessRights: AccessRightsSchema,
    publication: PublicationRulesSchema,
  })
  .meta({ id: 'AgreementIp' });
export type Ip = z.infer<typeof IpSchema>;
