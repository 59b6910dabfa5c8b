// Publication review (DESCA-style, under the agreement): a member announces; every other member's
// admin is notified and may object within the window with a precise modification request; without
// open objections after the window it is cleared; with them it is held until resolved, but never
// beyond the maximum delay. The status is computed from the clock, so nothing needs a scheduler.
import { clauseRef, type Publication, type publicationFieldsSchema } from '@huahe/contracts';
import type { z } from 'zod';
import { authorize, can } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { toIso } from '../../lib/time';
import { addDays, dateCn, startOfDayCn } from '../results/calendar';
import { adminsOf, notify } from '../results/notify.repository';
import {
  agreementOf,
  readableConsortium,
  readableResult,
  type ConsortiumScope,
} from '../results/results.access';
import { organisationNames } from '../results/results.repository';
import * as repo from './publications.repository';
import { inst, reviewState, type StoredRules } from './review';

const invalid = (path: string, message: { 'zh-CN': string; en: string }, code?: string) =>
  new AppError('validation_failed', {}, [{ path, message, ...(code ? { code } : {}) }]);
const day = (at: Date | string) => dateCn(typeof at === 'string' ? inst(at) : at);

function memberRead(ctx: ServiceContext, c: ConsortiumScope) {
  authorize(ctx.actor, 'results.read', {
    consortiumId: c.id,
    memberOrganisationIds: c.memberOrganisationIds,
    confidentiality: 'consortium',
  });
}

async function views(
  ctx: ServiceContext,
  c: ConsortiumScope,
  rows: repo.PublicationRow[],
): Promise<Publication[]> {
  const objections = await repo.objectionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const names = await organisationNames(
    ctx.db,
    [...rows.map((r) => r.organisationId), ...objections.map((o) => o.organisationId)],
    ctx.lang,
  );
  const now = ctx.clock.now();
  const org = (id: string) => ({ id, name: names.get(id) ?? '' });
  return rows.map((row) => {
    const mine = objections.filter((o) => o.publicationId === row.id);
    const state = reviewState(row, mine, now, ctx.lang);
    const stored = row.clause as StoredRules;
    return {
      id: row.id,
      consortiumId: row.consortiumId,
      organisation: org(row.organisationId),
      title: row.title,
      venue: row.venue,
      abstract: row.abstract,
      resultIds: row.resultIds,
      plannedOn: row.plannedOn,
      announcedAt: toIso(row.announcedAt),
      objectionDeadline: toIso(row.objectionDeadline),
      maxDelayUntil: toIso(row.maxDelayUntil),
      status: state.status,
      publishableFrom: state.publishableFrom?.toISOString() ?? null,
      explanation: state.explanation,
      clause: { zh: stored.zh, en: stored.en },
      rules: stored.rules,
      objections: mine.map((o) => ({
        id: o.id,
        organisation: org(o.organisationId),
        reason: o.reason,
        requestedChange: o.requestedChange,
        status: o.status as 'open' | 'resolved',
        at: toIso(o.at),
        resolvedAt: o.resolvedAt ? toIso(o.resolvedAt) : null,
      })),
      canObject:
        now < inst(row.objectionDeadline) &&
        c.memberOrganisationIds.some(
          (m) => m !== row.organisationId && can(ctx.actor, 'publications.object', { organisationId: m }),
        ),
    };
  });
}

/** Planned publications of a consortium (its members). */
export async function listPublications(ctx: ServiceContext, consortiumId: string): Promise<Publication[]> {
  const c = await readableConsortium(ctx, consortiumId);
  memberRead(ctx, c);
  return views(ctx, c, await repo.publicationsOf(ctx.db, c.id));
}

async function readable(ctx: ServiceContext, id: string) {
  const row = await repo.findPublication(ctx.db, id);
  if (!row) throw notFound();
  const c = await readableConsortium(ctx, row.consortiumId);
  memberRead(ctx, c);
  return { row, c };
}

