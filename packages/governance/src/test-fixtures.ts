// Test data for the governance engine: parties, agreements from the templates, and event builders.
import type { Agreement, DecisionType, GovernanceEvent, Motion, Party, VoteRule } from '@huahe/contracts';
import { createFromTemplate, makeExampleUscc, renderAgreement } from '@huahe/contracts';
import { expect } from 'vitest';
import type { Decision } from './decide';
import { decideMotion } from './decide';

/** Party ids P[0] (the lead) … P[9]. */
export const P = Array.from(
  { length: 10 },
  (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
);
/** The motion and meeting ids the builders use by default. */
export const MOTION = '00000000-0000-4000-8000-0000000000a1';
export const MEETING = '00000000-0000-4000-8000-0000000000b1';

const ZH = [
  '甲公司',
  '乙大学',
  '丙研究院',
  '丁公司',
  '戊公司',
  '己大学',
  '庚公司',
  '辛公司',
  '壬公司',
  '癸公司',
];

/** n complete parties, the first one leading. */
export function parties(n: number): Party[] {
  return P.slice(0, n).map((id, i) => ({
    organisationId: id,
    legalName: { zh: ZH[i] ?? `单位${i}`, en: `Party ${i}` },
    creditCode: makeExampleUscc('350200', i + 1),
    domicile: { zh: '厦门市' },
    legalRepresentative: `代表${i}`,
    role: i === 0 ? 'lead' : 'member',
  }));
}

/** An agreement from a template with n parties. */
export function agreement(n = 6, kind: 'desca' | 'xiamen' = 'desca'): Agreement {
  return createFromTemplate(kind, {
    consortium: { name: { zh: '测试联合体' } },
    parties: parties(n),
    chiefScientist: {
      name: '首席',
      affiliationPartyId: P[0] ?? '',
      technicalDecisionRights: { zh: '技术路线' },
    },
  });
}

/** The agreement with the vote rule of one decision type patched. */
export function withRule(
  a: Agreement,
  type: DecisionType,
  patch: Partial<Omit<VoteRule, 'procedure' | 'type'>>,
): Agreement {
  const rules = a.governance.decisionRules.map((r) =>
    r.type === type && r.procedure === 'vote' ? { ...r, ...patch } : r,
  );
  return { ...a, governance: { ...a.governance, decisionRules: rules } };
}

/** The agreement with governance fields replaced. */
export function withGovernance(a: Agreement, patch: Partial<Agreement['governance']>): Agreement {
  return { ...a, governance: { ...a.governance, ...patch } };
}

const T0 = Date.UTC(2026, 2, 1);
/** The instant `d` days (and `h` hours) after 1 March 2026, as ISO. */
export const day = (d: number, h = 0) => new Date(T0 + d * 86_400_000 + h * 3_600_000).toISOString();
/** The same instant as a Date, for `now`. */
export const at = (d: number, h = 0) => new Date(day(d, h));

/** A resolution decided at MEETING or in writing. */
export function resolution(
  type: Extract<Motion, { kind: 'resolution' }>['decisionType'] = 'ordinary',
  mode: 'meeting' | 'written' = 'meeting',
  id = MOTION,
): Motion {
  return {
    id,
    kind: 'resolution',
    decisionType: type,
    title: { zh: '议案' },
    procedure: mode === 'meeting' ? { mode, meetingId: MEETING } : { mode },
  };
}

/** Votes by party index. */
export type Votes = Record<number, 'for' | 'against' | 'abstain'>;

/**
 * An ordinary meeting of the general assembly noticed on day 0 for day 50, held with the
 * given parties present (by index), votes cast an hour in, minutes sent on day 55.
 */
export function meeting(
  present: number[],
  votes: Votes,
  opts: {
    minutes?: boolean;
    body?: 'council' | 'general_assembly' | 'executive_board';
    noticeDay?: number;
    heldDay?: number;
    motionId?: string;
    agenda?: boolean;
  } = {},
): GovernanceEvent[] {
  const held = opts.heldDay ?? 50;
  const motionId = opts.motionId ?? MOTION;
  const events: GovernanceEvent[] = [
    {
      kind: 'meeting_convened',
      meetingId: MEETING,
      body: opts.body ?? 'general_assembly',
      meetingType: 'ordinary',
      noticeGivenAt: day(opts.noticeDay ?? 0),
      scheduledFor: day(held),
      agenda: opts.agenda === false ? [] : [motionId],
    },
    { kind: 'meeting_held', meetingId: MEETING, heldAt: day(held), present: present.map((i) => P[i] ?? '') },
    ...Object.entries(votes).map(([i, choice]): GovernanceEvent => ({
      kind: 'vote',
      motionId,
      partyId: P[Number(i)] ?? '',
      choice,
      at: day(held, 1),
    })),
  ];
  if (opts.minutes !== false) events.push({ kind: 'minutes_sent', meetingId: MEETING, at: day(held + 5) });
  return events;
}

/** A veto by party index on day d. */
export const veto = (i: number, d: number, motionId = MOTION): GovernanceEvent => ({
  kind: 'veto',
  motionId,
  partyId: P[i] ?? '',
  at: day(d),
});

/** Every clause reference the rendered agreement contains, in both languages. */
export function renderedRefs(a: Agreement): { zh: Set<string>; en: Set<string> } {
  const refs = (locale: 'zh-CN' | 'en') =>
    new Set(renderAgreement(a, locale).articles.flatMap((x) => [x.ref, ...x.clauses.map((c) => c.ref)]));
  return { zh: refs('zh-CN'), en: refs('en') };
}

/** decideMotion, checking that it gives reasons and that each cites a clause the rendered text has. */
export function decide(
  a: Agreement,
  motion: Motion,
  events: readonly GovernanceEvent[],
  now: Date,
): Decision {
  const d = decideMotion(a, motion, events, now);
  const refs = renderedRefs(a);
  expect(d.reasons.length).toBeGreaterThan(0);
  for (const r of d.reasons) {
    expect(refs.zh.has(r.clauseRef.zh), `${r.code} cites ${r.clauseRef.zh}`).toBe(true);
    expect(refs.en.has(r.clauseRef.en), `${r.code} cites ${r.clauseRef.en}`).toBe(true);
  }
  return d;
}

/** The reason codes of a decision. */
export const codes = (d: Decision) => d.reasons.map((r) => r.code);
