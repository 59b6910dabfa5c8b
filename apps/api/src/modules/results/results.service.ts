// The results register: list, detail, recording (ownership by the agreement's rule, or explicit
// owners without one), edits and the dated status history.
import {
  checkResultIdentifier,
  formatRational,
  getRatio,
  type ResultDetail,
  type ResultSummary,
  type ResultType,
  type resultFieldsSchema,
  type resultStatusRequestSchema,
  type updateResultRequestSchema,
} from '@huahe/contracts';
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { can } from '../../lib/authz';
import { AppError, type AppErrorDetail } from '../../lib/errors';
import {
  canManageResult,
  manageableResult,
  readableConsortium,
  readableResult,
  resultVisibility,
} from './results.access';
import { auditState, detailView, summaryView, type StoredClause } from './results.mapper';
import * as repo from './results.repository';
import { checkOwnerShares } from './ownership';
import { checkMembers, mayCreate, ownershipFor } from './proposal.service';

type ResultInput = z.output<typeof resultFieldsSchema>;
type ResultPatch = z.output<typeof updateResultRequestSchema>;

const invalid = (details: AppErrorDetail[]) => new AppError('validation_failed', {}, details);
const today = (ctx: ServiceContext) => ctx.clock.now().toISOString().slice(0, 10);

