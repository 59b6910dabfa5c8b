import { z } from 'zod';
import { dateSchema, idSchema, timestampSchema } from './common';
import { organisationInputSchema } from './organisations';
import { organisationKindSchema, regionCodeSchema } from './reference/index';

/** The consortium lifecycle of SPEC §2. */
export const consortiumStatusSchema = z
  .enum([
    'draft',
    'submitted',
    'formal_check',
    'expert_review',
    'approved',
    'rejected',
    'returned',
    'operating',
    'rectification',
    'revoked',
    'concluded',
  ])
  .meta({ id: 'ConsortiumStatus' });
export type ConsortiumStatus = z.infer<typeof consortiumStatusSchema>;

/** Member roles: lead (牵头单位), core, member, supporting (支撑单位). */
export const memberRoleSchema = z.enum(['lead', 'core', 'member', 'supporting']).meta({ id: 'MemberRole' });
export type MemberRole = z.infer<typeof memberRoleSchema>;
/** Tiers: 核心层, 紧密合作层, 一般协作层. */
export const memberTierSchema = z.enum(['core', 'close', 'general']).meta({ id: 'MemberTier' });
export type MemberTier = z.infer<typeof memberTierSchema>;

const text = (max: number) => z.string().trim().max(max);

const consortiumFields = {
  nameZh: text(200).min(1),
  nameEn: text(300).nullable().optional(),
  field: text(100).nullable().optional().describe('Field, e.g. 第三代半导体'),
  industryChain: text(200).nullable().optional(),
  goalsSummary: text(5000).nullable().optional(),
  foundedOn: dateSchema.nullable().optional(),
  regionCode: regionCodeSchema.nullable().optional(),
  isPublic: z.boolean().describe('Listed in the public directory'),
};

export const consortiumInputSchema = z
  .strictObject({
    ...consortiumFields,
    leadOrganisationId: idSchema.describe('The lead unit (牵头单位); it becomes the first member'),
    isPublic: consortiumFields.isPublic.default(true),
  })
  .meta({ id: 'ConsortiumFields' });

// Built from the fields without defaults: a partial update never resets what it did not mention.
export const updateConsortiumRequestSchema = z
  .strictObject(consortiumFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .meta({ id: 'UpdateConsortiumRequest' });

export const consortiumSummarySchema = z
  .object({
    id: idSchema,
    nameZh: z.string(),
    nameEn: z.string().nullable(),
    field: z.string().nullable(),
    status: consortiumStatusSchema,
    origin: z.enum(['self_organised', 'call']),
    leadOrganisationId: idSchema,
    leadName: z.string(),
    memberCount: z.number().int().describe('Current members'),
    foundedOn: z.string().nullable(),
    regionCode: z.string().nullable(),
    isHistorical: z.boolean(),
    isPublic: z.boolean(),
  })
  .meta({ id: 'ConsortiumSummary' });
export type ConsortiumSummary = z.infer<typeof consortiumSummarySchema>;

export const consortiumMemberSchema = z
  .object({
    id: idSchema,
    organisationId: idSchema,
    organisation: z.object({
      nameZh: z.string(),
      nameEn: z.string().nullable(),
      kind: organisationKindSchema,
      regionCode: z.string().nullable(),
      uscc: z.string().nullable(),
      usccIsExample: z.boolean(),
      isExample: z.boolean(),
    }),
    role: memberRoleSchema,
    tier: memberTierSchema,
    joinedOn: z.string(),
    joinReason: z.string().nullable(),
    leftOn: z.string().nullable(),
    leaveReason: z.string().nullable(),
  })
  .meta({ id: 'ConsortiumMember' });
export type ConsortiumMember = z.infer<typeof consortiumMemberSchema>;

export const consortiumSchema = consortiumSummarySchema
  .extend({
    industryChain: z.string().nullable(),
    goalsSummary: z.string().nullable(),
    approvedBy: z.string().nullable(),
    dataNote: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    members: z.array(consortiumMemberSchema).describe('Every membership spell, current and past'),
    history: z
      .array(
        z.object({
          date: z.string(),
          count: z.number().int(),
          joined: z.number().int(),
          left: z.number().int(),
        }),
      )
      .describe('Members over time: the count after each date on which someone joined or left'),
    canManage: z.boolean().describe('Whether the caller may manage members'),
  })
  .meta({ id: 'Consortium' });
export type Consortium = z.infer<typeof consortiumSchema>;

export const consortiumListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  status: consortiumStatusSchema.optional(),
  region: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  historical: z.enum(['true', 'false']).optional(),
  organisationId: idSchema.optional().describe('Consortia this organisation is (or was) a member of'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const consortiumExportQuerySchema = consortiumListQuerySchema.omit({ page: true, pageSize: true });

/** A new organisation entered while adding it as a member. */
export const newMemberOrganisationSchema = organisationInputSchema.pick({
  nameZh: true,
  nameEn: true,
  uscc: true,
  kind: true,
  regionCode: true,
  industryCode: true,
});

export const addMemberRequestSchema = z
  .strictObject({
    organisationId: idSchema.optional().describe('An existing organisation …'),
    newOrganisation: newMemberOrganisationSchema
      .optional()
      .describe('… or a new one (exactly one of the two)'),
    role: memberRoleSchema.default('member'),
    tier: memberTierSchema.default('general'),
    joinedOn: dateSchema,
    joinReason: text(500).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (!!v.organisationId === !!v.newOrganisation) {
      const reason = {
        code: 'member.organisation',
        zh: '请选择已有单位，或填写新单位（二者选一）',
        en: 'choose an existing organisation or enter a new one (exactly one)',
      };
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: reason.zh, params: { reason } });
    }
  })
  .meta({ id: 'AddMemberRequest' });
export type AddMemberRequest = z.input<typeof addMemberRequestSchema>;

export const updateMemberRequestSchema = z
  .strictObject({ role: memberRoleSchema.optional(), tier: memberTierSchema.optional() })
  .meta({ id: 'UpdateMemberRequest' });

export const endMemberRequestSchema = z
  .strictObject({ leftOn: dateSchema, leaveReason: text(500).min(1) })
  .meta({ id: 'EndMemberRequest' });

export const memberParamsSchema = z.strictObject({ id: idSchema, memberId: idSchema });

/** Platform-wide figures for the home page and the bureau's dashboard. */
export const platformStatsSchema = z
  .object({
    consortia: z.number().int(),
    operatingConsortia: z.number().int(),
    organisations: z.number().int(),
    memberships: z.number().int(),
    byStatus: z
      .array(z.object({ status: z.string(), count: z.number().int() }))
      .describe('Current (non-historical) consortia by lifecycle status'),
    byKind: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    byProvince: z.array(z.object({ province: z.string(), count: z.number().int() })),
    publicFacts: z.array(
      z.object({
        region: z.string(),
        fact: z.string(),
        value: z.string(),
        source: z.string(),
      }),
    ),
  })
  .meta({ id: 'PlatformStats' });
export type PlatformStats = z.infer<typeof platformStatsSchema>;
