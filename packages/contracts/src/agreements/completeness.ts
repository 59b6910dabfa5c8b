import type { Agreement } from './agreement';
import type { DecisionType, ResultType } from './enums';
import { DECISION_TYPES, RESULT_TYPES } from './enums';
import type { FormStepId } from './form-steps';
import { stepForPath } from './form-steps';
import { DECISION_TYPE_LABELS, RESULT_TYPE_LABELS } from './labels';
import { getRatio } from './ratio';

/** A missing or inconsistent item of an agreement draft, with a stable code and where to fix it. */
export interface MissingItem {
  code: string;
  path: string;
  step: FormStepId;
  zh: string;
  en: string;
  partyId?: string;
  resultType?: ResultType;
  decisionType?: DecisionType;
}

type Extra = Pick<MissingItem, 'partyId' | 'resultType' | 'decisionType'>;

function sumsToOne(weights: readonly string[]): boolean {
  let num = 0n;
  let den = 1n;
  for (const w of weights) {
    const r = getRatio(w);
    num = num * r.den + r.num * den;
    den *= r.den;
  }
  return num === den;
}

/**
 * Names everything the agreement still lacks against the checklist of policy.md §5 (goals and
 * indicators, tasks per member, IP regime, revenue split, funding per member, bodies and voting
 * rules, confidentiality, admission and exit, breach, a single dispute forum, term and
 * dissolution, legal representatives, the external-liability unit). Empty when complete.
 */
export function checkCompleteness(a: Agreement): MissingItem[] {
  const out: MissingItem[] = [];
  const add = (code: string, path: string, zh: string, en: string, extra: Extra = {}): void => {
    out.push({ code, path, step: stepForPath(path), zh, en, ...extra });
  };
  const name = new Map(
    a.parties.map((p) => [p.organisationId, { zh: p.legalName.zh, en: p.legalName.en ?? p.legalName.zh }]),
  );
  const partyName = (id: string) => name.get(id) ?? { zh: id, en: id };

  if (!a.consortium.purpose)
    add(
      'consortium.purpose_missing',
      '/consortium/purpose',
      '未写明联合体的宗旨',
      "the consortium's purpose is missing",
    );
  if (a.parties.length < 2)
    add('parties.too_few', '/parties', '协议至少需要两个成员单位', 'an agreement needs at least two parties');
  if (!a.parties.some((p) => p.role === 'lead'))
    add('parties.lead_missing', '/parties', '未指定牵头单位', 'no party is the lead unit');
  a.parties.forEach((p, i) => {
    const n = partyName(p.organisationId);
    const extra = { partyId: p.organisationId };
    if (!p.creditCode)
      add(
        'party.credit_code_missing',
        `/parties/${i}/creditCode`,
        `${n.zh}缺少统一社会信用代码`,
        `${n.en} has no unified social credit code`,
        extra,
      );
    if (!p.legalRepresentative)
      add(
        'party.legal_representative_missing',
        `/parties/${i}/legalRepresentative`,
        `${n.zh}缺少法定代表人`,
        `${n.en} has no legal representative`,
        extra,
      );
    if (!p.domicile)
      add(
        'party.domicile_missing',
        `/parties/${i}/domicile`,
        `${n.zh}缺少住所`,
        `${n.en} has no domicile`,
        extra,
      );
  });

  if (a.goals.length === 0)
    add('goals.missing', '/goals', '未写明技术创新目标', 'no technical innovation goal');
  a.goals.forEach((g, i) => {
    if (g.indicators.length === 0)
      add(
        'goal.indicators_missing',
        `/goals/${i}/indicators`,
        `目标${i + 1}缺少考核指标`,
        `goal ${i + 1} has no indicators`,
      );
  });
  const tasked = new Set(a.tasks.flatMap((t) => [t.leadPartyId, ...t.participantPartyIds]));
  for (const p of a.parties) {
    const n = partyName(p.organisationId);
    if (!tasked.has(p.organisationId))
      add('tasks.party_without_task', '/tasks', `${n.zh}未分配任务`, `${n.en} has no task`, {
        partyId: p.organisationId,
      });
  }

  const g = a.governance;
  if (!g.secretariat)
    add('governance.secretariat_missing', '/governance/secretariat', '未设立秘书处', 'no secretariat');
  if (!g.expertCommittee)
    add(
      'governance.expert_committee_missing',
      '/governance/expertCommittee',
      '未设立专家委员会（咨询机构）',
      'no expert committee (advisory body)',
    );
  // Xiamen (2025) requires a chief scientist holding the technical decision rights.
  if (
    !g.chiefScientist &&
    (a.template === 'xiamen' || g.decisionRules.some((r) => r.procedure === 'chief_scientist'))
  )
    add(
      'governance.chief_scientist_missing',
      '/governance/chiefScientist',
      '未设首席科学家（厦门要求其享有技术决定权）',
      'no chief scientist (Xiamen requires one with technical decision rights)',
    );
  for (const t of DECISION_TYPES) {
    const r = g.decisionRules.find((x) => x.type === t);
    const l = DECISION_TYPE_LABELS[t];
    if (!r) {
      add(
        'governance.decision_rule_missing',
        '/governance/decisionRules',
        `未规定${l.zh}的表决规则`,
        `no decision rule for ${l.en}`,
        { decisionType: t },
      );
      continue;
    }
    if (r.procedure === 'vote' && r.weights.kind === 'weighted') {
      const listed = new Set(r.weights.weights.map((w) => w.partyId));
      const i = g.decisionRules.indexOf(r);
      for (const p of a.parties) {
        if (listed.has(p.organisationId)) continue;
        const n = partyName(p.organisationId);
        add(
          'governance.weight_missing',
          `/governance/decisionRules/${i}/weights`,
          `${l.zh}的表决权重未列明${n.zh}`,
          `the weights for ${l.en} do not list ${n.en}`,
          { decisionType: t, partyId: p.organisationId },
        );
      }
    }
  }

  const listed = new Set(a.funding.commitments.map((c) => c.partyId));
  for (const p of a.parties) {
    const n = partyName(p.organisationId);
    if (!listed.has(p.organisationId))
      add(
        'funding.commitment_missing',
        '/funding/commitments',
        `${n.zh}缺少投入承诺`,
        `${n.en} has no funding commitment`,
        { partyId: p.organisationId },
      );
  }
  if (!a.funding.managementRules)
    add(
      'funding.rules_missing',
      '/funding/managementRules',
      '未规定经费管理制度',
      'no funds-management rules',
    );

  const declared = new Set(a.ip.background.map((b) => b.partyId));
  for (const p of a.parties) {
    const n = partyName(p.organisationId);
    if (!declared.has(p.organisationId))
      add(
        'ip.background_missing',
        '/ip/background',
        `${n.zh}未申报背景知识产权（无则声明“无”）`,
        `${n.en} has not declared its background (declare none if none)`,
        { partyId: p.organisationId },
      );
  }
  for (const t of RESULT_TYPES) {
    if (a.ip.ownership.some((o) => o.resultType === t)) continue;
    const l = RESULT_TYPE_LABELS[t];
    add('ip.ownership_missing', '/ip/ownership', `未规定${l.zh}的归属`, `no ownership rule for ${l.en}`, {
      resultType: t,
    });
  }

  checkRevenue(a, add, partyName);

  if (!a.admission)
    add('admission.missing', '/admission', '未规定新成员加入的条件和程序', 'no admission clause');
  if (!a.exit) add('exit.missing', '/exit', '未规定成员退出的程序和后果', 'no exit clause');
  if (!a.breach) add('breach.missing', '/breach', '未规定违约责任和除名', 'no breach and expulsion clause');
  if (!a.confidentiality)
    add('confidentiality.missing', '/confidentiality', '未规定保密期限', 'no confidentiality term');
  if (!a.externalLiabilityPartyId)
    add(
      'liability.unit_missing',
      '/externalLiabilityPartyId',
      '未指定对外承担责任的主体单位',
      'no unit bears external liability',
    );
  if (!a.dispute.forum)
    add(
      'dispute.forum_missing',
      '/dispute/forum',
      '未选择争议解决方式（仲裁或诉讼，二者择一）',
      'no dispute forum (arbitration or litigation, one of them)',
    );
  if (!a.term.endsOn) add('term.end_missing', '/term/endsOn', '未规定协议期限', 'the term has no end date');
  if (a.term.dissolutionTriggers.length === 0)
    add('term.dissolution_missing', '/term/dissolutionTriggers', '未规定解散事由', 'no dissolution triggers');
  if (!a.term.liquidation)
    add(
      'term.liquidation_missing',
      '/term/liquidation',
      '未规定解散后的清算办法',
      'no winding-up arrangements',
    );
  return out;
}

