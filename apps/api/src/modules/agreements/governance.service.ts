import { applyMotion, decideMotion, type Decision } from '@huahe/governance';
import {
  GovernanceEventSchema,
  MotionSchema,
  type Agreement,
  type GovernanceEvent,
  type Motion,
  type MotionView,
} from '@huahe/contracts';
import { authorize, can } from '../../lib/authz';
import { inTransaction, type ServiceContext, type TxContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { toIso } from '../../lib/time';
import { activeSpell, insertMember, updateMember } from '../consortia/consortia.repository';
import { memberAuditState } from '../consortia/consortia.mapper';
import { findOrganisation } from '../organisations/organisations.repository';
import { partiesActedFor, readableAgreement } from './agreements.access';
import * as repo from './agreements.repository';
import { freezeData } from './agreements.service';

const msg = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The effective version whose rules decide new motions; none means no motion can be decided. */
async function effective(ctx: ServiceContext, consortiumId: string) {
  const e = await repo.effectiveAgreement(ctx.db, consortiumId);
  if (!e) {
    throw new AppError('conflict', {
      reason: ctx.lang === 'en' ? 'the agreement has no effective version yet' : '组建协议尚无生效版本',
    });
  }
  return e;
}

const eventsData = (rows: repo.EventRow[]) => rows.map((r) => GovernanceEventSchema.parse(r.data));

function view(
  ctx: ServiceContext,
  m: repo.MotionRow,
  a: Agreement,
  events: GovernanceEvent[],
  decision: Decision,
): MotionView {
  const motion = MotionSchema.parse(m.data);
  const name = (id: string) => {
    const n = a.parties.find((p) => p.organisationId === id)?.legalName;
    return n ? nameIn(ctx.lang, n.zh, n.en) : id;
  };
  const mine = partiesActedFor(
    ctx,
    a.parties.map((p) => p.organisationId),
  );
  return {
    id: m.id,
    data: motion,
    versionId: m.versionId,
    decision: { ...decision, reasons: decision.reasons.map((r) => ({ ...r, clauseRef: r.clauseRef })) },
    appliedVersionId: m.appliedVersionId,
    createdAt: toIso(m.createdAt),
    votes: events.flatMap((e) =>
      e.kind === 'vote' && e.motionId === m.id
        ? [{ partyId: e.partyId, name: name(e.partyId), choice: e.choice, at: e.at }]
        : [],
    ),
    vetoes: events.flatMap((e) =>
      e.kind === 'veto' && e.motionId === m.id
        ? [{ partyId: e.partyId, name: name(e.partyId), at: e.at }]
        : [],
    ),
    myParty: mine[0] ?? null,
    myParties: mine,
  };
}

/** Every motion with the engine's decision as of now (from the rules of the version it was put under). */
export async function listMotions(ctx: ServiceContext, agreementId: string): Promise<MotionView[]> {
  await readableAgreement(ctx, agreementId);
  const [rows, eventRows] = await Promise.all([
    repo.motionsOf(ctx.db, agreementId),
    repo.eventsOf(ctx.db, agreementId),
  ]);
  const events = eventsData(eventRows);
  const versions = new Map<string, Agreement>();
  const out: MotionView[] = [];
  for (const m of rows) {
    if (!versions.has(m.versionId))
      versions.set(
        m.versionId,
        JSON.parse((await repo.findVersion(ctx.db, m.versionId))!.canonical) as Agreement,
      );
    const a = versions.get(m.versionId)!;
    out.push(view(ctx, m, a, events, decideMotion(a, MotionSchema.parse(m.data), events, ctx.clock.now())));
  }
  return out;
}

/** One motion with its decision. */
export async function getMotion(
  ctx: ServiceContext,
  agreementId: string,
  motionId: string,
): Promise<MotionView> {
  const found = (await listMotions(ctx, agreementId)).find((m) => m.id === motionId);
  if (!found) throw notFound();
  return found;
}

/**
 * A membership motion must name the right organisation: an accession a registered organisation
 * that is not yet a party, an exit or expulsion a party; answered on the field, before it is put.
 */
async function checkMembershipMotion(ctx: ServiceContext, a: Agreement, motion: Motion) {
  const isParty = (id: string) => a.parties.some((p) => p.organisationId === id);
  const problem = (path: string, zh: string, en: string) => {
    throw new AppError('validation_failed', {}, [{ path: `body.motion.${path}`, message: msg(zh, en) }]);
  };
  if (motion.kind === 'accession') {
    const id = motion.party.organisationId;
    if (isParty(id))
      problem('party.organisationId', '该单位已是协议当事方', 'already a party to the agreement');
    if (!(await findOrganisation(ctx.db, id)))
      problem(
        'party.organisationId',
        '新成员须先登记为平台单位',
        'the new member must first be registered as an organisation',
      );
  }
  if ((motion.kind === 'exit' || motion.kind === 'expulsion') && !isParty(motion.partyId))
    problem('partyId', '该单位不是协议当事方', 'not a party to the agreement');
}

/** Puts a motion to the consortium under the effective version's rules (the secretariat, or a party's admin). */
export async function proposeMotion(
  ctx: ServiceContext,
  agreementId: string,
  motion: Motion,
): Promise<MotionView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  const e = await effective(ctx, agreement.consortiumId);
  const acting = partiesActedFor(
    ctx,
    e.agreement.parties.map((p) => p.organisationId),
  );
  const runs = can(ctx.actor, 'agreements.edit', { consortiumId: agreement.consortiumId });
  if (!runs)
    authorize(ctx.actor, 'motions.propose', {
      consortiumId: agreement.consortiumId,
      organisationId: acting[0] ?? null,
    });
  await checkMembershipMotion(ctx, e.agreement, motion);
  const data: Motion = { ...motion, ...(runs || !acting[0] ? {} : { proposedBy: acting[0] }) };
  await inTransaction(ctx, async (tx) => {
    if (await repo.findMotion(tx.db, agreementId, data.id))
      throw new AppError('conflict', { reason: 'motion id' });
    await repo.insertMotion(tx.db, {
      id: data.id,
      agreementId,
      versionId: e.versionId,
      data,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await tx.audit({
      action: 'motion.proposed',
      entityType: 'motion',
      entityId: data.id,
      consortiumId: agreement.consortiumId,
      after: data,
    });
  });
  return getMotion(ctx, agreementId, data.id);
}

/** The field holding the instant an event happened. */
const timeField = (e: GovernanceEvent) =>
  'at' in e ? 'at' : e.kind === 'meeting_convened' ? 'noticeGivenAt' : 'heldAt';
const timeOf = (e: GovernanceEvent): string => (e as Record<string, unknown>)[timeField(e)] as string;

async function record(tx: TxContext, agreementId: string, consortiumId: string, event: GovernanceEvent) {
  const at = timeOf(event);
  const row = await repo.insertEvent(tx.db, {
    agreementId,
    data: event,
    kind: event.kind,
    at,
    recordedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
    recordedAt: tx.clock.now().toISOString(),
  });
  await tx.audit({
    action: `governance.${event.kind}`,
    entityType: 'governance_event',
    entityId: row.id,
    consortiumId,
    after: event,
  });
}

/** The secretariat records what happened (notices, meetings, attendance, minutes, votes cast at a meeting). */
export async function recordEvent(ctx: ServiceContext, agreementId: string, event: GovernanceEvent) {
  const { agreement } = await readableAgreement(ctx, agreementId);
  authorize(ctx.actor, 'governance.record', { consortiumId: agreement.consortiumId });
  // A veto is the party's own act: only its admin casts it (castVeto), never the secretariat for it.
  if (event.kind === 'veto') {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.event.kind',
        code: 'veto_by_party',
        message: msg(
          '否决权只能由享有否决权的成员单位自行行使，秘书处不能代为记录',
          'a veto is cast by the party holding it, not recorded by the secretariat on its behalf',
        ),
      },
    ]);
  }
  if (Date.parse(timeOf(event)) > ctx.clock.now().getTime() + 60_000) {
    throw new AppError('validation_failed', {}, [
      {
        path: `body.event.${timeField(event)}`,
        code: 'future',
        message: msg('不能记录尚未发生的事件', 'an event cannot be recorded before it happens'),
      },
    ]);
  }
  await inTransaction(ctx, (tx) => record(tx, agreementId, agreement.consortiumId, event));
  return listEvents(ctx, agreementId);
}

