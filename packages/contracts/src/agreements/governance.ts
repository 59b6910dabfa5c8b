import { z } from 'zod';
import {
  ComparisonSchema,
  DecisionTypeSchema,
  MajorityBaseSchema,
  SilenceSchema,
  TieBreakSchema,
} from './enums';
import { DaysSchema, LocalizedTextSchema, PartyIdSchema, RatioSchema, ShortTextSchema } from './primitives';

/** The supreme decision body: a council (理事会) or a general assembly (全体成员大会) of all parties. */
export const DecisionBodySchema = z
  .strictObject({
    kind: z.enum(['council', 'general_assembly']),
    chairPartyId: PartyIdSchema.optional().describe('理事长单位 / chair'),
    termYears: z.int().min(1).max(10).optional(),
    minMeetingsPerYear: z.int().min(1).max(12),
    extraordinaryRequestFraction: RatioSchema.describe(
      'share of members that can require an extraordinary meeting',
    ),
  })
  .meta({ id: 'DecisionBody' });

/** An executive board of some parties. */
export const ExecutiveBoardSchema = z
  .strictObject({
    memberPartyIds: z.array(PartyIdSchema).min(1).max(100),
    chairPartyId: PartyIdSchema.optional(),
    minMeetingsPerYear: z.int().min(1).max(52),
  })
  .meta({ id: 'ExecutiveBoard' });

/** The advisory expert committee (专家委员会) of named experts. */
export const ExpertCommitteeSchema = z
  .strictObject({
    members: z
      .array(z.strictObject({ name: ShortTextSchema, affiliation: ShortTextSchema.optional() }))
      .max(50)
      .describe('may be empty in a draft'),
    chairName: ShortTextSchema.optional(),
  })
  .meta({ id: 'ExpertCommittee' });

/** The secretariat (秘书处), the standing body hosted by one party. */
export const SecretariatSchema = z
  .strictObject({ hostPartyId: PartyIdSchema, fullTimeStaff: z.int().min(0).max(1000) })
  .meta({ id: 'Secretariat' });

/** The chief scientist (首席科学家), who holds technical decision rights (Xiamen 2025). */
export const ChiefScientistSchema = z
  .strictObject({
    name: ShortTextSchema,
    affiliationPartyId: PartyIdSchema,
    technicalDecisionRights: LocalizedTextSchema.describe(
      'scope of the technical decision rights (技术决定权)',
    ),
  })
  .meta({ id: 'ChiefScientist' });

/** Meeting formalities of the decision body. */
export const MeetingRulesSchema = z
  .strictObject({
    noticeDays: z.strictObject({ ordinary: DaysSchema, extraordinary: DaysSchema }),
    agendaItemDeadlineDays: z
      .strictObject({ ordinary: DaysSchema, extraordinary: DaysSchema })
      .describe('items may be added up to this many days before the meeting'),
    minutesDraftDays: DaysSchema.describe('draft minutes are sent within this many days after the meeting'),
    minutesAcceptanceDays: DaysSchema.describe(
      'minutes are accepted if nobody objects within this many days',
    ),
    remoteAllowed: z.boolean(),
  })
  .meta({ id: 'MeetingRules' });

/** How votes are weighted. */
export const VotingWeightsSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('one_member_one_vote') }),
    z.strictObject({
      kind: z.literal('weighted'),
      weights: z
        .array(z.strictObject({ partyId: PartyIdSchema, weight: z.int().min(0).max(1_000_000) }))
        .max(500),
    }),
  ])
  .meta({ id: 'VotingWeights' });
export type VotingWeights = z.infer<typeof VotingWeightsSchema>;

/** The majority a decision needs: threshold, comparison and the base it is counted against. */
export const MajoritySchema = z
  .strictObject({ threshold: RatioSchema, comparison: ComparisonSchema, base: MajorityBaseSchema })
  .meta({ id: 'Majority' });
export type Majority = z.infer<typeof MajoritySchema>;

/** Whether and how a decision type may be taken by written procedure (without a meeting). */
export const WrittenUseSchema = z
  .discriminatedUnion('allowed', [
    z.strictObject({ allowed: z.literal(false) }),
    z.strictObject({ allowed: z.literal(true), requirement: z.enum(['unanimity', 'same_majority']) }),
  ])
  .meta({ id: 'WrittenUse' });

/** The rule for one decision type: taken by vote of a body, or by the chief scientist. */
export const DecisionRuleSchema = z
  .discriminatedUnion('procedure', [
    z.strictObject({
      procedure: z.literal('vote'),
      type: DecisionTypeSchema,
      body: z.enum(['council', 'general_assembly', 'executive_board']),
      quorum: z.strictObject({ threshold: RatioSchema, basis: z.enum(['members', 'weights']) }),
      majority: MajoritySchema,
      weights: VotingWeightsSchema,
      written: WrittenUseSchema,
    }),
    z.strictObject({
      procedure: z.literal('chief_scientist'),
      type: DecisionTypeSchema,
      consultExpertCommittee: z.boolean(),
    }),
  ])
  .meta({ id: 'DecisionRule' });
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;
/** A decision rule taken by vote. */
export type VoteRule = Extract<DecisionRule, { procedure: 'vote' }>;

/** A veto right: who may veto which decision types, within how many days of the draft minutes. */
export const VetoRightSchema = z
  .strictObject({
    holders: z.union([z.literal('all_parties'), z.array(PartyIdSchema).min(1).max(500)]),
    decisionTypes: z.array(DecisionTypeSchema).min(1),
    windowDays: DaysSchema.describe('days after the draft minutes (or the written outcome) are sent'),
    grounds: LocalizedTextSchema.optional(),
  })
  .meta({ id: 'VetoRight' });
export type VetoRight = z.infer<typeof VetoRightSchema>;

/** Governance: bodies, meeting formalities, decision rules, vetoes and written procedure. */
export const GovernanceSchema = z
  .strictObject({
    decisionBody: DecisionBodySchema,
    executiveBoard: ExecutiveBoardSchema.optional(),
    expertCommittee: ExpertCommitteeSchema.optional(),
    secretariat: SecretariatSchema.optional(),
    chiefScientist: ChiefScientistSchema.optional(),
    meetings: MeetingRulesSchema,
    decisionRules: z.array(DecisionRuleSchema).max(DecisionTypeSchema.options.length),
    vetoRights: z.array(VetoRightSchema).max(50),
    writtenProcedure: z.strictObject({ responseDays: DaysSchema.min(1), silence: SilenceSchema }),
    tieBreak: TieBreakSchema,
  })
  .meta({ id: 'AgreementGovernance' });
export type Governance = z.infer<typeof GovernanceSchema>;
