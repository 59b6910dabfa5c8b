import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../test/app';

let t: TestApp;
let admin: Client;
let bureau: Client;
let staff: Client; // member_staff of 厦门盈趣
let outsider: Client; // member admin of 厦门黑镜
let intretech: string;
let resultId: string;
const PASSWORD = 'Offer-test-2026';

async function userFor(role: string, organisationId: string, email: string): Promise<Client> {
  const u = (await admin.post('/api/users', { email, displayName: email, password: PASSWORD })).body;
  await admin.post(`/api/users/${u.id}/roles`, { role, organisationId });
  return t.login(email, PASSWORD);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  bureau = await t.login('bureau@demo.huahe');
  const org = async (q: string) =>
    (await admin.get(`/api/organisations?q=${encodeURIComponent(q)}`)).body.items[0].id as string;
  intretech = await org('厦门盈趣');
  staff = await userFor('member_staff', intretech, 'staff@offers.example.cn');
  outsider = await userFor('member_admin', await org('厦门黑镜'), 'bm@offers.example.cn');
  const metaverse = (await admin.get(`/api/consortia?q=${encodeURIComponent('元宇宙')}`)).body.items[0].id;
  const results = (await admin.get(`/api/consortia/${metaverse}/results?pageSize=50`)).body.items;
  resultId = results.find((r: { owners: string[] }) => r.owners.includes('厦门盈趣科技股份有限公司')).id;
});
afterAll(() => t.close());

const offer = (over: Record<string, unknown> = {}) => ({
  kind: 'result',
  title: '工业元宇宙远程运维方案许可',
  description: '工业元宇宙场景的远程运维与数字孪生方案，可许可实施',
  tags: ['工业元宇宙'],
  trl: 7,
  ...over,
});

describe('offers', () => {
  it('offers a result its organisation owns, and nothing it does not', async () => {
    const ok = await staff.post('/api/offers', offer({ resultId }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({
      organisation: { id: intretech },
      kind: 'result',
      result: { id: resultId },
      visibility: 'public',
      status: 'open',
      canEdit: true,
    });
    const notOwned = await outsider.post('/api/offers', offer({ resultId }));
    expect(notOwned.status).toBe(400);
    expect(notOwned.body.error.details[0]).toMatchObject({
      path: 'body.resultId',
      message: '该成果不属于本单位',
    });
  });

  it('rejects bad input with field paths', async () => {
    const paths = async (body: Record<string, unknown>) =>
      (await staff.post('/api/offers', offer(body))).body.error.details.map((d: { path: string }) => d.path);
    expect(await paths({ kind: 'patent' })).toEqual(['body.kind']);
    expect(await paths({ trl: 0 })).toEqual(['body.trl']);
    expect(await paths({ visibility: 'consortium' })).toEqual(['body.visibility']);
    expect(await paths({ tags: ['x'.repeat(41)] })).toEqual(['body.tags[0]']);
  });

  it('shows private offers to their organisation and the bureau only', async () => {
    const id = (await staff.post('/api/offers', offer({ title: '内部能力草稿', visibility: 'private' }))).body
      .id;
    expect((await staff.get(`/api/offers/${id}`)).status).toBe(200);
    expect((await bureau.get(`/api/offers/${id}`)).status).toBe(200);
    expect((await outsider.get(`/api/offers/${id}`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/offers/${id}`)).status).toBe(404);
    const listed = async (c: Client) =>
      (await c.get(`/api/offers?q=${encodeURIComponent('内部能力草稿')}`)).body.items.length;
    expect(await listed(staff)).toBe(1);
    expect(await listed(t.anonymous())).toBe(0);
  });

  it('is edited, withdrawn, reopened and deleted by its organisation’s staff only', async () => {
    const id = (await staff.post('/api/offers', offer({ title: '待维护的供给', kind: 'service' }))).body.id;
    expect((await outsider.patch(`/api/offers/${id}`, { title: '改名' })).status).toBe(404);
    expect((await staff.patch(`/api/offers/${id}`, { tags: ['远程运维'] })).body.tags).toEqual(['远程运维']);
    expect((await staff.post(`/api/offers/${id}/close`, { reason: '暂停' })).body.status).toBe('closed');
    expect((await staff.post(`/api/offers/${id}/close`, {})).status).toBe(409);
    expect(
      (await t.anonymous().get('/api/offers?kind=service')).body.items.map((o: { id: string }) => o.id),
    ).not.toContain(id);
    expect((await staff.post(`/api/offers/${id}/reopen`)).body.status).toBe('open');
    expect((await staff.delete(`/api/offers/${id}`)).status).toBe(200);
    expect((await staff.get(`/api/offers/${id}`)).status).toBe(404);
  });
});
