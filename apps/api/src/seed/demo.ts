import { and, count, eq, isNull } from 'drizzle-orm';
import {
  consortia,
  consortiumMembers,
  organisations,
  people,
  publicFacts,
  roleAssignments,
  users,
  type Db,
} from '@huahe/db';
import type { Role } from '@huahe/contracts';
import { systemActor } from '../lib/actor';
import type { Clock } from '../lib/clock';
import { inTransaction, type ServiceContext } from '../lib/context';
import { hashPassword } from '../lib/passwords';
import { seedDemoAgreement } from './demo-agreement';
import { seedDemoMatching } from './demo-matching';
import { seedDemoResults } from './demo-results';
import { demoConsortia, demoFacts, exampleOrganisations } from './demo-consortia';
import {
  demoPeople,
  historicalOrganisations,
  namedOrganisations,
  type DemoOrganisation,
} from './demo-organisations';

const demoOrganisations = [...namedOrganisations, ...exampleOrganisations, ...historicalOrganisations];

/** The password of every demo account (demo data only; see the README to change or disable it). */
export const DEMO_PASSWORD = 'Huahe-demo-2026';

interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  organisation?: string;
  consortium?: string;
  label: { 'zh-CN': string; en: string };
}

/** One account per role (SPEC §6.5). */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'admin@demo.huahe',
    displayName: '平台管理员',
    role: 'platform_admin',
    label: { 'zh-CN': '平台管理员（科技局）', en: 'platform admin' },
  },
  {
    email: 'bureau@demo.huahe',
    displayName: '厦门市科技局工作人员（示例账号）',
    role: 'bureau_staff',
    label: { 'zh-CN': '科技局工作人员', en: 'science bureau staff' },
  },
  {
    email: 'expert@demo.huahe',
    displayName: '评审专家（示例）',
    role: 'expert',
    label: { 'zh-CN': '评审专家', en: 'expert reviewer' },
  },
  {
    email: 'secretariat@demo.huahe',
    displayName: '元宇宙联合体秘书处（示例）',
    role: 'secretariat',
    consortium: '元宇宙支撑技术与场景驱动创新联合体',
    label: {
      'zh-CN': '元宇宙支撑技术与场景驱动创新联合体 秘书处',
      en: 'secretariat of the metaverse consortium',
    },
  },
  {
    email: 'member@demo.huahe',
    displayName: '集美大学 成员单位管理员（示例）',
    role: 'member_admin',
    organisation: '集美大学',
    label: { 'zh-CN': '集美大学 成员单位管理员', en: 'member admin of Jimei University' },
  },
];

/** True when nothing has been stored yet: the first start loads the demo data. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [u] = await db.select({ n: count() }).from(users);
  const [o] = await db.select({ n: count() }).from(organisations);
  return (u?.n ?? 0) === 0 && (o?.n ?? 0) === 0;
}

async function upsertOrganisation(
  tx: ServiceContext & { audit: Parameters<Parameters<typeof inTransaction>[1]>[0]['audit'] },
  o: DemoOrganisation,
) {
  const existing = (
    await tx.db.select().from(organisations).where(eq(organisations.nameZh, o.nameZh)).limit(1)
  )[0];
  if (existing) return existing.id;
  const [row] = await tx.db.insert(organisations).values(o).returning();
  await tx.audit({
    action: 'organisation.created',
    entityType: 'organisation',
    entityId: row!.id,
    organisationId: row!.id,
    after: row,
  });
  return row!.id;
}

/**
 * Loads the demo data set built from the source article. Idempotent: records found by their
 * natural keys (names, emails) are left as they are.
 */
