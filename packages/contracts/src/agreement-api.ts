import { z } from 'zod';
import {
  AgreementSchema,
  DecisionTypeSchema,
  GovernanceEventSchema,
  MotionSchema,
  TemplateKindSchema,
} from './agreements/index';
import { idSchema, timestampSchema } from './common';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** Something the draft still lacks, and where in the step-by-step form to fix it. */
export const missingItemSchema = z
  .object({
    code: z.string(),
    path: z.string(),
    step: z.string(),
    zh: z.string(),
    en: z.string(),
    partyId: z.string().optional(),
    resultType: z.string().optional(),
    decisionType: z.string().optional(),
  })
  .meta({ id: 'MissingItem' });

export const signatureSchema = z
  .object({
    partyId: z.string(),
    organisationId: idSchema,
    organisationName: z.string(),
    signerName: z.string(),
    signerEmail: z.string(),
    signedAt: timestampSchema,
    digest: z.string(),
    keyId: z.string(),
  })
  .meta({ id: 'AgreementSignature' });
export type AgreementSignature = z.infer<typeof signatureSchema>;

export const agreementVersionSchema = z
  .object({
    id: idSchema,
    number: z.number().int(),
    digest: z.string().describe('SHA-256 of the canonical JSON of this version'),
    status: z.enum(['signing', 'effective', 'superseded', 'withdrawn']),
    origin: z.enum(['draft', 'amendment', 'accession', 'exit', 'expulsion']),
    motionId: idSchema.nullable(),
    createdAt: timestampSchema,
    effectiveAt: timestampSchema.nullable(),
    parties: z.array(z.object({ partyId: z.string(), name: z.string(), signed: z.boolean() })),
    signatures: z.array(signatureSchema),
  })
  .meta({ id: 'AgreementVersion' });
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

/** A consortium's agreement: the draft being edited, its completeness, and every frozen version. */
export const agreementViewSchema = z
  .object({
    id: idSchema,
    consortiumId: idSchema,
    consortiumName: z.string(),
    template: TemplateKindSchema,
    draft: AgreementSchema,
    draftVersion: z.number().int(),
    updatedAt: timestampSchema,
    draftDigest: z.string().describe('SHA-256 of the draft as it would be frozen now'),
    completeness: z.array(missingItemSchema),
    versions: z.array(agreementVersionSchema),
    canEdit: z.boolean(),
    signableBy: z
      .array(z.object({ versionId: idSchema, partyId: z.string(), organisationName: z.string() }))
      .describe('What the caller may sign now'),
  })
  .meta({ id: 'AgreementView' });
export type AgreementView = z.infer<typeof agreementViewSchema>;

export const createAgreementRequestSchema = z
  .strictObject({ template: TemplateKindSchema })
  .meta({ id: 'CreateAgreementRequest' });

export const saveDraftRequestSchema = z
  .strictObject({
    draft: AgreementSchema,
    draftVersion: z.number().int().min(1).describe('The draft version the edit started from'),
  })
  .meta({ id: 'SaveDraftRequest' });

export const signRequestSchema = z
  .strictObject({
    password: z.string().min(1).max(256).describe('The signer re-enters their password'),
    digest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('The digest the signer saw and agrees to'),
  })
  .meta({ id: 'SignRequest' });

export const renderQuerySchema = z.strictObject({
  lang: z.enum(['zh-CN', 'en']).optional(),
  version: idSchema.optional().describe('A frozen version; the draft when absent'),
});

const renderedClauseSchema = z.object({
  key: z.string(),
  number: z.number().int(),
  label: z.string(),
  ref: z.string(),
  text: z.string(),
  items: z.array(z.object({ label: z.string(), text: z.string() })),
});

/** The agreement as structured legal text, generated only from its data. */
export const renderedAgreementSchema = z
  .object({
    locale: z.enum(['zh-CN', 'en']),
    title: z.string(),
    preamble: z.object({
      parties: z.array(
        z.object({ partyId: z.string(), designation: z.string(), lines: z.array(z.string()) }),
      ),
      recitals: z.array(z.string()),
    }),
    articles: z.array(
      z.object({
        key: z.string(),
        number: z.number().int(),
        label: z.string(),
        title: z.string(),
        heading: z.string(),
        ref: z.string(),
        clauses: z.array(renderedClauseSchema),
      }),
    ),
    signatures: z.array(
      z.object({
        partyId: z.string(),
        designation: z.string(),
        legalName: z.string(),
        lines: z.array(z.string()),
      }),
    ),
  })
  .passthrough()
  .meta({ id: 'RenderedAgreement' });

/** The verification bundle: a version, its digest and every signature, sealed; checked offline by `huahe agreement verify`. */
export const bundleSignatureSchema = z.strictObject({
  partyId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  signerName: z.string(),
  signerEmail: z.string(),
  signedAt: z.string(),
  digest: z.string(),
  keyId: z.string(),
  seal: z
    .string()
    .describe('Ed25519 signature (base64) by the platform key over the canonical JSON of the other fields'),
});

export const verificationBundleSchema = z
  .strictObject({
    format: z.literal('huahe-agreement-bundle'),
    formatVersion: z.literal(1),
    consortium: z.strictObject({ id: z.string(), name: z.string() }),
    version: z.strictObject({
      id: z.string(),
      number: z.number().int(),
      status: z.string(),
      effectiveAt: z.string().nullable(),
    }),
    agreement: z.string().describe('The canonical JSON of the agreement data, exactly as digested'),
    digest: z.string(),
    signatures: z.array(bundleSignatureSchema),
    keys: z.array(
      z.strictObject({
        id: z.string(),
        publicKey: z.string().describe('Ed25519 public key, SPKI DER in base64'),
      }),
    ),
    issuedAt: z.string(),
    seal: z.strictObject({
      keyId: z.string(),
      value: z.string().describe('Ed25519 over the canonical JSON of the bundle without this field'),
    }),
  })
  .meta({ id: 'VerificationBundle' });
