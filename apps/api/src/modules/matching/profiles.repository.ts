// What capability profiles are built from, read straight from the tables (results are read only),
// and the audit chain used as the change feed that keeps every process's index fresh.
import { and, asc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import {
  agreements,
  agreementVersions,
  auditEvents,
  auditHead,
  consortiumMembers,
  offers,
  organisations,
  people,
  queryRows,
  type Db,
} from '@huahe/db';

export type OrgSourceRow = Pick<
  typeof organisations.$inferSelect,
  | 'id'
  | 'nameZh'
  | 'nameEn'
  | 'kind'
  | 'regionCode'
  | 'qualifications'
  | 'profileTags'
  | 'profileZh'
  | 'profileEn'
>;

const within = <T>(column: T, ids: readonly string[] | undefined): SQL | undefined =>
  ids ? inArray(column as never, [...ids]) : undefined;

/** The sequence number of the newest audit event (0 before the first). */
export async function auditSeq(db: Db): Promise<number> {
  const rows = await db.select({ seq: auditHead.seq }).from(auditHead).where(eq(auditHead.id, 1));
  return Number(rows[0]?.seq ?? 0);
}

/** What the audit events in (after, upTo] touched, oldest first. */
export async function changesBetween(db: Db, after: number, upTo: number, limit: number) {
  return db
    .select({
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      organisationId: auditEvents.organisationId,
      consortiumId: auditEvents.consortiumId,
    })
    .from(auditEvents)
    .where(and(gt(auditEvents.seq, after), lte(auditEvents.seq, upTo)))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

/** Organisations (all, or those listed) with their profile fields. */
export async function organisationSources(db: Db, ids?: readonly string[]): Promise<OrgSourceRow[]> {
  return db
    .select({
      id: organisations.id,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      kind: organisations.kind,
      regionCode: organisations.regionCode,
      qualifications: organisations.qualifications,
      profileTags: organisations.profileTags,
      profileZh: organisations.profileZh,
      profileEn: organisations.profileEn,
    })
    .from(organisations)
    .where(within(organisations.id, ids));
}

/** Titles and expertise of the organisations' people. */
export async function peopleSources(db: Db, ids?: readonly string[]) {
  return db
    .select({ organisationId: people.organisationId, title: people.title, expertise: people.expertise })
    .from(people)
    .where(within(people.organisationId, ids))
    .orderBy(asc(people.nameZh));
}

/**
 * Public results with every organisation that owns one or whose inventors it employs. Results
 * under consortium or owner confidentiality stay out: candidates' reasons are read by others.
 */
export async function resultSources(
  db: Db,
  opts: { organisationIds?: readonly string[]; resultIds?: readonly string[] } = {},
) {
  const orgFilter = opts.organisationIds ? sql`and x.organisation_id in ${[...opts.organisationIds]}` : sql``;
  const resultFilter = opts.resultIds ? sql`and r.id in ${[...opts.resultIds]}` : sql``;
  return queryRows<{
    id: string;
    organisationId: string;
    title: string;
    titleEn: string | null;
    type: string;
    trl: number | null;
    public: boolean;
  }>(
    db,
    sql`select r.id, x.organisation_id as "organisationId", r.title, r.title_en as "titleEn", r.type, r.trl,
          r.confidentiality = 'public' as public
        from results r
        join (select result_id, organisation_id from result_owners
              union select result_id, organisation_id from result_inventors where organisation_id is not null) x
          on x.result_id = r.id
        where true ${orgFilter} ${resultFilter}
        order by r.title`,
  );
}

/** Open, public offers of the organisations. */
export async function offerSources(db: Db, ids?: readonly string[]) {
  return db
    .select({
      organisationId: offers.organisationId,
      title: offers.title,
      description: offers.description,
      tags: offers.tags,
      trl: offers.trl,
    })
    .from(offers)
    .where(
      and(eq(offers.status, 'open'), eq(offers.visibility, 'public'), within(offers.organisationId, ids)),
    )
    .orderBy(asc(offers.createdAt));
}

/** In how many consortia each organisation has taken part (current or past). */
export async function membershipCounts(db: Db, ids?: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({
      id: consortiumMembers.organisationId,
      n: sql<number>`count(distinct ${consortiumMembers.consortiumId})::int`,
    })
    .from(consortiumMembers)
    .where(within(consortiumMembers.organisationId, ids))
    .groupBy(consortiumMembers.organisationId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/**
 * The agreement data of consortia (all, or those listed): the latest effective version's
 * canonical JSON when there is one, else the draft.
 */
export async function agreementDocuments(
  db: Db,
  consortiumIds?: readonly string[],
): Promise<{ consortiumId: string; data: unknown }[]> {
  const rows = await db
    .select({ id: agreements.id, consortiumId: agreements.consortiumId, draft: agreements.draft })
    .from(agreements)
    .where(within(agreements.consortiumId, consortiumIds));
  if (rows.length === 0) return [];
  const effective = await db
    .select({
      agreementId: agreementVersions.agreementId,
      number: agreementVersions.number,
      canonical: agreementVersions.canonical,
    })
    .from(agreementVersions)
    .where(
      and(
        eq(agreementVersions.status, 'effective'),
        inArray(
          agreementVersions.agreementId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(agreementVersions.number));
  const latest = new Map(effective.map((v) => [v.agreementId, v.canonical]));
  return rows.map((r) => {
    const canonical = latest.get(r.id);
    let data: unknown = r.draft;
    if (canonical !== undefined) {
      try {
        data = JSON.parse(canonical);
      } catch {
        // A version that does not parse still leaves the draft to learn from.
      }
    }
    return { consortiumId: r.consortiumId, data };
  });
}

/** Every membership spell (past ones too: they are collaboration history). */
export async function allSpells(db: Db) {
  return db
    .select({
      consortiumId: consortiumMembers.consortiumId,
      organisationId: consortiumMembers.organisationId,
    })
    .from(consortiumMembers);
}

/** The two sides of every match that became a partnership. */
export async function partneredPairs(db: Db): Promise<[string, string][]> {
  const rows = await queryRows<{ a: string; b: string | null }>(
    db,
    sql`select m.candidate_organisation_id as a, coalesce(d.organisation_id, c.lead_organisation_id) as b
        from matches m
        left join demands d on d.id = m.demand_id
        left join consortia c on c.id = m.consortium_id
        where m.status = 'partnered'`,
  );
  return rows.filter((r) => r.b !== null).map((r) => [r.a, r.b!]);
}

/** Open demands (all, or by id or by organisation) with their organisation's kind. */
export async function openDemandSources(
  db: Db,
  opts: { ids?: readonly string[]; organisationIds?: readonly string[] } = {},
) {
  const filter =
    opts.ids || opts.organisationIds
      ? sql`and (d.id in ${[...(opts.ids ?? []), '00000000-0000-0000-0000-000000000000']}
              or d.organisation_id in ${[...(opts.organisationIds ?? []), '00000000-0000-0000-0000-000000000000']})`
      : sql``;
  return queryRows<{
    id: string;
    organisationId: string;
    kind: string;
    title: string;
    description: string;
    tags: string[];
    trlNeeded: number | null;
    regionPreference: string | null;
    deadline: string | null;
  }>(
    db,
    sql`select d.id, d.organisation_id as "organisationId", o.kind, d.title, d.description, d.tags,
          d.trl_needed as "trlNeeded", d.region_preference as "regionPreference",
          d.deadline::text as deadline
        from demands d join organisations o on o.id = d.organisation_id
        where d.status = 'open' ${filter}`,
  );
}

/** Organisations by id, as rankings show them. */
export async function organisationsIn(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: organisations.id,
      nameZh: organisations.nameZh,
      nameEn: organisations.nameEn,
      kind: organisations.kind,
      regionCode: organisations.regionCode,
      isExample: organisations.isExample,
    })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}
