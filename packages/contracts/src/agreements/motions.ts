import { z } from 'zod';
import { AgreementSchema } from './agreement';
import { DecisionTypeSchema, MeetingTypeSchema } from './enums';
import type { DecisionType } from './enums';
import { BackgroundDeclarationSchema } from './ip';
import { PartySchema } from './party';
import { InstantSchema, LocalizedTextSchema, PartyIdSchema } from './primitives';
import { FundingCommitmentSchema } from './terms';

/** One RFC 6902 operation (add, remove, replace) on the agreement data. */
export const JsonPatchOpSchema = z
  .discriminatedUnion('op', [
    z.strictObject({ op: z.literal('add'), path: z.string().max(500), value: z.json() }),
    z.strictObject({ op: z.literal('replace'), path: z.string().max(500), value: z.json() }),
    z.strictObject({ op: z.literal('remove'), path: z.string().max(500) }),
  ])
  .meta({ id: 'JsonPatchOp' });
export type JsonPatchOp = z.infer<typeof JsonPatchOpSchema>;

/** Where a motion is decided: at a meeting, or by written procedure. */
export const MotionProcedureSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('meeting'), meetingId: z.uuid() }),
    z.strictObject({ mode: z.literal('written') }),
  ])
  .meta({ id: 'MotionProcedure' });

const common = {
  id: z.uuid(),
  title: LocalizedTextSchema,
  proposedBy: PartyIdSchema.optional(),
  procedure: MotionProcedureSchema,
};

/** The decision types a plain resolution may carry (the others have their own motion kinds). */
export const ResolutionTypeSchema = DecisionTypeSchema.exclude([
  'amendment',
  'admission',
  'exit',
  'expulsion',
]);

/** A motion (议案) put to the consortium's bodies. */
export const MotionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...common,
      kind: z.literal('resolution'),
      decisionType: ResolutionTypeSchema,
      subjectPartyId: PartyIdSchema.optional().describe(
        'the party concerned, e.g. one to be declared defaulting',
      ),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('amendment'),
      change: z.discriminatedUnion('format', [
        z.strictObject({ format: z.literal('json_patch'), ops: z.array(JsonPatchOpSchema).min(1).max(500) }),
        z.strictObject({ format: z.literal('replacement'), agreement: AgreementSchema }),
      ]),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('accession'),
      party: PartySchema,
      commitment: FundingCommitmentSchema.optional(),
      background: BackgroundDeclarationSchema.optional(),
      votingWeight: z
        .int()
        .min(0)
        .max(1_000_000)
        .optional()
        .describe('its weight under weighted decision rules'),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('exit'),
      partyId: PartyIdSchema,
      noticeGivenAt: InstantSchema,
    }),
    z.strictObject({ ...common, kind: z.literal('expulsion'), partyId: PartyIdSchema }),
  ])
  .meta({ id: 'Motion' });
export type Motion = z.infer<typeof MotionSchema>;

/** The decision type under which a motion is decided. */
export function motionDecisionType(m: Motion): DecisionType {
  switch (m.kind) {
    case 'resolution':
      return m.decisionType;
    case 'amendment':
      return 'amendment';
    case 'accession':
      return 'admission';
    case 'exit':
      return 'exit';
    case 'expulsion':
      return 'expulsion';
  }
}

/** The party a motion is about, if any (it may not vote on or veto it where the agreement says so). */
export function motionSubject(m: Motion): string | undefined {
  if (m.kind === 'exit' || m.kind === 'expulsion') return m.partyId;
  if (m.kind === 'resolution') return m.subjectPartyId;
  return undefined;
}

const at = InstantSchema;
const motionId = z.uuid();
const meetingId = z.uuid();
const partyId = PartyIdSchema;

/** A recorded governance event; the engine decides motions from these alone. */
export const GovernanceEventSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('meeting_convened'),
      meetingId,
      body: z.enum(['council', 'general_assembly', 'executive_board']),
      meetingType: MeetingTypeSchema,
      noticeGivenAt: at,
      scheduledFor: at,
      agenda: z.array(motionId).max(200).describe('motions on the agenda sent with the notice'),
    }),
    z.strictObject({ kind: z.literal('agenda_item_added'), meetingId, motionId, at }),
    z.strictObject({
      kind: z.literal('meeting_held'),
      meetingId,
      heldAt: at,
      present: z.array(partyId).max(500),
    }),
    z.strictObject({
      kind: z.literal('vote'),
      motionId,
      partyId,
      choice: z.enum(['for', 'against', 'abstain']),
      at,
    }),
    z.strictObject({ kind: z.literal('minutes_sent'), meetingId, at }),
    z.strictObject({ kind: z.literal('minutes_objection'), meetingId, partyId, at }),
    z.strictObject({ kind: z.literal('minutes_accepted'), meetingId, at }),
    z.strictObject({
      kind: z.literal('veto'),
      motionId,
      partyId,
      at,
      grounds: LocalizedTextSchema.optional(),
    }),
    z.strictObject({ kind: z.literal('written_procedure_started'), motionId, at }),
    z.strictObject({ kind: z.literal('chief_scientist_decision'), motionId, approve: z.boolean(), at }),
    z.strictObject({ kind: z.literal('breach_notice'), partyId, at }),
    z.strictObject({ kind: z.literal('breach_remedied'), partyId, at }),
    z.strictObject({ kind: z.literal('party_defaulting'), partyId, at }),
    z.strictObject({ kind: z.literal('party_default_cured'), partyId, at }),
    z.strictObject({ kind: z.literal('publication_notice'), publicationId: z.uuid(), partyId, at }),
    z.strictObject({ kind: z.literal('publication_objection'), publicationId: z.uuid(), partyId, at }),
  ])
  .meta({ id: 'GovernanceEvent' });
export type GovernanceEvent = z.infer<typeof GovernanceEventSchema>;
