// Access rights under the agreement: terms by purpose (royalty-free for the work;
// for exploitation as the agreement says), the "needed" justification, the owner's decision, and the
// request window after the end of the agreement (or after a member leaves), with the clause cited.
import {
  ACCESS_TERMS_LABELS,
  clauseRef,
  type AccessRequest,
  type AccessTerms,
  type accessRequestFieldsSchema,
} from '@huahe/contracts';
import type { z } from 'zod';
import { authorize, can } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { toIso } from '../../lib/time';
import { membersOf } from '../consortia/consortia.repository';
import { addMonths, dateCn, endOfDayCn } from '../results/calendar';
import { adminsOf, notify } from '../results/notify.repository';
import {
  agreementOf,
  readableConsortium,
  readableResult,
  type ConsortiumScope,
} from '../results/results.access';
import { organisationNames } from '../results/results.repository';
import * as repo from './ip.repository';

type Bi = { zh: string; en: string };
const invalid = (path: string, message: { 'zh-CN': string; en: string }, code?: string) =>
  new AppError('validation_failed', {}, [{ path, message, ...(code ? { code } : {}) }]);

/** Members read the register and the requests (and a former member its own request); nobody else. */
export function memberRead(ctx: ServiceContext, c: ConsortiumScope, also: string[] = []) {
  authorize(ctx.actor, 'results.read', {
    consortiumId: c.id,
    memberOrganisationIds: [...c.memberOrganisationIds, ...also],
    confidentiality: 'consortium',
  });
}

/** What the request is about: its title and owners (a confidential result stays hidden: 404). */
async function targetOf(
  ctx: ServiceContext,
  c: ConsortiumScope,
  input: { backgroundIpId?: string | null; resultId?: string | null },
) {
  if (input.backgroundIpId) {
    const b = await repo.findBackground(ctx.db, input.backgroundIpId);
    if (!b || b.consortiumId !== c.id) throw notFound();
    return { kind: 'background' as const, id: b.id, title: b.title, owners: [b.organisationId] };
  }
  const r = await readableResult(ctx, input.resultId!);
  if (r.consortium.id !== c.id) throw notFound();
  return {
    kind: 'result' as const,
    id: r.row.id,
    title: r.row.title,
    owners: r.owners.map((o) => o.organisationId),
  };
}

function termsText(
  terms: AccessTerms,
  purpose: 'work' | 'exploitation',
  clause: Bi,
  lang: 'zh-CN' | 'en',
): string {
  const l = ACCESS_TERMS_LABELS[terms];
  return lang === 'en'
    ? `${purpose === 'work' ? 'To carry out the consortium work' : 'To exploit its own results'}: ${l.en}, non-exclusive, no sub-licensing (${clause.en}).`
    : `${purpose === 'work' ? '为执行联合体任务' : '为实施自身成果'}：${l.zh}，非独占，不得转许可（${clause.zh}）。`;
}

