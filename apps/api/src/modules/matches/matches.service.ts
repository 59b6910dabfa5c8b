// Matches (撮合): the secretariat or the bureau introduces a ranked candidate, for a demand or for
// a consortium's partner search, and everyone involved follows the match. The steps after the
// introduction are in matches.steps.ts.
import type { Match, MatchReasonView, MatchStatus, MatchSummary } from '@huahe/contracts';
import { authorize, ownOrganisationIds, secretariatConsortiumIds, seesEverything } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { findOrganisation } from '../organisations/organisations.repository';
import { readableDemand } from '../demands/demands.access';
import {
  consortiumText,
  partnerScope,
  rankForConsortium,
  rankForDemand,
  type Ranked,
} from '../matching/matching.service';
import { manualReason } from '../matching/reasons';
import { notifyStep } from './matches.notify';
import * as repo from './matches.repository';
import { matchView, readsMatch, summaryView } from './matches.view';

/** How deep the ranking is searched for an introduced candidate's score and reasons. */
const INTRODUCE_DEPTH = 200;

const invalid = (path: string, zh: string, en: string) =>
  new AppError('validation_failed', {}, [{ path, message: { 'zh-CN': zh, en } }]);
const conflict = (ctx: ServiceContext, path: string, zh: string, en: string) =>
  new AppError('conflict', { reason: ctx.lang === 'en' ? en : zh }, [{ path, message: { 'zh-CN': zh, en } }]);

/** One match the caller may see, with its history. */
export async function getMatch(ctx: ServiceContext, id: string): Promise<Match> {
  const r = await repo.findMatch(ctx.db, id);
  if (!r || !readsMatch(ctx, r)) throw notFound();
  return matchView(ctx, r, await repo.eventsOf(ctx.db, id));
}