/** A page of a consortium's results, as far as the caller may see them. */
export async function listResults(
  ctx: ServiceContext,
  consortiumId: string,
  q: repo.ResultFilter & { page: number; pageSize: number },
): Promise<{ items: ResultSummary[]; total: number; page: number; pageSize: number }> {
  const c = await readableConsortium(ctx, consortiumId);
  const { rows, total } = await repo.listResults(
    ctx.db,
    c.id,
    q,
    resultVisibility(ctx, c),
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const owners = await repo.ownersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => summaryView(r, owners, ctx.lang)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One result with owners, inventors and status history (confidential ones: owners, secretariat, bureau). */
export async function getResult(ctx: ServiceContext, id: string): Promise<ResultDetail> {
  const { row, consortium, owners } = await readableResult(ctx, id);
  const [inventors, history, pending] = await Promise.all([
    repo.inventorsOf(ctx.db, id),
    repo.statusHistoryOf(ctx.db, id),
    repo.changesOf(ctx.db, id),
  ]);
  return detailView(row, {
    consortiumName: consortium.name,
    owners,
    inventors,
    history,
    pendingChangeId: pending.find((p) => p.status === 'pending')?.id ?? null,
    canManage: canManageResult(
      ctx,
      consortium.id,
      owners.map((o) => o.organisationId),
    ),
    lang: ctx.lang,
  });
}

/** Records a result: ownership from the agreement's rule (clause stored), or explicit owners without one. */
export async function createResult(
  ctx: ServiceContext,
  consortiumId: string,
  input: ResultInput,
): Promise<ResultDetail> {
  const c = await readableConsortium(ctx, consortiumId);
  mayCreate(ctx, c, input.creators);
  const { effective, ownership } = await ownershipFor(ctx, c, input.type, input.creators);
  let owners: { organisationId: string; share: string; contribution: string | null }[];
  let clause: StoredClause | null = null;
  if (ownership) {
    if (input.owners) {
      throw invalid([
        {
          path: 'body.owners',
          message: {
            'zh-CN': `归属由协议${ownership.clause.zh}确定，不能在此指定；如需变更，请在登记后发起经全体共有人同意的归属变更`,
            en: `ownership follows ${ownership.clause.en} and cannot be set here; propose an ownership change (every co-owner must consent) afterwards`,
          },
        },
      ]);
    }
    owners = ownership.owners.map((o) => ({
      organisationId: o.organisationId,
      share: o.share.toFraction(),
      contribution: o.contribution,
    }));
    clause = {
      key: ownership.clause.key,
      zh: ownership.clause.zh,
      en: ownership.clause.en,
      explanation: ownership.explanation,
      agreementVersionId: effective!.versionId,
      agreementVersionNumber: effective!.number,
    };
  } else {
    if (!input.owners) {
      throw invalid([
        {
          path: 'body.owners',
          message: effective
            ? {
                'zh-CN': '生效协议未规定该类成果的归属：请填写权利人及份额',
                en: 'the agreement has no rule for this type: enter the owners and shares',
              }
            : {
                'zh-CN': '尚无生效的组建协议：请填写权利人及份额',
                en: 'there is no effective agreement: enter the owners and shares',
              },
        },
      ]);
    }
    const problems = [
      ...checkOwnerShares(input.owners, 'body.owners'),
      ...checkMembers(
        c,
        input.owners.map((o) => o.organisationId),
        (i) => `body.owners[${i}].organisationId`,
      ),
    ];
    if (problems.length) throw invalid(problems);
    owners = input.owners.map((o) => ({
      organisationId: o.organisationId,
      share: formatRational(getRatio(o.share)),
      contribution: null,
    }));
  }
  const identifier = input.identifier ? checkIdentifier(input.type, input.identifier) : null;
  await checkInventors(ctx, input.inventors);
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertResult(tx.db, {
      consortiumId: c.id,
      type: input.type,
      title: input.title,
      titleEn: input.titleEn ?? null,
      identifier,
      description: input.description ?? null,
      status: input.status,
      trl: input.trl ?? null,
      confidentiality: input.confidentiality,
      origin: input.creators.length === 1 ? 'sole' : 'joint',
      ownershipRule: ownership?.rule ?? null,
      ownershipClause: clause,
      linkedTasks: input.linkedTasks,
      achievedOn: input.achievedOn ?? null,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await repo.replaceOwners(tx.db, row.id, owners);
    await repo.replaceInventors(tx.db, row.id, inventorRows(input.inventors));
    await repo.insertStatus(tx.db, {
      resultId: row.id,
      status: input.status,
      on: input.statusOn ?? today(ctx),
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await tx.audit({
      action: 'result.created',
      entityType: 'result',
      entityId: row.id,
      consortiumId: c.id,
      after: auditState(row, owners),
      summary: clause ? { clause: clause.zh, rule: ownership!.rule } : { owners: 'explicit' },
    });
    return row.id;
  });
  return getResult(ctx, id);
}

function checkIdentifier(type: ResultType, identifier: string): string {
  const check = checkResultIdentifier(type, identifier);
  if (!check.ok) {
    throw invalid([
      {
        path: 'body.identifier',
        code: check.reason.code,
        message: { 'zh-CN': check.reason.zh, en: check.reason.en },
      },
    ]);
  }
  return check.canonical;
}

/** Field problems for inventors naming a person or an organisation that does not exist. */
async function checkInventors(ctx: ServiceContext, inventors: ResultInput['inventors']) {
  const [persons, orgs] = await Promise.all([
    repo.existingPeople(
      ctx.db,
      inventors.flatMap((i) => (i.personId ? [i.personId] : [])),
    ),
    repo.organisationNames(
      ctx.db,
      inventors.flatMap((i) => (i.organisationId ? [i.organisationId] : [])),
    ),
  ]);
  const problems: AppErrorDetail[] = [];
  inventors.forEach((i, n) => {
    if (i.personId && !persons.has(i.personId))
      problems.push({
        path: `body.inventors[${n}].personId`,
        message: { 'zh-CN': '人员不存在', en: 'no such person' },
      });
    if (i.organisationId && !orgs.has(i.organisationId))
      problems.push({
        path: `body.inventors[${n}].organisationId`,
        message: { 'zh-CN': '单位不存在', en: 'no such organisation' },
      });
  });
  if (problems.length) throw invalid(problems);
}

const inventorRows = (inventors: ResultInput['inventors']) =>
  inventors.map((i) => ({
    name: i.name,
    personId: i.personId ?? null,
    organisationId: i.organisationId ?? null,
    contribution: i.contribution ?? null,
  }));

const SECRECY = { public: 0, consortium: 1, confidential: 2 } as const;

/**
 * One co-owner may raise a jointly owned result's confidentiality, not lower it: that takes every
 * co-owner, so only an admin acting for all of them, or the secretariat recording their agreement.
 */
function checkLoosening(
  ctx: ServiceContext,
  consortiumId: string,
  from: string,
  to: keyof typeof SECRECY,
  owners: { organisationId: string }[],
): void {
  if (SECRECY[to] >= SECRECY[from as keyof typeof SECRECY]) return;
  if (can(ctx.actor, 'results.manage', { consortiumId })) return;
  if (owners.every((o) => can(ctx.actor, 'results.manage', { organisationId: o.organisationId }))) return;
  throw invalid([
    {
      path: 'body.confidentiality',
      code: 'result.loosening_needs_all_owners',
      message: {
        'zh-CN': '共有成果的密级可由一方提高，降低密级须经全体共有人同意，请由联合体秘书处在各方同意后修改',
        en: 'one co-owner may raise a joint result’s confidentiality but not lower it: that takes every co-owner, recorded by the secretariat',
      },
    },
  ]);
}

/** Edits a result's description, identifier, TRL, confidentiality, tasks and inventors. */
export async function updateResult(
  ctx: ServiceContext,
  id: string,
  patch: ResultPatch,
): Promise<ResultDetail> {
  const { row, consortium, owners } = await manageableResult(ctx, id);
  const { version, inventors, ...fields } = patch;
  if (fields.confidentiality)
    checkLoosening(ctx, consortium.id, row.confidentiality, fields.confidentiality, owners);
  if (fields.identifier) fields.identifier = checkIdentifier(row.type as ResultType, fields.identifier);
  if (inventors) await checkInventors(ctx, inventors);
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateResult(tx.db, id, version, fields, ctx.clock.now().toISOString());
    if (!after) throw new AppError('stale_version');
    if (inventors) await repo.replaceInventors(tx.db, id, inventorRows(inventors));
    await tx.audit({
      action: 'result.updated',
      entityType: 'result',
      entityId: id,
      consortiumId: consortium.id,
      before: auditState(row, owners),
      after: auditState(after, owners),
      summary: inventors ? { inventors: inventors.length } : undefined,
    });
  });
  return getResult(ctx, id);
}

/** Appends a dated status; the result's current status is the latest by date. */
export async function appendStatus(
  ctx: ServiceContext,
  id: string,
  input: z.output<typeof resultStatusRequestSchema>,
): Promise<ResultDetail> {
  const { row, consortium, owners } = await manageableResult(ctx, id);
  if (input.on > today(ctx)) {
    throw invalid([
      { path: 'body.on', message: { 'zh-CN': '日期不能晚于今天', en: 'the date cannot be in the future' } },
    ]);
  }
  await inTransaction(ctx, async (tx) => {
    await repo.insertStatus(tx.db, {
      resultId: id,
      status: input.status,
      on: input.on,
      note: input.note ?? null,
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    const latest = await repo.latestStatus(tx.db, id);
    const after = await repo.updateResult(
      tx.db,
      id,
      row.version,
      { status: latest!.status },
      ctx.clock.now().toISOString(),
    );
    if (!after) throw new AppError('stale_version');
    await tx.audit({
      action: 'result.status_recorded',
      entityType: 'result',
      entityId: id,
      consortiumId: consortium.id,
      before: auditState(row, owners),
      after: auditState(after, owners),
      summary: { status: input.status, on: input.on },
    });
  });
  return getResult(ctx, id);
}
