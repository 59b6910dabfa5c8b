// Who may do what with a match, and how it is shown.
import type {
  Match,
  MatchOutcome,
  MatchReasonView,
  MatchSide,
  MatchStatus,
  MatchStep,
  MatchSummary,
} from '@huahe/contracts';
import { can, ownOrganisationIds } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { toIso } from '../../lib/time';
import { organisationView } from '../demands/demands.access';
import type { MatchRecord } from './matches.repository';
import type * as repo from './matches.repository';

/** The sides the caller may accept or decline for: the admins of each side's organisation. */
export const respondSides = (ctx: ServiceContext, r: MatchRecord): MatchSide[] =>
  (['demander', 'candidate'] as const).filter((side) =>
    can(ctx.actor, 'matches.respond', { organisationId: r[side].id }),
  );

/** Whether the caller introduces for this match: the bureau, or the secretariat of its consortium. */
export const runsMatch = (ctx: ServiceContext, r: MatchRecord): boolean =>
  can(ctx.actor, 'matches.introduce', { consortiumId: r.m.consortiumId });

/** Whether the caller may move the match on (negotiating, partnered by contract, closed). */
export const movesMatch = (ctx: ServiceContext, r: MatchRecord): boolean =>
  runsMatch(ctx, r) || respondSides(ctx, r).length > 0;

/** Whether the caller may see the match: either side's staff, those who introduce for it. */
export function readsMatch(ctx: ServiceContext, r: MatchRecord): boolean {
  if (runsMatch(ctx, r)) return true;
  const own = ownOrganisationIds(ctx.actor);
  return own.includes(r.demander.id) || own.includes(r.candidate.id);
}

const FINAL_STEPS = new Set<MatchStep>([
  'partnered',
  'closed',
  'declined_by_demander',
  'declined_by_candidate',
]);

/** A match as lists show it. */
export function summaryView(r: MatchRecord, outcomeNote: string | null = null): MatchSummary {
  const m = r.m;
  return {
    id: m.id,
    kind: m.demandId ? 'demand' : 'partner',
    demand: m.demandId && r.demandTitle !== null ? { id: m.demandId, title: r.demandTitle } : null,
    consortium:
      m.consortiumId && r.consortiumName !== null ? { id: m.consortiumId, nameZh: r.consortiumName } : null,
    demander: organisationView(r.demander),
    candidate: organisationView(r.candidate),
    status: m.status as MatchStatus,
    score: m.score,
    acceptedByDemander: m.acceptedByDemander ? toIso(m.acceptedByDemander) : null,
    acceptedByCandidate: m.acceptedByCandidate ? toIso(m.acceptedByCandidate) : null,
    outcome: (m.outcome as MatchOutcome | null) ?? null,
    outcomeNote,
    createdAt: toIso(m.createdAt),
    updatedAt: toIso(m.updatedAt),
  };
}

/** A match with its reasons, its history and what the caller may do next. */
export function matchView(
  ctx: ServiceContext,
  r: MatchRecord,
  events: Awaited<ReturnType<typeof repo.eventsOf>>,
): Match {
  const final = [...events].reverse().find((e) => FINAL_STEPS.has(e.e.status as MatchStep));
  const status = r.m.status as MatchStatus;
  const open = status !== 'partnered' && status !== 'closed';
  const moves = movesMatch(ctx, r);
  return {
    ...summaryView(r, final?.e.note ?? null),
    reasons: (r.m.reasons as MatchReasonView[]) ?? [],
    events: events.map(({ e, by }) => ({
      step: e.status as MatchStep,
      note: e.note,
      by: by ?? null,
      at: toIso(e.at),
    })),
    can: {
      respondAs:
        status === 'introduced'
          ? respondSides(ctx, r).filter((side) =>
              side === 'demander' ? !r.m.acceptedByDemander : !r.m.acceptedByCandidate,
            )
          : [],
      negotiate: status === 'accepted' && moves,
      partner: status === 'negotiating' && moves,
      close: open && moves,
    },
  };
}
