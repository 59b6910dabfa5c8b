import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { offers, organisations, resultOwners, results, type Db } from '@huahe/db';
import { escapeLike } from '../users/users.repository';

export type OfferRow = typeof offers.$inferSelect;

/** Who reads offers: everything (the bureau), or public ones plus the caller's organisations' own. */
export interface OfferViewer {
  all: boolean;
  organisationIds: string[];
}

function visibleTo(v: OfferViewer): SQL | undefined {
  if (v.all) return undefined;
  return v.organisationIds.length
    ? or(eq(offers.visibility, 'public'), inArray(offers.organisationId, v.organisationIds))
    : eq(offers.visibility, 'public');
}

export interface OfferFilter {
  q?: string;
  tag?: string;
  kind?: string;
  organisationId?: string;
  status: 'open' | 'closed' | 'all';
}

function filter(q: OfferFilter, v: OfferViewer): SQL | undefined {
  const conds: (SQL | undefined)[] = [visibleTo(v)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(
      or(
        ilike(offers.title, like),
        ilike(offers.description, like),
        sql`exists (select 1 from unnest(offers.tags) t where t ilike ${like})`,
      ),
    );
  }
  if (q.tag) conds.push(sql`${q.tag} = any(offers.tags)`);
  if (q.kind) conds.push(eq(offers.kind, q.kind));
  if (q.organisationId) conds.push(eq(offers.organisationId, q.organisationId));
  if (q.status !== 'all') conds.push(eq(offers.status, q.status));
  const defined = conds.filter((c): c is SQL => !!c);
  return defined.length ? and(...defined) : undefined;
}

const base = (db: Db) =>
  db
    .select({
      o: offers,
      org: {
        id: organisations.id,
        nameZh: organisations.nameZh,
        nameEn: organisations.nameEn,
        kind: organisations.kind,
        regionCode: organisations.regionCode,
        isExample: organisations.isExample,
      },
      resultTitle: results.title,
    })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .leftJoin(results, eq(results.id, offers.resultId));

/** An offer with its organisation and result title. */
export type OfferRecord = NonNullable<Awaited<ReturnType<typeof findOffer>>>;

/** A page of the offers the viewer may see, newest first. */
export async function listOffers(db: Db, q: OfferFilter, v: OfferViewer, limit: number, offset: number) {
  const where = filter(q, v);
  const [rows, total] = await Promise.all([
    base(db).where(where).orderBy(desc(offers.createdAt), asc(offers.title)).limit(limit).offset(offset),
    db.select({ n: count() }).from(offers).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** One offer, when the viewer may see it. */
export async function findOffer(db: Db, id: string, v: OfferViewer) {
  return (
    await base(db)
      .where(and(eq(offers.id, id), visibleTo(v)))
      .limit(1)
  )[0];
}

export async function insertOffer(db: Db, row: typeof offers.$inferInsert): Promise<OfferRow> {
  return (await db.insert(offers).values(row).returning())[0]!;
}

export async function updateOffer(
  db: Db,
  id: string,
  patch: Partial<typeof offers.$inferInsert>,
): Promise<OfferRow | undefined> {
  return (await db.update(offers).set(patch).where(eq(offers.id, id)).returning())[0];
}

export async function deleteOffer(db: Db, id: string): Promise<void> {
  await db.delete(offers).where(eq(offers.id, id));
}

/** Whether the organisation owns the result (an offer may license only what its organisation owns). */
export async function ownsResult(db: Db, organisationId: string, resultId: string): Promise<boolean> {
  const rows = await db
    .select({ id: resultOwners.resultId })
    .from(resultOwners)
    .where(and(eq(resultOwners.resultId, resultId), eq(resultOwners.organisationId, organisationId)))
    .limit(1);
  return rows.length > 0;
}
