import type { Person } from '@huahe/contracts';
import { authorize, ownOrganisationIds, secretariatConsortiumIds, seesEverything } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { toIso } from '../../lib/time';
import { writeSheet } from '../../lib/xlsx';
import { activeConsortiaOf, findOrganisation, hasOwnAdmin } from '../organisations/organisations.repository';
import * as repo from './people.repository';

/**
 * Whether the caller sees contact details of an organisation's people: the bureau, the
 * organisation's own staff, and the secretariat of a consortium it is an active member of.
 */
async function contactVisibility(ctx: ServiceContext) {
  const own = new Set(ownOrganisationIds(ctx.actor));
  const runs = new Set(secretariatConsortiumIds(ctx.actor));
  const cache = new Map<string, boolean>();
  return async (organisationId: string) => {
    if (seesEverything(ctx.actor) || own.has(organisationId)) return true;
    if (runs.size === 0) return false;
    if (!cache.has(organisationId)) {
      cache.set(
        organisationId,
        (await activeConsortiaOf(ctx.db, organisationId)).some((c) => runs.has(c)),
      );
    }
    return cache.get(organisationId)!;
  };
}

const view = (r: { person: repo.PersonRow; organisationName: string }, showContact: boolean): Person => ({
  id: r.person.id,
  organisationId: r.person.organisationId,
  organisationName: r.organisationName,
  nameZh: r.person.nameZh,
  nameEn: r.person.nameEn,
  title: r.person.title,
  email: showContact ? r.person.email : null,
  expertise: r.person.expertise,
  bio: r.person.bio,
  createdAt: toIso(r.person.createdAt),
});

/** People in the directory (any logged-in user; contact details as above). */
export async function listPeople(
  ctx: ServiceContext,
  q: { q?: string; organisationId?: string; page: number; pageSize: number },
) {
  authorize(ctx.actor, 'organisations.list');
  const { rows, total } = await repo.listPeople(ctx.db, q, q.pageSize, (q.page - 1) * q.pageSize);
  const visible = await contactVisibility(ctx);
  const items: Person[] = [];
  for (const r of rows) items.push(view(r, await visible(r.person.organisationId)));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Every person matching a search as an .xlsx file. */
export async function exportPeople(
  ctx: ServiceContext,
  q: { q?: string; organisationId?: string },
): Promise<Buffer> {
  authorize(ctx.actor, 'organisations.list');
  const { rows } = await repo.listPeople(ctx.db, q, 100_000, 0);
  const visible = await contactVisibility(ctx);
  const items: Person[] = [];
  for (const r of rows) items.push(view(r, await visible(r.person.organisationId)));
  const en = ctx.lang === 'en';
  return writeSheet(
    en ? 'People' : '人员',
    [
      { key: 'nameZh', zh: '姓名', en: 'Name' },
      { key: 'nameEn', zh: '英文名', en: 'Name (English)' },
      { key: 'organisation', zh: '单位', en: 'Organisation', width: 34 },
      { key: 'title', zh: '职务/职称', en: 'Title', width: 20 },
      { key: 'email', zh: '邮箱', en: 'Email', width: 26 },
      { key: 'expertise', zh: '专长', en: 'Expertise', width: 40 },
    ],
    items.map((p) => [
      p.nameZh,
      p.nameEn,
      p.organisationName,
      p.title,
      p.email,
      p.expertise.join(en ? '; ' : '；'),
    ]),
    ctx.lang,
  );
}

async function authorizeManage(ctx: ServiceContext, organisationId: string) {
  authorize(ctx.actor, 'people.manage', {
    organisationId,
    hasOwnAdmin: await hasOwnAdmin(ctx.db, organisationId),
  });
}

type PersonInput = {
  nameZh: string;
  nameEn?: string | null;
  title?: string | null;
  email?: string | null;
  expertise: string[];
  bio?: string | null;
};

/** Adds a person to an organisation (its admin). */
export async function createPerson(
  ctx: ServiceContext,
  organisationId: string,
  input: PersonInput,
): Promise<Person> {
  if (!(await findOrganisation(ctx.db, organisationId))) throw notFound();
  await authorizeManage(ctx, organisationId);
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertPerson(tx.db, { ...input, organisationId });
    await tx.audit({
      action: 'person.created',
      entityType: 'person',
      entityId: row.id,
      organisationId,
      after: { ...row, createdAt: null, updatedAt: null },
    });
    return row.id;
  });
  return getPerson(ctx, id);
}

/** One person. */
export async function getPerson(ctx: ServiceContext, id: string): Promise<Person> {
  authorize(ctx.actor, 'organisations.list');
  const r = await repo.findPerson(ctx.db, id);
  if (!r) throw notFound();
  return view(r, await (await contactVisibility(ctx))(r.person.organisationId));
}

/** Edits a person (their organisation's admin). */
export async function updatePerson(
  ctx: ServiceContext,
  id: string,
  patch: Partial<PersonInput>,
): Promise<Person> {
  const found = await repo.findPerson(ctx.db, id);
  if (!found) throw notFound();
  await authorizeManage(ctx, found.person.organisationId);
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updatePerson(tx.db, id, { ...patch, updatedAt: ctx.clock.now().toISOString() });
    await tx.audit({
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      organisationId: found.person.organisationId,
      before: { ...found.person, createdAt: null, updatedAt: null },
      after: { ...after!, createdAt: null, updatedAt: null },
    });
  });
  return getPerson(ctx, id);
}

/** Removes a person (their organisation's admin). */
export async function deletePerson(ctx: ServiceContext, id: string): Promise<void> {
  const found = await repo.findPerson(ctx.db, id);
  if (!found) throw notFound();
  await authorizeManage(ctx, found.person.organisationId);
  await inTransaction(ctx, async (tx) => {
    await repo.deletePerson(tx.db, id);
    await tx.audit({
      action: 'person.deleted',
      entityType: 'person',
      entityId: id,
      organisationId: found.person.organisationId,
      before: { ...found.person, createdAt: null, updatedAt: null },
    });
  });
}