/**
 * The party the caller votes or vetoes for: the one named, which the caller must act for (else
 * "not found or no access"), or its only party; an admin of several must say which.
 */
function actingParty(ctx: ServiceContext, a: Agreement, requested: string | undefined): string {
  const parties = partiesActedFor(
    ctx,
    a.parties.map((p) => p.organisationId),
  );
  if (requested !== undefined) {
    if (!parties.includes(requested)) throw notFound();
    return requested;
  }
  if (parties.length === 0) throw notFound();
  if (parties.length > 1) {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.partyId',
        code: 'party_required',
        message: msg(
          '您代表多个成员单位，请指明以哪个单位的名义行使权利',
          'you act for several parties: say for which one',
        ),
      },
    ]);
  }
  return parties[0]!;
}

/** A party's admin casts the party's vote (written procedure or an open ballot). */
export async function castVote(
  ctx: ServiceContext,
  agreementId: string,
  motionId: string,
  choice: 'for' | 'against' | 'abstain',
  partyId?: string,
): Promise<MotionView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  const m = await repo.findMotion(ctx.db, agreementId, motionId);
  if (!m) throw notFound();
  const a = JSON.parse((await repo.findVersion(ctx.db, m.versionId))!.canonical) as Agreement;
  const party = actingParty(ctx, a, partyId);
  authorize(ctx.actor, 'governance.vote', { organisationId: party });
  const current = await getMotion(ctx, agreementId, motionId);
  if (current.decision.status !== 'pending') {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en'
          ? `the motion is already ${current.decision.status}`
          : `议案已有结果（${current.decision.status}）`,
    });
  }
  await inTransaction(ctx, (tx) =>
    record(tx, agreementId, agreement.consortiumId, {
      kind: 'vote',
      motionId,
      partyId: party,
      choice,
      at: ctx.clock.now().toISOString(),
    }),
  );
  return getMotion(ctx, agreementId, motionId);
}

