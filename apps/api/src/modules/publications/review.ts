// Where a planned publication stands at a moment: computed from the clock and the objections, so no
// scheduler is needed to clear or release it. Pure.
import { toIso } from '../../lib/time';
import { dateCn, startOfDayCn } from '../results/calendar';
import type { ObjectionRow, PublicationRow } from './publications.repository';

export type Rules = { noticeDays: number; objectionDays: number; maxDelayDays: number };
/** What the `clause` column holds: the clause and the rules in force when the publication was announced. */
export interface StoredRules {
  key: string;
  zh: string;
  en: string;
  rules: Rules;
  agreementVersionId: string;
}

/** An instant from the database (PostgreSQL's text form on one driver, ISO on the other). */
export const inst = (s: string) => new Date(toIso(s));
const day = (at: Date | string) => dateCn(typeof at === 'string' ? inst(at) : at);

/** Where a publication stands at `now`, when it may appear, and why. */
export function reviewState(
  row: PublicationRow,
  objections: ObjectionRow[],
  now: Date,
  lang: 'zh-CN' | 'en',
) {
  const stored = row.clause as StoredRules;
  const c = lang === 'en' ? stored.en : stored.zh;
  const open = objections.filter((o) => o.status === 'open').length;
  const deadline = inst(row.objectionDeadline);
  const maxDelay = inst(row.maxDelayUntil);
  const planned = startOfDayCn(row.plannedOn);
  const clearedFrom = planned > deadline ? planned : deadline;
  const zh = lang !== 'en';
  if (now < deadline && open === 0) {
    return {
      status: 'in_review' as const,
      publishableFrom: null,
      explanation: zh
        ? `其他成员单位可在 ${day(deadline)} 前提出异议（${c}）；无异议的，可于 ${day(clearedFrom)} 起发表。`
        : `Other members may object until ${day(deadline)} (${c}); without objections it may be published from ${day(clearedFrom)}.`,
    };
  }
  if (open > 0 && now < maxDelay) {
    return {
      status: 'held' as const,
      publishableFrom: null,
      explanation: zh
        ? `有 ${open} 项未解决的异议：解决前暂缓发表，但最长推迟 ${stored.rules.maxDelayDays} 日，最迟于 ${day(maxDelay)} 起可以发表（${c}）。`
        : `${open} open objection(s): held until resolved, but for at most ${stored.rules.maxDelayDays} days; it may be published from ${day(maxDelay)} at the latest (${c}).`,
    };
  }
  if (open > 0) {
    return {
      status: 'released' as const,
      publishableFrom: maxDelay,
      explanation: zh
        ? `已达最长推迟期限（${stored.rules.maxDelayDays} 日，${c}）：尽管仍有未解决的异议，自 ${day(maxDelay)} 起可以发表。`
        : `The maximum delay (${stored.rules.maxDelayDays} days, ${c}) has run out: it may be published from ${day(maxDelay)} despite open objections.`,
    };
  }
  return {
    status: 'cleared' as const,
    publishableFrom: clearedFrom,
    explanation: zh
      ? `异议期已届满且无未解决的异议（${c}），可于 ${day(clearedFrom)} 起发表。`
      : `The objection period is over with no open objection (${c}); it may be published from ${day(clearedFrom)}.`,
  };
}
