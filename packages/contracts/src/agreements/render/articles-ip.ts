import { RESULT_TYPES } from '../enums';
import {
  ACCESS_TERMS_LABELS,
  JOINT_OWNERSHIP_LABELS,
  OWNERSHIP_RULE_LABELS,
  RESULT_TYPE_LABELS,
} from '../labels';
import type { Bilingual } from '../labels';
import { bi, BLANK, join, loc, yuan } from './format';
import type { ArticleBuilder, ClauseSource } from './types';

/** 经费投入与管理 / Funding. */
export const fundingArticle: ArticleBuilder = (a, c) => {
  const order = new Map(a.parties.map((p, i) => [p.organisationId, i]));
  const commitments = [...a.funding.commitments].sort(
    (x, y) => (order.get(x.partyId) ?? 0) - (order.get(y.partyId) ?? 0),
  );
  const clauses: ClauseSource[] = commitments.map((f) => {
    const p = c.party(f.partyId);
    const cash = yuan(f.cashYuan);
    return {
      key: `funding.commitment.${f.partyId}`,
      text: bi(
        `${p.zh}承诺投入资金${cash.zh}、人力${f.personMonths}人月${f.inKind.length > 0 ? '，并投入以下实物或条件：' : '。'}`,
        `${p.en} commits cash of ${cash.en} and ${f.personMonths} person-months of staff${f.inKind.length > 0 ? ', and the following in kind:' : '.'}`,
      ),
      items: f.inKind.map((k) => {
        const d = loc(k.description);
        const v = yuan(k.valueYuan);
        return bi(`${d.zh}，作价${v.zh}`, `${d.en}, valued at ${v.en}`);
      }),
    };
  });
  const rules = a.funding.managementRules ? loc(a.funding.managementRules) : BLANK;
  clauses.push({
    key: 'funding.rules',
    text: bi(
      `联合体经费按以下制度管理：${rules.zh}。政府资助经费按资助方的规定使用，并接受审计和监督。`,
      `Consortium funds are managed as follows: ${rules.en}. Government funding is used under the funder's rules and is subject to audit.`,
    ),
  });
  return { key: 'funding', title: bi('经费投入与管理', 'Funding'), clauses };
};

/** 背景知识产权 / Background. */
export const backgroundArticle: ArticleBuilder = (a, c) => {
  const order = new Map(a.parties.map((p, i) => [p.organisationId, i]));
  const decls = [...a.ip.background].sort(
    (x, y) => (order.get(x.partyId) ?? 0) - (order.get(y.partyId) ?? 0),
  );
  const clauses: ClauseSource[] = [
    {
      key: 'background.general',
      text: bi(
        '背景知识产权仍归原权利人所有。只有本条列明的背景知识产权适用使用权的约定；未经权利人许可，任何成员单位不得将他人投入的知识产权用于联合体任务之外。',
        "Background remains with its owner. Only the Background listed in this Article is subject to access rights; no Party may use Background contributed by another outside the Consortium's tasks without the owner's permission.",
      ),
    },
  ];
  for (const d of decls) {
    const p = c.party(d.partyId);
    const items: Bilingual[] = d.items.map((it) => {
      const t = loc(it.title);
      const id = it.identifier ? bi(`（${it.identifier}）`, ` (${it.identifier})`) : bi('', '');
      const r = it.restrictions ? loc(it.restrictions) : undefined;
      return bi(
        `${t.zh}${id.zh}${r ? `，限制条件：${r.zh}` : ''}`,
        `${t.en}${id.en}${r ? `; restrictions: ${r.en}` : ''}`,
      );
    });
    const ex = d.exclusions.map(loc);
    const exText = ex.length > 0 ? join(ex, '；', '; ') : undefined;
    const head =
      d.items.length > 0
        ? bi(`${p.zh}列明的背景知识产权如下：`, `${p.en} lists the following Background:`)
        : bi(`${p.zh}声明无列入本协议的背景知识产权。`, `${p.en} declares no Background.`);
    clauses.push({
      key: `background.party.${d.partyId}`,
      text: bi(
        `${head.zh}${exText ? `下列事项不属于其背景知识产权：${exText.zh}。` : ''}`,
        `${head.en}${exText ? ` The following is excluded: ${exText.en}.` : ''}`,
      ),
      items,
    });
  }
  return { key: 'background', title: bi('背景知识产权', 'Background'), clauses };
};

