import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { auditEvents, type Db } from '@huahe/db';

export type AuditRow = typeof auditEvents.$inferSelect;

/** A page of audit events, newest first, matching every given filter. */
export async function listAuditEvents(
  db: Db,
  f: {
    entityType?: string;
    entityId?: string;
    consortiumId?: string;
    organisationId?: string;
    actorUserId?: string;
    page: number;
    pageSize: number;
  },
) {
  const conds: SQL[] = [];
  if (f.entityType) conds.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) conds.push(eq(auditEvents.entityId, f.entityId));
  if (f.consortiumId) conds.push(eq(auditEvents.consortiumId, f.consortiumId));
  if (f.organisationId) conds.push(eq(auditEvents.organisationId, f.organisationId));
  if (f.actorUserId) conds.push(eq(auditEvents.actorUserId, f.actorUserId));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.seq))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}
