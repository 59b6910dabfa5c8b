import { z } from 'zod';
import { memberRoleSchema } from '../consortia';

/** A party's role in the consortium: the member roles of SPEC §2 (lead, core, member, supporting). */
export const PartyRoleSchema = memberRoleSchema;
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** Bodies that can take decisions. */
export const DecidingBodySchema = z
  .enum(['council', 'general_assembly', 'executive_board', 'chief_scientist'])
  .meta({ id: 'DecidingBody' });
export type DecidingBody = z.infer<typeof DecidingBodySchema>;

/** The kinds of decision an agreement must give a rule for. */
export const DecisionTypeSchema = z
  .enum([
    'ordinary',
    'budget_change',
    'amendment',
    'admission',
    'exit',
    'defaulting',
    'expulsion',
    'technical',
    'distribution_change',
    'dissolution',
  ])
  .meta({ id: 'DecisionType' });
export type DecisionType = z.infer<typeof DecisionTypeSchema>;
/** Every decision type in the order the agreement lists them. */
export const DECISION_TYPES = DecisionTypeSchema.options;

/** What a majority is counted against: votes cast (abstentions excluded), members present, or all voting members. */
export const MajorityBaseSchema = z
  .enum(['votes_cast', 'present', 'all_members'])
  .meta({ id: 'MajorityBase' });
export type MajorityBase = z.infer<typeof MajorityBaseSchema>;

/** "at least" (≥, e.g. two thirds) or "more than" (>, e.g. a simple majority). */
export const ComparisonSchema = z.enum(['at_least', 'more_than']).meta({ id: 'Comparison' });
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Result types (SPEC §2 Result). */
export const ResultTypeSchema = z
  .enum([
    'invention_patent',
    'utility_model',
    'design_patent',
    'software_copyright',
    'ic_layout',
    'standard',
    'paper',
    'new_product',
    'prototype',
    'award',
    'technical_secret',
  ])
  .meta({ id: 'ResultType' });
export type ResultType = z.infer<typeof ResultTypeSchema>;
/** Every result type in the order the agreement lists them. */
export const RESULT_TYPES = ResultTypeSchema.options;

/** Who owns a new result (SPEC §2 Agreement). */
export const OwnershipRuleSchema = z
  .enum(['sole_creator', 'joint_by_contribution', 'lead_with_licence_back', 'common_pool'])
  .meta({ id: 'OwnershipRule' });
export type OwnershipRule = z.infer<typeof OwnershipRuleSchema>;

/** Terms of access rights. */
export const AccessTermsSchema = z.enum(['royalty_free', 'fair_and_reasonable']).meta({ id: 'AccessTerms' });
export type AccessTerms = z.infer<typeof AccessTermsSchema>;

/** Joint ownership regime (DESCA option 1: notice + fair compensation; option 2: free exploitation). */
export const JointOwnershipSchema = z
  .enum(['notice_and_fair_compensation', 'free_exploitation'])
  .meta({ id: 'JointOwnership' });
export type JointOwnership = z.infer<typeof JointOwnershipSchema>;

/** Contribution categories recorded by the platform (SPEC §2 Contribution). */
export const ContributionCategorySchema = z
  .enum(['cash', 'person_months', 'equipment', 'background_ip', 'data'])
  .meta({ id: 'ContributionCategory' });
export type ContributionCategory = z.infer<typeof ContributionCategorySchema>;

/** What happens to a leaver's unspent consortium funds. */
export const UnspentFundsSchema = z
  .enum(['returned_to_lead', 'returned_to_pool', 'returned_to_funder', 'kept_for_accepted_work'])
  .meta({ id: 'UnspentFunds' });
export type UnspentFunds = z.infer<typeof UnspentFundsSchema>;

/** Events that dissolve the consortium. */
export const DissolutionTriggerSchema = z
  .enum(['term_expiry', 'goals_achieved', 'council_decision', 'approval_revoked', 'too_few_members'])
  .meta({ id: 'DissolutionTrigger' });
export type DissolutionTrigger = z.infer<typeof DissolutionTriggerSchema>;

/** How a tie at exactly the threshold of a "more than" rule is resolved. */
export const TieBreakSchema = z.enum(['fails', 'chair_casting_vote']).meta({ id: 'TieBreak' });
export type TieBreak = z.infer<typeof TieBreakSchema>;

/** What silence means in written procedure. */
export const SilenceSchema = z.enum(['consent', 'no_vote']).meta({ id: 'Silence' });
export type Silence = z.infer<typeof SilenceSchema>;

/** Meeting types. */
export const MeetingTypeSchema = z.enum(['ordinary', 'extraordinary']).meta({ id: 'MeetingType' });
export type MeetingType = z.infer<typeof MeetingTypeSchema>;

/** Templates an agreement can be drafted from. */
export const TemplateKindSchema = z.enum(['xiamen', 'desca']).meta({ id: 'AgreementTemplateKind' });
export type TemplateKind = z.infer<typeof TemplateKindSchema>;
