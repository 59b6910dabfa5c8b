// Matchmaking (撮合, SPEC §2 Demand/Offer/Match): demands (需求) and offers (供给), ranked candidates
// with their reasons in zh and en, and the match workflow
// recommended → introduced → accepted → negotiating → partnered | closed.
import { z } from 'zod';
import { amountSchema } from './commercialisation';
import { dateSchema, idSchema, timestampSchema } from './common';
import { memberTierSchema } from './consortia';
import { organisationKindSchema, regionCodeSchema } from './reference/index';

const text = (max: number) => z.string().trim().max(max);
const tag = text(40).min(1);
const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
const regionPrefix = z
  .string()
  .regex(/^\d{2,6}$/)
  .describe('GB/T 2260 code or its prefix (35 = Fujian, 3502 = Xiamen)');

type Reason = { code: string; zh: string; en: string };
const issue = (ctx: z.RefinementCtx, path: string, reason: Reason) =>
  ctx.addIssue({ code: 'custom', path: [path], message: reason.zh, params: { reason } });

/** Yuan as fen, exactly (amounts are validated decimal strings with at most 2 decimals). */
const fen = (yuan: string): bigint => {
  const [whole = '0', frac = ''] = yuan.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0') || '0');
};

/** Who may see a demand: everybody, the members of its consortium, or its organisation and the bureau. */
export const listingVisibilitySchema = z.enum(['public', 'consortium', 'private']).meta({
  id: 'ListingVisibility',
  description:
    'public: everyone (and the public directory); consortium: members of its consortium; private: its organisation and the bureau',
});
export type ListingVisibility = z.infer<typeof listingVisibilitySchema>;

/** Offers are public, or private to their organisation (and the bureau) while drafted. */
export const offerVisibilitySchema = z.enum(['public', 'private']).meta({ id: 'OfferVisibility' });

export const listingStatusSchema = z.enum(['open', 'closed']).meta({ id: 'ListingStatus' });
export type ListingStatus = z.infer<typeof listingStatusSchema>;

/** What an offer is: a result to license, a service, or a capability. */
export const offerKindSchema = z.enum(['result', 'service', 'capability']).meta({ id: 'OfferKind' });
export type OfferKind = z.infer<typeof offerKindSchema>;

/** Technology readiness level 1–9. */
export const trlSchema = z.int().min(1).max(9).describe('technology readiness level 1–9');

const budgetOrder = (ctx: z.RefinementCtx, min?: string | null, max?: string | null) => {
  if (min && max && fen(min) > fen(max)) {
    issue(ctx, 'budgetMax', {
      code: 'demand.budget_order',
      zh: '预算上限不能低于下限',
      en: 'the budget maximum cannot be below the minimum',
    });
  }
};

const demandShape = {
  title: text(200).min(1),
  description: text(5000).min(1).describe('the problem, the technical key points and the expected goal'),
  tags: z.array(tag).max(20).describe('field tags'),
  trlNeeded: trlSchema.nullable().optional(),
  budgetMin: amountSchema.nullable().optional(),
  budgetMax: amountSchema.nullable().optional(),
  regionPreference: regionCodeSchema.nullable().optional(),
  deadline: dateSchema.nullable().optional(),
  visibility: listingVisibilitySchema,
  consortiumId: idSchema
    .nullable()
    .optional()
    .describe('the consortium the demand is posted in (required for consortium visibility)'),
};

/** A new demand (需求). */
export const demandFieldsSchema = z
  .strictObject({
    organisationId: idSchema
      .optional()
      .describe('the posting organisation (default: the caller’s own, when there is exactly one)'),
    ...demandShape,
    tags: demandShape.tags.default([]),
    visibility: listingVisibilitySchema.default('public'),
  })
  .superRefine((v, ctx) => {
    budgetOrder(ctx, v.budgetMin, v.budgetMax);
    if (v.visibility === 'consortium' && !v.consortiumId) {
      issue(ctx, 'consortiumId', {
        code: 'demand.consortium_required',
        zh: '仅联合体成员可见的需求须指定所属联合体',
        en: 'a demand visible to a consortium needs that consortium',
      });
    }
  })
  .meta({ id: 'DemandFields' });
