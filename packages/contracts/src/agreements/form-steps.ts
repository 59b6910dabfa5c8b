import type { Bilingual } from './labels';

/** Ids of the steps of the agreement form. */
export type FormStepId =
  | 'basics'
  | 'parties'
  | 'goals_tasks'
  | 'bodies'
  | 'decisions'
  | 'funding'
  | 'ip'
  | 'revenue'
  | 'membership'
  | 'legal'
  | 'review';

/** One step of the step-by-step agreement form: its title, help and the data it edits (JSON pointers). */
export interface FormStep {
  id: FormStepId;
  title: Bilingual;
  help: Bilingual;
  fields: string[];
}

/** The steps of the agreement form, in order; every field of the agreement belongs to exactly one step. */
export const AGREEMENT_FORM_STEPS: readonly FormStep[] = [
  {
    id: 'basics',
    title: { zh: '基本信息', en: 'Basics' },
    help: { zh: '联合体名称、技术领域、宗旨和协议期限', en: 'Consortium name, field, purpose and term' },
    fields: ['/template', '/consortium', '/term/startsOn', '/term/endsOn'],
  },
  {
    id: 'parties',
    title: { zh: '成员单位', en: 'Parties' },
    help: {
      zh: '各成员单位的名称、统一社会信用代码、住所、法定代表人和角色',
      en: "Each party's legal name, credit code, domicile, legal representative and role",
    },
    fields: ['/parties'],
  },
  {
    id: 'goals_tasks',
    title: { zh: '目标与任务分工', en: 'Goals and tasks' },
    help: {
      zh: '技术创新目标、考核指标和各成员单位的任务',
      en: "Technical goals, indicators and each party's tasks",
    },
    fields: ['/goals', '/tasks'],
  },
  {
    id: 'bodies',
    title: { zh: '组织机构', en: 'Bodies' },
    help: {
      zh: '决策机构、执行委员会、专家委员会、秘书处和首席科学家',
      en: 'Decision body, executive board, expert committee, secretariat and chief scientist',
    },
    fields: [
      '/governance/decisionBody',
      '/governance/executiveBoard',
      '/governance/expertCommittee',
      '/governance/secretariat',
      '/governance/chiefScientist',
    ],
  },
  {
    id: 'decisions',
    title: { zh: '会议与表决', en: 'Meetings and voting' },
    help: {
      zh: '通知期限、法定人数、多数要求、表决权重、否决权和书面表决',
      en: 'Notice, quorum, majorities, weights, vetoes and written procedure',
    },
    fields: [
      '/governance/meetings',
      '/governance/decisionRules',
      '/governance/vetoRights',
      '/governance/writtenProcedure',
      '/governance/tieBreak',
    ],
  },
  {
    id: 'funding',
    title: { zh: '经费投入', en: 'Funding' },
    help: {
      zh: '各成员单位的资金、实物和人力投入承诺及经费管理制度',
      en: "Each party's cash, in-kind and staff commitments and the funds rules",
    },
    fields: ['/funding'],
  },
  {
    id: 'ip',
    title: { zh: '知识产权', en: 'Intellectual property' },
    help: {
      zh: '背景知识产权、新成果归属、使用权和成果发表',
      en: 'Background, ownership of results, access rights and publication',
    },
    fields: ['/ip'],
  },
  {
    id: 'revenue',
    title: { zh: '收益分配', en: 'Revenue sharing' },
    help: {
      zh: '转化收益的分配方法及其参数、科技人员奖励',
      en: "How commercialisation income is shared, and the inventors' reward",
    },
    fields: ['/revenue'],
  },
  {
    id: 'membership',
    title: { zh: '加入、退出与违约', en: 'Admission, exit and breach' },
    help: {
      zh: '新成员加入、退出的通知与后果、违约和除名',
      en: 'Admission, notice and consequences of exit, breach and expulsion',
    },
    fields: ['/admission', '/exit', '/breach'],
  },
  {
    id: 'legal',
    title: { zh: '保密、责任与争议', en: 'Confidentiality, liability and disputes' },
    help: {
      zh: '保密期限、对外责任主体单位、争议解决方式和解散清算',
      en: 'Confidentiality term, external liability unit, dispute forum, dissolution',
    },
    fields: [
      '/confidentiality',
      '/externalLiabilityPartyId',
      '/dispute',
      '/term/dissolutionTriggers',
      '/term/liquidation',
    ],
  },
  {
    id: 'review',
    title: { zh: '检查与预览', en: 'Check and preview' },
    help: { zh: '完整性检查和协议文本预览', en: 'Completeness check and preview of the text' },
    fields: [],
  },
];

/** The form step that edits the given JSON pointer (the longest matching field prefix wins). */
export function stepForPath(path: string): FormStepId {
  let best: { id: FormStepId; length: number } = { id: 'review', length: -1 };
  for (const step of AGREEMENT_FORM_STEPS) {
    for (const f of step.fields) {
      const matches = path === f || path.startsWith(`${f}/`);
      if (matches && f.length > best.length) best = { id: step.id, length: f.length };
    }
  }
  return best.id;
}
