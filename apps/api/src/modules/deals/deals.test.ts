import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExampleUscc } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import { createConsortium, createEffectiveAgreement } from '../../../test/agreement-factory';

let t: TestApp;
let admin: Client;
let jmu: Client;
let consortiumId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  consortiumId = await createConsortium(t, admin, '转化测试联合体', '厦门盈趣科技股份有限公司', [
    { name: '集美大学' },
  ]);
  await createEffectiveAgreement(t.database.db, consortiumId);
  jmu = await t.login('member@demo.huahe');
});
afterAll(() => t.close());

const deal = (over: Record<string, unknown> = {}) => ({
  kind: 'licence',
  title: 'AI数字人驱动技术普通许可（示例）',
  counterparty: '厦门示例文旅科技有限公司',
  counterpartyUscc: makeExampleUscc('350200', 901),
  contractValue: '1500000.00',
  signedOn: '2026-05-01',
  ...over,
});

describe('deals', () => {
  it('records a deal with a validated counterparty credit code', async () => {
    const bad = await admin.post(
      `/api/consortia/${consortiumId}/deals`,
      deal({ counterpartyUscc: '91350200MA12345678' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body.counterpartyUscc');
    const kind = await admin.post(`/api/consortia/${consortiumId}/deals`, deal({ kind: 'gift' }));
    expect(kind.body.error.details[0].path).toBe('body.kind');
    const negative = await admin.post(
      `/api/consortia/${consortiumId}/deals`,
      deal({ contractValue: '-1.00' }),
    );
    expect(negative.body.error.details[0].path).toBe('body.contractValue');
    const foreign = await admin.post(
      `/api/consortia/${consortiumId}/deals`,
      deal({ resultIds: ['00000000-0000-4000-8000-000000000000'] }),
    );
    expect(foreign.body.error.details[0].path).toBe('body.resultIds[0]');
    const ok = await admin.post(`/api/consortia/${consortiumId}/deals`, deal());
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      kind: 'licence',
      contractValue: '1500000.00',
      received: '0.00',
      canManage: true,
    });
    const list = await jmu.get(`/api/consortia/${consortiumId}/deals`);
    expect(list.body.map((d: any) => d.title)).toEqual(['AI数字人驱动技术普通许可（示例）']);
    expect((await jmu.post(`/api/consortia/${consortiumId}/deals`, deal())).status).toBe(404);
  });

  it('computes the net income exactly and refuses costs above the amount', async () => {
    const d = (await admin.get(`/api/consortia/${consortiumId}/deals`)).body[0];
    const url = `/api/deals/${d.id}/revenue-events`;
    const over = await admin.post(url, {
      receivedOn: '2026-06-01',
      amount: '100.00',
      deductibleCosts: '100.01',
    });
    expect(over.status).toBe(400);
    expect(over.body.error.details[0].path).toBe('body.deductibleCosts');
    const zero = await admin.post(url, { receivedOn: '2026-06-01', amount: '0.00' });
    expect(zero.body.error.details[0].path).toBe('body.amount');
    const float = await admin.post(url, { receivedOn: '2026-06-01', amount: '0.1e3' });
    expect(float.body.error.details[0].path).toBe('body.amount');
    const future = await admin.post(url, { receivedOn: '2099-01-01', amount: '1.00' });
    expect(future.body.error.details[0].path).toBe('body.receivedOn');
    const res = await admin.post(url, {
      receivedOn: '2026-06-01',
      amount: '1000000.10',
      deductibleCosts: '123456.78',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ netIncome: '876543.32', settleBy: '2026-07-31', runId: null });
    const again = await admin.post(url, { receivedOn: '2026-07-01', amount: '0.30' });
    expect(again.body.netIncome).toBe('0.30');
    const detail = (await jmu.get(`/api/deals/${d.id}`)).body;
    expect(detail).toMatchObject({ received: '1000000.40', netIncome: '876543.62', canManage: false });
    expect(detail.revenueEvents).toHaveLength(2);
  });

  it('reminds the secretariat to distribute, with the amount written 552,000.00', async () => {
    const email = `secretariat-${Date.now()}@example.cn`;
    const user = await admin.post('/api/users', {
      email,
      displayName: '秘书处（测试）',
      password: 'Strong-pass-2026',
    });
    await admin.post(`/api/users/${user.body.id}/roles`, { role: 'secretariat', consortiumId });
    const d = (await admin.post(`/api/consortia/${consortiumId}/deals`, deal({ title: '提醒测试合同' })))
      .body;
    const e = await admin.post(`/api/deals/${d.id}/revenue-events`, {
      receivedOn: '2026-06-01',
      amount: '600000.00',
      deductibleCosts: '48000.00',
    });
    expect(e.body.netIncome).toBe('552000.00');
    const secretariat = await t.login(email, 'Strong-pass-2026', 'en');
    const due = (await secretariat.get('/api/me/notifications')).body.find(
      (n: any) => n.kind === 'distribution_due',
    );
    expect(due.title).toEqual({
      'zh-CN': '请于 2026-07-31 前分配净收入 552,000.00 元：提醒测试合同',
      en: 'Distribute the net income of CNY 552,000.00 by 2026-07-31: 提醒测试合同',
    });
  });

  it('refuses amounts beyond 15 digits of yuan, so a deal and its sums stay readable', async () => {
    const huge = '999999999999999999.99';
    const badDeal = await admin.post(`/api/consortia/${consortiumId}/deals`, deal({ contractValue: huge }));
    expect(badDeal.status).toBe(400);
    expect(badDeal.body.error.details[0].path).toBe('body.contractValue');
    const d = (await admin.post(`/api/consortia/${consortiumId}/deals`, deal({ title: '大额许可（示例）' })))
      .body;
    const url = `/api/deals/${d.id}/revenue-events`;
    const bad = await admin.post(url, { receivedOn: '2026-06-01', amount: huge });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'body.amount' });
    expect(bad.body.error.details[0].message).toMatch(/999999999999999\.99/);
    const costs = await admin.post(url, {
      receivedOn: '2026-06-01',
      amount: '1.00',
      deductibleCosts: '1000000000000000.00',
    });
    expect(costs.body.error.details[0].path).toBe('body.deductibleCosts');
    const max = '999999999999999.99';
    for (let i = 0; i < 3; i++) {
      expect((await admin.post(url, { receivedOn: '2026-06-01', amount: max })).status).toBe(201);
    }
    const list = await jmu.get(`/api/consortia/${consortiumId}/deals`);
    expect(list.status).toBe(200);
    expect(list.body.find((x: any) => x.id === d.id)).toMatchObject({
      received: '2999999999999999.97',
      netIncome: '2999999999999999.97',
    });
  });

  it('lets the secretariat close a deal, and a terminated deal takes no more revenue', async () => {
    const d = (await admin.get(`/api/consortia/${consortiumId}/deals`)).body[0];
    const closed = await admin.patch(`/api/deals/${d.id}`, { status: 'terminated' });
    expect(closed.body.status).toBe('terminated');
    const res = await admin.post(`/api/deals/${d.id}/revenue-events`, {
      receivedOn: '2026-08-01',
      amount: '1.00',
    });
    expect(res.status).toBe(409);
    expect((await jmu.patch(`/api/deals/${d.id}`, { status: 'active' })).status).toBe(404);
  });
});
