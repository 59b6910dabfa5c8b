import type {
  AccessTerms,
  ContributionCategory,
  DecisionType,
  DissolutionTrigger,
  JointOwnership,
  MajorityBase,
  OwnershipRule,
  PartyRole,
  ResultType,
  UnspentFunds,
} from './enums';

/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Labels of party roles. */
export const PARTY_ROLE_LABELS: Record<PartyRole, Bilingual> = {
  lead: { zh: '牵头单位', en: 'lead unit' },
  core: { zh: '核心成员单位', en: 'core member' },
  member: { zh: '成员单位', en: 'member' },
  supporting: { zh: '支撑单位', en: 'supporting unit' },
};

/** Labels of bodies. */
export const BODY_LABELS: Record<
  'council' | 'general_assembly' | 'executive_board' | 'chief_scientist',
  Bilingual
> = {
  council: { zh: '理事会', en: 'Council' },
  general_assembly: { zh: '全体成员大会', en: 'General Assembly' },
  executive_board: { zh: '执行委员会', en: 'Executive Board' },
  chief_scientist: { zh: '首席科学家', en: 'Chief Scientist' },
};

/** Labels of decision types. */
export const DECISION_TYPE_LABELS: Record<DecisionType, Bilingual> = {
  ordinary: { zh: '一般事项', en: 'ordinary matters' },
  budget_change: { zh: '预算调整', en: 'budget changes' },
  amendment: { zh: '本协议的修订', en: 'amendments to this Agreement' },
  admission: { zh: '新成员加入', en: 'admission of new parties' },
  exit: { zh: '成员退出', en: 'withdrawal of a party' },
  defaulting: { zh: '认定违约方', en: 'declaring a party in default' },
  expulsion: { zh: '除名', en: 'expulsion of a defaulting party' },
  technical: { zh: '技术事项', en: 'technical matters' },
  distribution_change: { zh: '收益分配办法的变更', en: 'changes to the revenue-sharing method' },
  dissolution: { zh: '联合体解散', en: 'dissolution of the consortium' },
};

/** Labels of majority bases. */
export const MAJORITY_BASE_LABELS: Record<MajorityBase, Bilingual> = {
  votes_cast: {
    zh: '所投赞成票与反对票之和（弃权不计入）',
    en: 'of the votes cast (abstentions not counted)',
  },
  present: { zh: '出席会议的有表决权成员（含委托代理）', en: 'of the voting members present or represented' },
  all_members: { zh: '全体有表决权成员', en: 'of all voting members' },
};

/** Labels of result types. */
export const RESULT_TYPE_LABELS: Record<ResultType, Bilingual> = {
  invention_patent: { zh: '发明专利', en: 'invention patents' },
  utility_model: { zh: '实用新型专利', en: 'utility models' },
  design_patent: { zh: '外观设计专利', en: 'design patents' },
  software_copyright: { zh: '软件著作权', en: 'software copyrights' },
  ic_layout: { zh: '集成电路布图设计', en: 'integrated circuit layout designs' },
  standard: { zh: '标准', en: 'standards' },
  paper: { zh: '论文', en: 'papers' },
  new_product: { zh: '新产品、新工艺、新材料', en: 'new products, processes and materials' },
  prototype: { zh: '样机', en: 'prototypes' },
  award: { zh: '科技奖励', en: 'awards' },
  technical_secret: { zh: '技术秘密', en: 'technical secrets' },
};

/** Labels of ownership rules. */
export const OWNERSHIP_RULE_LABELS: Record<OwnershipRule, Bilingual> = {
  sole_creator: {
    zh: '归完成该成果的成员单位所有；由多个成员单位共同完成的，由完成各方共有',
    en: 'owned by the party that generated them, or jointly by the parties that generated them together',
  },
  joint_by_contribution: {
    zh: '由参与完成的成员单位按贡献比例共有',
    en: 'owned jointly by the parties that generated them, in proportion to their contributions',
  },
  lead_with_licence_back: {
    zh: '归牵头单位所有，并向参与完成的成员单位授予免费的非独占实施许可',
    en: 'owned by the lead unit, with a royalty-free non-exclusive licence back to the contributing parties',
  },
  common_pool: {
    zh: '归全体成员单位共有，纳入联合体成果池统一管理',
    en: 'owned by all parties in common, managed in the consortium pool',
  },
};

