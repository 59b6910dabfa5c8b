import type { z } from 'zod';
import type { Agreement } from './agreement';

/** Stable codes of the agreement's cross-reference issues, with zh/en texts for the API to show. */
export const AGREEMENT_ISSUES = {
  'agreement.unknown_party': {
    zh: '引用了不是协议当事方的单位',
    en: 'refers to an organisation that is not a party',
  },
  'agreement.duplicate': { zh: '重复的条目', en: 'duplicate entry' },
  'agreement.multiple_leads': { zh: '牵头单位只能有一个', en: 'there can be only one lead party' },
  'agreement.unknown_goal': { zh: '引用了不存在的技术创新目标', en: 'refers to a goal that does not exist' },
  'agreement.term_order': { zh: '终止日期早于起始日期', en: 'the end date is before the start date' },
  'agreement.body_missing': {
    zh: '表决规则引用了未设立的机构',
    en: 'a decision rule refers to a body that is not set up',
  },
  'agreement.ratio_invalid': { zh: '不是 [0,1] 内的精确比例', en: 'not an exact fraction in [0, 1]' },
} as const;
/** A stable code of an agreement validation issue. */
export type AgreementIssueCode = keyof typeof AGREEMENT_ISSUES;

type Ctx = z.core.$RefinementCtx<Agreement>;
type Path = (string | number)[];

function issue(ctx: Ctx, code: AgreementIssueCode, path: Path, detail: string): void {
  ctx.addIssue({
    code: 'custom',
    message: `${AGREEMENT_ISSUES[code].en}: ${detail}`,
    path,
    params: { code },
  });
}

function unique<T>(ctx: Ctx, items: readonly T[], key: (t: T) => string, path: Path): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) issue(ctx, 'agreement.duplicate', [...path, i], k);
    seen.add(k);
  });
}

/** Every place an agreement names a party, as [path, partyId]. */
export function partyReferences(a: Agreement): [Path, string][] {
  const g = a.governance;
  const refs: [Path, string | undefined][] = [
    [['governance', 'decisionBody', 'chairPartyId'], g.decisionBody.chairPartyId],
    [['governance', 'executiveBoard', 'chairPartyId'], g.executiveBoard?.chairPartyId],
    [['governance', 'secretariat', 'hostPartyId'], g.secretariat?.hostPartyId],
    [['governance', 'chiefScientist', 'affiliationPartyId'], g.chiefScientist?.affiliationPartyId],
    [['externalLiabilityPartyId'], a.externalLiabilityPartyId],
  ];
  g.executiveBoard?.memberPartyIds.forEach((id, i) =>
    refs.push([['governance', 'executiveBoard', 'memberPartyIds', i], id]),
  );
  a.tasks.forEach((t, i) => {
    refs.push([['tasks', i, 'leadPartyId'], t.leadPartyId]);
    t.participantPartyIds.forEach((id, j) => refs.push([['tasks', i, 'participantPartyIds', j], id]));
  });
  g.decisionRules.forEach((r, i) => {
    if (r.procedure === 'vote' && r.weights.kind === 'weighted')
      r.weights.weights.forEach((w, j) =>
        refs.push([['governance', 'decisionRules', i, 'weights', 'weights', j, 'partyId'], w.partyId]),
      );
  });
  g.vetoRights.forEach((v, i) => {
    if (v.holders !== 'all_parties')
      v.holders.forEach((id, j) => refs.push([['governance', 'vetoRights', i, 'holders', j], id]));
  });
  a.ip.background.forEach((b, i) => refs.push([['ip', 'background', i, 'partyId'], b.partyId]));
  a.funding.commitments.forEach((c, i) => refs.push([['funding', 'commitments', i, 'partyId'], c.partyId]));
  const s = a.revenue.sharing;
  if (s?.method === 'fixed')
    s.shares.forEach((x, i) => refs.push([['revenue', 'sharing', 'shares', i, 'partyId'], x.partyId]));
  if (s?.method === 'proportional' && s.basis === 'weights')
    s.weights.forEach((x, i) => refs.push([['revenue', 'sharing', 'weights', i, 'partyId'], x.partyId]));
  return refs.filter((r): r is [Path, string] => r[1] !== undefined);
}

/** Cross-field checks of an agreement (superRefine of AgreementSchema). */
export function crossCheckAgreement(a: Agreement, ctx: Ctx): void {
  const ids = new Set(a.parties.map((p) => p.organisationId));
  unique(ctx, a.parties, (p) => p.organisationId, ['parties']);
  unique(
    ctx,
    a.parties.filter((p) => p.creditCode !== undefined),
    (p) => p.creditCode ?? '',
    ['parties'],
  );
  if (a.parties.filter((p) => p.role === 'lead').length > 1)
    issue(ctx, 'agreement.multiple_leads', ['parties'], 'role lead');
  for (const [path, id] of partyReferences(a))
    if (!ids.has(id)) issue(ctx, 'agreement.unknown_party', path, id);

  const g = a.governance;
  unique(ctx, g.decisionRules, (r) => r.type, ['governance', 'decisionRules']);
  g.decisionRules.forEach((r, i) => {
    if (r.procedure === 'vote' && r.weights.kind === 'weighted')
      unique(ctx, r.weights.weights, (w) => w.partyId, [
        'governance',
        'decisionRules',
        i,
        'weights',
        'weights',
      ]);
    const path = ['governance', 'decisionRules', i];
    // A rule may name the chief scientist before one is appointed: the draft is still valid and
    // checkCompleteness reports the missing appointment.
    if (r.procedure === 'vote' && r.body === 'executive_board' && g.executiveBoard === undefined)
      issue(ctx, 'agreement.body_missing', path, 'executive_board');
    if (r.procedure === 'vote' && r.body !== 'executive_board' && r.body !== g.decisionBody.kind)
      issue(ctx, 'agreement.body_missing', path, r.body);
  });
  if (g.executiveBoard)
    unique(ctx, g.executiveBoard.memberPartyIds, (id) => id, [
      'governance',
      'executiveBoard',
      'memberPartyIds',
    ]);
  unique(ctx, a.ip.ownership, (o) => o.resultType, ['ip', 'ownership']);
  unique(ctx, a.ip.background, (b) => b.partyId, ['ip', 'background']);
  unique(ctx, a.funding.commitments, (c) => c.partyId, ['funding', 'commitments']);
  const s = a.revenue.sharing;
  if (s?.method === 'fixed') unique(ctx, s.shares, (x) => x.partyId, ['revenue', 'sharing', 'shares']);
  if (s?.method === 'proportional' && s.basis === 'weights')
    unique(ctx, s.weights, (x) => x.partyId, ['revenue', 'sharing', 'weights']);
  a.tasks.forEach((t, i) => {
    if (t.goalIndex !== undefined && t.goalIndex >= a.goals.length)
      issue(ctx, 'agreement.unknown_goal', ['tasks', i, 'goalIndex'], String(t.goalIndex));
  });
  const { startsOn, endsOn } = a.term;
  if (startsOn !== undefined && endsOn !== undefined && endsOn < startsOn)
    issue(ctx, 'agreement.term_order', ['term', 'endsOn'], endsOn);
}
