import { z } from 'zod';
import { memberTierSchema } from '../consortia';
import { PartyRoleSchema } from './enums';
import { LocalizedTextSchema, PartyIdSchema, ShortTextSchema, UsccSchema } from './primitives';

/** A legal name as on the business licence, in Chinese, with an optional English name. */
export const LegalNameSchema = z
  .strictObject({ zh: ShortTextSchema, en: ShortTextSchema.optional() })
  .meta({ id: 'LegalName' });

/** The natural person who signs for a party (its legal representative or an authorised signer). */
export const SignatorySchema = z
  .strictObject({ name: ShortTextSchema, title: ShortTextSchema.optional() })
  .meta({ id: 'Signatory' });

/**
 * A party (成员单位) to the agreement. Identification fields are optional so that drafts can be
 * saved early; checkCompleteness() names what is still missing.
 */
export const PartySchema = z
  .strictObject({
    organisationId: PartyIdSchema.describe('the organisation this party is (uuid); also its party id'),
    legalName: LegalNameSchema,
    creditCode: UsccSchema.optional(),
    domicile: LocalizedTextSchema.optional().describe('住所, also the address for service of notices'),
    legalRepresentative: ShortTextSchema.optional().describe('法定代表人'),
    authorisedSigner: SignatorySchema.optional().describe('授权签字人 when not the legal representative'),
    role: PartyRoleSchema,
    tier: memberTierSchema.optional().describe('核心层 / 紧密合作层 / 一般协作层'),
  })
  .meta({ id: 'AgreementParty' });
export type Party = z.infer<typeof PartySchema>;