/** Labels of access terms. */
export const ACCESS_TERMS_LABELS: Record<AccessTerms, Bilingual> = {
  royalty_free: { zh: '免费', en: 'royalty-free' },
  fair_and_reasonable: { zh: '公平合理的条件', en: 'fair and reasonable conditions' },
};

/** Labels of joint-ownership regimes. */
export const JOINT_OWNERSHIP_LABELS: Record<JointOwnership, Bilingual> = {
  notice_and_fair_compensation: {
    zh: '各共有方可自行实施或以普通许可方式许可他人实施（不得转许可），但应提前通知其他共有方并给予公平合理的补偿',
    en: 'each joint owner may exploit and grant non-exclusive licences (without the right to sub-license) after notice to the other joint owners and against fair and reasonable compensation',
  },
  free_exploitation: {
    zh: '各共有方可自行实施或以普通许可方式许可他人实施，无需其他共有方同意，亦无需补偿',
    en: 'each joint owner may exploit and grant non-exclusive licences without the consent of, or compensation to, the other joint owners',
  },
};

/** Labels of contribution categories. */
export const CONTRIBUTION_CATEGORY_LABELS: Record<ContributionCategory, Bilingual> = {
  cash: { zh: '资金投入', en: 'cash' },
  person_months: { zh: '人力投入（人月）', en: 'staff (person-months)' },
  equipment: { zh: '设备投入', en: 'equipment' },
  background_ip: { zh: '背景知识产权', en: 'background IP' },
  data: { zh: '数据', en: 'data' },
};

/** Labels of what happens to a leaver's unspent funds. */
export const UNSPENT_FUNDS_LABELS: Record<UnspentFunds, Bilingual> = {
  returned_to_lead: { zh: '退回牵头单位统一管理', en: 'returned to the lead unit' },
  returned_to_pool: { zh: '退回联合体共同经费', en: 'returned to the consortium pool' },
  returned_to_funder: { zh: '按规定退回资助方', en: 'returned to the funder as its rules require' },
  kept_for_accepted_work: {
    zh: '已验收工作对应部分予以保留，其余退回牵头单位',
    en: 'kept for accepted work, the rest returned to the lead unit',
  },
};

/** Labels of dissolution triggers. */
export const DISSOLUTION_TRIGGER_LABELS: Record<DissolutionTrigger, Bilingual> = {
  term_expiry: { zh: '协议期限届满', en: 'the term expires' },
  goals_achieved: { zh: '技术创新目标全部实现', en: 'all technical goals are achieved' },
  council_decision: {
    zh: '决策机构依本协议作出解散决议',
    en: 'the decision body resolves to dissolve under this Agreement',
  },
  approval_revoked: {
    zh: '联合体备案或认定被主管部门撤销',
    en: "the authority revokes the consortium's filing or recognition",
  },
  too_few_members: {
    zh: '成员单位数量低于主管部门规定的最低数量',
    en: "the number of parties falls below the authority's minimum",
  },
};

/** The correction factors the templates name, in both languages (an agreement's own label is free text). */
export const FACTOR_LABELS: Record<string, Bilingual> = {
  risk: { zh: '风险承担', en: 'risk borne' },
  investment: { zh: '资源投入', en: 'resources invested' },
  innovation: { zh: '创新贡献', en: 'innovation contribution' },
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A correction factor's label in both languages. Chinese: the agreement's own label. English: that
 * label when it is written without Chinese characters, else the standard label of a factor the
 * templates name, else the factor's identifier (lower-case ASCII, so always readable in English).
 */
export function factorLabels(f: { name: string; label: string }): Bilingual {
  const known = Object.hasOwn(FACTOR_LABELS, f.name) ? FACTOR_LABELS[f.name] : undefined;
  const en = !CJK.test(f.label) ? f.label : (known?.en ?? f.name.replaceAll('_', ' '));
  return { zh: f.label, en };
}