export async function getPublication(ctx: ServiceContext, id: string): Promise<Publication> {
  const { row, c } = await readable(ctx, id);
  return (await views(ctx, c, [row]))[0]!;
}

/** Staff of a member announce a planned publication; the other members' admins are notified. */
export async function announcePublication(
  ctx: ServiceContext,
  consortiumId: string,
  input: z.output<typeof publicationFieldsSchema>,
): Promise<Publication> {
  const c = await readableConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'publications.announce', { organisationId: input.organisationId });
  if (!c.memberOrganisationIds.includes(input.organisationId)) {
    throw invalid('body.organisationId', {
      'zh-CN': '该单位不是本联合体的在册成员',
      en: 'not a current member of this consortium',
    });
  }
  const effective = await agreementOf(ctx, c.id);
  if (!effective) {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en'
          ? 'there is no effective agreement, so no publication review is agreed'
          : '尚无生效的组建协议，未约定发表审查规则',
    });
  }
  const rules = effective.agreement.ip.publication;
  const ref = clauseRef(effective.agreement, 'results.publication');
  const now = ctx.clock.now();
  const earliest = dateCn(addDays(now, rules.noticeDays));
  if (input.plannedOn < earliest) {
    throw invalid(
      'body.plannedOn',
      {
        'zh-CN': `依协议${ref.zh}，应至少提前${rules.noticeDays}日通知其他成员单位：发表日期最早为 ${earliest}`,
        en: `under ${ref.en}, the other members must be told at least ${rules.noticeDays} days ahead: the earliest date is ${earliest}`,
      },
      'publication.notice',
    );
  }
  for (const [i, rid] of input.resultIds.entries()) {
    // Only results the announcer may read: a confidential result of another owner is not named.
    const r = await readableResult(ctx, rid).then(
      ({ row }) => row,
      (e: unknown) => {
        if (e instanceof AppError) return undefined;
        throw e;
      },
    );
    if (!r || r.consortiumId !== c.id) {
      throw invalid(`body.resultIds[${i}]`, {
        'zh-CN': '不是本联合体的成果',
        en: 'not a result of this consortium',
      });
    }
  }
  const stored: StoredRules = {
    key: 'results.publication',
    zh: ref.zh,
    en: ref.en,
    rules,
    agreementVersionId: effective.versionId,
  };
  const id = await inTransaction(ctx, async (tx) => {
    const deadline = addDays(now, rules.objectionDays);
    const row = await repo.insertPublication(tx.db, {
      consortiumId: c.id,
      organisationId: input.organisationId,
      title: input.title,
      venue: input.venue ?? null,
      abstract: input.abstract ?? null,
      resultIds: input.resultIds,
      plannedOn: input.plannedOn,
      announcedAt: now.toISOString(),
      objectionDeadline: deadline.toISOString(),
      maxDelayUntil: addDays(startOfDayCn(input.plannedOn), rules.maxDelayDays).toISOString(),
      clause: stored,
    });
    await tx.audit({
      action: 'publication.announced',
      entityType: 'publication',
      entityId: row.id,
      consortiumId: c.id,
      organisationId: input.organisationId,
      after: {
        title: row.title,
        plannedOn: row.plannedOn,
        objectionDeadline: row.objectionDeadline,
        clause: ref.zh,
      },
    });
    const others = c.memberOrganisationIds.filter((m) => m !== input.organisationId);
    const admins = await adminsOf(tx.db, others);
    await notify(
      tx.db,
      admins.map((a) => a.userId),
      {
        kind: 'publication_review',
        title: {
          'zh-CN': `拟发表成果待审查：${row.title}`,
          en: `Planned publication for review: ${row.title}`,
        },
        body: {
          'zh-CN': `如有异议，请于 ${day(deadline)} 前提出并写明具体修改要求（${ref.zh}）。`,
          en: `Object by ${day(deadline)} with a precise modification request, if any (${ref.en}).`,
        },
        link: `/consortia/${c.id}/publications/${row.id}`,
        dueAt: deadline.toISOString(),
        dedupeKey: `publication:${row.id}`,
      },
    );
    return row.id;
  });
  return getPublication(ctx, id);
}

