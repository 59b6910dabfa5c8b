// The steps of a match after its introduction: each side's admin accepts or declines; then
// negotiating; then partnered (the candidate joins the consortium, or a contract is signed) or
// closed. Every step is locked, checked by the state machine, recorded in match_events and the
// audit chain, and notified.
import type { Match, MatchSide, partnerRequestSchema } from '@huahe/contracts';
import type { z } from 'zod';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext, type TxContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { activeSpell, insertMember } from '../consortia/consortia.repository';
import { memberAuditState } from '../consortia/consortia.mapper';
import { getMatch } from './matches.service';
import { notifyStep } from './matches.notify';
import * as repo from './matches.repository';
import { movesMatch, readsMatch, respondSides } from './matches.view';
import { transition, type MatchAction, type Refusal } from './matches.workflow';

const refused = (ctx: ServiceContext, reason: Refusal) =>
  new AppError('conflict', { reason: ctx.lang === 'en' ? reason.en : reason.zh }, [
    { path: 'status', code: reason.code, message: { 'zh-CN': reason.zh, en: reason.en } },
  ]);

async function visible(ctx: ServiceContext, id: string): Promise<repo.MatchRecord> {
  const r = await repo.findMatch(ctx.db, id);
  if (!r || !readsMatch(ctx, r)) throw notFound();
  return r;
}

/**
 * Takes one step: locks the match, asks the state machine, stores the new state and the event,
 * runs `extra` (e.g. the membership), audits and notifies, all in one transaction.
 */
async function take(
  ctx: ServiceContext,
  id: string,
  action: MatchAction,
  note: string | null,
  extra?: (tx: TxContext, r: repo.MatchRecord) => Promise<{ outcome?: string; eventNote?: string | null }>,
): Promise<Match> {
  const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx, async (tx) => {
    const row = await repo.lockMatch(tx.db, id);
    if (!row) throw notFound();
    const t = transition(
      {
        status: row.status as Match['status'],
        acceptedByDemander: row.acceptedByDemander,
        acceptedByCandidate: row.acceptedByCandidate,
      },
      action,
    );
    if (!t.ok) throw refused(ctx, t.reason);
    const r = (await repo.findMatch(tx.db, id))!;
    const more = extra ? await extra(tx, r) : {};
    const after = await repo.updateMatch(tx.db, id, {
      status: t.status,
      updatedAt: now,
      ...(t.accepts === 'demander' ? { acceptedByDemander: now } : {}),
      ...(t.accepts === 'candidate' ? { acceptedByCandidate: now } : {}),
      ...(more.outcome ? { outcome: more.outcome } : {}),
    });
    const eventNote = more.eventNote !== undefined ? more.eventNote : note;
    await repo.insertEvent(tx.db, { matchId: id, status: t.step, note: eventNote, by, at: now });
    await tx.audit({
      action: `match.${t.step}`,
      entityType: 'match',
      entityId: id,
      organisationId: r.candidate.id,
      consortiumId: r.m.consortiumId,
      before: { status: row.status },
      after: { status: after!.status, outcome: after!.outcome, note: eventNote },
    });
    await notifyStep(tx.db, { ...r, m: after! }, t.step, {
      actorUserId: by,
      note: eventNote,
      bothAccepted: t.status === 'accepted',
    });
  });
  return getMatch(ctx, id);
}

/** One side's admin accepts or declines (a decline closes the match). */
export async function respond(
  ctx: ServiceContext,
  id: string,
  input: { decision: 'accept' | 'decline'; side?: MatchSide; note?: string | null },
): Promise<Match> {
  const r = await visible(ctx, id);
  const sides = respondSides(ctx, r);
  const side = input.side ?? (sides.length === 1 ? sides[0] : undefined);
  if (!side) {
    if (sides.length === 0) authorize(ctx.actor, 'matches.respond', { organisationId: r.candidate.id });
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.side',
        message: {
          'zh-CN': '您同时代表双方，请指明以哪一方答复',
          en: 'you act for both sides: say which one you answer for',
        },
      },
    ]);
  }
  authorize(ctx.actor, 'matches.respond', { organisationId: r[side].id });
  return take(ctx, id, { type: 'respond', side, decision: input.decision }, input.note ?? null);
}

/** Both sides accepted: they start negotiating (either side's admin, or who introduced). */
export async function negotiate(ctx: ServiceContext, id: string, note: string | null): Promise<Match> {
  const r = await visible(ctx, id);
  if (!movesMatch(ctx, r)) throw notFound();
  return take(ctx, id, { type: 'negotiate' }, note);
}

/**
 * The partnership is formed. Joining the consortium adds the candidate as a member (by those who
 * manage its members, recorded in its membership history and the audit chain); a contract is
 * recorded with its reference.
 */
export async function partner(
  ctx: ServiceContext,
  id: string,
  input: z.output<typeof partnerRequestSchema>,
): Promise<Match> {
  const r = await visible(ctx, id);
  if (!movesMatch(ctx, r)) throw notFound();
  if (input.outcome === 'contract') {
    return take(ctx, id, { type: 'partner' }, input.note ?? null, async () => ({
      outcome: 'contract',
      eventNote: input.note ? `${input.contractReference}（${input.note}）` : input.contractReference,
    }));
  }
  const consortiumId = r.m.consortiumId;
  if (!consortiumId) {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en' ? 'the demand belongs to no consortium to join' : '该需求未关联联合体，无法加入',
    });
  }
  authorize(ctx.actor, 'consortia.members.manage', { consortiumId });
  const joinedOn =
    input.joinedOn ?? new Date(ctx.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return take(ctx, id, { type: 'partner' }, input.note ?? null, async (tx, rec) => {
    if (await activeSpell(tx.db, consortiumId, rec.candidate.id)) {
      throw new AppError(
        'conflict',
        { reason: ctx.lang === 'en' ? 'already a member of the consortium' : '已是该联合体的在册成员' },
        [
          {
            path: 'body.outcome',
            code: 'already_member',
            message: { 'zh-CN': '候选单位已是该联合体的在册成员', en: 'the candidate is already a member' },
          },
        ],
      );
    }
    const member = await insertMember(tx.db, {
      consortiumId,
      organisationId: rec.candidate.id,
      role: input.role,
      tier: input.tier,
      joinedOn,
      joinReason: input.note ? `经撮合加入：${input.note}` : '经撮合加入',
    });
    await tx.audit({
      action: 'consortium.member_added',
      entityType: 'consortium_member',
      entityId: member.id,
      consortiumId,
      organisationId: member.organisationId,
      after: memberAuditState(member),
      summary: { consortium: rec.consortiumName, via: 'match', matchId: id },
    });
    return { outcome: 'joined_consortium' };
  });
}

/** Closes a match with the reason (either side's admin, or who introduced). */
export async function close(ctx: ServiceContext, id: string, reason: string): Promise<Match> {
  const r = await visible(ctx, id);
  if (!movesMatch(ctx, r)) throw notFound();
  return take(ctx, id, { type: 'close' }, reason);
}