type Add = (code: string, path: string, zh: string, en: string, extra?: Extra) => void;

function checkRevenue(a: Agreement, add: Add, partyName: (id: string) => { zh: string; en: string }): void {
  const s = a.revenue.sharing;
  if (!s) {
    add('revenue.method_missing', '/revenue/sharing', '未规定转化收益分配办法', 'no revenue-sharing method');
    return;
  }
  if ('categoryWeights' in s && !sumsToOne(s.categoryWeights.map((w) => w.weight)))
    add(
      'revenue.category_weights_sum',
      '/revenue/sharing/categoryWeights',
      '投入类别权重之和不等于1',
      'the contribution category weights do not sum to 1',
    );
  if (s.method === 'improved-shapley' && !sumsToOne(s.factors.map((f) => f.weight)))
    add(
      'revenue.factor_weights_sum',
      '/revenue/sharing/factors',
      '修正因子权重之和不等于1',
      'the correction factor weights do not sum to 1',
    );
  const perParty =
    s.method === 'fixed'
      ? s.shares
      : s.method === 'proportional' && s.basis === 'weights'
        ? s.weights
        : undefined;
  if (perParty) {
    const listed = new Set(perParty.map((x) => x.partyId));
    for (const p of a.parties) {
      const n = partyName(p.organisationId);
      if (!listed.has(p.organisationId))
        add(
          'revenue.party_missing',
          '/revenue/sharing',
          `收益分配办法未列明${n.zh}`,
          `the revenue-sharing method does not list ${n.en}`,
          { partyId: p.organisationId },
        );
    }
  }
  if (s.method === 'fixed' && !sumsToOne(s.shares.map((x) => x.share)))
    add(
      'revenue.shares_sum',
      '/revenue/sharing/shares',
      '固定分配比例之和不等于1',
      'the fixed shares do not sum to 1',
    );
}
