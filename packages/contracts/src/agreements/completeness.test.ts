import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement';
import { checkCompleteness } from './completeness';
import { completeAgreement, IDS } from './test-fixtures';
import { AGREEMENT_FORM_STEPS } from './form-steps';

type Edit = (a: Agreement) => Agreement;
const codesAfter = (edit: Edit, kind: 'desca' | 'xiamen' = 'desca') => [
  ...new Set(checkCompleteness(edit(completeAgreement(kind))).map((m) => m.code)),
];
const partyEdit =
  (i: number, patch: (p: Agreement['parties'][number]) => Agreement['parties'][number]): Edit =>
  (a) => ({ ...a, parties: a.parties.map((p, j) => (j === i ? patch(p) : p)) });

// The checklist at the end of policy.md §5, item by item, with an edit that breaks it.
const checklist: [item: string, edit: Edit, code: string, kind?: 'desca' | 'xiamen'][] = [
  ['goals', (a) => ({ ...a, goals: [] }), 'goals.missing'],
  [
    'KPIs',
    (a) => ({ ...a, goals: a.goals.map((g) => ({ ...g, indicators: [] })) }),
    'goal.indicators_missing',
  ],
  [
    'task-work breakdown per member',
    (a) => ({ ...a, tasks: a.tasks.map((t) => ({ ...t, participantPartyIds: [] })) }),
    'tasks.party_without_task',
  ],
  [
    'IP regime: background',
    (a) => ({ ...a, ip: { ...a.ip, background: a.ip.background.slice(1) } }),
    'ip.background_missing',
  ],
  [
    'IP regime: foreground by result type',
    (a) => ({ ...a, ip: { ...a.ip, ownership: a.ip.ownership.filter((o) => o.resultType !== 'standard') } }),
    'ip.ownership_missing',
  ],
  [
    'IP regime: revenue split',
    (a) => ({ ...a, revenue: { inventorReward: a.revenue.inventorReward, settlementDays: 30 } }),
    'revenue.method_missing',
  ],
  [
    'revenue split sums to 100 %',
    (a) => ({
      ...a,
      revenue: {
        ...a.revenue,
        sharing: {
          method: 'fixed',
          shares: a.parties.map((p) => ({ partyId: p.organisationId, share: '1/5' })),
        },
      },
    }),
    'revenue.shares_sum',
  ],
  [
    'revenue split names every member',
    (a) => ({
      ...a,
      revenue: { ...a.revenue, sharing: { method: 'fixed', shares: [{ partyId: IDS.lead, share: '1' }] } },
    }),
    'revenue.party_missing',
  ],
  [
    'funding commitments per member',
    (a) => ({ ...a, funding: { ...a.funding, commitments: a.funding.commitments.slice(1) } }),
    'funding.commitment_missing',
  ],
  [
    'funds-management rules',
    (a) => ({ ...a, funding: { commitments: a.funding.commitments } }),
    'funding.rules_missing',
  ],
  [
    'governance: voting rules',
    (a) => ({
      ...a,
      governance: {
        ...a.governance,
        decisionRules: a.governance.decisionRules.filter((r) => r.type !== 'dissolution'),
      },
    }),
    'governance.decision_rule_missing',
  ],
  [
    'governance: secretariat',
    (a) => {
      const { secretariat: _s, ...g } = a.governance;
      return { ...a, governance: g };
    },
    'governance.secretariat_missing',
  ],
  [
    'governance: advisory body',
    (a) => {
      const { expertCommittee: _e, ...g } = a.governance;
      return { ...a, governance: g };
    },
    'governance.expert_committee_missing',
  ],
  [
    'governance: chief scientist (Xiamen)',
    (a) => {
      const { chiefScientist: _c, ...g } = a.governance;
      const council = g.decisionRules.find((r) => r.type === 'ordinary');
      return {
        ...a,
        governance: {
          ...g,
          decisionRules: g.decisionRules.map((r) =>
            r.type === 'technical' && council ? { ...council, type: 'technical' as const } : r,
          ),
        },
      };
    },
    'governance.chief_scientist_missing',
    'xiamen',
  ],
  [
    'confidentiality',
    (a) => {
      const { confidentiality: _c, ...rest } = a;
      return rest;
    },
    'confidentiality.missing',
  ],
  [
    'admission',
    (a) => {
      const { admission: _x, ...rest } = a;
      return rest;
    },
    'admission.missing',
  ],
  [
    'withdrawal',
    (a) => {
      const { exit: _x, ...rest } = a;
      return rest;
    },
    'exit.missing',
  ],
  [
    'breach and expulsion',
    (a) => {
      const { breach: _x, ...rest } = a;
      return rest;
    },
    'breach.missing',
  ],
  ['dispute forum', (a) => ({ ...a, dispute: { negotiationDays: 30 } }), 'dispute.forum_missing'],
  ['term', (a) => ({ ...a, term: { ...a.term, endsOn: undefined } }), 'term.end_missing'],
  [
    'dissolution',
    (a) => ({ ...a, term: { ...a.term, dissolutionTriggers: [] } }),
    'term.dissolution_missing',
  ],
  ['liquidation', (a) => ({ ...a, term: { ...a.term, liquidation: undefined } }), 'term.liquidation_missing'],
  [
    'legal representatives',
    partyEdit(1, ({ legalRepresentative: _l, ...p }) => p),
    'party.legal_representative_missing',
  ],
  ['credit codes', partyEdit(2, ({ creditCode: _c, ...p }) => p), 'party.credit_code_missing'],
  ['domiciles', partyEdit(3, ({ domicile: _d, ...p }) => p), 'party.domicile_missing'],
  [
    'external-liability unit',
    (a) => {
      const { externalLiabilityPartyId: _x, ...rest } = a;
      return rest;
    },
    'liability.unit_missing',
  ],
  ['a lead unit', partyEdit(0, (p) => ({ ...p, role: 'core' })), 'parties.lead_missing'],
];

