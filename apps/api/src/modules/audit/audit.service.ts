import type { AuditEvent, AuditVerification } from '@huahe/contracts';
import { verifyAuditChain } from '../../lib/audit';
import { authorize, seesEverything } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { toIso } from '../../lib/time';
import * as repo from './audit.repository';

const view = (r: repo.AuditRow): AuditEvent => ({ ...r, at: toIso(r.at), summary: r.summary ?? null });

/**
 * Audit events the caller may see: everything for the bureau; a consortium's events for its
 * secretariat; an organisation's for its admin; otherwise one's own actions.
 */
export async function listAudit(
  ctx: ServiceContext,
  q: {
    entityType?: string;
    entityId?: string;
    consortiumId?: string;
    organisationId?: string;
    page: number;
    pageSize: number;
  },
) {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated');
  let actorUserId: string | undefined;
  if (!seesEverything(actor)) {
    if (q.consortiumId || q.organisationId) {
      authorize(actor, 'audit.read', { consortiumId: q.consortiumId, organisationId: q.organisationId });
    } else if (actor.kind === 'user') {
      actorUserId = actor.userId;
    }
  }
  const { rows, total } = await repo.listAuditEvents(ctx.db, { ...q, actorUserId });
  return { items: rows.map(view), total, page: q.page, pageSize: q.pageSize };
}

/** Verifies the whole chain; any logged-in member may, since the chain protects everyone. */
export async function verifyAudit(ctx: ServiceContext): Promise<AuditVerification> {
  authorize(ctx.actor, 'audit.verify');
  return verifyAuditChain(ctx.db);
}
