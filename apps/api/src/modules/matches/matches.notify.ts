// Telling the people of a match about each step: both sides' admins, and the secretariat of its
// consortium (who introduce and follow up).
import type { MatchStep } from '@huahe/contracts';
import type { Db } from '@huahe/db';
import { notify } from '../notifications/notifications.repository';
import * as repo from './matches.repository';

const STEP_TEXT: Record<MatchStep, { zh: string; en: string }> = {
  recommended: { zh: '推荐', en: 'recommended' },
  introduced: { zh: '撮合引荐', en: 'Introduction' },
  accepted_by_demander: { zh: '需求方已同意', en: 'Accepted by the demanding side' },
  accepted_by_candidate: { zh: '候选方已同意', en: 'Accepted by the candidate' },
  declined_by_demander: { zh: '需求方已谢绝', en: 'Declined by the demanding side' },
  declined_by_candidate: { zh: '候选方已谢绝', en: 'Declined by the candidate' },
  negotiating: { zh: '进入洽谈', en: 'Negotiating' },
  partnered: { zh: '已达成合作', en: 'Partnership formed' },
  closed: { zh: '撮合已关闭', en: 'Match closed' },
};

/**
 * Notifies both sides' admins and the consortium's secretariat of a step (the one who took it
 * excepted). The dedupe key makes a repeated step notify nobody twice.
 */
export async function notifyStep(
  db: Db,
  r: repo.MatchRecord,
  step: MatchStep,
  opts: { actorUserId: string | null; note?: string | null; bothAccepted?: boolean },
): Promise<void> {
  const [admins, secretariat] = await Promise.all([
    repo.adminsOf(db, [r.demander.id, r.candidate.id]),
    repo.secretariatUsers(db, r.m.consortiumId),
  ]);
  const users = [...new Set([...admins, ...secretariat])].filter((u) => u !== opts.actorUserId);
  if (users.length === 0) return;
  const subject = r.demandTitle ?? r.consortiumName ?? '';
  const text = opts.bothAccepted ? { zh: '双方均已同意', en: 'Accepted by both sides' } : STEP_TEXT[step];
  const pair = `${r.demander.nameZh} ↔ ${r.candidate.nameZh}`;
  await notify(
    db,
    users.map((userId) => ({
      userId,
      kind: 'match_step',
      title: {
        'zh-CN': `${text.zh}：${subject}（${pair}）`,
        en: `${text.en}: ${subject} (${pair})`,
      },
      body: opts.note ? { 'zh-CN': opts.note, en: opts.note } : null,
      link: `/matches/${r.m.id}`,
      dedupeKey: `match:${r.m.id}:${opts.bothAccepted ? 'accepted' : step}`,
    })),
  );
}