type Page = { page: number; pageSize: number };
const paged = async (
  ctx: ServiceContext,
  f: repo.MatchFilter,
  s: repo.MatchScope,
  q: Page,
): Promise<{ items: MatchSummary[]; total: number; page: number; pageSize: number }> => {
  const { rows, total } = await repo.listMatches(ctx.db, f, s, q.pageSize, (q.page - 1) * q.pageSize);
  const notes = await repo.finalNotes(
    ctx.db,
    rows.filter((r) => r.m.status === 'partnered' || r.m.status === 'closed').map((r) => r.m.id),
  );
  return {
    items: rows.map((r) => summaryView(r, notes.get(r.m.id) ?? null)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
};

/** The caller's matches: its organisations' (either side) and those of the consortia it runs. */
export async function myMatches(
  ctx: ServiceContext,
  q: Page & { organisationId?: string; status?: MatchStatus },
) {
  const all = seesEverything(ctx.actor);
  const own = ownOrganisationIds(ctx.actor);
  if (q.organisationId && !all && !own.includes(q.organisationId)) throw notFound();
  return paged(
    ctx,
    { organisationId: q.organisationId, status: q.status },
    { all, organisationIds: own, consortiumIds: secretariatConsortiumIds(ctx.actor) },
    q,
  );
}

/** A consortium's matches (its secretariat, the bureau). */
export async function consortiumMatches(
  ctx: ServiceContext,
  consortiumId: string,
  q: Page & { status?: MatchStatus },
) {
  authorize(ctx.actor, 'matches.introduce', { consortiumId });
  return paged(
    ctx,
    { consortiumId, status: q.status },
    { all: true, organisationIds: [], consortiumIds: [] },
    q,
  );
}

/** A demand's matches: all of them for its organisation and those who introduce, a candidate's own otherwise. */
export async function demandMatches(
  ctx: ServiceContext,
  demandId: string,
  q: Page & { status?: MatchStatus },
) {
  const d = await readableDemand(ctx, demandId);
  const own = ownOrganisationIds(ctx.actor);
  const everything =
    seesEverything(ctx.actor) ||
    own.includes(d.d.organisationId) ||
    (!!d.d.consortiumId && secretariatConsortiumIds(ctx.actor).includes(d.d.consortiumId));
  return paged(
    ctx,
    { demandId, status: q.status, ...(everything ? {} : { candidateIds: own }) },
    { all: true, organisationIds: [], consortiumIds: [] },
    q,
  );
}

/** The score and reasons of a candidate in a ranking, or a plain "introduced by hand" reason. */
function evidence(ranked: Ranked[], candidateId: string): { score: number; reasons: MatchReasonView[] } {
  const hit = ranked.find((r) => r.result.id === candidateId);
  return hit ? { score: hit.result.score, reasons: hit.reasons } : { score: 0, reasons: [manualReason()] };
}

async function checkCandidate(ctx: ServiceContext, candidateId: string) {
  if (!(await findOrganisation(ctx.db, candidateId))) {
    throw invalid('body.organisationId', '单位不存在', 'no such organisation');
  }
}

/** Records a new match at "introduced", with the ranking's evidence, and tells both sides. */
async function introduce(
  ctx: ServiceContext,
  on: { demandId: string } | { consortiumId: string },
  consortiumId: string | null,
  candidateId: string,
  note: string,
  found: { score: number; reasons: MatchReasonView[] },
): Promise<Match> {
  const now = ctx.clock.now().toISOString();
  const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const id = await inTransaction(ctx, async (tx) => {
    await repo.lockTarget(tx.db, on);
    if ((await repo.liveMatchesFor(tx.db, on, [candidateId])).size > 0) {
      throw conflict(
        ctx,
        'body.organisationId',
        '已为该候选单位建立撮合，请在原撮合中继续',
        'this candidate has already been introduced; continue in that match',
      );
    }
    const m = await repo.insertMatch(tx.db, {
      demandId: 'demandId' in on ? on.demandId : null,
      consortiumId,
      candidateOrganisationId: candidateId,
      status: 'introduced',
      score: found.score,
      reasons: found.reasons,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertEvent(tx.db, {
      matchId: m.id,
      status: 'recommended',
      note: `推荐得分 / score ${found.score.toFixed(2)}`,
      by: null,
      at: now,
    });
    await repo.insertEvent(tx.db, { matchId: m.id, status: 'introduced', note, by, at: now });
    await tx.audit({
      action: 'match.introduced',
      entityType: 'match',
      entityId: m.id,
      organisationId: candidateId,
      consortiumId,
      // The chain hashes canonical JSON, which holds no fractions: the score goes in as text.
      after: { ...on, candidateOrganisationId: candidateId, score: found.score.toFixed(4), note },
    });
    const record = (await repo.findMatch(tx.db, m.id))!;
    await notifyStep(tx.db, record, 'introduced', { actorUserId: by, note });
    return m.id;
  });
  return getMatch(ctx, id);
}

/** The secretariat of the demand's consortium (or the bureau) introduces a candidate for a demand. */
export async function introduceForDemand(
  ctx: ServiceContext,
  demandId: string,
  input: { organisationId: string; note: string },
): Promise<Match> {
  const d = await readableDemand(ctx, demandId);
  authorize(ctx.actor, 'matches.introduce', { consortiumId: d.d.consortiumId });
  if (d.d.status !== 'open') {
    throw conflict(ctx, 'status', '需求已关闭，不能再引荐', 'the demand is closed: nobody can be introduced');
  }
  if (input.organisationId === d.d.organisationId) {
    throw invalid(
      'body.organisationId',
      '不能把需求方自己引荐给自己',
      'the demanding organisation cannot be its own candidate',
    );
  }
  await checkCandidate(ctx, input.organisationId);
  const { ranked } = await rankForDemand(ctx, d, INTRODUCE_DEPTH);
  return introduce(
    ctx,
    { demandId },
    d.d.consortiumId,
    input.organisationId,
    input.note,
    evidence(ranked, input.organisationId),
  );
}

/** The secretariat (or the bureau) introduces a partner to its consortium. */
export async function introduceForConsortium(
  ctx: ServiceContext,
  consortiumId: string,
  input: { organisationId: string; note: string },
): Promise<Match> {
  const { consortium, members } = await partnerScope(ctx, consortiumId);
  authorize(ctx.actor, 'matches.introduce', { consortiumId });
  if (members.includes(input.organisationId)) {
    throw conflict(
      ctx,
      'body.organisationId',
      '该单位已是本联合体的在册成员',
      'this organisation is already a member of the consortium',
    );
  }
  await checkCandidate(ctx, input.organisationId);
  const { ranked } = await rankForConsortium(ctx, consortiumText(consortium), members, INTRODUCE_DEPTH);
  return introduce(
    ctx,
    { consortiumId },
    consortiumId,
    input.organisationId,
    input.note,
    evidence(ranked, input.organisationId),
  );
}
