import { findConsortium, activeMemberOrgIds } from '../consortia/consortia.repository';
import { authorize, can } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { notFound } from '../../lib/errors';
import * as repo from './agreements.repository';

/** The consortium behind an agreement, once the caller may read it (members, secretariat, bureau). */
export async function readableConsortium(ctx: ServiceContext, consortiumId: string) {
  const row = await findConsortium(ctx.db, consortiumId);
  if (!row) throw notFound();
  const memberOrganisationIds = await activeMemberOrgIds(ctx.db, consortiumId);
  authorize(ctx.actor, 'agreements.read', { consortiumId, memberOrganisationIds });
  return {
    consortium: row.c,
    memberOrganisationIds,
    canEdit: can(ctx.actor, 'agreements.edit', { consortiumId }),
  };
}

/** An agreement and its consortium, once the caller may read it. */
export async function readableAgreement(ctx: ServiceContext, agreementId: string) {
  const a = await repo.findAgreement(ctx.db, agreementId);
  if (!a) throw notFound();
  return { agreement: a, ...(await readableConsortium(ctx, a.consortiumId)) };
}

/** The organisations the caller may act for (as their admin) among the given parties. */
export function partiesActedFor(ctx: ServiceContext, partyIds: string[]): string[] {
  return partyIds.filter((id) => can(ctx.actor, 'agreements.sign', { organisationId: id }));
}