export async function seedDemo(
  db: Db,
  clock: Clock,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('seed'), clock, lang: 'zh-CN', requestId: null };
  const total = demoOrganisations.length + demoConsortia.length + demoAccounts.length;
  let done = 0;
  const orgIds = new Map<string, string>();
  await inTransaction(ctx, async (tx) => {
    for (const o of demoOrganisations) {
      orgIds.set(o.nameZh, await upsertOrganisation(tx, o));
      onProgress?.(++done, total);
    }
  });
  await inTransaction(ctx, async (tx) => {
    for (const p of demoPeople) {
      const organisationId = orgIds.get(p.organisation)!;
      const { organisation: _o, ...fields } = p;
      const exists = await tx.db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.organisationId, organisationId), eq(people.nameZh, p.nameZh)));
      if (exists.length) continue;
      const [row] = await tx.db
        .insert(people)
        .values({ ...fields, organisationId })
        .returning();
      await tx.audit({
        action: 'person.created',
        entityType: 'person',
        entityId: row!.id,
        organisationId,
        after: { nameZh: row!.nameZh, title: row!.title },
      });
    }
    const [facts] = await tx.db.select({ n: count() }).from(publicFacts);
    if ((facts?.n ?? 0) === 0) {
      await tx.db.insert(publicFacts).values(demoFacts.map((f, position) => ({ ...f, position })));
      await tx.audit({
        action: 'public_facts.loaded',
        entityType: 'public_facts',
        entityId: 'demo',
        after: demoFacts,
      });
    }
  });
  const consortiumIds = new Map<string, string>();
  for (const c of demoConsortia) {
    await inTransaction(ctx, async (tx) => {
      const existing = (
        await tx.db.select().from(consortia).where(eq(consortia.nameZh, c.nameZh)).limit(1)
      )[0];
      if (existing) {
        consortiumIds.set(c.nameZh, existing.id);
        return;
      }
      const leadId = orgIds.get(c.lead);
      if (!leadId) throw new Error(`demo data: unknown lead ${c.lead}`);
      const { members, lead: _lead, ...fields } = c;
      const [row] = await tx.db
        .insert(consortia)
        .values({ ...fields, leadOrganisationId: leadId })
        .returning();
      consortiumIds.set(c.nameZh, row!.id);
      await tx.audit({
        action: 'consortium.created',
        entityType: 'consortium',
        entityId: row!.id,
        consortiumId: row!.id,
        after: row,
      });
      for (const m of members) {
        const organisationId = orgIds.get(m.organisation);
        if (!organisationId) throw new Error(`demo data: unknown member ${m.organisation}`);
        const { organisation: _o, ...spell } = m;
        const [mem] = await tx.db
          .insert(consortiumMembers)
          .values({ ...spell, consortiumId: row!.id, organisationId })
          .returning();
        await tx.audit({
          action: 'consortium.member_added',
          entityType: 'consortium_member',
          entityId: mem!.id,
          consortiumId: row!.id,
          organisationId,
          after: mem,
        });
      }
    });
    onProgress?.(++done, total);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of demoAccounts) {
    await inTransaction(ctx, async (tx) => {
      let user = (await tx.db.select().from(users).where(eq(users.email, a.email)).limit(1))[0];
      if (!user) {
        [user] = await tx.db
          .insert(users)
          .values({ email: a.email, displayName: a.displayName, passwordHash })
          .returning();
        await tx.audit({
          action: 'user.created',
          entityType: 'user',
          entityId: user!.id,
          after: { email: a.email, displayName: a.displayName },
        });
      }
      const organisationId = a.organisation ? (orgIds.get(a.organisation) ?? null) : null;
      const consortiumId = a.consortium ? (consortiumIds.get(a.consortium) ?? null) : null;
      const has = await tx.db
        .select({ id: roleAssignments.id })
        .from(roleAssignments)
        .where(
          and(
            eq(roleAssignments.userId, user!.id),
            eq(roleAssignments.role, a.role),
            organisationId
              ? eq(roleAssignments.organisationId, organisationId)
              : isNull(roleAssignments.organisationId),
            consortiumId
              ? eq(roleAssignments.consortiumId, consortiumId)
              : isNull(roleAssignments.consortiumId),
          ),
        );
      if (has.length === 0) {
        await tx.db
          .insert(roleAssignments)
          .values({ userId: user!.id, role: a.role, organisationId, consortiumId });
        await tx.audit({
          action: 'user.role_assigned',
          entityType: 'user',
          entityId: user!.id,
          organisationId,
          consortiumId,
          after: { role: a.role, organisationId, consortiumId },
        });
      }
    });
    onProgress?.(++done, total);
  }
  await seedDemoAgreement(db, clock);
  await seedDemoResults(db, clock);
  await seedDemoMatching(db, clock);
}
