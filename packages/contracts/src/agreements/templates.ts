import type { z } from 'zod';
import type { Agreement } from './agreement';
import { AgreementSchema } from './agreement';
import type { OwnershipRule, ResultType, TemplateKind } from './enums';
import { RESULT_TYPES } from './enums';
import type { ChiefScientistSchema, ExpertCommitteeSchema } from './governance';
import type { BackgroundDeclarationSchema } from './ip';
import type { Party } from './party';
import type { Revenue } from './revenue';
import { templateGovernance } from './template-rules';
import type { DisputeForumSchema, FundingCommitment } from './terms';

/** What a template needs to know about the consortium; everything else has a default. */
export interface TemplateInput {
  consortium: Agreement['consortium'];
  parties: Party[];
  goals?: Agreement['goals'];
  tasks?: Agreement['tasks'];
  commitments?: FundingCommitment[];
  background?: z.infer<typeof BackgroundDeclarationSchema>[];
  chiefScientist?: z.infer<typeof ChiefScientistSchema>;
  experts?: z.infer<typeof ExpertCommitteeSchema>['members'];
  disputeForum?: z.infer<typeof DisputeForumSchema>;
  term?: { startsOn?: string; endsOn?: string };
}

// Chinese default (民法典 art. 860): results of joint development belong to the developers jointly.
const XIAMEN_OWNERSHIP: Record<ResultType, OwnershipRule> = {
  invention_patent: 'joint_by_contribution',
  utility_model: 'joint_by_contribution',
  design_patent: 'joint_by_contribution',
  software_copyright: 'joint_by_contribution',
  ic_layout: 'joint_by_contribution',
  standard: 'common_pool',
  paper: 'sole_creator',
  new_product: 'joint_by_contribution',
  prototype: 'joint_by_contribution',
  award: 'sole_creator',
  technical_secret: 'joint_by_contribution',
};

const XIAMEN_REVENUE: Revenue = {
  sharing: {
    method: 'improved-shapley',
    categoryWeights: [
      { category: 'cash', weight: '1/2' },
      { category: 'person_months', weight: '1/2' },
    ],
    factors: [
      { name: 'risk', label: '风险承担', weight: '2/5' },
      { name: 'investment', label: '资源投入', weight: '2/5' },
      { name: 'innovation', label: '创新贡献', weight: '1/5' },
    ],
    factorWeightsBy: 'agreed',
  },
  inventorReward: { mode: 'statutory' },
  settlementDays: 60,
};

const DESCA_REVENUE: Revenue = {
  sharing: {
    method: 'proportional',
    basis: 'contributions',
    categoryWeights: [
      { category: 'cash', weight: '1/2' },
      { category: 'person_months', weight: '1/2' },
    ],
  },
  inventorReward: { mode: 'statutory' },
  settlementDays: 90,
};

const FUNDS_RULES = {
  zh: '联合体经费实行预算管理，专款专用，单独核算；预算调整按本协议的表决规则决定；秘书处每半年向决策机构报告经费使用情况',
  en: 'consortium funds are budgeted, earmarked and separately accounted for; budget changes are decided under the voting rules of this Agreement; the Secretariat reports on spending to the decision body every six months',
};

/**
 * Drafts an agreement from the Xiamen-style 组建协议 or the DESCA-style template. The lead
 * party chairs, hosts the secretariat and bears external liability. Throws a ZodError when
 * the input itself is invalid (e.g. a task names an organisation that is not a party).
 */
export function createFromTemplate(kind: TemplateKind, input: TemplateInput): Agreement {
  const lead = input.parties.find((p) => p.role === 'lead')?.organisationId;
  const core = input.parties.filter((p) => p.role === 'core').map((p) => p.organisationId);
  const desca = kind === 'desca';
  const draft: Agreement = {
    schemaVersion: 1,
    template: kind,
    consortium: input.consortium,
    parties: input.parties,
    goals: input.goals ?? [],
    tasks: input.tasks ?? [],
    governance: {
      ...templateGovernance(kind, lead, core),
      expertCommittee: { members: input.experts ?? [] },
      ...(input.chiefScientist ? { chiefScientist: input.chiefScientist } : {}),
    },
    funding: { commitments: input.commitments ?? [], managementRules: FUNDS_RULES },
    ip: {
      background: input.background ?? [],
      ownership: RESULT_TYPES.map((resultType) => ({
        resultType,
        rule: desca ? 'sole_creator' : XIAMEN_OWNERSHIP[resultType],
      })),
      jointOwnership: 'notice_and_fair_compensation',
      jointExploitationNoticeDays: desca ? 45 : 30,
      accessRights: {
        forWork: 'royalty_free',
        resultsForExploitation: 'fair_and_reasonable',
        backgroundForExploitation: 'fair_and_reasonable',
        requestWindowMonths: 12,
      },
      publication: desca
        ? { noticeDays: 45, objectionDays: 30, maxDelayDays: 90 }
        : { noticeDays: 30, objectionDays: 15, maxDelayDays: 90 },
    },
    revenue: desca ? DESCA_REVENUE : XIAMEN_REVENUE,
    admission: {
      conditions: {
        zh: '认同本协议，并具备与联合体任务相关的研发能力或产业化条件的独立法人',
        en: "an independent legal person that accepts this Agreement and has R&D or industrial capabilities relevant to the Consortium's tasks",
      },
      accessToEarlierResults: 'as_background',
    },
    exit: desca
      ? {
          noticeDays: 90,
          requiresApproval: true,
          keepsAccessToResultsUntilExit: true,
          continuesGrantingAccess: true,
          unspentFunds: 'kept_for_accepted_work',
        }
      : {
          noticeDays: 90,
          requiresApproval: false,
          keepsAccessToResultsUntilExit: true,
          continuesGrantingAccess: true,
          unspentFunds: 'returned_to_lead',
        },
    breach: { remedyDays: 30, recoverFunding: true, contributedFundsRefunded: false, licencesSurvive: true },
    confidentiality: { termYears: desca ? 4 : 5 },
    ...(lead !== undefined ? { externalLiabilityPartyId: lead } : {}),
    dispute: {
      negotiationDays: desca ? 60 : 30,
      ...(input.disputeForum
        ? { forum: input.disputeForum }
        : desca
          ? {}
          : { forum: { kind: 'arbitration', commission: '厦门仲裁委员会' } }),
    },
    term: {
      ...input.term,
      dissolutionTriggers: desca
        ? ['term_expiry', 'council_decision']
        : ['term_expiry', 'goals_achieved', 'council_decision', 'approval_revoked'],
      liquidation: {
        zh: '由决策机构组成清算组，清理联合体的财产和债权债务；剩余财产按各成员单位的资金投入比例返还',
        en: "the decision body appoints a liquidation group to settle the Consortium's assets and debts; remaining assets are returned in proportion to the Parties' cash contributions",
      },
    },
  };
  return AgreementSchema.parse(draft);
}
