import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/app';
import { seedDemoMatching } from '../../seed/demo-matching';

let t: TestApp;
let admin: Client;
let bureau: Client;
let secretariat: Client; // of the metaverse consortium
let jmu: Client; // admin of 集美大学: a metaverse member, not a party to the matches below
let intretech: Client; // admin of 厦门盈趣 (the demanding side, and the metaverse lead)
let blackMirror: Client; // admin of 厦门黑镜 (the candidate)
let aispeech: Client; // admin of 思必驰
const PASSWORD = 'Matches-test-2026';
const ids: Record<string, string> = {};

const orgId = async (name: string) =>
  (await admin.get(`/api/organisations?q=${encodeURIComponent(name)}`)).body.items[0].id as string;

async function adminOf(organisationId: string, email: string): Promise<Client> {
  const u = (await admin.post('/api/users', { email, displayName: email, password: PASSWORD })).body;
  await admin.post(`/api/users/${u.id}/roles`, { role: 'member_admin', organisationId });
  return t.login(email, PASSWORD);
}

const inbox = async (c: Client) =>
  (await c.get('/api/me/notifications')).body.map((n: { title: { 'zh-CN': string }; link: string }) => ({
    title: n.title['zh-CN'],
    link: n.link,
  })) as { title: string; link: string }[];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoMatching(t.database.db, t.clock);
  admin = await t.login('admin@demo.huahe');
  bureau = await t.login('bureau@demo.huahe');
  secretariat = await t.login('secretariat@demo.huahe');
  jmu = await t.login('member@demo.huahe');
  ids.intretech = await orgId('厦门盈趣');
  ids.blackMirror = await orgId('厦门黑镜');
  ids.aispeech = await orgId('思必驰');
  intretech = await adminOf(ids.intretech, 'admin@intretech.example.cn');
  blackMirror = await adminOf(ids.blackMirror, 'admin@blackmirror.example.cn');
  aispeech = await adminOf(ids.aispeech, 'admin@aispeech.example.cn');
  ids.ai = (
    await admin.get(`/api/demands?q=${encodeURIComponent('AI数字人实时生成与大模型接入')}`)
  ).body.items[0].id;
  ids.metaverse = (await admin.get(`/api/consortia?q=${encodeURIComponent('元宇宙')}`)).body.items[0].id;
});
afterAll(() => t.close());