/** 新成果的归属与使用 / Results: ownership, access rights, publication. */
export const resultsArticle: ArticleBuilder = (a) => {
  const ip = a.ip;
  const clauses: ClauseSource[] = RESULT_TYPES.flatMap((t) =>
    ip.ownership.filter((o) => o.resultType === t),
  ).map((o) => {
    const t = RESULT_TYPE_LABELS[o.resultType];
    const r = OWNERSHIP_RULE_LABELS[o.rule];
    return {
      key: `results.ownership.${o.resultType}`,
      text: bi(`联合体任务中产生的${t.zh}，${r.zh}。`, `Results that are ${t.en} are ${r.en}.`),
    };
  });
  const j = JOINT_OWNERSHIP_LABELS[ip.jointOwnership];
  clauses.push({
    key: 'results.joint',
    text: bi(
      `共有成果的实施：${j.zh}；实施或许可前应至少提前${ip.jointExploitationNoticeDays}日书面告知其他共有方。`,
      `Joint results: ${j.en}; the other joint owners are told in writing at least ${ip.jointExploitationNoticeDays} days before exploitation or licensing.`,
    ),
  });
  const ar = ip.accessRights;
  const work = ACCESS_TERMS_LABELS[ar.forWork];
  const res = ACCESS_TERMS_LABELS[ar.resultsForExploitation];
  const bg = ACCESS_TERMS_LABELS[ar.backgroundForExploitation];
  clauses.push({
    key: 'results.access_work',
    text: bi(
      `为执行联合体任务所必需的，成员单位有权以${work.zh}方式使用其他成员单位的新成果和列明的背景知识产权。`,
      `Where needed to carry out the Consortium's tasks, each Party has access rights, ${work.en}, to the other Parties' Results and listed Background.`,
    ),
  });
  clauses.push({
    key: 'results.access_exploitation',
    text: bi(
      `为实施自身成果所必需的，成员单位有权以${res.zh}使用其他成员单位的新成果，以${bg.zh}使用其列明的背景知识产权。使用权为非独占的，不得转许可。上述请求可在本协议终止后${ar.requestWindowMonths}个月内提出，对退出的成员单位自其退出之日起计算。`,
      `Where needed to exploit its own Results, each Party has access rights to the other Parties' Results on ${res.en} and to their listed Background on ${bg.en}. Access rights are non-exclusive and cannot be sub-licensed. They may be requested up to ${ar.requestWindowMonths} months after this Agreement ends or, for a Party that leaves, after it leaves.`,
    ),
  });
  const pub = ip.publication;
  clauses.push({
    key: 'results.publication',
    text: bi(
      `成员单位拟公开发表涉及联合体成果的论文或其他资料的，应至少提前${pub.noticeDays}日通知其他成员单位。其他成员单位可在收到通知后${pub.objectionDays}日内书面提出附理由的异议；异议成立的，发表最长推迟${pub.maxDelayDays}日，期满后可以发表。`,
      `A Party planning to publish material on the Consortium's results notifies the other Parties at least ${pub.noticeDays} days in advance. Any other Party may object in writing with reasons within ${pub.objectionDays} days of the notice; a justified objection delays publication by at most ${pub.maxDelayDays} days, after which it may proceed.`,
    ),
  });
  return { key: 'results', title: bi('新成果的归属与使用', 'Results: ownership and use'), clauses };
};
