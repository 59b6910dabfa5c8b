// Ownership changes: proposed by whoever manages the result, applied only when every co-owner's
// admin has consented; any refusal ends the proposal. Each answer is recorded and audited.
import { formatRational, getRatio, type OwnershipChange } from '@huahe/contracts';
import { can } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { manageableResult, readableResult } from './results.access';
import { auditState, changeView, type StoredClause, type StoredConsent } from './results.mapper';
import * as repo from './results.repository';
import { adminsOf, notify, userNames } from './notify.repository';
import { checkOwnerShares } from './ownership';

type NewOwner = { organisationId: string; share: string };

async function views(ctx: ServiceContext, changes: repo.ChangeRow[]): Promise<OwnershipChange[]> {
  const ids = changes.flatMap((c) => [
    ...(c.owners as NewOwner[]).map((o) => o.organisationId),
    ...(c.consents as StoredConsent[]).map((x) => x.organisationId),
  ]);
  const [pairs, users] = await Promise.all([
    repo.organisationNamePairs(ctx.db, ids),
    userNames(
      ctx.db,
      changes.map((c) => c.proposedBy),
    ),
  ]);
  const names = new Map([...pairs].map(([id, n]) => [id, nameIn(ctx.lang, n.zh, n.en)]));
  return changes.map((c) => changeView(c, names, c.proposedBy ? (users.get(c.proposedBy) ?? null) : null));
}

/** Every ownership change of a result, newest first. */
export async function listChanges(ctx: ServiceContext, resultId: string): Promise<OwnershipChange[]> {
  await readableResult(ctx, resultId);
  return views(ctx, await repo.changesOf(ctx.db, resultId));
}

/** Proposes new owners; every current co-owner's admin is asked (and notified). */
export async function proposeChange(
  ctx: ServiceContext,
  resultId: string,
  input: { owners: NewOwner[]; reason: string },
): Promise<OwnershipChange> {
  const { row, consortium, owners } = await manageableResult(ctx, resultId);
  const problems = checkOwnerShares(input.owners, 'body.owners');
  const current = owners.map((o) => o.organisationId);
  input.owners.forEach((o, i) => {
    if (!consortium.memberOrganisationIds.includes(o.organisationId) && !current.includes(o.organisationId)) {
      problems.push({
        path: `body.owners[${i}].organisationId`,
        message: {
          'zh-CN': '只能转给本联合体的成员单位或现有共有人',
          en: 'only current members or co-owners can become owners',
        },
      });
    }
  });
  if (problems.length) throw new AppError('validation_failed', {}, problems);
  const next = input.owners.map((o) => ({
    organisationId: o.organisationId,
    share: formatRational(getRatio(o.share)),
  }));
  const same =
    next.length === owners.length &&
    next.every((n) => owners.some((o) => o.organisationId === n.organisationId && o.share === n.share));
  if (same) {
    throw new AppError('validation_failed', {}, [
      { path: 'body.owners', message: { 'zh-CN': '与现有归属相同', en: 'this is the current ownership' } },
    ]);
  }
  const change = await inTransaction(ctx, async (tx) => {
    if (await repo.pendingChange(tx.db, resultId)) {
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'another ownership change is awaiting consent' : '已有待同意的归属变更',
      });
    }
    const consents: StoredConsent[] = current.map((organisationId) => ({
      organisationId,
      decision: null,
      userId: null,
      by: null,
      at: null,
      note: null,
    }));
    const c = await repo.insertChange(tx.db, {
      resultId,
      proposedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      owners: next,
      reason: input.reason,
      consents,
    });
    await tx.audit({
      action: 'result.ownership_change_proposed',
      entityType: 'ownership_change',
      entityId: c.id,
      consortiumId: consortium.id,
      before: auditState(row, owners),
      after: { owners: next, reason: input.reason },
    });
    const admins = await adminsOf(tx.db, current);
    await notify(
      tx.db,
      admins.map((a) => a.userId),
      {
        kind: 'ownership_consent',
        title: {
          'zh-CN': `成果归属变更待您同意：${row.title}`,
          en: `Ownership change awaiting your consent: ${row.title}`,
        },
        body: { 'zh-CN': input.reason, en: input.reason },
        link: `/results/${resultId}`,
        dedupeKey: `ownership_change:${c.id}`,
      },
    );
    return c;
  });
  return (await views(ctx, [change]))[0]!;
}