/** A member's admin asks for access rights; late requests are refused with the clause cited. */
export async function requestAccess(
  ctx: ServiceContext,
  consortiumId: string,
  input: z.output<typeof accessRequestFieldsSchema>,
): Promise<AccessRequest> {
  const c = await readableConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'ip.request', { organisationId: input.requesterOrganisationId });
  const spells = (await membersOf(ctx.db, c.id)).filter(
    (s) => s.m.organisationId === input.requesterOrganisationId,
  );
  if (spells.length === 0) {
    throw invalid('body.requesterOrganisationId', {
      'zh-CN': '该单位不是（也不曾是）本联合体成员',
      en: 'not a member (past or present) of this consortium',
    });
  }
  const active = spells.some((s) => !s.m.leftOn);
  const leftOn = active
    ? undefined
    : spells
        .map((s) => s.m.leftOn!)
        .sort()
        .at(-1);
  const target = await targetOf(ctx, c, input);
  const targetPath = target.kind === 'result' ? 'body.resultId' : 'body.backgroundIpId';
  if (target.owners.includes(input.requesterOrganisationId)) {
    throw invalid(targetPath, {
      'zh-CN': '本单位已是权利人，无需申请',
      en: 'your organisation owns it already',
    });
  }
  const effective = await agreementOf(ctx, c.id);
  if (!effective) {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en'
          ? 'there is no effective agreement, so no access rights are agreed'
          : '尚无生效的组建协议，未约定使用权',
    });
  }
  const a = effective.agreement;
  const ar = a.ip.accessRights;
  const key = input.purpose === 'work' ? 'results.access_work' : 'results.access_exploitation';
  const clause = clauseRef(a, key);
  const windowClause = clauseRef(a, 'results.access_exploitation');
  const now = ctx.clock.now();
  // The window runs from the end of the agreement or, for a member that left, from its leaving.
  const end = leftOn ?? a.term.endsOn;
  const deadline = end ? endOfDayCn(addMonths(end, ar.requestWindowMonths)) : null;
  if (deadline && now > deadline) {
    const last = dateCn(deadline);
    throw invalid(
      'body',
      {
        'zh-CN': `依协议${windowClause.zh}，使用权请求须在${leftOn ? '退出' : '协议终止'}（${end}）后${ar.requestWindowMonths}个月内（${last} 前）提出，本请求已逾期`,
        en: `under ${windowClause.en}, access rights must be requested within ${ar.requestWindowMonths} months after ${leftOn ? 'leaving' : 'the end of the agreement'} (${end}), i.e. by ${last}; this request is late`,
      },
      'access.too_late',
    );
  }
  if (input.purpose === 'work' && (!active || (a.term.endsOn && dateCn(now) > a.term.endsOn))) {
    throw invalid(
      'body.purpose',
      {
        'zh-CN': `执行任务所需的使用权（${clause.zh}）仅在参与联合体任务期间适用；请改为“为实施自身成果”申请`,
        en: `access for carrying out the work (${clause.en}) applies only while taking part in the consortium’s work; ask for exploitation instead`,
      },
      'access.work_ended',
    );
  }
  const terms: AccessTerms =
    input.purpose === 'work'
      ? ar.forWork
      : target.kind === 'result'
        ? ar.resultsForExploitation
        : ar.backgroundForExploitation;
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertAccessRequest(tx.db, {
      consortiumId: c.id,
      requesterOrganisationId: input.requesterOrganisationId,
      backgroundIpId: target.kind === 'background' ? target.id : null,
      resultId: target.kind === 'result' ? target.id : null,
      purpose: input.purpose,
      justification: input.justification,
      terms,
      deadline: deadline?.toISOString() ?? null,
      clause: { key, zh: clause.zh, en: clause.en, agreementVersionId: effective.versionId },
    });
    await tx.audit({
      action: 'access.requested',
      entityType: 'access_request',
      entityId: row.id,
      consortiumId: c.id,
      organisationId: input.requesterOrganisationId,
      after: { target: target.id, purpose: input.purpose, terms, clause: clause.zh },
    });
    const admins = await adminsOf(tx.db, target.owners);
    await notify(
      tx.db,
      admins.map((x) => x.userId),
      {
        kind: 'access_request',
        title: {
          'zh-CN': `使用权请求待您决定：${target.title}`,
          en: `Access request awaiting your decision: ${target.title}`,
        },
        body: { 'zh-CN': input.justification, en: input.justification },
        link: `/consortia/${c.id}/ip`,
        dedupeKey: `access_request:${row.id}`,
      },
    );
    return row.id;
  });
  return getAccessRequest(ctx, id);
}

