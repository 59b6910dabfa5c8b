// Test factories for consortium work under an agreement: a small consortium of demo organisations,
// an EFFECTIVE agreement made straight through the repository (no signing), and member accounts.
import { eq } from 'drizzle-orm';
import {
  AgreementSchema,
  canonicalJson,
  createFromTemplate,
  validateUscc,
  type Agreement,
  type Party,
  type TemplateKind,
} from '@huahe/contracts';
import { consortia, organisations, type Db } from '@huahe/db';
import { sha256Hex } from '../src/lib/digest';
import {
  findAgreementByConsortium,
  insertAgreement,
  insertVersion,
  setVersionStatus,
  versionsOf,
} from '../src/modules/agreements/agreements.repository';
import { membersOf } from '../src/modules/consortia/consortia.repository';
import type { Client, TestApp } from './app';

/**
 * Makes an agreement effective for the consortium: drafted from the template over its current
 * members, adjusted by `edit`, frozen as a new version with status 'effective' (an earlier effective
 * version is superseded). Returns the agreement and its version id.
 */
export async function createEffectiveAgreement(
  db: Db,
  consortiumId: string,
  opts: {
    template?: TemplateKind;
    edit?: (a: Agreement) => void;
    term?: { startsOn?: string; endsOn?: string };
    effectiveAt?: string;
  } = {},
): Promise<{ agreement: Agreement; versionId: string }> {
  const template = opts.template ?? 'xiamen';
  const members = (await membersOf(db, consortiumId)).filter((m) => !m.m.leftOn);
  const consortium = (await db.select().from(consortia).where(eq(consortia.id, consortiumId)))[0];
  const parties: Party[] = members.map(({ m, o }) => ({
    organisationId: o.id,
    legalName: { zh: o.nameZh, ...(o.nameEn ? { en: o.nameEn } : {}) },
    ...(o.uscc && validateUscc(o.uscc).valid ? { creditCode: o.uscc } : {}),
    role: m.role as Party['role'],
  }));
  const draft = createFromTemplate(template, {
    consortium: { name: { zh: consortium?.nameZh ?? '测试联合体' }, consortiumId },
    parties,
    // The Xiamen template gives technical decisions to a chief scientist (厦门 requires one).
    chiefScientist: {
      name: '首席科学家（示例）',
      affiliationPartyId: parties[0]!.organisationId,
      technicalDecisionRights: {
        zh: '技术路线选择和关键技术问题的裁决',
        en: 'technical roadmap and key technical questions',
      },
    },
    ...(opts.term ? { term: opts.term } : {}),
  });
  opts.edit?.(draft);
  const agreement = AgreementSchema.parse(draft);
  const canonical = canonicalJson(agreement);
  let row = await findAgreementByConsortium(db, consortiumId);
  row ??= await insertAgreement(db, { consortiumId, template, draft: agreement });
  const versions = await versionsOf(db, row.id);
  for (const v of versions.filter((x) => x.status === 'effective'))
    await setVersionStatus(db, v.id, 'superseded');
  const version = await insertVersion(db, {
    agreementId: row.id,
    number: (versions[0]?.number ?? 0) + 1,
    canonical,
    digest: sha256Hex(canonical),
    status: 'effective',
    origin: versions.length ? 'amendment' : 'draft',
    effectiveAt: opts.effectiveAt ?? new Date('2026-01-01T00:00:00Z').toISOString(),
  });
  return { agreement, versionId: version.id };
}

/** The id of a demo organisation by its Chinese name. */
export async function orgId(db: Db, nameZh: string): Promise<string> {
  const row = (
    await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.nameZh, nameZh))
  )[0];
  if (!row) throw new Error(`no organisation ${nameZh}`);
  return row.id;
}

/** A new consortium led by `lead` with the other organisations as members (through the API). */
export async function createConsortium(
  t: TestApp,
  admin: Client,
  name: string,
  lead: string,
  members: { name: string; role?: 'core' | 'member' | 'supporting'; joinedOn?: string }[],
): Promise<string> {
  const res = await admin.post('/api/consortia', {
    nameZh: name,
    leadOrganisationId: await orgId(t.database.db, lead),
    foundedOn: '2025-01-01',
  });
  if (res.status !== 201) throw new Error(`consortium: ${res.status} ${JSON.stringify(res.body)}`);
  for (const m of members) {
    const added = await admin.post(`/api/consortia/${res.body.id}/members`, {
      organisationId: await orgId(t.database.db, m.name),
      role: m.role ?? 'core',
      joinedOn: m.joinedOn ?? '2025-01-01',
    });
    if (added.status !== 200)
      throw new Error(`member ${m.name}: ${added.status} ${JSON.stringify(added.body)}`);
  }
  return res.body.id as string;
}

let accounts = 0;

/** A logged-in account with one role for an organisation (member_admin by default). */
export async function memberAccount(
  t: TestApp,
  admin: Client,
  organisation: string,
  role: 'member_admin' | 'member_staff' = 'member_admin',
): Promise<Client> {
  const email = `acct${++accounts}-${Date.now()}@example.cn`;
  const password = 'Strong-pass-2026';
  const user = await admin.post('/api/users', { email, displayName: `${organisation} ${role}`, password });
  if (user.status !== 201) throw new Error(`user: ${user.status} ${JSON.stringify(user.body)}`);
  const granted = await admin.post(`/api/users/${user.body.id}/roles`, {
    role,
    organisationId: await orgId(t.database.db, organisation),
  });
  if (granted.status !== 200) throw new Error(`role: ${granted.status} ${JSON.stringify(granted.body)}`);
  return t.login(email, password);
}
