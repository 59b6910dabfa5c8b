// Rankings with reasons (issue 6 point 4): candidates for a demand, partners for a consortium, and
// the open demands an organisation fits. The engine is @huahe/matching; the index is per process
// and follows every committed change (matching-state.ts).
import type {
  CandidateQuery,
  FittingDemand,
  MatchCandidate,
  MatchReasonView,
  MatchStatus,
} from '@huahe/contracts';
import {
  matchProfiles,
  type MatchFilters,
  type MatchQuery,
  type MatchResult,
  type OrganisationKind,
} from '@huahe/matching';
import { authorize } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { activeMemberOrgIds, findConsortium } from '../consortia/consortia.repository';
import {
  authorizeCandidates,
  demandView,
  demandViewer,
  organisationView,
  readableDemand,
} from '../demands/demands.access';
import * as demandsRepo from '../demands/demands.repository';
import { findOrganisation } from '../organisations/organisations.repository';
import { liveMatchesFor } from '../matches/matches.repository';
import { withMatching } from './matching-state';
import { organisationsIn } from './profiles.repository';
import { reasonViews, reversedKindReason } from './reasons';

/** A ranked result with its reasons as the caller may read them. */
export interface Ranked {
  result: MatchResult;
  reasons: MatchReasonView[];
}

const filtersOf = (q: Partial<CandidateQuery>, excludeIds: string[]): MatchFilters => ({
  ...(q.kind?.length ? { kinds: q.kind } : {}),
  ...(q.region ? { regionPrefix: q.region } : {}),
  ...(q.tags?.length ? { tags: q.tags } : {}),
  excludeIds,
});

/** Runs a query over the organisations' profiles, with the caller's view of the evidence. */
async function rank(
  ctx: ServiceContext,
  query: MatchQuery,
  partners: boolean,
): Promise<{ ranked: Ranked[]; profiles: number }> {
  const viewer = await demandViewer(ctx);
  const readable = (consortiumId: string) => viewer.all || viewer.consortiumIds.includes(consortiumId);
  return withMatching(ctx.db, async (s) => {
    const history = partners ? await s.collaborationOf(ctx.db) : undefined;
    const results = matchProfiles(s.index!, query, history ? { history } : {});
    return {
      profiles: s.index!.size,
      ranked: results.map((result) => {
        const source = result.passage
          ? s.profiles.get(result.id)?.taskPassages.get(result.passage.text)
          : undefined;
        return { result, reasons: reasonViews(result, source !== undefined && !readable(source)) };
      }),
    };
  });
}

/** The query a demand makes: its text and tags, its organisation's kind, region and TRL. */
function demandQuery(d: demandsRepo.DemandRecord, top: number, filters: MatchFilters): MatchQuery {
  return {
    text: `${d.d.title}\n${d.d.description}`,
    tags: d.d.tags,
    kind: d.org.kind as OrganisationKind,
    ...(d.d.regionPreference ? { region: d.d.regionPreference } : {}),
    ...(d.d.trlNeeded ? { trl: d.d.trlNeeded } : {}),
    filters,
    top,
  };
}

/** Candidates for a demand, its own organisation excluded (also used when introducing). */
export async function rankForDemand(
  ctx: ServiceContext,
  d: demandsRepo.DemandRecord,
  top: number,
  q: Partial<CandidateQuery> = {},
) {
  return rank(ctx, demandQuery(d, top, filtersOf(q, [d.d.organisationId])), false);
}

/** What a consortium looks for when no text is given: its field, industry chain and goals. */
export const consortiumText = (c: {
  nameZh: string;
  field: string | null;
  industryChain: string | null;
  goalsSummary: string | null;
}) => [c.field, c.industryChain, c.goalsSummary].filter(Boolean).join('\n') || c.nameZh;

/** Partners for a consortium: members excluded, what they cover counts less, past collaboration counts. */
export async function rankForConsortium(
  ctx: ServiceContext,
  text: string,
  members: string[],
  top: number,
  q: Partial<CandidateQuery> = {},
) {
  return rank(ctx, { text, members, filters: filtersOf(q, []), top }, true);
}

