import type { Agreement, VoteRule } from '@huahe/contracts';
import { DECISION_TYPE_LABELS, MAJORITY_BASE_LABELS } from '@huahe/contracts';
import type { ReasonLog } from './reasons';
import type { Tally } from './tally';

const name = (a: Agreement, id: string) => {
  const p = a.parties.find((x) => x.organisationId === id);
  return { zh: p?.legalName.zh ?? id, en: p?.legalName.en ?? p?.legalName.zh ?? id };
};

/** A party's display names, for reasons. */
export const partyName = name;

/** Reasons for parties left out of the vote. */
export function explainElectorate(
  v: { defaulting: string[]; barred: string[] },
  R: ReasonLog,
  a: Agreement,
): void {
  for (const id of v.defaulting) {
    const n = name(a, id);
    R.add(
      'voter.defaulting',
      'voting.defaulting',
      `${n.zh}为违约方，不享有表决权，不计入法定人数和表决基数`,
      `${n.en} is a defaulting party: no vote, not counted for quorum or base`,
    );
  }
  for (const id of v.barred) {
    const n = name(a, id);
    R.add(
      'voter.subject',
      'voting.defaulting',
      `${n.zh}是议案所涉成员单位，不参加表决`,
      `${n.en} is the subject of the motion and does not vote`,
    );
  }
}

/** Reasons for the quorum, the majority and any casting vote, citing the decision rule. */
export function explainTally(rule: VoteRule, t: Tally, R: ReasonLog): void {
  const key = `voting.rule.${rule.type}`;
  const type = DECISION_TYPE_LABELS[rule.type];
  const q = rule.quorum.threshold;
  const counted =
    rule.quorum.basis === 'members'
      ? `${t.present}/${t.eligible}`
      : `${t.weights.present}/${t.weights.eligible}`;
  if (!t.quorumMet) {
    R.add(
      'quorum.not_met',
      key,
      `出席的有表决权成员单位为${counted}，未达到${q}的法定人数，会议不能就${type.zh}作出决议`,
      `${counted} of the voting parties attended, short of the quorum of ${q}; no decision on ${type.en} could be taken`,
    );
    return;
  }
  R.add(
    'quorum.met',
    key,
    `出席${counted}，达到${q}的法定人数`,
    `${counted} attended, meeting the quorum of ${q}`,
  );
  const base = MAJORITY_BASE_LABELS[rule.majority.base];
  const w = t.weights;
  const cmp =
    rule.majority.comparison === 'at_least'
      ? { zh: '以上（含本数）', en: 'at least' }
      : { zh: '超过', en: 'more than' };
  const counts = `${w.for}/${w.base}`;
  const zhNeed = `${base.zh}的${rule.majority.comparison === 'at_least' ? `${rule.majority.threshold}${cmp.zh}` : `${cmp.zh}${rule.majority.threshold}`}`;
  const enNeed = `${cmp.en} ${rule.majority.threshold} ${base.en}`;
  const tally = `赞成${w.for}、反对${w.against}、弃权${w.abstain}`;
  const tallyEn = `for ${w.for}, against ${w.against}, abstain ${w.abstain}`;
  if (t.castingVote !== undefined) {
    R.add(
      t.passed ? 'tie.casting_vote_for' : 'tie.casting_vote_not_for',
      'voting.tie',
      `${tally}，赞成票恰好等于${rule.majority.threshold}；主席单位的决定票为${t.castingVote === 'for' ? '赞成，议案通过' : '非赞成，议案不通过'}`,
      `${tallyEn}: exactly ${rule.majority.threshold}; the chair's casting vote was ${t.castingVote}, so the motion ${t.passed ? 'passes' : 'fails'}`,
    );
    return;
  }
  if (t.atBoundary) {
    R.add(
      'tie.fails',
      'voting.tie',
      `${tally}，赞成票恰好等于${rule.majority.threshold}而未超过，议案不通过`,
      `${tallyEn}: exactly ${rule.majority.threshold}, not more, so the motion fails`,
    );
    return;
  }
  if (w.base === '0') {
    R.add(
      'majority.no_votes',
      'voting.tie',
      '无人投赞成票或反对票，议案不通过',
      'no votes were cast, so the motion fails',
    );
    return;
  }
  R.add(
    t.majorityMet ? 'majority.met' : 'majority.not_met',
    key,
    `${tally}（${counts}），${t.majorityMet ? '达到' : '未达到'}${zhNeed}的要求`,
    `${tallyEn} (${counts}): ${t.majorityMet ? 'meets' : 'falls short of'} the required ${enNeed}`,
  );
}