describe('checkCompleteness', () => {
  it.each(checklist)('names a missing %s', (_item, edit, code, kind) => {
    expect(codesAfter(edit, kind)).toEqual([code]);
  });

  it('gives each item both languages, a JSON pointer and the form step that fixes it', () => {
    const steps = new Set(AGREEMENT_FORM_STEPS.map((s) => s.id));
    for (const [, edit, , kind] of checklist) {
      for (const m of checkCompleteness(edit(completeAgreement(kind)))) {
        expect(m.zh).not.toBe('');
        expect(m.en).not.toBe('');
        expect(m.path.startsWith('/')).toBe(true);
        expect(steps.has(m.step)).toBe(true);
        expect(m.step).not.toBe('review');
      }
    }
  });

  it('names the party that lacks a legal representative', () => {
    const [item] = checkCompleteness(
      partyEdit(1, ({ legalRepresentative: _l, ...p }) => p)(completeAgreement()),
    );
    expect(item).toMatchObject({ partyId: IDS.zju, path: '/parties/1/legalRepresentative', step: 'parties' });
    expect(item?.zh).toContain('浙江大学');
  });

  it('asks for a weight for every party under weighted voting', () => {
    const a = completeAgreement();
    const rules = a.governance.decisionRules.map((r) =>
      r.type === 'ordinary' && r.procedure === 'vote'
        ? { ...r, weights: { kind: 'weighted' as const, weights: [{ partyId: IDS.lead, weight: 3 }] } }
        : r,
    );
    const items = checkCompleteness({ ...a, governance: { ...a.governance, decisionRules: rules } });
    expect(items.map((m) => m.code)).toEqual([
      'governance.weight_missing',
      'governance.weight_missing',
      'governance.weight_missing',
    ]);
  });

  it('checks that improved-Shapley factor weights sum to one', () => {
    const a = completeAgreement('xiamen');
    const s = a.revenue.sharing;
    if (s?.method !== 'improved-shapley') throw new Error('Xiamen template uses improved Shapley');
    const broken = { ...a, revenue: { ...a.revenue, sharing: { ...s, factors: s.factors.slice(1) } } };
    expect(checkCompleteness(broken).map((m) => m.code)).toEqual(['revenue.factor_weights_sum']);
  });
});
