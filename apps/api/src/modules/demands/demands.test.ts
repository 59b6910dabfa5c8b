import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/app';

let t: TestApp;
let admin: Client;
let staff: Client; // member_staff of 厦门盈趣 (a metaverse member)
let jmu: Client; // member admin of 集美大学 (a metaverse member)
let secretariat: Client; // secretariat of the metaverse consortium
let bureau: Client;
let outsider: Client; // member admin of 厦门黑镜 (no consortium)
let intretech: string;
let blackMirror: string;
let metaverse: string;
let cetc: string;
const PASSWORD = 'Demand-test-2026';

const orgId = async (name: string) =>
  (await admin.get(`/api/organisations?q=${encodeURIComponent(name)}`)).body.items[0].id as string;

async function userFor(role: string, organisationId: string, email: string): Promise<Client> {
  const u = (await admin.post('/api/users', { email, displayName: email, password: PASSWORD })).body;
  await admin.post(`/api/users/${u.id}/roles`, { role, organisationId });
  return t.login(email, PASSWORD);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  bureau = await t.login('bureau@demo.huahe');
  secretariat = await t.login('secretariat@demo.huahe');
  jmu = await t.login('member@demo.huahe');
  intretech = await orgId('厦门盈趣');
  blackMirror = await orgId('厦门黑镜');
  metaverse = (await admin.get(`/api/consortia?q=${encodeURIComponent('元宇宙')}`)).body.items[0].id;
  cetc = (await admin.get(`/api/consortia?q=${encodeURIComponent('电子元器件')}`)).body.items[0].id;
  staff = await userFor('member_staff', intretech, 'staff@intretech.example.cn');
  outsider = await userFor('member_admin', blackMirror, 'admin@blackmirror.example.cn');
});
afterAll(() => t.close());

const demand = (over: Record<string, unknown> = {}) => ({
  title: 'AI数字人实时生成',
  description: '基于照片与文本实时生成数字人并接入大模型',
  tags: ['AI数字人'],
  trlNeeded: 6,
  budgetMin: '100000.00',
  budgetMax: '500000',
  regionPreference: '350200',
  deadline: '2027-06-30',
  ...over,
});

