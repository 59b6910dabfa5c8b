// Access to a consortium's results, IP and money: the consortium must be readable first, then the
// record's own rule applies (confidentiality for results). Shared by results, ip, publications,
// deals and distributions.
import {
  authorize,
  can,
  ownOrganisationIds,
  secretariatConsortiumIds,
  seesEverything,
} from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { effectiveAgreement } from '../agreements/agreements.repository';
import { activeMemberOrgIds, findConsortium } from '../consortia/consortia.repository';
import { shareOf } from './ownership';
import * as repo from './results.repository';

/** A consortium the caller may read, with its current member organisations. */
export interface ConsortiumScope {
  id: string;
  /** In the caller's language. */
  name: string;
  leadOrganisationId: string;
  memberOrganisationIds: string[];
}

/** Loads a consortium the caller may read, or answers "not found or no access". */
export async function readableConsortium(ctx: ServiceContext, id: string): Promise<ConsortiumScope> {
  const row = await findConsortium(ctx.db, id);
  if (!row) throw notFound();
  const memberOrganisationIds = await activeMemberOrgIds(ctx.db, id);
  authorize(ctx.actor, 'consortia.read', {
    consortiumId: id,
    isPublic: row.c.isPublic,
    memberOrganisationIds,
  });
  return {
    id,
    name: nameIn(ctx.lang, row.c.nameZh, row.c.nameEn),
    leadOrganisationId: row.c.leadOrganisationId,
    memberOrganisationIds,
  };
}

/** The effective agreement of a consortium, if any (what every rule here executes). */
export const agreementOf = (ctx: ServiceContext, consortiumId: string) =>
  effectiveAgreement(ctx.db, consortiumId);

/** Which of a consortium's results the caller sees (see ResultVisibility). */
export function resultVisibility(ctx: ServiceContext, c: ConsortiumScope): repo.ResultVisibility {
  if (seesEverything(ctx.actor) || secretariatConsortiumIds(ctx.actor).includes(c.id)) return { all: true };
  const mine = ownOrganisationIds(ctx.actor);
  return { all: false, member: mine.some((o) => c.memberOrganisationIds.includes(o)), organisationIds: mine };
}

/** The authorisation scope of one result. */
export function resultScope(c: ConsortiumScope, r: repo.ResultRow, ownerIds: string[]) {
  return {
    consortiumId: c.id,
    memberOrganisationIds: c.memberOrganisationIds,
    ownerOrganisationIds: ownerIds,
    confidentiality: r.confidentiality as 'public' | 'consortium' | 'confidential',
  };
}

/** A result the caller may read (confidential ones only for owners, secretariat and bureau), or 404. */
export async function readableResult(ctx: ServiceContext, id: string) {
  const row = await repo.findResult(ctx.db, id);
  if (!row) throw notFound();
  const consortium = await readableConsortium(ctx, row.consortiumId);
  const owners = byShare(await repo.ownersOf(ctx.db, [id]));
  authorize(
    ctx.actor,
    'results.read',
    resultScope(
      consortium,
      row,
      owners.map((o) => o.organisationId),
    ),
  );
  return { row, consortium, owners };
}

/** Owners from the largest share down (then by name): how a register lists them. */
export function byShare<T extends { share: string; name: string }>(owners: T[]): T[] {
  return [...owners].sort(
    (a, b) => shareOf(b.share).cmp(shareOf(a.share)) || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/** Whether the caller may manage a result: its consortium's secretariat or an owner's admin. */
export function canManageResult(ctx: ServiceContext, consortiumId: string, ownerIds: string[]): boolean {
  return (
    can(ctx.actor, 'results.manage', { consortiumId }) ||
    ownerIds.some((o) => can(ctx.actor, 'results.manage', { organisationId: o }))
  );
}

/** A result the caller may manage, or 404 (a reader who may not manage learns nothing more). */
export async function manageableResult(ctx: ServiceContext, id: string) {
  const r = await readableResult(ctx, id);
  if (
    !canManageResult(
      ctx,
      r.consortium.id,
      r.owners.map((o) => o.organisationId),
    )
  )
    throw notFound();
  return r;
}