/** A party holding a veto right uses it; the engine decides whether it is inside its window. */
export async function castVeto(
  ctx: ServiceContext,
  agreementId: string,
  motionId: string,
  grounds?: { zh: string; en?: string },
  partyId?: string,
): Promise<MotionView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  const m = await repo.findMotion(ctx.db, agreementId, motionId);
  if (!m) throw notFound();
  const a = JSON.parse((await repo.findVersion(ctx.db, m.versionId))!.canonical) as Agreement;
  const party = actingParty(ctx, a, partyId);
  authorize(ctx.actor, 'governance.vote', { organisationId: party });
  await inTransaction(ctx, (tx) =>
    record(tx, agreementId, agreement.consortiumId, {
      kind: 'veto',
      motionId,
      partyId: party,
      at: ctx.clock.now().toISOString(),
      ...(grounds ? { grounds } : {}),
    }),
  );
  return getMotion(ctx, agreementId, motionId);
}

/**
 * Applies a passed amendment, accession, exit or expulsion: the membership history is updated and
 * the changed agreement becomes a new version for every party to sign.
 */
export async function applyPassedMotion(
  ctx: ServiceContext,
  agreementId: string,
  motionId: string,
): Promise<MotionView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  authorize(ctx.actor, 'agreements.edit', { consortiumId: agreement.consortiumId });
  const current = await getMotion(ctx, agreementId, motionId);
  const motion = current.data;
  if (motion.kind === 'resolution') {
    throw new AppError('conflict', {
      reason: ctx.lang === 'en' ? 'a resolution changes nothing to apply' : '普通决议无需应用到协议',
    });
  }
  if (current.appliedVersionId)
    throw new AppError('conflict', { reason: ctx.lang === 'en' ? 'already applied' : '已应用' });
  if (
    current.decision.status !== 'passed' ||
    !current.decision.effectiveAt ||
    Date.parse(current.decision.effectiveAt) > ctx.clock.now().getTime()
  ) {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en'
          ? `the motion has not taken effect (${current.decision.status})`
          : `议案尚未生效（${current.decision.status}）`,
    });
  }
  const base = JSON.parse((await repo.findVersion(ctx.db, current.versionId))!.canonical) as Agreement;
  const applied = applyMotion(base, motion, { effectiveAt: current.decision.effectiveAt });
  if (!applied.ok) {
    throw new AppError(
      'validation_failed',
      {},
      applied.problems.map((p) => ({
        path: `motion${p.path.replace(/\//g, '.')}`,
        code: p.code,
        message: p.message,
      })),
    );
  }
  await inTransaction(ctx, async (tx) => {
    const day = current.decision.effectiveAt!.slice(0, 10);
    for (const change of applied.membership) {
      if (change.kind === 'joined') {
        if (!(await findOrganisation(tx.db, change.partyId))) {
          throw new AppError('validation_failed', {}, [
            {
              path: 'motion.party.organisationId',
              message: msg(
                '新成员须先登记为平台单位',
                'the new member must first be registered as an organisation',
              ),
            },
          ]);
        }
        if (!(await activeSpell(tx.db, agreement.consortiumId, change.partyId))) {
          const party = applied.agreement.parties.find((p) => p.organisationId === change.partyId)!;
          const m = await insertMember(tx.db, {
            consortiumId: agreement.consortiumId,
            organisationId: change.partyId,
            role: party.role,
            tier: party.tier ?? 'general',
            joinedOn: (change.effectiveAt ?? current.decision.effectiveAt!).slice(0, 10),
            joinReason: `${change.clauseRef.zh}：议案“${motion.title.zh}”通过`,
          });
          await tx.audit({
            action: 'consortium.member_added',
            entityType: 'consortium_member',
            entityId: m.id,
            consortiumId: agreement.consortiumId,
            organisationId: m.organisationId,
            after: memberAuditState(m),
            summary: { motion: motionId },
          });
        }
      } else {
        const spell = await activeSpell(tx.db, agreement.consortiumId, change.partyId);
        if (spell) {
          const after = await updateMember(tx.db, spell.id, {
            leftOn: (change.effectiveAt ?? day).slice(0, 10),
            leaveReason: `${change.kind === 'expelled' ? '除名' : '退出'}（${change.clauseRef.zh}，议案“${motion.title.zh}”）`,
          });
          await tx.audit({
            action: 'consortium.member_left',
            entityType: 'consortium_member',
            entityId: spell.id,
            consortiumId: agreement.consortiumId,
            organisationId: spell.organisationId,
            before: memberAuditState(spell),
            after: memberAuditState(after!),
            summary: { motion: motionId },
          });
        }
      }
    }
    const origin = motion.kind === 'accession' ? 'accession' : motion.kind;
    const v = await freezeData(tx, agreementId, agreement.consortiumId, applied.agreement, origin, motionId);
    await repo.updateMotion(tx.db, motionId, {
      appliedVersionId: v.id,
      status: 'applied',
      updatedAt: ctx.clock.now().toISOString(),
    });
    const row = await repo.findAgreement(tx.db, agreementId);
    await repo.saveDraft(
      tx.db,
      agreementId,
      row!.draftVersion,
      applied.agreement,
      ctx.clock.now().toISOString(),
    );
    await tx.audit({
      action: 'motion.applied',
      entityType: 'motion',
      entityId: motionId,
      consortiumId: agreement.consortiumId,
      after: { version: v.number, digest: v.digest },
    });
  });
  return getMotion(ctx, agreementId, motionId);
}

/** The recorded governance events of an agreement. */
export async function listEvents(ctx: ServiceContext, agreementId: string) {
  await readableAgreement(ctx, agreementId);
  return (await repo.eventsOf(ctx.db, agreementId)).map((r) => ({
    id: r.id,
    event: GovernanceEventSchema.parse(r.data),
    recordedAt: toIso(r.recordedAt),
    recordedBy: r.recordedBy,
  }));
}