describe('demand visibility', () => {
  let ids: Record<'public' | 'consortium' | 'private', string>;
  beforeAll(async () => {
    const post = async (visibility: string, extra = {}) => {
      const res = await staff.post(
        '/api/demands',
        demand({ title: `可见性 ${visibility}`, visibility, ...extra }),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    ids = {
      public: await post('public'),
      consortium: await post('consortium', { consortiumId: metaverse }),
      private: await post('private'),
    };
  });

  const sees = async (c: Client) => {
    const listed = (await c.get('/api/demands?q=%E5%8F%AF%E8%A7%81%E6%80%A7&pageSize=50')).body.items.map(
      (d: { title: string }) => d.title.replace('可见性 ', ''),
    );
    const fetched: string[] = [];
    for (const [v, id] of Object.entries(ids))
      if ((await c.get(`/api/demands/${id}`)).status === 200) fetched.push(v);
    expect(fetched.sort()).toEqual([...listed].sort());
    return listed.sort();
  };

  it('shows public demands to everyone, even without an account', async () => {
    expect(await sees(t.anonymous())).toEqual(['public']);
    expect(await sees(outsider)).toEqual(['public']);
  });

  it('shows consortium demands to the consortium’s members and secretariat, never private ones', async () => {
    expect(await sees(jmu)).toEqual(['consortium', 'public']);
    expect(await sees(secretariat)).toEqual(['consortium', 'public']);
  });

  it('shows private demands to the organisation itself and the bureau', async () => {
    expect(await sees(staff)).toEqual(['consortium', 'private', 'public']);
    expect(await sees(bureau)).toEqual(['consortium', 'private', 'public']);
  });

  it('tells each caller what it may do', async () => {
    expect((await staff.get(`/api/demands/${ids.consortium}`)).body).toMatchObject({
      canEdit: true,
      canIntroduce: false,
    });
    expect((await secretariat.get(`/api/demands/${ids.consortium}`)).body).toMatchObject({
      canEdit: false,
      canIntroduce: true,
      consortium: { id: metaverse },
    });
  });
});

describe('posting and editing', () => {
  it('keeps money exact and defaults the organisation to the caller’s own', async () => {
    const res = await staff.post('/api/demands', demand({ budgetMax: '99999999999999.99' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      organisation: { id: intretech, nameZh: '厦门盈趣科技股份有限公司' },
      budgetMin: '100000.00',
      budgetMax: '99999999999999.99',
      visibility: 'public',
      status: 'open',
    });
  });

  it('rejects bad input with the field and a reason in the caller’s language', async () => {
    const bad = await staff.post('/api/demands', demand({ budgetMin: '500000.00', budgetMax: '100000.00' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ path: 'body.budgetMax', message: '预算上限不能低于下限' }),
    ]);
    const en = new Client(t.app, 'en');
    Object.assign(en, { cookie: staff.cookie, csrf: staff.csrf });
    const enBad = await en.post('/api/demands', demand({ visibility: 'consortium' }));
    expect(enBad.body.error.details[0]).toMatchObject({
      path: 'body.consortiumId',
      message: 'a demand visible to a consortium needs that consortium',
    });
    const paths = async (body: Record<string, unknown>) =>
      (await staff.post('/api/demands', demand(body))).body.error.details.map(
        (d: { path: string }) => d.path,
      );
    expect(await paths({ trlNeeded: 10 })).toEqual(['body.trlNeeded']);
    expect(await paths({ budgetMin: '1.234' })).toEqual(['body.budgetMin']);
    expect(await paths({ budgetMin: '-1.00' })).toEqual(['body.budgetMin']);
    expect(await paths({ regionPreference: '350299' })).toEqual(['body.regionPreference']);
    expect(await paths({ title: '  ' })).toEqual(['body.title']);
    expect(await paths({ deadline: '2027-02-30' })).toEqual(['body.deadline']);
    expect(await paths({ deadline: '2026-11-26' })).toEqual(['body.deadline']);
  });

  it('posts only for the caller’s own organisations, in consortia they belong to', async () => {
    expect((await staff.post('/api/demands', demand({ organisationId: blackMirror }))).status).toBe(404);
    const notMember = await staff.post(
      '/api/demands',
      demand({ visibility: 'consortium', consortiumId: cetc }),
    );
    expect(notMember.status).toBe(400);
    expect(notMember.body.error.details[0].path).toBe('body.consortiumId');
    const noOrg = await admin.post('/api/demands', demand());
    expect(noOrg.body.error.details[0].path).toBe('body.organisationId');
    expect((await admin.post('/api/demands', demand({ organisationId: blackMirror }))).status).toBe(201);
    expect((await jmu.post('/api/demands', demand())).status).toBe(201);
    expect((await secretariat.post('/api/demands', demand())).status).toBe(404);
  });

  it('checks an edit against the stored budget, and audits it', async () => {
    const id = (await staff.post('/api/demands', demand({ title: '待修改的需求' }))).body.id;
    const bad = await staff.patch(`/api/demands/${id}`, { budgetMin: '600000.00' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body.budgetMin');
    const ok = await staff.patch(`/api/demands/${id}`, { tags: ['AI数字人', '大模型'], budgetMax: null });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ tags: ['AI数字人', '大模型'], budgetMax: null });
    expect((await jmu.patch(`/api/demands/${id}`, { title: '别人的' })).status).toBe(404);
    const audit = (await admin.get(`/api/audit?entityType=demand&entityId=${id}`)).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(audit.sort()).toEqual(['demand.created', 'demand.updated']);
  });

  it('closes and reopens, refusing a repeated step, and hides closed demands from the default list', async () => {
    const id = (await staff.post('/api/demands', demand({ title: '将关闭的需求' }))).body.id;
    expect((await staff.post(`/api/demands/${id}/close`, { reason: '已找到合作方' })).body.status).toBe(
      'closed',
    );
    const again = await staff.post(`/api/demands/${id}/close`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('该需求已关闭');
    const titles = async (q: string) =>
      (await staff.get(`/api/demands?q=${encodeURIComponent('将关闭')}${q}`)).body.items.length;
    expect(await titles('')).toBe(0);
    expect(await titles('&status=all')).toBe(1);
    expect((await staff.post(`/api/demands/${id}/reopen`)).body.status).toBe('open');
    expect((await staff.post(`/api/demands/${id}/reopen`)).status).toBe(409);
  });

  it('deletes a demand without matches', async () => {
    const id = (await staff.post('/api/demands', demand({ title: '将删除的需求' }))).body.id;
    expect((await staff.delete(`/api/demands/${id}`)).status).toBe(200);
    expect((await staff.get(`/api/demands/${id}`)).status).toBe(404);
  });

  it('filters the list and exports it to Excel', async () => {
    const byTag = (await staff.get(`/api/demands?tag=${encodeURIComponent('大模型')}`)).body.items;
    expect(byTag.length).toBeGreaterThan(0);
    expect(byTag.every((d: { tags: string[] }) => d.tags.includes('大模型'))).toBe(true);
    expect((await staff.get('/api/demands?region=44')).body.total).toBe(0);
    const file = await staff.get('/api/demands/export.xlsx');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
  });
});