/** Another member's admin objects, within the window, with a precise modification request. */
export async function objectToPublication(
  ctx: ServiceContext,
  id: string,
  input: { organisationId: string; reason: string; requestedChange: string },
): Promise<Publication> {
  const { row, c } = await readable(ctx, id);
  authorize(ctx.actor, 'publications.object', { organisationId: input.organisationId });
  if (
    !c.memberOrganisationIds.includes(input.organisationId) ||
    input.organisationId === row.organisationId
  ) {
    throw invalid('body.organisationId', {
      'zh-CN': '只有其他在册成员单位可以提出异议',
      en: 'only the other current members may object',
    });
  }
  const stored = row.clause as StoredRules;
  const now = ctx.clock.now();
  if (now >= inst(row.objectionDeadline)) {
    throw invalid(
      'body',
      {
        'zh-CN': `依协议${stored.zh}，异议须在收到通知后${stored.rules.objectionDays}日内（${day(row.objectionDeadline)} 前）提出，异议期已届满`,
        en: `under ${stored.en}, objections must be made within ${stored.rules.objectionDays} days of the notice (by ${day(row.objectionDeadline)}); the period is over`,
      },
      'publication.objection_late',
    );
  }
  await inTransaction(ctx, async (tx) => {
    const open = (await repo.objectionsOf(tx.db, [id])).find(
      (o) => o.organisationId === input.organisationId && o.status === 'open',
    );
    if (open)
      throw new AppError('conflict', {
        reason:
          ctx.lang === 'en' ? 'your organisation already has an open objection' : '本单位已有未解决的异议',
      });
    const o = await repo.insertObjection(tx.db, {
      publicationId: id,
      organisationId: input.organisationId,
      reason: input.reason,
      requestedChange: input.requestedChange,
      at: now.toISOString(),
    });
    await tx.audit({
      action: 'publication.objected',
      entityType: 'publication_objection',
      entityId: o.id,
      consortiumId: c.id,
      organisationId: input.organisationId,
      after: { publication: id, reason: input.reason, requestedChange: input.requestedChange },
    });
    const admins = await adminsOf(tx.db, [row.organisationId]);
    await notify(
      tx.db,
      admins.map((a) => a.userId),
      {
        kind: 'publication_objection',
        title: {
          'zh-CN': `拟发表成果收到异议：${row.title}`,
          en: `Objection to your planned publication: ${row.title}`,
        },
        body: { 'zh-CN': input.requestedChange, en: input.requestedChange },
        link: `/consortia/${c.id}/publications/${id}`,
        dueAt: row.maxDelayUntil,
        dedupeKey: `publication_objection:${o.id}`,
      },
    );
  });
  return getPublication(ctx, id);
}

/** The objecting member's admin withdraws its objection (e.g. once the text was modified). */
export async function resolveObjection(
  ctx: ServiceContext,
  id: string,
  objectionId: string,
): Promise<Publication> {
  const { c } = await readable(ctx, id);
  const o = await repo.findObjection(ctx.db, id, objectionId);
  if (!o) throw notFound();
  authorize(ctx.actor, 'publications.object', { organisationId: o.organisationId });
  await inTransaction(ctx, async (tx) => {
    const done = await repo.resolveObjection(tx.db, id, objectionId, ctx.clock.now().toISOString());
    if (!done)
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'the objection is already resolved' : '该异议已解决',
      });
    await tx.audit({
      action: 'publication.objection_resolved',
      entityType: 'publication_objection',
      entityId: objectionId,
      consortiumId: c.id,
      organisationId: o.organisationId,
      before: { status: 'open' },
      after: { status: 'resolved' },
    });
  });
  return getPublication(ctx, id);
}
