import { DISSOLUTION_TRIGGER_LABELS, PARTY_ROLE_LABELS } from '../labels';
import type { ClauseSource } from './types';
import type { ArticleBuilder } from './types';
import { bi, BLANK, dateText, join, loc, nameOf } from './format';

const TIERS = {
  core: bi('核心层', 'core layer'),
  close: bi('紧密合作层', 'close-cooperation layer'),
  general: bi('一般协作层', 'general-collaboration layer'),
};

/** 联合体名称与宗旨 / Name and purpose. */
export const generalArticle: ArticleBuilder = (a, c) => {
  const name = nameOf(a.consortium.name);
  const clauses: ClauseSource[] = [
    {
      key: 'general.name',
      text: bi(
        `各方同意组建“${a.consortium.name.zh}”${a.consortium.name.en ? `（英文名称：${a.consortium.name.en}）` : ''}（以下简称“联合体”）。`,
        `The Parties form the ${name.en} (the "Consortium").`,
      ),
    },
  ];
  if (a.consortium.field) {
    const f = loc(a.consortium.field);
    clauses.push({
      key: 'general.field',
      text: bi(`联合体的技术领域为：${f.zh}。`, `The Consortium works in the following field: ${f.en}.`),
    });
  }
  if (a.consortium.purpose) {
    const p = loc(a.consortium.purpose);
    clauses.push({
      key: 'general.purpose',
      text: bi(`联合体的宗旨是：${p.zh}。`, `The purpose of the Consortium is: ${p.en}.`),
    });
  }
  clauses.push({
    key: 'general.principles',
    text: bi(
      '联合体按照自愿和市场化原则组建，以共同利益为纽带，实行利益共享、风险共担。联合体不具有独立法人资格，各成员单位均为独立法人，依本协议享有权利、承担义务。',
      'The Consortium is formed voluntarily and on market principles, bound by common interests, sharing benefits and risks. It is not a legal person; each Party is an independent legal person with the rights and obligations set out in this Agreement.',
    ),
  });
  clauses.push({
    key: 'general.roles',
    text: bi('各方在联合体中的角色如下：', 'The Parties have the following roles in the Consortium:'),
    items: a.parties.map((p) => {
      const n = c.party(p.organisationId);
      const r = PARTY_ROLE_LABELS[p.role];
      const t = p.tier ? TIERS[p.tier] : undefined;
      return bi(`${n.zh}：${r.zh}${t ? `，属${t.zh}` : ''}`, `${n.en}: ${r.en}${t ? `, ${t.en}` : ''}`);
    }),
  });
  return { key: 'general', title: bi('联合体名称与宗旨', 'Name and purpose'), clauses };
};

/** 定义与期间 / Definitions and periods. */
export const definitionsArticle: ArticleBuilder = () => ({
  key: 'definitions',
  title: bi('定义与期间计算', 'Definitions and periods'),
  clauses: [
    {
      key: 'definitions.terms',
      text: bi(
        '“背景知识产权”指成员单位在加入联合体前已拥有或在联合体任务之外取得、并在本协议中列明的知识产权和技术；“新成果”指在执行联合体任务过程中产生的科技成果；“违约方”指经决策机构依本协议认定的违约成员单位。',
        '"Background" means intellectual property and know-how a Party held before joining or acquired outside the Consortium\'s tasks and listed in this Agreement; "Results" means results generated in carrying out the Consortium\'s tasks; "Defaulting Party" means a Party declared in default by the decision body under this Agreement.',
      ),
    },
    {
      key: 'definitions.periods',
      text: bi(
        '本协议所称“日”均指自然日；期间自相关通知发出、会议召开或纪要发出之时起计算，届满之时为期间最后一日的同一时刻。',
        '"Days" are calendar days; a period runs from the moment the relevant notice, meeting or minutes is sent or held and ends at the same time of day on its last day.',
      ),
    },
  ],
});

