import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import {
  backgroundIp,
  deals,
  distributionRuns,
  ledgerEntries,
  organisations,
  resultOwners,
  revenueEvents,
  type Db,
} from '@huahe/db';

export type RunRow = typeof distributionRuns.$inferSelect;
export type EntryRow = typeof ledgerEntries.$inferSelect;

/** Names and kinds of organisations, by id. */
export async function organisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: organisations.id,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

/** How many background-IP items each member has declared in the consortium's register. */
export async function backgroundCounts(db: Db, consortiumId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: backgroundIp.organisationId, n: count() })
    .from(backgroundIp)
    .where(eq(backgroundIp.consortiumId, consortiumId))
    .groupBy(backgroundIp.organisationId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Owners and shares of the given results. */
export async function ownersOfResults(db: Db, resultIds: string[]) {
  if (resultIds.length === 0) return [];
  return db.select().from(resultOwners).where(inArray(resultOwners.resultId, resultIds));
}

/** The revenue event with its deal. */
export async function revenueWithDeal(db: Db, revenueEventId: string) {
  return (
    await db
      .select({ e: revenueEvents, d: deals })
      .from(revenueEvents)
      .innerJoin(deals, eq(deals.id, revenueEvents.dealId))
      .where(eq(revenueEvents.id, revenueEventId))
      .limit(1)
  )[0];
}

/**
 * The runs of a revenue event, with the event row locked first: runs and reversals of one event are
 * serialised, so it never has two posted runs.
 */
export async function runsOfEvent(db: Db, revenueEventId: string): Promise<RunRow[]> {
  await db
    .select({ id: revenueEvents.id })
    .from(revenueEvents)
    .where(eq(revenueEvents.id, revenueEventId))
    .for('update');
  return db
    .select()
    .from(distributionRuns)
    .where(eq(distributionRuns.revenueEventId, revenueEventId))
    .orderBy(asc(distributionRuns.createdAt));
}

export async function findRun(db: Db, id: string) {
  return (
    await db
      .select({ r: distributionRuns, e: revenueEvents, d: deals })
      .from(distributionRuns)
      .innerJoin(revenueEvents, eq(revenueEvents.id, distributionRuns.revenueEventId))
      .innerJoin(deals, eq(deals.id, revenueEvents.dealId))
      .where(eq(distributionRuns.id, id))
      .limit(1)
  )[0];
}

/** The runs of a consortium's deals, newest first. */
export async function runsOf(db: Db, consortiumId: string) {
  return db
    .select({ r: distributionRuns, e: revenueEvents, d: deals })
    .from(distributionRuns)
    .innerJoin(revenueEvents, eq(revenueEvents.id, distributionRuns.revenueEventId))
    .innerJoin(deals, eq(deals.id, revenueEvents.dealId))
    .where(eq(deals.consortiumId, consortiumId))
    .orderBy(desc(distributionRuns.createdAt));
}

/** The run that reverses each of the runs, if any. */
export async function reversals(db: Db, runIds: string[]): Promise<Map<string, string>> {
  if (runIds.length === 0) return new Map();
  const rows = await db
    .select({ id: distributionRuns.id, of: distributionRuns.reversesRunId })
    .from(distributionRuns)
    .where(inArray(distributionRuns.reversesRunId, runIds));
  return new Map(rows.map((r) => [r.of!, r.id]));
}

export async function insertRun(db: Db, row: typeof distributionRuns.$inferInsert): Promise<RunRow> {
  return (await db.insert(distributionRuns).values(row).returning())[0]!;
}

export async function setRunStatus(db: Db, id: string, status: string): Promise<void> {
  await db.update(distributionRuns).set({ status }).where(eq(distributionRuns.id, id));
}

/** Appends ledger lines (the table refuses updates and deletes). */
export async function insertEntries(
  db: Db,
  rows: (typeof ledgerEntries.$inferInsert)[],
): Promise<EntryRow[]> {
  if (rows.length === 0) return [];
  return db.insert(ledgerEntries).values(rows).returning();
}

export async function entriesOf(db: Db, runIds: string[]): Promise<EntryRow[]> {
  if (runIds.length === 0) return [];
  return db
    .select()
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.runId, runIds))
    .orderBy(asc(ledgerEntries.createdAt), desc(ledgerEntries.debitFen), asc(ledgerEntries.id));
}

/** Every ledger line of one member in one consortium, with its run, revenue event and deal, in order. */
export async function statementLines(db: Db, consortiumId: string, organisationId: string) {
  return db
    .select({ l: ledgerEntries, r: distributionRuns, e: revenueEvents, d: deals })
    .from(ledgerEntries)
    .innerJoin(distributionRuns, eq(distributionRuns.id, ledgerEntries.runId))
    .innerJoin(revenueEvents, eq(revenueEvents.id, distributionRuns.revenueEventId))
    .innerJoin(deals, eq(deals.id, revenueEvents.dealId))
    .where(
      and(eq(ledgerEntries.consortiumId, consortiumId), eq(ledgerEntries.organisationId, organisationId)),
    )
    .orderBy(asc(ledgerEntries.createdAt), asc(ledgerEntries.account), asc(ledgerEntries.id));
}
