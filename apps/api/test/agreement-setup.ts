import type { AgreementView } from '@huahe/contracts';
import type { Client, TestApp } from './app';

/** A three-party consortium led by 集美大学 (its demo admin runs it), with an admin account per party. */
export interface SmallConsortium {
  consortiumId: string;
  secretariat: Client;
  admins: Client[];
  partyIds: string[];
  password: string;
}

const PASSWORD = 'Signer-pass-2026';

export async function setUpSmallConsortium(t: TestApp): Promise<SmallConsortium> {
  const admin = await t.login('admin@demo.huahe');
  const member = await t.login('member@demo.huahe');
  const jmu = (await member.get('/api/auth/session')).body.user.roles.find(
    (r: { role: string }) => r.role === 'member_admin',
  ).organisationId;
  const find = async (name: string) =>
    (await admin.get(`/api/organisations?q=${encodeURIComponent(name)}`)).body.items[0].id as string;
  const zju = await find('浙江大学');
  const tju = await find('天津大学');
  const created = await member.post('/api/consortia', {
    nameZh: '测试用三方联合体',
    leadOrganisationId: jmu,
    foundedOn: '2026-11-01',
  });
  const consortiumId = created.body.id as string;
  const secretariat = await t.login('member@demo.huahe');
  for (const org of [zju, tju])
    await secretariat.post(`/api/consortia/${consortiumId}/members`, {
      organisationId: org,
      role: 'core',
      tier: 'core',
      joinedOn: '2026-11-01',
    });
  const admins: Client[] = [];
  for (const [i, org] of [jmu, zju, tju].entries()) {
    const email = `signer${i}-${consortiumId.slice(0, 6)}@example.cn`;
    const u = (await admin.post('/api/users', { email, displayName: `签字人${i}`, password: PASSWORD })).body;
    await admin.post(`/api/users/${u.id}/roles`, { role: 'member_admin', organisationId: org });
    admins.push(await t.login(email, PASSWORD));
  }
  return { consortiumId, secretariat, admins, partyIds: [jmu, zju, tju], password: PASSWORD };
}

/** Fills every item the completeness check asks for, and saves the draft. */
export async function fillDraft(s: SmallConsortium): Promise<AgreementView> {
  const view: AgreementView = (await s.secretariat.get(`/api/consortia/${s.consortiumId}/agreement`)).body;
  const d = structuredClone(view.draft);
  d.consortium.purpose = { zh: '测试用途：攻克共性关键技术' };
  d.parties = d.parties.map((p, i) => ({
    ...p,
    creditCode: p.creditCode ?? undefined,
    domicile: { zh: `厦门市测试路${i + 1}号` },
    legalRepresentative: `代表${i + 1}`,
  }));
  d.goals = [{ title: { zh: '共性技术突破' }, indicators: [{ zh: '形成样机' }] }];
  d.tasks = [
    {
      title: { zh: '联合攻关' },
      leadPartyId: s.partyIds[0]!,
      participantPartyIds: s.partyIds.slice(1),
      deliverables: [{ zh: '样机' }],
      goalIndex: 0,
    },
  ];
  d.funding = {
    ...d.funding,
    commitments: s.partyIds.map((id) => ({
      partyId: id,
      cashYuan: '100000.00',
      inKind: [],
      personMonths: '6',
    })),
  };
  d.ip = { ...d.ip, background: s.partyIds.map((id) => ({ partyId: id, items: [], exclusions: [] })) };
  d.dispute = { ...d.dispute, forum: { kind: 'arbitration', commission: '厦门仲裁委员会' } };
  d.term = { ...d.term, endsOn: '2029-12-31' };
  const res = await s.secretariat.put(`/api/agreements/${view.id}/draft`, {
    draft: d,
    draftVersion: view.draftVersion,
  });
  if (res.status !== 200) throw new Error(`fillDraft: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
