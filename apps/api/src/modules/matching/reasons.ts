// The engine's reasons as the API shows them: points kept exactly (they add up to the score), the
// text adjusted where the caller may not read the evidence or where the ranking runs backwards.
import type { MatchReasonView } from '@huahe/contracts';
import { KIND_LABELS, type MatchResult, type OrganisationKind } from '@huahe/matching';

const fmt = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * The reasons of a result. A passage taken from a consortium agreement's task division is named
 * only for those who may read that agreement (its members, its secretariat, the bureau).
 */
export function reasonViews(r: MatchResult, hidePassage: boolean): MatchReasonView[] {
  return r.reasons.map((reason) =>
    reason.code === 'passage' && hidePassage
      ? {
          code: 'passage',
          points: reason.points,
          zh: `最相近的既往工作:联合体任务分工中的一项(仅该联合体成员可见)+${fmt(reason.points)}`,
          en: `closest past work: a task in a consortium agreement (visible to its members only) +${fmt(reason.points)}`,
        }
      : { ...reason },
  );
}

/**
 * Reasons of an organisation-to-demand ranking: the engine speaks of the query as the demand,
 * so the kind reason is reworded with the sides the right way round.
 */
export function reversedKindReason(
  reasons: MatchReasonView[],
  r: MatchResult,
  organisationKind: OrganisationKind,
  demanderKind: OrganisationKind,
): MatchReasonView[] {
  const org = KIND_LABELS[organisationKind];
  const demander = KIND_LABELS[demanderKind];
  return reasons.map((reason) =>
    reason.code === 'kind'
      ? {
          ...reason,
          zh: `类型互补:需求方为${demander.zh},本单位为${org.zh} +${fmt(reason.points)}(+${pct(r.fit.kind)})`,
          en: `complementary kind: the demand comes from a ${demander.en}, this organisation is a ${org.en} +${fmt(reason.points)} (+${pct(r.fit.kind)})`,
        }
      : reason,
  );
}

/** The reason of a candidate introduced by hand, whom the ranking did not put forward. */
export const manualReason = (): MatchReasonView => ({
  code: 'manual',
  points: 0,
  zh: '由秘书处（或科技局）直接引荐，未出现在推荐列表中',
  en: 'introduced directly by the secretariat (or the bureau); not among the ranked candidates',
});