async function view(
  ctx: ServiceContext,
  row: repo.AccessRequestRow,
  c: ConsortiumScope,
): Promise<AccessRequest> {
  const target = await targetOf(ctx, c, row);
  const names = await organisationNames(ctx.db, [row.requesterOrganisationId, ...target.owners], ctx.lang);
  const clause = row.clause as (Bi & { key: string }) | null;
  const terms = row.terms as AccessTerms;
  return {
    id: row.id,
    consortiumId: row.consortiumId,
    requester: { id: row.requesterOrganisationId, name: names.get(row.requesterOrganisationId) ?? '' },
    owners: target.owners.map((id) => ({ id, name: names.get(id) ?? '' })),
    target: { kind: target.kind, id: target.id, title: target.title },
    purpose: row.purpose as 'work' | 'exploitation',
    justification: row.justification,
    terms,
    termsText: termsText(
      terms,
      row.purpose as 'work' | 'exploitation',
      clause ?? { zh: '本协议', en: 'this Agreement' },
      ctx.lang,
    ),
    clause: clause ? { zh: clause.zh, en: clause.en } : null,
    deadline: row.deadline ? toIso(row.deadline) : null,
    status: row.status as AccessRequest['status'],
    decidedAt: row.decidedAt ? toIso(row.decidedAt) : null,
    decisionNote: row.decisionNote,
    createdAt: toIso(row.createdAt),
    canDecide: row.status === 'pending' && mayDecide(ctx, c, target.owners),
  };
}

/** The owners' admins decide; for a result in the common pool (owned by everyone) also the secretariat. */
function mayDecide(ctx: ServiceContext, c: ConsortiumScope, owners: string[]): boolean {
  const pool = owners.length > 1 && c.memberOrganisationIds.every((m) => owners.includes(m));
  return (
    owners.some((o) => can(ctx.actor, 'ip.decide', { organisationId: o })) ||
    (pool && can(ctx.actor, 'ip.decide', { consortiumId: c.id }))
  );
}

/** One access request (members of the consortium; a confidential target stays hidden). */
export async function getAccessRequest(ctx: ServiceContext, id: string): Promise<AccessRequest> {
  const row = await repo.findAccessRequest(ctx.db, id);
  if (!row) throw notFound();
  const c = await readableConsortium(ctx, row.consortiumId);
  memberRead(ctx, c, [row.requesterOrganisationId]);
  return view(ctx, row, c);
}

/** The access requests of a consortium that the caller may see. */
export async function listAccessRequests(
  ctx: ServiceContext,
  consortiumId: string,
): Promise<AccessRequest[]> {
  const c = await readableConsortium(ctx, consortiumId);
  memberRead(ctx, c);
  const out: AccessRequest[] = [];
  for (const row of await repo.accessRequestsOf(ctx.db, c.id)) {
    try {
      out.push(await view(ctx, row, c));
    } catch (e) {
      // A request about a confidential result the caller may not read is left out, not shown.
      if (!(e instanceof AppError && e.code === 'not_found')) throw e;
    }
  }
  return out;
}

/** The owner's admin grants or refuses (a refusal gives its reason). */
export async function decideAccess(
  ctx: ServiceContext,
  id: string,
  input: { decision: 'granted' | 'refused'; note?: string | null },
): Promise<AccessRequest> {
  const row = await repo.findAccessRequest(ctx.db, id);
  if (!row) throw notFound();
  const c = await readableConsortium(ctx, row.consortiumId);
  memberRead(ctx, c);
  const target = await targetOf(ctx, c, row);
  if (!mayDecide(ctx, c, target.owners)) throw notFound();
  await inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const after = await repo.decideAccessRequest(tx.db, id, {
      status: input.decision,
      decidedAt: now,
      decisionNote: input.note ?? null,
      updatedAt: now,
    });
    if (!after)
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'this request is already decided' : '该请求已有决定',
      });
    await tx.audit({
      action: 'access.decided',
      entityType: 'access_request',
      entityId: id,
      consortiumId: c.id,
      organisationId: row.requesterOrganisationId,
      before: { status: row.status },
      after: { status: input.decision, note: input.note ?? null },
    });
    const admins = await adminsOf(tx.db, [row.requesterOrganisationId]);
    await notify(
      tx.db,
      admins.map((x) => x.userId),
      {
        kind: 'access_decided',
        title: {
          'zh-CN': `使用权请求${input.decision === 'granted' ? '已获准' : '被拒绝'}：${target.title}`,
          en: `Access request ${input.decision}: ${target.title}`,
        },
        link: `/consortia/${c.id}/ip`,
        dedupeKey: `access_decided:${id}`,
      },
    );
  });
  return getAccessRequest(ctx, id);
}
