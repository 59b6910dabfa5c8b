import { describe, expect, it } from 'vitest';
import { checkCompleteness } from './completeness';
import { AgreementSchema } from './agreement';
import { completeAgreement, IDS, richAgreement } from './test-fixtures';
import { MotionSchema } from './motions';

const parse = (x: unknown) => AgreementSchema.safeParse(x);
const codes = (x: unknown) => {
  const r = parse(x);
  return r.success
    ? []
    : r.error.issues.map((i) =>
        i.code === 'custom' ? String((i.params as { code?: string } | undefined)?.code) : i.code,
      );
};

describe('AgreementSchema', () => {
  it('accepts complete agreements from both templates and the rich fixture', () => {
    expect(parse(completeAgreement('desca')).success).toBe(true);
    expect(parse(completeAgreement('xiamen')).success).toBe(true);
    expect(parse(richAgreement()).success).toBe(true);
  });

  it.each([
    ['top level', (a: Record<string, unknown>) => ({ ...a, notes: 'x' })],
    [
      'a party',
      (a: ReturnType<typeof completeAgreement>) => ({
        ...a,
        parties: a.parties.map((p, i) => (i === 0 ? { ...p, email: 'x' } : p)),
      }),
    ],
    [
      'the meeting rules',
      (a: ReturnType<typeof completeAgreement>) => ({
        ...a,
        governance: { ...a.governance, meetings: { ...a.governance.meetings, quorum: '1/2' } },
      }),
    ],
    [
      'a decision rule',
      (a: ReturnType<typeof completeAgreement>) => ({
        ...a,
        governance: {
          ...a.governance,
          decisionRules: a.governance.decisionRules.map((r) => ({ ...r, veto: true })),
        },
      }),
    ],
  ])('rejects unknown keys in %s', (_where, mutate) => {
    expect(codes(mutate(completeAgreement() as never))).toContain('unrecognized_keys');
  });

  describe('dispute forum: arbitration XOR litigation', () => {
    const withForum = (forum: unknown) => ({
      ...completeAgreement(),
      dispute: { negotiationDays: 30, forum },
    });
    it('accepts arbitration before a named commission', () => {
      expect(parse(withForum({ kind: 'arbitration', commission: '厦门仲裁委员会' })).success).toBe(true);
    });
    it('accepts litigation before a named court', () => {
      expect(parse(withForum({ kind: 'litigation', court: '厦门市思明区人民法院' })).success).toBe(true);
    });
    it('rejects arbitration that also names a court', () => {
      expect(
        parse(withForum({ kind: 'arbitration', commission: '厦门仲裁委员会', court: '厦门市思明区人民法院' }))
          .success,
      ).toBe(false);
    });
    it('rejects litigation that also names a commission', () => {
      expect(
        parse(withForum({ kind: 'litigation', court: '某法院', commission: '厦门仲裁委员会' })).success,
      ).toBe(false);
    });
    it('rejects both forums given side by side', () => {
      expect(
        parse({ ...completeAgreement(), dispute: { negotiationDays: 30, arbitration: 'x', litigation: 'y' } })
          .success,
      ).toBe(false);
    });
    it('rejects arbitration without a commission', () => {
      expect(parse(withForum({ kind: 'arbitration' })).success).toBe(false);
    });
  });

  it.each([
    ['2/3', true],
    ['1', true],
    ['0', true],
    ['66.67%', true],
    ['100%', true],
    ['3/2', false],
    ['2/0', false],
    ['0.5', false],
    ['101%', false],
    ['two thirds', false],
  ])('takes %s as a ratio: %s', (ratio, ok) => {
    const a = completeAgreement();
    const rules = a.governance.decisionRules.map((r) =>
      r.procedure === 'vote' ? { ...r, majority: { ...r.majority, threshold: ratio } } : r,
    );
    expect(parse({ ...a, governance: { ...a.governance, decisionRules: rules } }).success).toBe(ok);
  });

  it.each([
    ['1500000.00', true],
    ['0', true],
    ['1500000.5', true],
    ['1500000.005', false],
    ['-1', false],
    [1500000, false],
    ['1e6', false],
  ])('takes %s as cash in yuan: %s', (cash, ok) => {
    const a = completeAgreement();
    const commitments = a.funding.commitments.map((c) => ({ ...c, cashYuan: cash }));
    expect(parse({ ...a, funding: { ...a.funding, commitments } }).success).toBe(ok);
  });

  it('rejects a credit code with a wrong check character', () => {
    const a = completeAgreement();
    const code = a.parties[0]?.creditCode ?? '';
    const wrong = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
    expect(
      parse({ ...a, parties: a.parties.map((p, i) => (i === 0 ? { ...p, creditCode: wrong } : p)) }).success,
    ).toBe(false);
  });

  it('names a party reference that is not a party', () => {
    const a = completeAgreement();
    const stranger = '00000000-0000-4000-8000-0000000000ff';
    expect(codes({ ...a, externalLiabilityPartyId: stranger })).toEqual(['agreement.unknown_party']);
    expect(codes({ ...a, tasks: [{ ...a.tasks[0], participantPartyIds: [stranger] }] })).toEqual([
      'agreement.unknown_party',
    ]);
  });

  it('rejects duplicate parties, two leads, duplicate rules and rules for bodies that do not exist', () => {
    const a = completeAgreement();
    const [p0, p1] = a.parties;
    expect(codes({ ...a, parties: [...a.parties, p0] })).toContain('agreement.duplicate');
    expect(codes({ ...a, parties: a.parties.map((p) => (p === p1 ? { ...p, role: 'lead' } : p)) })).toContain(
      'agreement.multiple_leads',
    );
    const rules = a.governance.decisionRules;
    expect(
      codes({
        ...a,
        governance: { ...a.governance, decisionRules: rules.map((r, i) => (i === 1 ? rules[0] : r)) },
      }),
    ).toContain('agreement.duplicate');
    const { executiveBoard: _board, ...noBoard } = a.governance;
    expect(codes({ ...a, governance: noBoard })).toContain('agreement.body_missing');
    // A chief scientist not yet appointed leaves the draft valid; completeness reports it.
    const { chiefScientist: _cs, ...noChief } = completeAgreement('xiamen').governance;
    expect(codes({ ...completeAgreement('xiamen'), governance: noChief })).not.toContain(
      'agreement.body_missing',
    );
    expect(
      checkCompleteness(AgreementSchema.parse({ ...completeAgreement('xiamen'), governance: noChief })).map(
        (m) => m.code,
      ),
    ).toContain('governance.chief_scientist_missing');
  });

  it('rejects a term that ends before it starts and a task that serves a missing goal', () => {
    const a = completeAgreement();
    expect(codes({ ...a, term: { ...a.term, startsOn: '2027-01-01', endsOn: '2026-01-01' } })).toEqual([
      'agreement.term_order',
    ]);
    expect(codes({ ...a, tasks: [{ ...a.tasks[0], goalIndex: 5 }] })).toEqual(['agreement.unknown_goal']);
  });

  it('validates motions, including an accession carrying a new party', () => {
    const ok = MotionSchema.safeParse({
      id: '00000000-0000-4000-8000-00000000a001',
      kind: 'accession',
      title: { zh: '吸收厦门黑镜科技有限公司加入' },
      procedure: { mode: 'written' },
      party: {
        organisationId: '00000000-0000-4000-8000-000000000099',
        legalName: { zh: '厦门黑镜科技有限公司' },
        role: 'member',
      },
    });
    expect(ok.success).toBe(true);
    const bad = MotionSchema.safeParse({
      id: '00000000-0000-4000-8000-00000000a001',
      kind: 'exit',
      title: { zh: '退出' },
      procedure: { mode: 'written' },
      partyId: IDS.jmu,
    });
    expect(bad.success).toBe(false);
  });
});