export type DemandFields = z.input<typeof demandFieldsSchema>;

/** An edit of a demand; the merged result is checked again (budget order, consortium). */
export const updateDemandRequestSchema = z
  .strictObject(demandShape)
  .partial()
  .superRefine((v, ctx) => budgetOrder(ctx, v.budgetMin, v.budgetMax))
  .meta({ id: 'UpdateDemandRequest' });

/** Closing a demand or an offer, with the reason. */
export const closeListingRequestSchema = z
  .strictObject({ reason: text(500).nullable().optional() })
  .meta({ id: 'CloseListingRequest' });

/** An organisation as matchmaking shows it. */
export const matchOrganisationSchema = z
  .object({
    id: idSchema,
    nameZh: z.string(),
    nameEn: z.string().nullable(),
    kind: organisationKindSchema,
    regionCode: z.string().nullable(),
    isExample: z.boolean(),
  })
  .meta({ id: 'MatchOrganisation' });
export type MatchOrganisation = z.infer<typeof matchOrganisationSchema>;

export const demandSchema = z
  .object({
    id: idSchema,
    organisation: matchOrganisationSchema,
    consortium: z.object({ id: idSchema, nameZh: z.string() }).nullable(),
    title: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    trlNeeded: z.int().nullable(),
    budgetMin: z.string().nullable().describe('yuan, exact'),
    budgetMax: z.string().nullable().describe('yuan, exact'),
    regionPreference: z.string().nullable(),
    deadline: z.string().nullable(),
    visibility: listingVisibilitySchema,
    status: listingStatusSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    canEdit: z.boolean().describe('the caller may edit, close or reopen it'),
    canIntroduce: z.boolean().describe('the caller may see its candidates and introduce one'),
  })
  .meta({ id: 'Demand' });
export type Demand = z.infer<typeof demandSchema>;

export const demandListQuerySchema = z.strictObject({
  q: text(100).optional().describe('search in titles, descriptions and tags'),
  tag: text(40).optional(),
  organisationId: idSchema.optional(),
  consortiumId: idSchema.optional(),
  visibility: listingVisibilitySchema.optional(),
  status: z.enum(['open', 'closed', 'all']).default('open'),
  region: regionPrefix.optional().describe('region preference: a GB/T 2260 code or its prefix'),
  trl: z.coerce.number().int().min(1).max(9).optional().describe('demands needing this TRL'),
  ...page,
});
export type DemandListQuery = z.infer<typeof demandListQuerySchema>;
export const demandExportQuerySchema = demandListQuerySchema.omit({ page: true, pageSize: true });

const offerShape = {
  kind: offerKindSchema,
  title: text(200).min(1),
  description: text(5000).min(1),
  tags: z.array(tag).max(20),
  trl: trlSchema.nullable().optional(),
  resultId: idSchema.nullable().optional().describe('the result offered (for kind "result")'),
  visibility: offerVisibilitySchema,
};

/** A new offer (供给). */
export const offerFieldsSchema = z
  .strictObject({
    organisationId: idSchema
      .optional()
      .describe('the offering organisation (default: the caller’s own, when there is exactly one)'),
    ...offerShape,
    tags: offerShape.tags.default([]),
    visibility: offerVisibilitySchema.default('public'),
  })
  .meta({ id: 'OfferFields' });
export type OfferFields = z.input<typeof offerFieldsSchema>;

export const updateOfferRequestSchema = z
  .strictObject(offerShape)
  .partial()
  .meta({ id: 'UpdateOfferRequest' });

export const offerSchema = z
  .object({
    id: idSchema,
    organisation: matchOrganisationSchema,
    kind: offerKindSchema,
    title: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    trl: z.int().nullable(),
    result: z.object({ id: idSchema, title: z.string() }).nullable(),
    visibility: offerVisibilitySchema,
    status: listingStatusSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    canEdit: z.boolean(),
  })
  .meta({ id: 'Offer' });
export type Offer = z.infer<typeof offerSchema>;

export const offerListQuerySchema = z.strictObject({
  q: text(100).optional(),
  tag: text(40).optional(),
  kind: offerKindSchema.optional(),
  organisationId: idSchema.optional(),
  status: z.enum(['open', 'closed', 'all']).default('open'),
  ...page,
});