/** A co-owner's admin consents or refuses; the last consent applies the change. */
export async function answerChange(
  ctx: ServiceContext,
  resultId: string,
  changeId: string,
  input: { organisationId: string; decision: 'consent' | 'refuse'; note?: string | null },
): Promise<OwnershipChange> {
  const { consortium } = await readableResult(ctx, resultId);
  // A consent is the organisation's own act, like its vote: only its admin gives it.
  if (!can(ctx.actor, 'governance.vote', { organisationId: input.organisationId })) throw notFound();
  const updated = await inTransaction(ctx, async (tx) => {
    const change = await repo.pendingChange(tx.db, resultId);
    if (!change || change.id !== changeId) {
      if (!(await repo.findChange(tx.db, resultId, changeId))) throw notFound();
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'this change is already decided' : '该变更已有结果',
      });
    }
    const consents = change.consents as StoredConsent[];
    const mine = consents.find((x) => x.organisationId === input.organisationId);
    if (!mine) {
      throw new AppError('validation_failed', {}, [
        {
          path: 'body.organisationId',
          message: { 'zh-CN': '该单位不是本成果的共有人', en: 'this organisation is not a co-owner' },
        },
      ]);
    }
    if (mine.decision) {
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'this co-owner has already answered' : '该共有人已作出答复',
      });
    }
    const user = ctx.actor.kind === 'user' ? ctx.actor : undefined;
    Object.assign(mine, {
      decision: input.decision,
      userId: user?.userId ?? null,
      by: user?.displayName ?? 'system',
      at: ctx.clock.now().toISOString(),
      note: input.note ?? null,
    });
    const all = consents.every((x) => x.decision === 'consent');
    const status = input.decision === 'refuse' ? 'refused' : all ? 'applied' : 'pending';
    const after = await repo.updateChange(tx.db, change.id, {
      consents,
      status,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await tx.audit({
      action: input.decision === 'consent' ? 'result.ownership_consented' : 'result.ownership_refused',
      entityType: 'ownership_change',
      entityId: change.id,
      consortiumId: consortium.id,
      organisationId: input.organisationId,
      after: { decision: input.decision, note: input.note ?? null },
    });
    if (status === 'applied') await applyChange(tx, resultId, change, consortium.id);
    return after!;
  });
  return (await views(ctx, [updated]))[0]!;
}

async function applyChange(
  tx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  resultId: string,
  change: repo.ChangeRow,
  consortiumId: string,
) {
  const row = (await repo.findResult(tx.db, resultId))!;
  const before = await repo.ownersOf(tx.db, [resultId]);
  const next = change.owners as NewOwner[];
  await repo.replaceOwners(
    tx.db,
    resultId,
    next.map((o) => ({ ...o, contribution: null })),
  );
  const on = tx.clock.now().toISOString().slice(0, 10);
  const old = row.ownershipClause as StoredClause | null;
  const clause: StoredClause = {
    key: old?.key ?? 'consent',
    zh: old?.zh ?? '全体共有人同意',
    en: old?.en ?? 'consent of all co-owners',
    explanation: {
      zh: `${on} 经全体共有人同意变更归属（原依据：${old?.explanation.zh ?? '登记时指定'}）。`,
      en: `Ownership changed on ${on} with the consent of every co-owner (originally: ${old?.explanation.en ?? 'as registered'}).`,
    },
    agreementVersionId: old?.agreementVersionId ?? null,
    agreementVersionNumber: old?.agreementVersionNumber ?? null,
  };
  const after = await repo.updateResult(
    tx.db,
    resultId,
    row.version,
    { ownershipClause: clause },
    tx.clock.now().toISOString(),
  );
  if (!after) throw new AppError('stale_version');
  await tx.audit({
    action: 'result.ownership_changed',
    entityType: 'result',
    entityId: resultId,
    consortiumId,
    before: auditState(row, before),
    after: auditState(after, next),
    summary: { change: change.id },
  });
}