describe('the match workflow', () => {
  let matchId: string;

  it('lets the secretariat introduce a ranked candidate, keeping its score and reasons, and tells both sides', async () => {
    const res = await secretariat.post(`/api/demands/${ids.ai}/introduce`, {
      organisationId: ids.blackMirror,
      note: '黑镜是盈趣AI数字人的技术支持方，建议对接',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    matchId = res.body.id;
    expect(res.body).toMatchObject({
      kind: 'demand',
      status: 'introduced',
      demand: { id: ids.ai },
      consortium: { id: ids.metaverse },
      demander: { id: ids.intretech },
      candidate: { id: ids.blackMirror },
    });
    expect(res.body.score).toBeGreaterThan(0);
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toContain('tags');
    expect(res.body.events.map((e: { step: string }) => e.step)).toEqual(['recommended', 'introduced']);
    for (const c of [intretech, blackMirror]) {
      const n = (await inbox(c)).find((x) => x.link === `/matches/${matchId}`);
      expect(n?.title).toContain('撮合引荐：AI数字人实时生成与大模型接入');
    }
    expect((await inbox(secretariat)).some((x) => x.link === `/matches/${matchId}`)).toBe(false);
    const listed = (await secretariat.get(`/api/demands/${ids.ai}/candidates`)).body.items.find(
      (c: { organisation: { id: string } }) => c.organisation.id === ids.blackMirror,
    );
    expect(listed.match).toEqual({ id: matchId, status: 'introduced' });
  });

  it('refuses a second introduction, the demander itself, and those who do not introduce', async () => {
    const again = await secretariat.post(`/api/demands/${ids.ai}/introduce`, {
      organisationId: ids.blackMirror,
      note: '再次引荐',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].path).toBe('body.organisationId');
    const self = await secretariat.post(`/api/demands/${ids.ai}/introduce`, {
      organisationId: ids.intretech,
      note: '自己',
    });
    expect(self.status).toBe(400);
    expect(self.body.error.details[0].path).toBe('body.organisationId');
    expect(
      (await jmu.post(`/api/demands/${ids.ai}/introduce`, { organisationId: ids.blackMirror, note: 'x' }))
        .status,
    ).toBe(404);
    const empty = await secretariat.post(`/api/demands/${ids.ai}/introduce`, {
      organisationId: ids.blackMirror,
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe('body.note');
  });

  it('answers an illegal step with 409 and the reason in the caller’s language', async () => {
    const zh = await secretariat.post(`/api/matches/${matchId}/negotiate`, {});
    expect(zh.status).toBe(409);
    expect(zh.body.error.details[0]).toMatchObject({ path: 'status', code: 'match.illegal_transition' });
    expect(zh.body.error.message).toContain('撮合当前为“已引荐”，不能进入洽谈');
    const en = new Client(t.app, 'en');
    Object.assign(en, { cookie: secretariat.cookie, csrf: secretariat.csrf });
    const enRes = await en.post(`/api/matches/${matchId}/partner`, {
      outcome: 'contract',
      contractReference: 'X-1',
    });
    expect(enRes.status).toBe(409);
    expect(enRes.body.error.message).toContain(
      'it cannot be marked as partnered (it must first be negotiating)',
    );
  });

  it('lets each side’s admin accept for its own organisation only; both accepting makes it accepted', async () => {
    expect((await jmu.post(`/api/matches/${matchId}/respond`, { decision: 'accept' })).status).toBe(404);
    const first = await blackMirror.post(`/api/matches/${matchId}/respond`, {
      decision: 'accept',
      note: '愿意合作',
    });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('introduced');
    expect(first.body.acceptedByCandidate).not.toBeNull();
    expect(first.body.can.respondAs).toEqual([]);
    const twice = await blackMirror.post(`/api/matches/${matchId}/respond`, { decision: 'accept' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details[0].code).toBe('match.already_accepted');
    const bad = await intretech.post(`/api/matches/${matchId}/respond`, { decision: 'maybe' });
    expect(bad.body.error.details[0].path).toBe('body.decision');
    const both = await intretech.post(`/api/matches/${matchId}/respond`, { decision: 'accept' });
    expect(both.body.status).toBe('accepted');
    expect(both.body.can).toMatchObject({ negotiate: true, partner: false, close: true });
    expect((await inbox(blackMirror)).some((n) => n.title.startsWith('双方均已同意'))).toBe(true);
  });

  it('moves to negotiating, then joins the candidate to the consortium, with membership and audit recorded', async () => {
    expect(
      (await blackMirror.post(`/api/matches/${matchId}/negotiate`, { note: '开始洽谈' })).body.status,
    ).toBe('negotiating');
    const noContract = await blackMirror.post(`/api/matches/${matchId}/partner`, { outcome: 'contract' });
    expect(noContract.status).toBe(400);
    expect(noContract.body.error.details[0].path).toBe('body.contractReference');
    // Adding a member is for those who manage the consortium's members.
    expect(
      (await blackMirror.post(`/api/matches/${matchId}/partner`, { outcome: 'joined_consortium' })).status,
    ).toBe(404);
    const done = await secretariat.post(`/api/matches/${matchId}/partner`, {
      outcome: 'joined_consortium',
      role: 'member',
      joinedOn: '2026-11-27',
      note: '理事会同意吸收黑镜加入',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'partnered', outcome: 'joined_consortium' });
    expect(done.body.events.map((e: { step: string }) => e.step)).toEqual([
      'recommended',
      'introduced',
      'accepted_by_candidate',
      'accepted_by_demander',
      'negotiating',
      'partnered',
    ]);
    const consortium = (await secretariat.get(`/api/consortia/${ids.metaverse}`)).body;
    const spell = consortium.members.find(
      (m: { organisationId: string }) => m.organisationId === ids.blackMirror,
    );
    expect(spell).toMatchObject({
      joinedOn: '2026-11-27',
      leftOn: null,
      joinReason: '经撮合加入：理事会同意吸收黑镜加入',
    });
    expect(consortium.memberCount).toBe(27);
    const audit = (
      await admin.get(`/api/audit?organisationId=${ids.blackMirror}&pageSize=50`)
    ).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'match.introduced',
        'match.accepted_by_candidate',
        'match.accepted_by_demander',
        'match.negotiating',
        'match.partnered',
        'consortium.member_added',
      ]),
    );
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);
    const closed = await secretariat.post(`/api/matches/${matchId}/close`, { reason: '晚了' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.details[0].code).toBe('match.finished');
  });

  it('lists the match for both sides, the consortium and the demand, and hides it from others', async () => {
    const ofMine = async (c: Client, url: string) =>
      (await c.get(url)).body.items.map((m: { id: string }) => m.id) as string[];
    expect(await ofMine(blackMirror, '/api/matches')).toContain(matchId);
    expect(
      await ofMine(intretech, `/api/matches?organisationId=${ids.intretech}&status=partnered`),
    ).toContain(matchId);
    expect(await ofMine(secretariat, `/api/consortia/${ids.metaverse}/matches`)).toContain(matchId);
    expect(await ofMine(intretech, `/api/demands/${ids.ai}/matches`)).toContain(matchId);
    expect(await ofMine(jmu, `/api/demands/${ids.ai}/matches`)).toEqual([]);
    expect(await ofMine(jmu, '/api/matches')).not.toContain(matchId);
    expect((await jmu.get(`/api/matches/${matchId}`)).status).toBe(404);
    expect((await jmu.get(`/api/matches?organisationId=${ids.blackMirror}`)).status).toBe(404);
    expect((await jmu.get(`/api/consortia/${ids.metaverse}/matches`)).status).toBe(404);
  });
});

describe('other outcomes', () => {
  it('closes a match when a side declines, keeping the reason', async () => {
    const demand = await intretech.post('/api/demands', {
      title: '数字人语音合成引擎',
      description: '数字人实时语音合成与多语种播报',
      tags: ['语音合成'],
      visibility: 'private',
    });
    // A private demand: the bureau introduces, and the candidate may then read it.
    expect((await aispeech.get(`/api/demands/${demand.body.id}`)).status).toBe(404);
    const m = await bureau.post(`/api/demands/${demand.body.id}/introduce`, {
      organisationId: ids.aispeech,
      note: '思必驰长于语音合成',
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect((await aispeech.get(`/api/demands/${demand.body.id}`)).status).toBe(200);
    const declined = await aispeech.post(`/api/matches/${m.body.id}/respond`, {
      decision: 'decline',
      note: '本年度排期已满',
    });
    expect(declined.body).toMatchObject({ status: 'closed', outcome: null, outcomeNote: '本年度排期已满' });
    expect(declined.body.events.at(-1).step).toBe('declined_by_candidate');
    const after = await intretech.post(`/api/matches/${m.body.id}/respond`, { decision: 'accept' });
    expect(after.status).toBe(409);
    // A closed match frees the candidate for a new introduction.
    expect(
      (
        await bureau.post(`/api/demands/${demand.body.id}/introduce`, {
          organisationId: ids.aispeech,
          note: '明年再谈',
        })
      ).status,
    ).toBe(201);
  });

  it('records a contract for a consortium’s partner search', async () => {
    const m = await secretariat.post(`/api/consortia/${ids.metaverse}/introduce`, {
      organisationId: ids.aispeech,
      note: '语音交互补足数字人能力',
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect(m.body).toMatchObject({ kind: 'partner', demand: null, demander: { id: ids.intretech } });
    for (const c of [aispeech, intretech]) {
      expect((await c.post(`/api/matches/${m.body.id}/respond`, { decision: 'accept' })).status).toBe(200);
    }
    await intretech.post(`/api/matches/${m.body.id}/negotiate`, {});
    const done = await intretech.post(`/api/matches/${m.body.id}/partner`, {
      outcome: 'contract',
      contractReference: '技术开发合同 2026-XM-001',
    });
    expect(done.body).toMatchObject({
      status: 'partnered',
      outcome: 'contract',
      outcomeNote: '技术开发合同 2026-XM-001',
    });
    const member = await secretariat.post(`/api/consortia/${ids.metaverse}/introduce`, {
      organisationId: ids.blackMirror,
      note: '已是成员',
    });
    expect(member.status).toBe(409);
  });

  it('shows the demo’s “一拍即合” pair as a partnership by contract: 筹备组建新公司', async () => {
    const items = (await bureau.get('/api/matches?status=partnered&pageSize=50')).body.items;
    const pair = items.find(
      (m: { demand: { title: string } | null }) => m.demand?.title === '电池包热失控灭火联动装置',
    );
    expect(pair).toMatchObject({
      outcome: 'contract',
      consortium: { nameZh: '新能源汽车智能安全创新联合体' },
    });
    expect(pair.candidate.nameZh).toContain('防火所');
    expect(pair.outcomeNote).toMatch(/^筹备组建新公司/);
  });
});
