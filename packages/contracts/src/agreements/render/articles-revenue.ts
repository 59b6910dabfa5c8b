import { CONTRIBUTION_CATEGORY_LABELS, factorLabels } from '../labels';
import type { Bilingual } from '../labels';
import type { RevenueSharing } from '../revenue';
import { bi, join, ratioText } from './format';
import type { ArticleBuilder, ClauseSource, RenderContext } from './types';

type WithCategories = Extract<RevenueSharing, { categoryWeights: unknown }>;

function categories(s: WithCategories): Bilingual {
  return join(
    s.categoryWeights.map((w) => {
      const l = CONTRIBUTION_CATEGORY_LABELS[w.category];
      const r = ratioText(w.weight);
      return bi(`${l.zh}${r.zh}`, `${l.en} ${r.en}`);
    }),
  );
}

function gameBasis(s: WithCategories): Bilingual {
  const c = categories(s);
  return bi(
    `，合作博弈的特征函数依据平台记录的各成员单位投入，按以下类别权重折算：${c.zh}`,
    `, the characteristic function being built from the contributions recorded on the platform, weighted by category as follows: ${c.en}`,
  );
}

function methodText(s: RevenueSharing, c: RenderContext): Bilingual {
  switch (s.method) {
    case 'equal':
      return bi('由各成员单位平均分配', 'shared equally among the Parties');
    case 'fixed': {
      const x = join(
        s.shares.map((v) => {
          const p = c.party(v.partyId);
          const r = ratioText(v.share);
          return bi(`${p.zh}${r.zh}`, `${p.en} ${r.en}`);
        }),
      );
      return bi(`按以下固定比例分配：${x.zh}`, `shared in the following fixed proportions: ${x.en}`);
    }
    case 'proportional': {
      if (s.basis === 'weights') {
        const x = join(
          s.weights.map((v) => {
            const p = c.party(v.partyId);
            return bi(`${p.zh}${v.weight}`, `${p.en} ${v.weight}`);
          }),
        );
        return bi(`按以下权重的比例分配：${x.zh}`, `shared in proportion to the following weights: ${x.en}`);
      }
      const k = categories(s);
      return bi(
        `按平台记录的各成员单位投入的比例分配，投入按以下类别权重折算：${k.zh}`,
        `shared in proportion to the contributions recorded on the platform, weighted by category as follows: ${k.en}`,
      );
    }
    case 'shapley': {
      const g = gameBasis(s);
      return bi(`按沙普利值（Shapley value）分配${g.zh}`, `shared by the Shapley value${g.en}`);
    }
    case 'improved-shapley': {
      const g = gameBasis(s);
      const f = join(
        s.factors.map((x) => {
          const r = ratioText(x.weight);
          const l = factorLabels(x);
          // The agreed label stays in the English too (it is part of the agreement), after its meaning.
          const en = l.en === x.label ? x.label : `${l.en} / ${x.label}`;
          return bi(`${x.label}（${x.name}）${r.zh}`, `${en} (${x.name}) ${r.en}`);
        }),
      );
      const by =
        s.factorWeightsBy === 'ahp'
          ? bi('层次分析法（AHP）', 'the analytic hierarchy process (AHP)')
          : bi('各方协商', 'agreement of the Parties');
      return bi(
        `按修正的沙普利值分配${g.zh}；修正因子及其权重为：${f.zh}，因子权重由${by.zh}确定`,
        `shared by the improved Shapley value${g.en}; the correction factors and their weights are: ${f.en}, the factor weights being set by ${by.en}`,
      );
    }
    case 'nucleolus': {
      const g = gameBasis(s);
      return bi(`按核仁（nucleolus）分配${g.zh}`, `shared by the nucleolus${g.en}`);
    }
    case 'mcrs': {
      const g = gameBasis(s);
      return bi(
        `按最小核心剩余法（MCRS）分配${g.zh}`,
        `shared by the minimal core remainder method (MCRS)${g.en}`,
      );
    }
  }
}

/** 转化收益分配 / Sharing of commercialisation revenue. */
export const revenueArticle: ArticleBuilder = (a, c) => {
  const r = a.revenue;
  const clauses: ClauseSource[] = [];
  if (r.sharing) {
    const m = methodText(r.sharing, c);
    clauses.push({
      key: 'revenue.method',
      text: bi(
        `联合体成果转化取得的净收入（收入扣除可扣除成本后的余额），${m.zh}。`,
        `Net income from commercialising the Consortium's results (income less deductible costs) is ${m.en}.`,
      ),
    });
  }
  const inv =
    r.inventorReward.mode === 'statutory'
      ? bi(
          '依照《中华人民共和国促进科技成果转化法》第四十五条的规定',
          'as provided by Article 45 of the Law on Promoting the Transformation of Scientific and Technological Achievements',
        )
      : (() => {
          const s = ratioText(r.inventorReward.share);
          return bi(`按净收入的${s.zh}`, `at ${s.en} of net income`);
        })();
  clauses.push({
    key: 'revenue.inventors',
    text: bi(
      `分配前，应${inv.zh}提取对完成、转化成果作出重要贡献人员的奖励和报酬。`,
      `Before sharing, the reward of the people who made and commercialised the results is set aside ${inv.en}.`,
    ),
  });
  clauses.push({
    key: 'revenue.settlement',
    text: bi(
      `净收入应在到账后${r.settlementDays}日内分配完毕，分配金额精确到分，各成员单位所得之和等于可分配净收入；分配明细及其计算依据通过平台告知各成员单位。`,
      `Net income is distributed within ${r.settlementDays} days of receipt, exact to the fen, the Parties' amounts summing exactly to the distributable net income; each Party receives the statement and its explanation through the platform.`,
    ),
  });
  return { key: 'revenue', title: bi('转化收益分配', 'Revenue sharing'), clauses };
};
