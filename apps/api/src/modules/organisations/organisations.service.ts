import type { Organisation, OrganisationInput, OrganisationListQuery } from '@huahe/contracts';
import { authorize, can } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { auditState, detailView, summaryView, toColumns } from './organisations.mapper';
import * as repo from './organisations.repository';

const usccTaken = () =>
  new AppError('conflict', { reason: 'uscc' }, [
    {
      path: 'body.uscc',
      code: 'uscc.taken',
      message: {
        'zh-CN': '该统一社会信用代码已登记给另一家单位',
        en: 'another organisation already has this credit code',
      },
    },
  ]);

/** Whether the actor may edit the organisation's profile. */
export async function mayEdit(ctx: ServiceContext, organisationId: string): Promise<boolean> {
  return can(ctx.actor, 'organisations.update', {
    organisationId,
    hasOwnAdmin: await repo.hasOwnAdmin(ctx.db, organisationId),
  });
}

/** A page of the organisation directory (any logged-in user). */
export async function listOrganisations(ctx: ServiceContext, q: OrganisationListQuery) {
  authorize(ctx.actor, 'organisations.list');
  const { rows, total } = await repo.listOrganisations(ctx.db, q);
  const figures = await repo.figuresOf(
    ctx.db,
    rows.map((r) => r.org.id),
  );
  return {
    items: rows.map((r) =>
      summaryView(
        r.org,
        r.consortiumCount,
        figures.filter((f) => f.organisationId === r.org.id),
      ),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One organisation with figures, memberships and what the caller may do. */
export async function getOrganisation(ctx: ServiceContext, id: string): Promise<Organisation> {
  authorize(ctx.actor, 'organisations.read', { organisationId: id });
  const o = await repo.findOrganisation(ctx.db, id);
  if (!o) throw notFound();
  const [figures, memberships, peopleCount, canEdit] = await Promise.all([
    repo.figuresOf(ctx.db, [id]),
    repo.membershipsOf(ctx.db, id),
    repo.peopleCount(ctx.db, id),
    mayEdit(ctx, id),
  ]);
  return detailView(o, {
    figures,
    memberships: memberships.map(({ isPublic: _p, ...m }) => m),
    peopleCount,
    canEdit,
  });
}

/** Registers an organisation (platform staff, or a secretariat bringing in a partner). */
export async function createOrganisation(
  ctx: ServiceContext,
  input: OrganisationInput,
): Promise<Organisation> {
  authorize(ctx.actor, 'organisations.create');
  const created = await inTransaction(ctx, async (tx) => {
    if (input.uscc && (await repo.findOrganisationByUscc(tx.db, input.uscc))) throw usccTaken();
    const row = await repo.insertOrganisation(tx.db, {
      ...(toColumns(input) as typeof input & { nameZh: string; kind: string }),
    });
    await tx.audit({
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      organisationId: row.id,
      after: auditState(row),
    });
    return row;
  });
  return getOrganisation(ctx, created.id);
}

/** Edits a profile; only its own admin (or the platform admin for organisations without one). */
export async function updateOrganisation(
  ctx: ServiceContext,
  id: string,
  patch: Partial<OrganisationInput> & { version: number },
): Promise<Organisation> {
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findOrganisation(tx.db, id);
    if (!before) throw notFound();
    authorize(ctx.actor, 'organisations.update', {
      organisationId: id,
      hasOwnAdmin: await repo.hasOwnAdmin(tx.db, id),
    });
    if (before.version !== patch.version) throw new AppError('stale_version');
    if (patch.uscc && patch.uscc !== before.uscc) {
      const other = await repo.findOrganisationByUscc(tx.db, patch.uscc);
      if (other && other.id !== id) throw usccTaken();
    }
    const after = await repo.updateOrganisation(
      tx.db,
      id,
      patch.version,
      toColumns(patch),
      ctx.clock.now().toISOString(),
    );
    if (!after) throw new AppError('stale_version');
    await tx.audit({
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: auditState(before),
      after: auditState(after),
      summary: {
        fields: Object.keys(patch)
          .filter((k) => k !== 'version')
          .join(','),
      },
    });
  });
  return getOrganisation(ctx, id);
}

/** Replaces the yearly figures (revenue, R&D spending, staff); R&D intensity is derived on read. */
export async function putFigures(
  ctx: ServiceContext,
  id: string,
  figures: {
    year: number;
    revenue?: string | null;
    rdSpending?: string | null;
    rdStaff?: number | null;
    staff?: number | null;
  }[],
): Promise<Organisation> {
  const years = figures.map((f) => f.year);
  const dup = years.find((y, i) => years.indexOf(y) !== i);
  if (dup !== undefined) {
    throw new AppError('validation_failed', {}, [
      {
        path: `body.figures[${years.lastIndexOf(dup)}].year`,
        message: { 'zh-CN': `${dup} 年重复`, en: `year ${dup} appears twice` },
      },
    ]);
  }
  const negative = figures.findIndex((f) => [f.revenue, f.rdSpending].some((v) => v?.startsWith('-')));
  if (negative >= 0) {
    throw new AppError('validation_failed', {}, [
      {
        path: `body.figures[${negative}]`,
        message: { 'zh-CN': '营收与研发投入不能为负数', en: 'revenue and R&D spending cannot be negative' },
      },
    ]);
  }
  await inTransaction(ctx, async (tx) => {
    const org = await repo.findOrganisation(tx.db, id);
    if (!org) throw notFound();
    authorize(ctx.actor, 'organisations.update', {
      organisationId: id,
      hasOwnAdmin: await repo.hasOwnAdmin(tx.db, id),
    });
    const before = await repo.figuresOf(tx.db, [id]);
    const rows = figures.map((f) => ({
      organisationId: id,
      year: f.year,
      revenue: f.revenue ?? null,
      rdSpending: f.rdSpending ?? null,
      rdStaff: f.rdStaff ?? null,
      staff: f.staff ?? null,
    }));
    await repo.replaceFigures(tx.db, id, rows);
    await tx.audit({
      action: 'organisation.figures_replaced',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: before.map((f) => ({ ...f })),
      after: rows,
    });
  });
  return getOrganisation(ctx, id);
}
