// Offers (供给): results to license, services and capabilities an organisation puts forward. Open,
// public offers feed its capability profile.
import type { Offer, offerFieldsSchema, updateOfferRequestSchema } from '@huahe/contracts';
import type { z } from 'zod';
import { authorize, can, ownOrganisationIds, seesEverything } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { toIso } from '../../lib/time';
import { organisationView, postingOrganisation } from '../demands/demands.access';
import * as repo from './offers.repository';

type OfferFields = z.output<typeof offerFieldsSchema>;
type OfferPatch = z.output<typeof updateOfferRequestSchema>;

const viewerOf = (ctx: ServiceContext): repo.OfferViewer =>
  seesEverything(ctx.actor)
    ? { all: true, organisationIds: [] }
    : { all: false, organisationIds: ownOrganisationIds(ctx.actor) };

const auditState = (o: repo.OfferRow) => ({
  kind: o.kind,
  title: o.title,
  description: o.description,
  tags: o.tags,
  trl: o.trl,
  resultId: o.resultId,
  visibility: o.visibility,
  status: o.status,
});

function view(ctx: ServiceContext, r: repo.OfferRecord): Offer {
  const o = r.o;
  return {
    id: o.id,
    organisation: organisationView(r.org),
    kind: o.kind as Offer['kind'],
    title: o.title,
    description: o.description,
    tags: o.tags,
    trl: o.trl,
    result: o.resultId && r.resultTitle ? { id: o.resultId, title: r.resultTitle } : null,
    visibility: o.visibility as Offer['visibility'],
    status: o.status as Offer['status'],
    createdAt: toIso(o.createdAt),
    updatedAt: toIso(o.updatedAt),
    // Offers are posted under the same rule as demands: an organisation's staff, or the platform admin.
    canEdit: can(ctx.actor, 'demands.post', { organisationId: o.organisationId }),
  };
}

const conflict = (ctx: ServiceContext, zh: string, en: string) =>
  new AppError('conflict', { reason: ctx.lang === 'en' ? en : zh }, [
    { path: 'status', message: { 'zh-CN': zh, en } },
  ]);

async function checkResult(ctx: ServiceContext, organisationId: string, resultId: string | null | undefined) {
  if (resultId && !(await repo.ownsResult(ctx.db, organisationId, resultId))) {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.resultId',
        message: { 'zh-CN': '该成果不属于本单位', en: 'the organisation does not own this result' },
      },
    ]);
  }
}

/** The offers the caller may see (public ones without an account). */
export async function listOffers(
  ctx: ServiceContext,
  q: repo.OfferFilter & { page: number; pageSize: number },
) {
  const { rows, total } = await repo.listOffers(
    ctx.db,
    q,
    viewerOf(ctx),
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items: rows.map((r) => view(ctx, r)), total, page: q.page, pageSize: q.pageSize };
}

/** One offer the caller may see. */
export async function getOffer(ctx: ServiceContext, id: string): Promise<Offer> {
  const r = await repo.findOffer(ctx.db, id, viewerOf(ctx));
  if (!r) throw notFound();
  return view(ctx, r);
}

/** Puts forward an offer for the caller's organisation. */
export async function createOffer(ctx: ServiceContext, input: OfferFields): Promise<Offer> {
  const organisationId = await postingOrganisation(ctx, input.organisationId);
  await checkResult(ctx, organisationId, input.resultId);
  const now = ctx.clock.now().toISOString();
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertOffer(tx.db, {
      organisationId,
      kind: input.kind,
      title: input.title,
      description: input.description,
      tags: input.tags,
      trl: input.trl ?? null,
      resultId: input.resultId ?? null,
      visibility: input.visibility,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.audit({
      action: 'offer.created',
      entityType: 'offer',
      entityId: row.id,
      organisationId,
      after: auditState(row),
    });
    return row.id;
  });
  return getOffer(ctx, id);
}

async function editable(ctx: ServiceContext, id: string) {
  const r = await repo.findOffer(ctx.db, id, viewerOf(ctx));
  if (!r) throw notFound();
  authorize(ctx.actor, 'demands.post', { organisationId: r.o.organisationId });
  return r.o;
}

/** Edits an offer (its organisation's staff). */
export async function updateOffer(ctx: ServiceContext, id: string, patch: OfferPatch): Promise<Offer> {
  const before = await editable(ctx, id);
  if (patch.resultId !== undefined) await checkResult(ctx, before.organisationId, patch.resultId);
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateOffer(tx.db, id, { ...patch, updatedAt: ctx.clock.now().toISOString() });
    await tx.audit({
      action: 'offer.updated',
      entityType: 'offer',
      entityId: id,
      organisationId: before.organisationId,
      before: auditState(before),
      after: auditState(after!),
    });
  });
  return getOffer(ctx, id);
}

/** Withdraws (or reopens) an offer; only open offers feed the capability profile. */
export async function setOfferStatus(
  ctx: ServiceContext,
  id: string,
  status: 'open' | 'closed',
  reason?: string | null,
): Promise<Offer> {
  const before = await editable(ctx, id);
  if (before.status === status) {
    throw status === 'closed'
      ? conflict(ctx, '该供给已关闭', 'the offer is already closed')
      : conflict(ctx, '该供给未关闭', 'the offer is already open');
  }
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateOffer(tx.db, id, { status, updatedAt: ctx.clock.now().toISOString() });
    await tx.audit({
      action: status === 'closed' ? 'offer.closed' : 'offer.reopened',
      entityType: 'offer',
      entityId: id,
      organisationId: before.organisationId,
      before: auditState(before),
      after: auditState(after!),
      ...(reason ? { summary: { reason } } : {}),
    });
  });
  return getOffer(ctx, id);
}

/** Deletes an offer. */
export async function deleteOffer(ctx: ServiceContext, id: string): Promise<void> {
  const before = await editable(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteOffer(tx.db, id);
    await tx.audit({
      action: 'offer.deleted',
      entityType: 'offer',
      entityId: id,
      organisationId: before.organisationId,
      before: auditState(before),
    });
  });
}