async function candidateViews(
  ctx: ServiceContext,
  ranked: Ranked[],
  existing: Map<string, { id: string; status: string }>,
): Promise<MatchCandidate[]> {
  const orgs = new Map(
    (
      await organisationsIn(
        ctx.db,
        ranked.map((r) => r.result.id),
      )
    ).map((o) => [o.id, o]),
  );
  const out: MatchCandidate[] = [];
  for (const { result, reasons } of ranked) {
    const org = orgs.get(result.id);
    if (!org) continue;
    const match = existing.get(result.id);
    out.push({
      rank: out.length + 1,
      organisation: organisationView(org),
      score: result.score,
      relevance: result.relevance,
      fit: { ...result.fit },
      reasons,
      match: match ? { id: match.id, status: match.status as MatchStatus } : null,
    });
  }
  return out;
}

/** Ranked candidates for a demand (its organisation's staff, or those who introduce). */
export async function demandCandidates(ctx: ServiceContext, demandId: string, q: CandidateQuery) {
  const d = await readableDemand(ctx, demandId);
  authorizeCandidates(ctx, d);
  const { ranked, profiles } = await rankForDemand(ctx, d, q.top, q);
  const existing = await liveMatchesFor(
    ctx.db,
    { demandId },
    ranked.map((r) => r.result.id),
  );
  return { items: await candidateViews(ctx, ranked, existing), profiles };
}

/** A consortium the caller may search partners for (its members, its secretariat, the bureau). */
export async function partnerScope(ctx: ServiceContext, consortiumId: string) {
  const row = await findConsortium(ctx.db, consortiumId);
  if (!row) throw notFound();
  const members = await activeMemberOrgIds(ctx.db, consortiumId);
  authorize(ctx.actor, 'consortia.read', { consortiumId, memberOrganisationIds: members });
  return { consortium: row.c, members };
}

/** Ranked partner candidates for a consortium. */
export async function partnerCandidates(
  ctx: ServiceContext,
  consortiumId: string,
  q: CandidateQuery & { text?: string },
) {
  const { consortium, members } = await partnerScope(ctx, consortiumId);
  const text = q.text?.trim() || consortiumText(consortium);
  const { ranked, profiles } = await rankForConsortium(ctx, text, members, q.top, q);
  const existing = await liveMatchesFor(
    ctx.db,
    { consortiumId },
    ranked.map((r) => r.result.id),
  );
  return { items: await candidateViews(ctx, ranked, existing), profiles };
}

/** Today's date in China (deadlines are calendar dates there). */
const todayCn = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The open demands an organisation fits, best first: its capability profile is run as a query
 * over a second index holding the open demands (one query, not one per demand). Demands the
 * caller may not see, the organisation's own and those past their deadline are left out.
 */
export async function fittingDemands(ctx: ServiceContext, organisationId: string, q: { top: number }) {
  authorize(ctx.actor, 'organisations.read');
  const org = await findOrganisation(ctx.db, organisationId);
  if (!org) throw notFound();
  const viewer = await demandViewer(ctx);
  const visible = new Set(await demandsRepo.visibleOpenDemandIds(ctx.db, viewer));
  const today = todayCn(ctx.clock.now());
  const { results, demands } = await withMatching(ctx.db, async (s) => {
    const profile = await s.profileOf(ctx.db, organisationId);
    const index = await s.demandIndexOf(ctx.db);
    if (!profile) return { results: [], demands: index.size };
    const excludeIds = [...s.demands]
      .filter(
        ([id, d]) =>
          d.organisationId === organisationId ||
          !visible.has(id) ||
          (d.deadline !== null && d.deadline < today),
      )
      .map(([id]) => id);
    const query: MatchQuery = {
      text: [profile.text, ...(profile.passages ?? [])].join('\n'),
      tags: profile.tags ?? [],
      ...(profile.kind ? { kind: profile.kind } : {}),
      ...(profile.region ? { region: profile.region } : {}),
      filters: { excludeIds },
      top: q.top,
    };
    return { results: matchProfiles(index, query), demands: index.size };
  });
  const records = new Map(
    (
      await demandsRepo.demandsIn(
        ctx.db,
        results.map((r) => r.id),
        viewer,
      )
    ).map((r) => [r.d.id, r]),
  );
  const items: FittingDemand[] = [];
  for (const result of results) {
    const record = records.get(result.id);
    if (!record) continue;
    items.push({
      rank: items.length + 1,
      demand: demandView(ctx, record),
      score: result.score,
      reasons: reversedKindReason(
        reasonViews(result, false),
        result,
        org.kind as OrganisationKind,
        record.org.kind as OrganisationKind,
      ),
    });
  }
  return { items, demands };
}