/** 技术创新目标 / Technical innovation goals. */
export const goalsArticle: ArticleBuilder = (a) => {
  if (a.goals.length === 0) return undefined;
  return {
    key: 'goals',
    title: bi('技术创新目标', 'Technical innovation goals'),
    clauses: a.goals.map((g, i) => {
      const t = loc(g.title);
      const trl = g.trl
        ? bi(
            `技术就绪度（TRL）由${g.trl.start}级提升至${g.trl.target}级。`,
            ` Technology readiness is to rise from TRL ${g.trl.start} to TRL ${g.trl.target}.`,
          )
        : bi('', '');
      const ind =
        g.indicators.length > 0
          ? bi('考核指标如下：', ' Its indicators are:')
          : bi('考核指标另行约定。', ' Its indicators are to be agreed.');
      return {
        key: `goals.${i}`,
        text: bi(`目标${i + 1}：${t.zh}。${trl.zh}${ind.zh}`, `Goal ${i + 1}: ${t.en}.${trl.en}${ind.en}`),
        items: g.indicators.map(loc),
      };
    }),
  };
};

/** 任务分工 / Task division. */
export const tasksArticle: ArticleBuilder = (a, c) => {
  if (a.tasks.length === 0) return undefined;
  return {
    key: 'tasks',
    title: bi('任务分工', 'Task division'),
    clauses: a.tasks.map((t, i) => {
      const title = loc(t.title);
      const lead = c.party(t.leadPartyId);
      const parts = join(t.participantPartyIds.map((id) => c.party(id)));
      const goal =
        t.goalIndex === undefined
          ? bi('', '')
          : bi(`，服务于目标${t.goalIndex + 1}`, `, serving Goal ${t.goalIndex + 1}`);
      const withParts =
        t.participantPartyIds.length > 0
          ? bi(`，${parts.zh}参与`, `, with ${parts.en} participating`)
          : bi('', '');
      const deliver = t.deliverables.length > 0 ? bi('交付成果如下：', ' Deliverables:') : bi('', '');
      return {
        key: `tasks.${i}`,
        text: bi(
          `任务${i + 1}“${title.zh}”由${lead.zh}牵头${withParts.zh}${goal.zh}。${deliver.zh}`,
          `Task ${i + 1} "${title.en}" is led by ${lead.en}${withParts.en}${goal.en}.${deliver.en}`,
        ),
        items: t.deliverables.map(loc),
      };
    }),
  };
};

/** 期限与解散 / Term and dissolution. */
export const termArticle: ArticleBuilder = (a) => {
  const t = a.term;
  const start = t.startsOn
    ? dateText(t.startsOn)
    : bi('全体成员单位的授权签字人签署之日', "the date on which the last Party's authorised signer signs");
  const end = t.endsOn ? dateText(t.endsOn) : undefined;
  const clauses: ClauseSource[] = [
    {
      key: 'term.period',
      text: bi(
        `本协议自${start.zh}起生效${end ? `，至${end.zh}终止` : ''}。`,
        `This Agreement takes effect on ${start.en}${end ? ` and ends on ${end.en}` : ''}.`,
      ),
    },
  ];
  if (t.dissolutionTriggers.length > 0) {
    clauses.push({
      key: 'term.dissolution',
      text: bi(
        '有下列情形之一的，联合体解散，本协议终止：',
        'The Consortium is dissolved and this Agreement ends if:',
      ),
      items: t.dissolutionTriggers.map((x) => DISSOLUTION_TRIGGER_LABELS[x]),
    });
  }
  const liq = t.liquidation ? loc(t.liquidation) : BLANK;
  clauses.push({
    key: 'term.liquidation',
    text: bi(
      `联合体解散的，按以下方式清算：${liq.zh}。`,
      `On dissolution the Consortium is wound up as follows: ${liq.en}.`,
    ),
  });
  return { key: 'term', title: bi('期限、解散与清算', 'Term, dissolution and winding up'), clauses };
};
