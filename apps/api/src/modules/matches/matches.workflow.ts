// The match state machine (SPEC §2): introduced → accepted (both sides) → negotiating → partnered,
// or closed from any open state. Pure: it says what a step leads to, or why it may not be taken.
import type { MatchSide, MatchStatus, MatchStep } from '@huahe/contracts';

/** A step someone asks to take. */
export type MatchAction =
  | { type: 'respond'; side: MatchSide; decision: 'accept' | 'decline' }
  | { type: 'negotiate' }
  | { type: 'partner' }
  | { type: 'close' };

/** The parts of a match the state machine reads. */
export interface MatchState {
  status: MatchStatus;
  acceptedByDemander: string | null;
  acceptedByCandidate: string | null;
}

/** Why a step may not be taken, in both languages. */
export interface Refusal {
  code: string;
  zh: string;
  en: string;
}

export type Transition =
  { ok: true; status: MatchStatus; step: MatchStep; accepts?: MatchSide } | { ok: false; reason: Refusal };

/** Names of the statuses, for messages and the UI. */
export const MATCH_STATUS_LABELS: Record<MatchStatus, { zh: string; en: string }> = {
  recommended: { zh: '推荐', en: 'recommended' },
  introduced: { zh: '已引荐', en: 'introduced' },
  accepted: { zh: '双方已同意', en: 'accepted by both' },
  negotiating: { zh: '洽谈中', en: 'negotiating' },
  partnered: { zh: '已达成合作', en: 'partnered' },
  closed: { zh: '已关闭', en: 'closed' },
};

const SIDE = {
  demander: { zh: '需求方', en: 'the demanding side' },
  candidate: { zh: '候选方', en: 'the candidate' },
};

const refuse = (code: string, zh: string, en: string): Transition => ({
  ok: false,
  reason: { code, zh, en },
});

const wrongStatus = (s: MatchStatus, zhStep: string, enStep: string, zhNeeds: string, enNeeds: string) =>
  refuse(
    'match.illegal_transition',
    `撮合当前为“${MATCH_STATUS_LABELS[s].zh}”，不能${zhStep}（须先${zhNeeds}）`,
    `the match is ${MATCH_STATUS_LABELS[s].en}: it cannot be ${enStep} (it must first be ${enNeeds})`,
  );

/** What an action on a match in this state leads to. */
export function transition(m: MatchState, a: MatchAction): Transition {
  if (m.status === 'partnered' || m.status === 'closed') {
    return refuse(
      'match.finished',
      `撮合已结束（${MATCH_STATUS_LABELS[m.status].zh}），不能再变更`,
      `the match is finished (${MATCH_STATUS_LABELS[m.status].en}) and cannot change`,
    );
  }
  switch (a.type) {
    case 'respond': {
      if (m.status !== 'introduced') {
        return m.status === 'recommended'
          ? wrongStatus(m.status, '答复', 'answered', '由秘书处引荐', 'introduced')
          : refuse(
              'match.already_answered',
              `双方均已同意，撮合当前为“${MATCH_STATUS_LABELS[m.status].zh}”；如需终止请关闭撮合`,
              `both sides have accepted and the match is ${MATCH_STATUS_LABELS[m.status].en}; close it to end it`,
            );
      }
      const already = a.side === 'demander' ? m.acceptedByDemander : m.acceptedByCandidate;
      if (already) {
        return refuse(
          'match.already_accepted',
          `${SIDE[a.side].zh}已同意，不能重复答复；如需终止请关闭撮合`,
          `${SIDE[a.side].en} has already accepted; close the match to end it`,
        );
      }
      if (a.decision === 'decline') {
        return {
          ok: true,
          status: 'closed',
          step: a.side === 'demander' ? 'declined_by_demander' : 'declined_by_candidate',
        };
      }
      const other = a.side === 'demander' ? m.acceptedByCandidate : m.acceptedByDemander;
      return {
        ok: true,
        status: other ? 'accepted' : 'introduced',
        step: a.side === 'demander' ? 'accepted_by_demander' : 'accepted_by_candidate',
        accepts: a.side,
      };
    }
    case 'negotiate':
      return m.status === 'accepted'
        ? { ok: true, status: 'negotiating', step: 'negotiating' }
        : wrongStatus(m.status, '进入洽谈', 'moved to negotiating', '经双方同意', 'accepted by both sides');
    case 'partner':
      return m.status === 'negotiating'
        ? { ok: true, status: 'partnered', step: 'partnered' }
        : wrongStatus(m.status, '登记为已合作', 'marked as partnered', '进入洽谈', 'negotiating');
    case 'close':
      return { ok: true, status: 'closed', step: 'closed' };
  }
}
