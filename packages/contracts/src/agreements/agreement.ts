import { z } from 'zod';
import { TemplateKindSchema } from './enums';
import { GovernanceSchema } from './governance';
import { IpSchema } from './ip';
import { PartySchema } from './party';
import { LocalizedTextSchema, PartyIdSchema, ShortTextSchema } from './primitives';
import { crossCheckAgreement } from './references';
import { RevenueSchema } from './revenue';
import { AdmissionSchema, BreachSchema, DisputeSchema, ExitSchema, FundingSchema, TermSchema } from './terms';

/** A technical innovation goal (技术创新目标) with its indicators (考核指标). */
export const GoalSchema = z
  .strictObject({
    title: LocalizedTextSchema,
    indicators: z.array(LocalizedTextSchema).max(50),
    trl: z.strictObject({ start: z.int().min(1).max(9), target: z.int().min(1).max(9) }).optional(),
  })
  .meta({ id: 'AgreementGoal' });

/** One entry of the task division (任务分工); `taskId` links it to a platform task once one exists. */
export const TaskEntrySchema = z
  .strictObject({
    title: LocalizedTextSchema,
    leadPartyId: PartyIdSchema,
    participantPartyIds: z.array(PartyIdSchema).max(500),
    goalIndex: z.int().min(0).max(99).optional().describe('0-based index of the goal this task serves'),
    deliverables: z.array(LocalizedTextSchema).max(50),
    taskId: z.uuid().optional(),
  })
  .meta({ id: 'AgreementTaskEntry' });

const AgreementShape = z.strictObject({
  schemaVersion: z.literal(1),
  template: TemplateKindSchema,
  consortium: z.strictObject({
    name: z.strictObject({ zh: ShortTextSchema, en: ShortTextSchema.optional() }),
    field: LocalizedTextSchema.optional(),
    purpose: LocalizedTextSchema.optional(),
    consortiumId: z.uuid().optional(),
  }),
  parties: z.array(PartySchema).min(1).max(500),
  goals: z.array(GoalSchema).max(100),
  tasks: z.array(TaskEntrySchema).max(1000),
  governance: GovernanceSchema,
  funding: FundingSchema,
  ip: IpSchema,
  revenue: RevenueSchema,
  admission: AdmissionSchema.optional(),
  exit: ExitSchema.optional(),
  breach: BreachSchema.optional(),
  confidentiality: z.strictObject({ termYears: z.int().min(1).max(50) }).optional(),
  externalLiabilityPartyId: PartyIdSchema.optional().describe('对外承担责任主体单位'),
  dispute: DisputeSchema,
  term: TermSchema,
});

/** The raw shape before cross-reference checks, for type derivation. */
export type AgreementInput = z.input<typeof AgreementShape>;

/**
 * The consortium agreement (组建协议) as data: strict objects, and every party reference,
 * body reference and uniqueness constraint checked (issues carry params.code).
 */
export const AgreementSchema = AgreementShape.superRefine(crossCheckAgreement)
  .meta({ id: 'Agreement' })
  .describe('A structured, machine-executable consortium agreement (组建协议)');
export type Agreement = z.infer<typeof AgreementShape>;
