// Who sees and who posts demands (and offers): the viewer's organisations and consortia, the
// posting organisation, and the view of a demand with what the caller may do with it.
import type { Demand, ListingStatus, ListingVisibility, MatchOrganisation } from '@huahe/contracts';
import {
  authorize,
  can,
  ownOrganisationIds,
  secretariatConsortiumIds,
  seesEverything,
} from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { toIso } from '../../lib/time';
import { findOrganisation } from '../organisations/organisations.repository';
import * as repo from './demands.repository';

/** The caller as a reader of demands. */
export async function demandViewer(ctx: ServiceContext): Promise<repo.DemandViewer> {
  if (seesEverything(ctx.actor)) return { all: true, organisationIds: [], consortiumIds: [] };
  const own = ownOrganisationIds(ctx.actor);
  const memberOf = await repo.activeConsortiaOf(ctx.db, own);
  return {
    all: false,
    organisationIds: own,
    consortiumIds: [...new Set([...secretariatConsortiumIds(ctx.actor), ...memberOf])],
  };
}

/** A demand the caller may see, or "not found or no access". */
export async function readableDemand(ctx: ServiceContext, id: string): Promise<repo.DemandRecord> {
  const row = await repo.findDemand(ctx.db, id, await demandViewer(ctx));
  if (!row) throw notFound();
  return row;
}

const invalid = (path: string, zh: string, en: string) =>
  new AppError('validation_failed', {}, [{ path, message: { 'zh-CN': zh, en } }]);

/**
 * The organisation a demand or offer is posted for: the one named, or the caller's only one.
 * Its staff (or the platform admin) may post.
 */
export async function postingOrganisation(ctx: ServiceContext, given: string | undefined): Promise<string> {
  const own = ownOrganisationIds(ctx.actor);
  const id = given ?? (own.length === 1 ? own[0] : undefined);
  if (!id) {
    throw invalid('body.organisationId', '请选择以哪个单位的名义发布', 'choose the organisation to post for');
  }
  authorize(ctx.actor, 'demands.post', { organisationId: id });
  if (!(await findOrganisation(ctx.db, id))) {
    throw invalid('body.organisationId', '单位不存在', 'no such organisation');
  }
  return id;
}

/** Checks that a consortium-visible demand names a consortium its organisation belongs to. */
export async function checkConsortium(
  ctx: ServiceContext,
  organisationId: string,
  visibility: ListingVisibility,
  consortiumId: string | null,
): Promise<void> {
  if (visibility === 'consortium' && !consortiumId) {
    throw invalid(
      'body.consortiumId',
      '仅联合体成员可见的需求须指定所属联合体',
      'a demand visible to a consortium needs that consortium',
    );
  }
  if (consortiumId && !(await repo.isActiveMember(ctx.db, consortiumId, organisationId))) {
    throw invalid(
      'body.consortiumId',
      '发布单位不是该联合体的在册成员',
      'the posting organisation is not a current member of this consortium',
    );
  }
}

/** An organisation row as matchmaking shows it. */
export const organisationView = (o: {
  id: string;
  nameZh: string;
  nameEn: string | null;
  kind: string;
  regionCode: string | null;
  isExample: boolean;
}): MatchOrganisation => ({
  id: o.id,
  nameZh: o.nameZh,
  nameEn: o.nameEn,
  kind: o.kind as MatchOrganisation['kind'],
  regionCode: o.regionCode,
  isExample: o.isExample,
});

/** The view of a demand for the caller. */
export function demandView(ctx: ServiceContext, r: repo.DemandRecord): Demand {
  const d = r.d;
  return {
    id: d.id,
    organisation: organisationView(r.org),
    consortium: d.consortiumId && r.consortiumName ? { id: d.consortiumId, nameZh: r.consortiumName } : null,
    title: d.title,
    description: d.description,
    tags: d.tags,
    trlNeeded: d.trlNeeded,
    budgetMin: d.budgetMin,
    budgetMax: d.budgetMax,
    regionPreference: d.regionPreference,
    deadline: d.deadline,
    visibility: d.visibility as ListingVisibility,
    status: d.status as ListingStatus,
    createdAt: toIso(d.createdAt),
    updatedAt: toIso(d.updatedAt),
    canEdit: can(ctx.actor, 'demands.post', { organisationId: d.organisationId }),
    canIntroduce: can(ctx.actor, 'matches.introduce', { consortiumId: d.consortiumId }),
  };
}

/** Whether the caller may see a demand's candidates: its organisation's staff, or those who introduce. */
export function authorizeCandidates(ctx: ServiceContext, r: repo.DemandRecord): void {
  if (can(ctx.actor, 'demands.post', { organisationId: r.d.organisationId })) return;
  authorize(ctx.actor, 'matches.introduce', { consortiumId: r.d.consortiumId });
}
