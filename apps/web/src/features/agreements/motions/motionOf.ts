import type { DecisionType, JsonPatchOp, Motion, Party } from '@huahe/contracts';
import type { AmendmentInput } from './amendments';
import { uuid } from './amendments';

/** The kinds of motion the form offers. */
export const MOTION_KINDS = ['amendment', 'resolution', 'accession', 'exit', 'expulsion'] as const;

/** The motion form's values (field names follow the motion's, so the server's field errors land on them). */
export interface MotionValues {
  kind: Motion['kind'];
  title: { zh: string; en?: string };
  /** 'written', or the id of the convened meeting. */
  procedure: string;
  decisionType?: DecisionType;
  subjectPartyId?: string;
  amendment: AmendmentInput;
  party?: Party;
  votingWeight?: number;
  commitment?: { cashYuan?: string; personMonths?: string };
  declaresNoBackground?: boolean;
  partyId?: string;
  noticeGivenAt?: string;
  startNow?: boolean;
}

const trimmed = (s: string | undefined) => s?.trim() || undefined;

/** The new party as entered, without empty optional fields. */
function partyOf(p: Party): Party {
  const domicile = trimmed(p.domicile?.zh);
  const en = trimmed(p.legalName.en);
  return {
    organisationId: p.organisationId,
    legalName: { zh: p.legalName.zh.trim(), ...(en ? { en } : {}) },
    ...(trimmed(p.creditCode) ? { creditCode: p.creditCode!.trim() } : {}),
    ...(domicile
      ? { domicile: { zh: domicile, ...(trimmed(p.domicile?.en) ? { en: p.domicile!.en!.trim() } : {}) } }
      : {}),
    ...(trimmed(p.legalRepresentative) ? { legalRepresentative: p.legalRepresentative!.trim() } : {}),
    ...(trimmed(p.authorisedSigner?.name)
      ? {
          authorisedSigner: {
            name: p.authorisedSigner!.name.trim(),
            ...(trimmed(p.authorisedSigner?.title) ? { title: p.authorisedSigner!.title!.trim() } : {}),
          },
        }
      : {}),
    role: p.role,
    ...(p.tier ? { tier: p.tier } : {}),
  };
}

/** The motion the form describes; undefined when an amendment changes nothing yet. */
export function motionOf(v: MotionValues, ops: JsonPatchOp[]): Motion | undefined {
  const en = trimmed(v.title.en);
  const common = {
    id: uuid(),
    title: { zh: v.title.zh.trim(), ...(en ? { en } : {}) },
    procedure:
      v.procedure === 'written'
        ? { mode: 'written' as const }
        : { mode: 'meeting' as const, meetingId: v.procedure },
  };
  switch (v.kind) {
    case 'resolution':
      return {
        ...common,
        kind: 'resolution',
        decisionType: (v.decisionType ?? 'ordinary') as Extract<
          Motion,
          { kind: 'resolution' }
        >['decisionType'],
        ...(v.subjectPartyId ? { subjectPartyId: v.subjectPartyId } : {}),
      };
    case 'amendment':
      return ops.length === 0
        ? undefined
        : { ...common, kind: 'amendment', change: { format: 'json_patch', ops } };
    case 'accession': {
      const party = partyOf(v.party!);
      const id = party.organisationId;
      const cash = trimmed(v.commitment?.cashYuan);
      return {
        ...common,
        kind: 'accession',
        party,
        ...(v.votingWeight !== undefined && v.votingWeight !== null ? { votingWeight: v.votingWeight } : {}),
        ...(cash
          ? {
              commitment: {
                partyId: id,
                cashYuan: cash,
                inKind: [],
                personMonths: trimmed(v.commitment?.personMonths) ?? '0',
              },
            }
          : {}),
        ...(v.declaresNoBackground ? { background: { partyId: id, items: [], exclusions: [] } } : {}),
      };
    }
    case 'exit':
      return { ...common, kind: 'exit', partyId: v.partyId!, noticeGivenAt: v.noticeGivenAt! };
    case 'expulsion':
      return { ...common, kind: 'expulsion', partyId: v.partyId! };
  }
}
