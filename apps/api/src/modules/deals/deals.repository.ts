import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { deals, distributionRuns, results, revenueEvents, type Db } from '@huahe/db';

export type DealRow = typeof deals.$inferSelect;
export type RevenueRow = typeof revenueEvents.$inferSelect;

// Totals per deal, exact (numeric sums come back as strings).
// round(…, 2) rather than a cast to numeric(20,2): a sum may outgrow the precision of one column.
const received = sql<string>`(select round(coalesce(sum(r.amount), 0), 2)::text from revenue_events r where r.deal_id = deals.id)`;
const net = sql<string>`(select round(coalesce(sum(r.net_income), 0), 2)::text from revenue_events r where r.deal_id = deals.id)`;

/** A consortium's deals with what they brought in, newest first. */
export async function dealsOf(db: Db, consortiumId: string) {
  return db
    .select({ d: deals, received, net })
    .from(deals)
    .where(eq(deals.consortiumId, consortiumId))
    .orderBy(desc(deals.signedOn), desc(deals.createdAt));
}

export async function findDeal(db: Db, id: string) {
  return (await db.select({ d: deals, received, net }).from(deals).where(eq(deals.id, id)).limit(1))[0];
}

export async function insertDeal(db: Db, row: typeof deals.$inferInsert): Promise<DealRow> {
  return (await db.insert(deals).values(row).returning())[0]!;
}

export async function updateDeal(
  db: Db,
  id: string,
  patch: Partial<typeof deals.$inferInsert>,
): Promise<DealRow | undefined> {
  return (await db.update(deals).set(patch).where(eq(deals.id, id)).returning())[0];
}

/** The results a deal names that belong to the consortium. */
export async function resultsIn(db: Db, consortiumId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: results.id, title: results.title, type: results.type })
    .from(results)
    .where(and(eq(results.consortiumId, consortiumId), inArray(results.id, ids)))
    .orderBy(asc(results.title));
}

export async function revenueOf(db: Db, dealId: string): Promise<RevenueRow[]> {
  return db
    .select()
    .from(revenueEvents)
    .where(eq(revenueEvents.dealId, dealId))
    .orderBy(asc(revenueEvents.receivedOn), asc(revenueEvents.recordedAt));
}

export async function findRevenue(db: Db, id: string): Promise<RevenueRow | undefined> {
  return (await db.select().from(revenueEvents).where(eq(revenueEvents.id, id)).limit(1))[0];
}

export async function insertRevenue(db: Db, row: typeof revenueEvents.$inferInsert): Promise<RevenueRow> {
  return (await db.insert(revenueEvents).values(row).returning())[0]!;
}

/** The posted (not reversed) run of each revenue event. */
export async function postedRuns(db: Db, revenueEventIds: string[]): Promise<Map<string, string>> {
  if (revenueEventIds.length === 0) return new Map();
  const rows = await db
    .select({ id: distributionRuns.id, eventId: distributionRuns.revenueEventId })
    .from(distributionRuns)
    .where(
      and(inArray(distributionRuns.revenueEventId, revenueEventIds), eq(distributionRuns.status, 'posted')),
    );
  return new Map(rows.map((r) => [r.eventId, r.id]));
}
