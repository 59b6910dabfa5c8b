import { describe, expect, it } from 'vitest';
import { AgreementSchema } from './agreement';
import { checkCompleteness } from './completeness';
import { DECISION_TYPES, RESULT_TYPES } from './enums';
import { completeAgreement, completeInput, IDS, PARTIES } from './test-fixtures';
import { createFromTemplate } from './templates';

describe('createFromTemplate', () => {
  it('gives the DESCA defaults exactly', () => {
    const a = completeAgreement('desca');
    const g = a.governance;
    expect(g.meetings.noticeDays).toEqual({ ordinary: 45, extraordinary: 15 });
    for (const r of g.decisionRules) {
      if (r.procedure !== 'vote') throw new Error('DESCA decides everything by vote');
      expect(r.quorum).toEqual({ threshold: '2/3', basis: 'members' });
      expect(r.majority).toEqual({ threshold: '2/3', comparison: 'at_least', base: 'votes_cast' });
      expect(r.weights).toEqual({ kind: 'one_member_one_vote' });
    }
    expect(g.decisionRules.map((r) => r.type)).toEqual([...DECISION_TYPES]);
    expect(g.vetoRights.map((v) => v.windowDays)).toEqual([15]);
    expect(a.ip.publication).toEqual({ noticeDays: 45, objectionDays: 30, maxDelayDays: 90 });
    expect(a.confidentiality).toEqual({ termYears: 4 });
    expect(a.ip.accessRights.requestWindowMonths).toBe(12);
    expect(a.ip.accessRights.forWork).toBe('royalty_free');
    expect(g.decisionBody.kind).toBe('general_assembly');
  });

  it('gives the Xiamen template a council, a chief scientist deciding technical matters, and an arbitration commission', () => {
    const a = completeAgreement('xiamen');
    expect(a.governance.decisionBody.kind).toBe('council');
    expect(a.governance.decisionRules.find((r) => r.type === 'technical')?.procedure).toBe('chief_scientist');
    expect(a.governance.chiefScientist?.name).toBe('陈建成');
    expect(a.dispute.forum).toEqual({ kind: 'arbitration', commission: '厦门仲裁委员会' });
    expect(a.ip.ownership.map((o) => o.resultType)).toEqual([...RESULT_TYPES]);
  });

  it('makes the lead unit chair, secretariat host and the unit bearing external liability', () => {
    for (const kind of ['desca', 'xiamen'] as const) {
      const a = completeAgreement(kind);
      expect(a.governance.decisionBody.chairPartyId).toBe(IDS.lead);
      expect(a.governance.secretariat?.hostPartyId).toBe(IDS.lead);
      expect(a.externalLiabilityPartyId).toBe(IDS.lead);
    }
  });

  it.each(['desca', 'xiamen'] as const)(
    'fills the %s template into an agreement with nothing missing',
    (kind) => {
      const a = completeAgreement(kind);
      expect(AgreementSchema.safeParse(a).success).toBe(true);
      expect(checkCompleteness(a)).toEqual([]);
    },
  );

  it('drafts from names and parties alone, listing what is still missing', () => {
    const a = createFromTemplate('desca', { consortium: { name: { zh: '新联合体' } }, parties: PARTIES });
    const codes = new Set(checkCompleteness(a).map((m) => m.code));
    expect(codes).toEqual(
      new Set([
        'consortium.purpose_missing',
        'goals.missing',
        'tasks.party_without_task',
        'funding.commitment_missing',
        'ip.background_missing',
        'dispute.forum_missing',
        'term.end_missing',
      ]),
    );
  });

  it('throws on input that names an organisation that is not a party', () => {
    const input = completeInput();
    input.tasks = [
      {
        title: { zh: '任务' },
        leadPartyId: '00000000-0000-4000-8000-0000000000ff',
        participantPartyIds: [],
        deliverables: [],
      },
    ];
    expect(() => createFromTemplate('xiamen', input)).toThrow();
  });
});
