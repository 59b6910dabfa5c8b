import { z } from 'zod';
import { idSchema, moneySchema, timestampSchema } from './common';
import { usccSchema } from './identifiers/index';
import {
  industryCodeSchema,
  organisationKindSchema,
  qualificationSchema,
  regionCodeSchema,
} from './reference/index';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const tag = z.string().trim().min(1).max(40);

// Zod 4 applies a field's default even under .partial(): partial updates are built from the
// fields without defaults, so a PATCH never resets what it did not mention.
const organisationFields = {
  nameZh: text(200).min(1).describe('Legal name in Chinese'),
  nameEn: optionalText(300),
  shortName: optionalText(60),
  uscc: usccSchema.nullable().optional().describe('Unified social credit code (统一社会信用代码)'),
  kind: organisationKindSchema,
  regionCode: regionCodeSchema.nullable().optional(),
  industryCode: industryCodeSchema.nullable().optional(),
  qualifications: z.array(qualificationSchema).max(30),
  isSme: z.boolean(),
  profileTags: z.array(tag).max(50).describe('Capability tags'),
  profileZh: optionalText(5000).describe('Capability profile in Chinese'),
  profileEn: optionalText(8000).describe('Capability profile in English'),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable()
    .optional(),
  address: optionalText(300),
  legalRepresentative: optionalText(60),
};

/** The editable fields of an organisation (单位). Unknown fields are rejected. */
export const organisationInputSchema = z
  .strictObject({
    ...organisationFields,
    qualifications: organisationFields.qualifications.default([]),
    isSme: organisationFields.isSme.default(false),
    profileTags: organisationFields.profileTags.default([]),
  })
  .meta({ id: 'OrganisationFields' });
export type OrganisationInput = z.input<typeof organisationInputSchema>;

/** An update names the version it was based on, so a concurrent edit is not silently overwritten. */
export const updateOrganisationRequestSchema = z
  .strictObject(organisationFields)
  .partial()
  .extend({ version: z.number().int().min(1).describe('The version the edit started from') })
  .meta({ id: 'UpdateOrganisationRequest' });

/** One year of figures; R&D intensity is derived from them, never stored. */
export const organisationFigureInputSchema = z
  .strictObject({
    year: z.number().int().min(1950).max(2100),
    revenue: moneySchema.nullable().optional().describe('Revenue in yuan'),
    rdSpending: moneySchema.nullable().optional().describe('R&D spending in yuan'),
    rdStaff: z.number().int().min(0).max(10_000_000).nullable().optional(),
    staff: z.number().int().min(0).max(10_000_000).nullable().optional(),
  })
  .meta({ id: 'OrganisationFigureFields' });

export const putFiguresRequestSchema = z
  .strictObject({ figures: z.array(organisationFigureInputSchema).max(50) })
  .meta({ id: 'PutFiguresRequest' });

export const organisationFigureSchema = z
  .object({
    year: z.number().int(),
    revenue: z.string().nullable(),
    rdSpending: z.string().nullable(),
    rdStaff: z.number().int().nullable(),
    staff: z.number().int().nullable(),
    rdIntensity: z
      .string()
      .nullable()
      .describe('R&D spending / revenue in percent, 2 decimals (e.g. "6.25")'),
  })
  .meta({ id: 'OrganisationFigure' });
export type OrganisationFigure = z.infer<typeof organisationFigureSchema>;

const organisationCore = {
  id: idSchema,
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  shortName: z.string().nullable(),
  uscc: z.string().nullable(),
  usccIsExample: z.boolean().describe('The credit code is an example, not a published one'),
  kind: organisationKindSchema,
  regionCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  qualifications: z.array(z.string()),
  isSme: z.boolean(),
  profileTags: z.array(z.string()),
  isExample: z.boolean().describe('An example record standing for an organisation the source does not name'),
};

export const organisationSummarySchema = z
  .object({
    ...organisationCore,
    consortiumCount: z.number().int(),
    latestRdIntensity: z.string().nullable(),
  })
  .meta({ id: 'OrganisationSummary' });
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const organisationMembershipSchema = z
  .object({
    consortiumId: idSchema,
    consortiumName: z.string(),
    role: z.string(),
    tier: z.string(),
    joinedOn: z.string(),
    leftOn: z.string().nullable(),
  })
  .meta({ id: 'OrganisationMembership' });

export const organisationSchema = z
  .object({
    ...organisationCore,
    profileZh: z.string().nullable(),
    profileEn: z.string().nullable(),
    website: z.string().nullable(),
    address: z.string().nullable(),
    legalRepresentative: z.string().nullable(),
    dataNote: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    figures: z.array(organisationFigureSchema),
    memberships: z.array(organisationMembershipSchema),
    peopleCount: z.number().int(),
    canEdit: z.boolean().describe('Whether the caller may edit this profile'),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationSortSchema = z.enum(['name', '-updatedAt', '-consortia']);

/** Filters of the organisation list; every filter also applies to the Excel export. */
export const organisationListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Search in names, short name, credit code and tags'),
  kind: organisationKindSchema.optional(),
  region: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional()
    .describe('GB/T 2260 code or its prefix (35 = Fujian, 3502 = Xiamen)'),
  industry: z.string().trim().max(4).optional(),
  qualification: qualificationSchema.optional(),
  sme: z.enum(['true', 'false']).optional(),
  sort: organisationSortSchema.default('name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;
export const organisationExportQuerySchema = organisationListQuerySchema.omit({ page: true, pageSize: true });

const personFields = {
  nameZh: text(60).min(1),
  nameEn: optionalText(120),
  title: optionalText(100).describe('Position or academic title'),
  email: z.email().max(254).nullable().optional(),
  expertise: z.array(tag).max(30),
  bio: optionalText(3000),
};

/** A person (人员) of an organisation. */
export const personInputSchema = z
  .strictObject({ ...personFields, expertise: personFields.expertise.default([]) })
  .meta({ id: 'PersonFields' });
export const updatePersonRequestSchema = z
  .strictObject(personFields)
  .partial()
  .meta({ id: 'UpdatePersonRequest' });

export const personSchema = z
  .object({
    id: idSchema,
    organisationId: idSchema,
    organisationName: z.string(),
    nameZh: z.string(),
    nameEn: z.string().nullable(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    expertise: z.array(z.string()),
    bio: z.string().nullable(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

export const personListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  organisationId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** The outcome of a successful spreadsheet import. */
export const importResultSchema = z
  .object({ imported: z.number().int(), created: z.number().int(), updated: z.number().int() })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;
