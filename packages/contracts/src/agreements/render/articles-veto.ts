import { DECISION_TYPE_LABELS } from '../labels';
import { bi, join, loc } from './format';
import type { ArticleBuilder, ClauseSource } from './types';

/** 否决权 / Vetoes. */
export const vetoArticle: ArticleBuilder = (a, c) => {
  const rights = a.governance.vetoRights;
  if (rights.length === 0) {
    return {
      key: 'veto',
      title: bi('否决权', 'Vetoes'),
      clauses: [
        { key: 'veto.none', text: bi('任何成员单位均不享有否决权。', 'No Party has a right of veto.') },
      ],
    };
  }
  const clauses: ClauseSource[] = rights.map((v, i) => {
    const who =
      v.holders === 'all_parties'
        ? bi('每一成员单位', 'Each Party')
        : join(v.holders.map((id) => c.party(id)));
    const types = join(v.decisionTypes.map((t) => DECISION_TYPE_LABELS[t]));
    const grounds = v.grounds ? loc(v.grounds) : undefined;
    return {
      key: `veto.right.${i}`,
      text: bi(
        `${who.zh}对${types.zh}享有否决权${grounds ? `，否决理由限于：${grounds.zh}` : ''}。否决应在会议期间或会议纪要草案发出后${v.windowDays}日内（书面表决的，自表决结果通知发出后${v.windowDays}日内）以书面形式提出。`,
        `${who.en} may veto decisions on ${types.en}${grounds ? `, on the following grounds only: ${grounds.en}` : ''}. A veto is made in writing during the meeting or within ${v.windowDays} days after the draft minutes are sent (for written procedure, within ${v.windowDays} days after the outcome is notified).`,
      ),
    };
  });
  clauses.push({
    key: 'veto.limits',
    text: bi(
      '逾期提出的否决、在会议召开前提出的否决以及不享有否决权的成员单位提出的否决均不发生效力。违约方不得行使否决权；成员单位不得否决认定其违约或将其除名的决议；申请退出的成员单位不得否决与其退出有关的决议。',
      'A veto made out of time, before the meeting, or by a Party without a right of veto has no effect. A Defaulting Party cannot veto; no Party can veto a decision declaring it in default or expelling it; a Party that asks to leave cannot veto decisions on its leaving.',
    ),
  });
  clauses.push({
    key: 'veto.effect',
    text: bi(
      '经有效否决的决议不发生效力；各方应尽最大努力协商解决有关事项。',
      'A validly vetoed decision does not take effect; the Parties shall make every effort to resolve the matter.',
    ),
  });
  return { key: 'veto', title: bi('否决权', 'Vetoes'), clauses };
};

/** 书面表决 / Written procedure. */
export const writtenArticle: ArticleBuilder = (a) => {
  const w = a.governance.writtenProcedure;
  const silence =
    w.silence === 'consent'
      ? bi(
          '答复期限届满未答复的，视为同意',
          'a Party that does not answer by the deadline is deemed to agree',
        )
      : bi(
          '答复期限届满未答复的，视为未投票',
          'a Party that does not answer by the deadline is treated as not having voted',
        );
  return {
    key: 'written',
    title: bi('书面表决', 'Written procedure'),
    clauses: [
      {
        key: 'written.procedure',
        text: bi(
          `允许书面表决的事项，可不召开会议，由秘书处将议案书面送达全体有表决权的成员单位，答复期限为送达后${w.responseDays}日；${silence.zh}。逾期送达的答复不计入表决结果。全体有表决权的成员单位均已答复的，表决于最后一份答复送达时结束。`,
          `Where written procedure is allowed, the Secretariat may send the motion to all voting Parties without a meeting; answers are due within ${w.responseDays} days; ${silence.en}. Answers received after the deadline are not counted. When every voting Party has answered, the procedure closes on the last answer.`,
        ),
      },
    ],
  };
};
