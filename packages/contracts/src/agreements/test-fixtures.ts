// Test data for the agreement tests: the source article's metaverse consortium, shortened.
import { makeExampleUscc } from '../identifiers/uscc';
import type { Agreement } from './agreement';
import type { TemplateKind } from './enums';
import type { Party } from './party';
import { createFromTemplate } from './templates';
import type { TemplateInput } from './templates';

/** Fixed party ids of the fixture. */
export const IDS = {
  lead: '00000000-0000-4000-8000-000000000001',
  zju: '00000000-0000-4000-8000-000000000002',
  tju: '00000000-0000-4000-8000-000000000003',
  jmu: '00000000-0000-4000-8000-000000000004',
} as const;

function party(id: string, zh: string, en: string, role: Party['role'], n: number): Party {
  return {
    organisationId: id,
    legalName: { zh, en },
    creditCode: makeExampleUscc('350200', n),
    domicile: { zh: `厦门市示例路${n}号`, en: `${n} Example Road, Xiamen` },
    legalRepresentative: `代表${n}`,
    role,
  };
}

/** Four complete parties: the lead enterprise and three universities. */
export const PARTIES: Party[] = [
  party(IDS.lead, '厦门盈趣科技股份有限公司', 'Xiamen Intretech Inc.', 'lead', 1),
  party(IDS.zju, '浙江大学', 'Zhejiang University', 'core', 2),
  party(IDS.tju, '天津大学', 'Tianjin University', 'member', 3),
  party(IDS.jmu, '集美大学', 'Jimei University', 'supporting', 4),
];

/** Everything a template needs to produce a complete agreement. */
export function completeInput(): TemplateInput {
  return {
    consortium: {
      name: {
        zh: '元宇宙支撑技术与场景驱动创新联合体',
        en: 'Metaverse Enabling Technologies Innovation Consortium',
      },
      field: { zh: '工业元宇宙', en: 'industrial metaverse' },
      purpose: {
        zh: '攻克工业元宇宙场景关键技术',
        en: 'to solve key technologies of industrial metaverse scenarios',
      },
    },
    parties: PARTIES,
    goals: [
      {
        title: { zh: 'AI数字人实时生成', en: 'real-time AI digital humans' },
        indicators: [{ zh: '毫秒级生成数字化身', en: 'avatars generated within milliseconds' }],
        trl: { start: 3, target: 7 },
      },
      {
        title: { zh: '工业场景落地应用', en: 'industrial applications' },
        indicators: [{ zh: '在厦门落地应用3项', en: 'three applications deployed in Xiamen' }],
      },
    ],
    tasks: [
      {
        title: { zh: '数字人生成引擎', en: 'digital-human engine' },
        leadPartyId: IDS.lead,
        participantPartyIds: [IDS.zju, IDS.tju, IDS.jmu],
        goalIndex: 0,
        deliverables: [{ zh: '生成引擎样机', en: 'engine prototype' }],
      },
    ],
    commitments: PARTIES.map((p, i) => ({
      partyId: p.organisationId,
      cashYuan: `${(i + 1) * 1000000}.00`,
      inKind: [],
      personMonths: `${(i + 1) * 12}`,
    })),
    background: PARTIES.map((p) => ({ partyId: p.organisationId, items: [], exclusions: [] })),
    chiefScientist: {
      name: '陈建成',
      affiliationPartyId: IDS.lead,
      technicalDecisionRights: {
        zh: '技术路线选择和关键技术问题的裁决',
        en: 'choice of technical route and rulings on key technical questions',
      },
    },
    disputeForum: { kind: 'arbitration', commission: '厦门仲裁委员会' },
    term: { startsOn: '2026-01-01', endsOn: '2028-12-31' },
  };
}

/** A complete agreement from the given template. */
export function completeAgreement(kind: TemplateKind = 'desca'): Agreement {
  return createFromTemplate(kind, completeInput());
}

/** A complete agreement that also fills every optional field, so that rendering tests see every datum. */
export function richAgreement(): Agreement {
  const a = completeAgreement('desca');
  const g = a.governance;
  return {
    ...a,
    consortium: { ...a.consortium, consortiumId: '00000000-0000-4000-8000-0000000000c1' },
    parties: a.parties.map((p, i) => ({
      ...p,
      tier: i === 0 ? 'core' : 'close',
      authorisedSigner: { name: `签字人${i + 1}`, title: '副总经理' },
    })),
    tasks: a.tasks.map((t) => ({ ...t, taskId: '00000000-0000-4000-8000-0000000000d1' })),
    governance: {
      ...g,
      decisionBody: { ...g.decisionBody, termYears: 3 },
      expertCommittee: {
        members: [{ name: '王专家', affiliation: '厦门大学' }, { name: '李专家' }],
        chairName: '王专家',
      },
      decisionRules: g.decisionRules.map((r) =>
        r.type === 'budget_change' && r.procedure === 'vote'
          ? {
              ...r,
              weights: {
                kind: 'weighted',
                weights: PARTIES.map((p, i) => ({ partyId: p.organisationId, weight: 4 - i })),
              },
            }
          : r,
      ),
      vetoRights: [...g.vetoRights, { holders: [IDS.lead], decisionTypes: ['technical'], windowDays: 10 }],
    },
    funding: {
      ...a.funding,
      commitments: a.funding.commitments.map((c, i) =>
        i === 0
          ? {
              ...c,
              inKind: [
                {
                  description: { zh: '工业元宇宙测试平台', en: 'industrial metaverse test bed' },
                  valueYuan: '500000.00',
                },
              ],
            }
          : c,
      ),
    },
    ip: {
      ...a.ip,
      background: a.ip.background.map((b, i) =>
        i === 0
          ? {
              ...b,
              items: [
                {
                  title: { zh: '数字人建模专利', en: 'digital-human modelling patent' },
                  identifier: 'CN201210213176.6',
                  restrictions: { zh: '仅限研发使用', en: 'research use only' },
                },
              ],
              exclusions: [{ zh: '消费电子业务相关技术', en: 'consumer electronics technology' }],
            }
          : b,
      ),
    },
    revenue: {
      ...a.revenue,
      sharing: {
        method: 'fixed',
        shares: PARTIES.map((p, i) => ({
          partyId: p.organisationId,
          share: ['2/5', '3/10', '1/5', '1/10'][i] ?? '0',
        })),
      },
      inventorReward: { mode: 'share', share: '1/2' },
    },
    breach: {
      ...(a.breach ?? {
        remedyDays: 30,
        recoverFunding: true,
        contributedFundsRefunded: false,
        licencesSurvive: true,
      }),
      compensation: { zh: '赔偿由此造成的损失', en: 'compensate the resulting losses' },
    },
  };
}