/** Which part of a score a reason stands for (see the matching engine). */
export const matchReasonCodeSchema = z
  .enum([
    'terms',
    'tags',
    'partial',
    'passage',
    'coverage',
    'kind',
    'region',
    'trl',
    'qualifications',
    'history',
    'prior',
    'manual',
  ])
  .meta({ id: 'MatchReasonCode' });

/** One reason in both languages, with the points it adds to the score (negative when it takes away). */
export const matchReasonSchema = z
  .object({ code: matchReasonCodeSchema, points: z.number(), zh: z.string(), en: z.string() })
  .meta({ id: 'MatchReason' });
export type MatchReasonView = z.infer<typeof matchReasonSchema>;

/** The structured-fit parts, each a fraction of relevance added to the score. */
export const matchFitSchema = z
  .object({
    kind: z.number(),
    region: z.number(),
    trl: z.number(),
    qualifications: z.number(),
    history: z.number(),
    prior: z.number(),
  })
  .meta({ id: 'MatchFit' });

export const matchStatusSchema = z
  .enum(['recommended', 'introduced', 'accepted', 'negotiating', 'partnered', 'closed'])
  .meta({ id: 'MatchStatus' });
export type MatchStatus = z.infer<typeof matchStatusSchema>;

const kindsFilter = z
  .string()
  .max(300)
  .transform((s) =>
    s
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .pipe(z.array(organisationKindSchema).max(10))
  .describe('comma-separated organisation kinds, e.g. university,research_institute');
const tagsFilter = z
  .string()
  .max(400)
  .transform((s) =>
    s
      .split(/[,，]/)
      .map((t) => t.trim())
      .filter(Boolean),
  )
  .pipe(z.array(tag).max(10))
  .describe('comma-separated tags every candidate must carry');

/** Filters of a ranking; they restrict the results and never change scores. */
export const candidateQuerySchema = z.strictObject({
  top: z.coerce.number().int().min(1).max(50).default(10),
  kind: kindsFilter.optional(),
  region: regionPrefix.optional(),
  tags: tagsFilter.optional(),
});
export type CandidateQuery = z.output<typeof candidateQuerySchema>;

export const partnerQuerySchema = candidateQuerySchema.extend({
  text: text(2000)
    .optional()
    .describe('what the consortium looks for (default: its field, industry chain and goals)'),
});

/** A ranked candidate organisation. */
export const matchCandidateSchema = z
  .object({
    rank: z.int(),
    organisation: matchOrganisationSchema,
    score: z.number(),
    relevance: z.number(),
    fit: matchFitSchema,
    reasons: z.array(matchReasonSchema).describe('their points add up to the score'),
    match: z
      .object({ id: idSchema, status: matchStatusSchema })
      .nullable()
      .describe('the match already made with this candidate, if any'),
  })
  .meta({ id: 'MatchCandidate' });
export type MatchCandidate = z.infer<typeof matchCandidateSchema>;

export const matchCandidatesSchema = z
  .object({
    items: z.array(matchCandidateSchema),
    profiles: z.int().describe('capability profiles searched'),
  })
  .meta({ id: 'MatchCandidates' });

/** An open demand an organisation fits. */
export const fittingDemandSchema = z
  .object({
    rank: z.int(),
    demand: demandSchema,
    score: z.number(),
    reasons: z.array(matchReasonSchema),
  })
  .meta({ id: 'FittingDemand' });
export type FittingDemand = z.infer<typeof fittingDemandSchema>;

export const fittingDemandsSchema = z
  .object({ items: z.array(fittingDemandSchema), demands: z.int().describe('open demands searched') })
  .meta({ id: 'FittingDemands' });

export const fittingQuerySchema = z.strictObject({ top: z.coerce.number().int().min(1).max(50).default(10) });

/** A step of a match, as recorded in its history. */
export const matchStepSchema = z
  .enum([
    'recommended',
    'introduced',
    'accepted_by_demander',
    'accepted_by_candidate',
    'declined_by_demander',
    'declined_by_candidate',
    'negotiating',
    'partnered',
    'closed',
  ])
  .meta({ id: 'MatchStep' });
export type MatchStep = z.infer<typeof matchStepSchema>;

/** How a partnership was formed: the candidate joined the consortium, or the parties signed a contract. */
export const matchOutcomeSchema = z.enum(['joined_consortium', 'contract']).meta({ id: 'MatchOutcome' });
export type MatchOutcome = z.infer<typeof matchOutcomeSchema>;

/** The two sides of a match: the demanding organisation (or the consortium's lead unit) and the candidate. */
export const matchSideSchema = z.enum(['demander', 'candidate']).meta({ id: 'MatchSide' });
export type MatchSide = z.infer<typeof matchSideSchema>;

export const matchEventSchema = z
  .object({
    step: matchStepSchema,
    note: z.string().nullable(),
    by: z.string().nullable().describe('who took the step'),
    at: timestampSchema,
  })
  .meta({ id: 'MatchEvent' });

const matchCore = {
  id: idSchema,
  kind: z.enum(['demand', 'partner']).describe('for a demand, or a consortium’s partner search'),
  demand: z.object({ id: idSchema, title: z.string() }).nullable(),
  consortium: z.object({ id: idSchema, nameZh: z.string() }).nullable(),
  demander: matchOrganisationSchema.describe('the demanding organisation, or the consortium’s lead unit'),
  candidate: matchOrganisationSchema,
  status: matchStatusSchema,
  score: z.number(),
  acceptedByDemander: timestampSchema.nullable(),
  acceptedByCandidate: timestampSchema.nullable(),
  outcome: matchOutcomeSchema.nullable(),
  outcomeNote: z.string().nullable().describe('the contract reference, or why the match was closed'),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

export const matchSummarySchema = z.object(matchCore).meta({ id: 'MatchSummary' });
export type MatchSummary = z.infer<typeof matchSummarySchema>;

export const matchSchema = z
  .object({
    ...matchCore,
    reasons: z.array(matchReasonSchema).describe('why the candidate was recommended, when introduced'),
    events: z.array(matchEventSchema),
    can: z.object({
      respondAs: z.array(matchSideSchema).describe('the sides the caller may accept or decline for'),
      negotiate: z.boolean(),
      partner: z.boolean(),
      close: z.boolean(),
    }),
  })
  .meta({ id: 'Match' });
export type Match = z.infer<typeof matchSchema>;

export const matchListQuerySchema = z.strictObject({
  organisationId: idSchema.optional().describe('matches of this organisation (either side)'),
  status: matchStatusSchema.optional(),
  ...page,
});

/** The secretariat (or the bureau) introduces a candidate, saying why. */
export const introduceRequestSchema = z
  .strictObject({ organisationId: idSchema.describe('the candidate'), note: text(2000).min(1) })
  .meta({ id: 'IntroduceRequest' });

/** One side's admin accepts or declines. */
export const respondRequestSchema = z
  .strictObject({
    decision: z.enum(['accept', 'decline']),
    side: matchSideSchema.optional().describe('needed only when the caller acts for both sides'),
    note: text(2000).nullable().optional(),
  })
  .meta({ id: 'MatchResponseRequest' });

export const matchNoteRequestSchema = z
  .strictObject({ note: text(2000).nullable().optional() })
  .meta({ id: 'MatchNoteRequest' });

/** The partnership is formed: the candidate joins the consortium, or a contract is signed. */
export const partnerRequestSchema = z
  .strictObject({
    outcome: matchOutcomeSchema,
    contractReference: text(300)
      .min(1)
      .optional()
      .describe('for a contract: its number or a short description'),
    role: z.enum(['core', 'member', 'supporting']).default('member').describe('for joining'),
    tier: memberTierSchema.default('general').describe('for joining'),
    joinedOn: dateSchema.optional().describe('for joining (default: today)'),
    note: text(2000).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'contract' && !v.contractReference) {
      issue(ctx, 'contractReference', {
        code: 'match.contract_reference',
        zh: '请填写合同编号或说明',
        en: 'give the contract reference',
      });
    }
  })
  .meta({ id: 'PartnerRequest' });

export const closeMatchRequestSchema = z
  .strictObject({ reason: text(2000).min(1) })
  .meta({ id: 'CloseMatchRequest' });
