// Background IP (现有知识产权), access rights requests and publication review, under the agreement.
import { z } from 'zod';
import { AccessTermsSchema } from './agreements/enums';
import { dateSchema, idSchema, timestampSchema } from './common';

const text = (max: number) => z.string().trim().max(max);
const clause = z.object({ zh: z.string(), en: z.string() });
const orgRef = z.object({ id: idSchema, name: z.string() });

/** An item of background IP a member declares, with what it excludes. */
export const backgroundIpFieldsSchema = z
  .strictObject({
    organisationId: idSchema.describe('the member that owns it'),
    title: text(300).min(1),
    identifier: text(80).min(1).nullable().optional(),
    description: text(5000).nullable().optional(),
    exclusions: text(5000).nullable().optional().describe('what is not covered by access rights'),
  })
  .meta({ id: 'BackgroundIpFields' });

export const backgroundIpSchema = z
  .object({
    id: idSchema,
    consortiumId: idSchema,
    organisation: orgRef,
    title: z.string(),
    identifier: z.string().nullable(),
    description: z.string().nullable(),
    exclusions: z.string().nullable(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'BackgroundIp' });
export type BackgroundIp = z.infer<typeof backgroundIpSchema>;

/** Carrying out the consortium's work, or exploiting one's own results. */
export const accessPurposeSchema = z.enum(['work', 'exploitation']).meta({ id: 'AccessPurpose' });
export type AccessPurpose = z.infer<typeof accessPurposeSchema>;

/**
 * A request for access rights to another member's background IP or result. The justification must
 * show the access is "needed": without it the work would be technically or legally impossible,
 * significantly delayed or need significant extra resources; or exploiting one's own results would be
 * technically or legally impossible (DESCA).
 */
export const accessRequestFieldsSchema = z
  .strictObject({
    requesterOrganisationId: idSchema.describe('the member asking (you act for it)'),
    backgroundIpId: idSchema.optional(),
    resultId: idSchema.optional(),
    purpose: accessPurposeSchema,
    justification: text(4000).min(10).describe('why the access is needed'),
  })
  .superRefine((v, ctx) => {
    if (!!v.backgroundIpId === !!v.resultId) {
      const reason = {
        code: 'access.target',
        zh: '请选择一项背景知识产权或一项成果（二者选一）',
        en: 'choose one background IP item or one result (exactly one)',
      };
      ctx.addIssue({ code: 'custom', path: ['resultId'], message: reason.zh, params: { reason } });
    }
  })
  .meta({ id: 'AccessRequestFields' });

export const accessDecisionRequestSchema = z
  .strictObject({
    decision: z.enum(['granted', 'refused']),
    note: text(4000).nullable().optional().describe('required when refusing'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'refused' && !v.note) {
      const reason = { code: 'access.note', zh: '拒绝时请说明理由', en: 'give the reason for refusing' };
      ctx.addIssue({ code: 'custom', path: ['note'], message: reason.zh, params: { reason } });
    }
  })
  .meta({ id: 'AccessDecisionRequest' });

export const accessRequestSchema = z
  .object({
    id: idSchema,
    consortiumId: idSchema,
    requester: orgRef,
    owners: z.array(orgRef),
    target: z.object({ kind: z.enum(['background', 'result']), id: idSchema, title: z.string() }),
    purpose: accessPurposeSchema,
    justification: z.string(),
    terms: AccessTermsSchema,
    termsText: z.string().describe('the terms and where they come from, in the caller’s language'),
    clause: clause.nullable(),
    deadline: timestampSchema.nullable().describe('the last moment such a request may be made'),
    status: z.enum(['pending', 'granted', 'refused']),
    decidedAt: timestampSchema.nullable(),
    decisionNote: z.string().nullable(),
    createdAt: timestampSchema,
    canDecide: z.boolean(),
  })
  .meta({ id: 'AccessRequest' });
export type AccessRequest = z.infer<typeof accessRequestSchema>;

/** A planned publication announced to the other members. */
export const publicationFieldsSchema = z
  .strictObject({
    organisationId: idSchema.describe('the member publishing'),
    title: text(500).min(1),
    venue: text(300).nullable().optional(),
    abstract: text(10_000).nullable().optional(),
    resultIds: z.array(idSchema).max(50).default([]),
    plannedOn: dateSchema.describe('planned publication date (at least the notice period away)'),
  })
  .meta({ id: 'PublicationFields' });

/** An objection: the reason and the precise modification that would remove it. */
export const objectionRequestSchema = z
  .strictObject({
    organisationId: idSchema.describe('the member objecting (you act for it)'),
    reason: text(4000).min(1),
    requestedChange: text(4000).min(1).describe('the precise modification requested'),
  })
  .meta({ id: 'ObjectionRequest' });

/** in_review: objections possible; held: open objections; cleared: may publish; released: the maximum delay ran out. */
export const publicationStatusSchema = z
  .enum(['in_review', 'held', 'cleared', 'released'])
  .meta({ id: 'PublicationStatus' });

export const publicationSchema = z
  .object({
    id: idSchema,
    consortiumId: idSchema,
    organisation: orgRef,
    title: z.string(),
    venue: z.string().nullable(),
    abstract: z.string().nullable(),
    resultIds: z.array(idSchema),
    plannedOn: z.string(),
    announcedAt: timestampSchema,
    objectionDeadline: timestampSchema,
    maxDelayUntil: timestampSchema,
    status: publicationStatusSchema,
    publishableFrom: timestampSchema.nullable().describe('when it may be published (null while undecided)'),
    explanation: z.string(),
    clause: clause.nullable(),
    rules: z.object({ noticeDays: z.int(), objectionDays: z.int(), maxDelayDays: z.int() }),
    objections: z.array(
      z.object({
        id: idSchema,
        organisation: orgRef,
        reason: z.string(),
        requestedChange: z.string(),
        status: z.enum(['open', 'resolved']),
        at: timestampSchema,
        resolvedAt: timestampSchema.nullable(),
      }),
    ),
    canObject: z.boolean(),
  })
  .meta({ id: 'Publication' });
export type Publication = z.infer<typeof publicationSchema>;

export const objectionParamsSchema = z.strictObject({ id: idSchema, objectionId: idSchema });