export type VerificationBundle = z.infer<typeof verificationBundleSchema>;

export const votingPowerSchema = z
  .object({
    source: z.enum(['draft', 'effective']),
    games: z.array(
      z.object({
        decisionType: DecisionTypeSchema,
        clauseRef: bilingual,
        quota: z.number().int(),
        notes: z.array(bilingual),
        players: z.array(
          z.object({
            partyId: z.string(),
            name: z.string(),
            weight: z.number().int(),
            veto: z.boolean(),
            shapleyShubik: z.object({ exact: z.string(), percent: z.string() }),
            banzhaf: z.object({ exact: z.string(), percent: z.string() }),
            swings: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'VotingPower' });
export type VotingPower = z.infer<typeof votingPowerSchema>;

export const motionReasonSchema = z.object({
  code: z.string(),
  clauseKey: z.string(),
  clauseRef: bilingual,
  zh: z.string(),
  en: z.string(),
});

/** The exact count of a vote (weights as integer strings). */
export const tallySchema = z
  .object({
    eligible: z.number().int(),
    present: z.number().int(),
    weights: z.object({
      for: z.string(),
      against: z.string(),
      abstain: z.string(),
      present: z.string(),
      eligible: z.string(),
      base: z.string(),
    }),
    quorumMet: z.boolean(),
    majorityMet: z.boolean(),
    atBoundary: z.boolean(),
    castingVote: z.enum(['for', 'against', 'abstain']).optional(),
    passed: z.boolean(),
  })
  .meta({ id: 'Tally' });
export type Tally = z.infer<typeof tallySchema>;

export const motionViewSchema = z
  .object({
    id: idSchema,
    data: MotionSchema,
    versionId: idSchema.describe('The agreement version whose rules decide it'),
    decision: z.object({
      status: z.enum(['passed', 'rejected', 'pending', 'blocked_by_veto', 'invalid']),
      decisionType: DecisionTypeSchema,
      reasons: z.array(motionReasonSchema),
      tally: tallySchema.optional(),
      effectiveAt: z.string().optional(),
      vetoWindowEndsAt: z.string().optional(),
    }),
    appliedVersionId: idSchema.nullable(),
    createdAt: timestampSchema,
    votes: z.array(
      z.object({
        partyId: z.string(),
        name: z.string(),
        choice: z.enum(['for', 'against', 'abstain']),
        at: z.string(),
      }),
    ),
    vetoes: z.array(z.object({ partyId: z.string(), name: z.string(), at: z.string() })),
    myParty: z.string().nullable().describe('The party the caller acts for in this agreement (the first)'),
    myParties: z
      .array(z.string())
      .describe('Every party the caller acts for: an admin of several votes for each separately'),
  })
  .meta({ id: 'MotionView' });
export type MotionView = z.infer<typeof motionViewSchema>;

export const proposeMotionRequestSchema = z
  .strictObject({ motion: MotionSchema })
  .meta({ id: 'ProposeMotionRequest' });
const actingPartySchema = idSchema
  .optional()
  .describe('the party acting, required when the caller acts for more than one');
export const voteRequestSchema = z
  .strictObject({ choice: z.enum(['for', 'against', 'abstain']), partyId: actingPartySchema })
  .meta({ id: 'VoteRequest' });
export const vetoRequestSchema = z
  .strictObject({
    partyId: actingPartySchema,
    grounds: z.strictObject({ zh: z.string().max(2000), en: z.string().max(2000).optional() }).optional(),
  })
  .meta({ id: 'VetoRequest' });
export const recordEventRequestSchema = z
  .strictObject({ event: GovernanceEventSchema })
  .meta({ id: 'RecordEventRequest' });

export const governanceEventViewSchema = z
  .object({
    id: idSchema,
    event: GovernanceEventSchema,
    recordedAt: timestampSchema,
    recordedBy: z.string().nullable(),
  })
  .meta({ id: 'GovernanceEventView' });

export const motionParamsSchema = z.strictObject({ id: idSchema, motionId: idSchema });
export const versionParamsSchema = z.strictObject({ id: idSchema, versionId: idSchema });

/** A dated item of a user's to-do list and calendar. */
export const deadlineViewSchema = z
  .object({
    kind: z.string(),
    at: timestampSchema,
    title: bilingual,
    clauseRef: bilingual.nullable(),
    consortiumId: idSchema.nullable(),
    consortiumName: z.string().nullable(),
    link: z.string().nullable(),
  })
  .meta({ id: 'DeadlineView' });
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

export const notificationSchema = z
  .object({
    id: idSchema,
    kind: z.string(),
    title: z.object({ 'zh-CN': z.string(), en: z.string() }),
    body: z.object({ 'zh-CN': z.string(), en: z.string() }).nullable(),
    link: z.string().nullable(),
    dueAt: timestampSchema.nullable(),
    readAt: timestampSchema.nullable(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const signingKeySchema = z
  .object({ id: z.string(), publicKey: z.string(), fingerprint: z.string(), createdAt: timestampSchema })
  .meta({ id: 'SigningKey' });
