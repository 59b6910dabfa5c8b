import { asc, count, eq, isNull, sql } from 'drizzle-orm';
import { consortia, consortiumMembers, organisations, publicFacts } from '@huahe/db';
import type { PlatformStats } from '@huahe/contracts';
import { authorize } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';

/** Platform-wide figures (current consortia, organisations by kind and province) and published facts. */
export async function platformStats(ctx: ServiceContext): Promise<PlatformStats> {
  authorize(ctx.actor, 'organisations.list');
  const db = ctx.db;
  const current = eq(consortia.isHistorical, false);
  const [c] = await db.select({ n: count() }).from(consortia).where(current);
  const [op] = await db
    .select({ n: count() })
    .from(consortia)
    .where(sql`${current} and ${consortia.status} = 'operating'`);
  const [o] = await db.select({ n: count() }).from(organisations);
  const [m] = await db
    .select({ n: count() })
    .from(consortiumMembers)
    .innerJoin(consortia, eq(consortia.id, consortiumMembers.consortiumId))
    .where(sql`${isNull(consortiumMembers.leftOn)} and ${current}`);
  const byStatus = await db
    .select({ status: consortia.status, count: count() })
    .from(consortia)
    .where(current)
    .groupBy(consortia.status)
    .orderBy(sql`2 desc`);
  const byKind = await db
    .select({ kind: organisations.kind, count: count() })
    .from(organisations)
    .groupBy(organisations.kind)
    .orderBy(sql`2 desc`);
  const province = sql<string>`substr(${organisations.regionCode}, 1, 2) || '0000'`;
  const byProvince = await db
    .select({ province, count: count() })
    .from(organisations)
    .where(sql`${organisations.regionCode} is not null`)
    .groupBy(province)
    .orderBy(sql`2 desc`);
  const facts = await db.select().from(publicFacts).orderBy(asc(publicFacts.position));
  return {
    consortia: c?.n ?? 0,
    operatingConsortia: op?.n ?? 0,
    organisations: o?.n ?? 0,
    memberships: m?.n ?? 0,
    byStatus,
    byKind,
    byProvince,
    publicFacts: facts.map(({ region, fact, value, source }) => ({ region, fact, value, source })),
  };
}
