import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '@huahe/db';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import {
  createConsortium,
  createEffectiveAgreement,
  memberAccount,
  orgId,
} from '../../../test/agreement-factory';

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let admin: Client;
let zjuStaff: Client;
let lead: Client; // admin of 厦门盈趣
let jmu: Client; // admin of 集美大学
let consortiumId: string;
const ids: Record<string, string> = {};
const dayAfter = (days: number) =>
  new Date(t.clock.now().getTime() + days * DAY + 8 * 3600 * 1000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  for (const n of ['厦门盈趣科技股份有限公司', '浙江大学', '集美大学'])
    ids[n] = await orgId(t.database.db, n);
  consortiumId = await createConsortium(t, admin, '发表审查测试联合体', '厦门盈趣科技股份有限公司', [
    { name: '浙江大学' },
    { name: '集美大学' },
  ]);
  // Xiamen template: notice 30 days, objections within 15 days, at most 90 days' delay.
  await createEffectiveAgreement(t.database.db, consortiumId);
  zjuStaff = await memberAccount(t, admin, '浙江大学', 'member_staff');
  lead = await memberAccount(t, admin, '厦门盈趣科技股份有限公司');
  jmu = await t.login('member@demo.huahe');
});
afterAll(() => t.close());

/** Moves the clock; sessions expire meanwhile, so log in again. */
async function advance(ms: number) {
  t.clock.advance(ms);
  admin = await t.login('admin@demo.huahe');
  jmu = await t.login('member@demo.huahe');
  lead = await memberAccount(t, admin, '厦门盈趣科技股份有限公司');
}

const announce = (over: Record<string, unknown> = {}) =>
  zjuStaff.post(`/api/consortia/${consortiumId}/publications`, {
    organisationId: ids['浙江大学'],
    title: '面向工业场景的AI数字人实时驱动',
    venue: '示例期刊',
    plannedOn: dayAfter(40),
    ...over,
  });

describe('publication review', () => {
  it('does not let a member name another owner’s confidential result', async () => {
    const secret = await lead.post(`/api/consortia/${consortiumId}/results`, {
      type: 'invention_patent',
      title: '盈趣保密工艺',
      identifier: null,
      status: 'filed',
      statusOn: '2026-03-01',
      confidentiality: 'confidential',
      creators: [{ organisationId: ids['厦门盈趣科技股份有限公司'], contribution: '1' }],
    });
    expect(secret.status, JSON.stringify(secret.body)).toBe(201);
    const res = await announce({ title: '引用他人保密成果', resultIds: [secret.body.id] });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('body.resultIds[0]');
  });

  let held: string;
  let quiet: string;

  it('requires the agreement’s notice period, citing the clause', async () => {
    const res = await announce({ plannedOn: dayAfter(10) });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'body.plannedOn', code: 'publication.notice' });
    expect(res.body.error.details[0].message).toMatch(/^依协议第.+条第.+款，应至少提前30日通知/);
  });

  it('announces to every other member’s admin, with the objection deadline', async () => {
    const res = await announce();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'in_review',
      rules: { noticeDays: 30, objectionDays: 15, maxDelayDays: 90 },
    });
    expect(res.body.clause.zh).toMatch(/^第.+条第.+款$/);
    held = res.body.id;
    quiet = (await announce({ title: '无人异议的论文' })).body.id;
    const jmuUser = (await jmu.get('/api/auth/session')).body.user.id;
    const sent = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, jmuUser), eq(notifications.dedupeKey, `publication:${held}`)));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.dueAt).not.toBeNull();
    expect((sent[0]!.title as any)['zh-CN']).toContain('面向工业场景的AI数字人实时驱动');
    const english = await t.login('member@demo.huahe', undefined, 'en');
    const shown = (await english.get(`/api/publications/${held}`)).body;
    expect(shown.organisation.name).toBe('Zhejiang University');
  });

  it('takes an objection only with a precise modification request, and not from the author', async () => {
    const url = `/api/publications/${held}/objections`;
    const missing = await jmu.post(url, { organisationId: ids['集美大学'], reason: '涉及未公开的背景技术' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('body.requestedChange');
    const self = await (
      await memberAccount(t, admin, '浙江大学')
    ).post(url, {
      organisationId: ids['浙江大学'],
      reason: 'x',
      requestedChange: 'y',
    });
    expect(self.status).toBe(400);
    expect(self.body.error.details[0].path).toBe('body.organisationId');
    const res = await jmu.post(url, {
      organisationId: ids['集美大学'],
      reason: '第3节披露了本单位尚未申请专利的船舶数字孪生方法',
      requestedChange: '删除第3节第2段中的算法细节，或推迟至专利申请提交后发表',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('held');
    expect(res.body.objections).toMatchObject([{ organisation: { name: '集美大学' }, status: 'open' }]);
    expect(res.body.explanation).toContain('最长推迟 90 日');
  });

  it('closes the objection window after the agreement’s period, citing the clause', async () => {
    await advance(16 * DAY);
    const late = await lead.post(`/api/publications/${held}/objections`, {
      organisationId: ids['厦门盈趣科技股份有限公司'],
      reason: '迟到的异议',
      requestedChange: '删除全部内容',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.details[0].code).toBe('publication.objection_late');
    expect(late.body.error.details[0].message).toMatch(/^依协议第.+条第.+款，异议须在收到通知后15日内/);
    const cleared = (await jmu.get(`/api/publications/${quiet}`)).body;
    expect(cleared.status).toBe('cleared');
    // From the planned date (midnight in China): the window closed before it.
    expect(cleared.publishableFrom).toBe(new Date(`${cleared.plannedOn}T00:00:00+08:00`).toISOString());
    expect((await jmu.get(`/api/publications/${held}`)).body).toMatchObject({
      status: 'held',
      publishableFrom: null,
    });
  });

  it('never holds a publication beyond the maximum delay', async () => {
    const before = (await jmu.get(`/api/publications/${held}`)).body;
    await advance(24 * DAY + 89 * DAY); // the planned date + 89 days
    expect((await jmu.get(`/api/publications/${held}`)).body.status).toBe('held');
    await advance(1 * DAY);
    const released = (await jmu.get(`/api/publications/${held}`)).body;
    expect(released.status).toBe('released');
    expect(released.publishableFrom).toBe(before.maxDelayUntil);
    expect(released.explanation).toContain('已达最长推迟期限');
  });

  it('is cleared once the objecting member resolves its objection', async () => {
    const p = (await jmu.get(`/api/publications/${held}`)).body;
    const url = `/api/publications/${held}/objections/${p.objections[0].id}/resolve`;
    expect((await lead.post(url)).status).toBe(404);
    const res = await jmu.post(url);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cleared');
    expect((await jmu.post(url)).status).toBe(409);
    const list = (await jmu.get(`/api/consortia/${consortiumId}/publications`)).body;
    expect(list.map((x: any) => x.status).sort()).toEqual(['cleared', 'cleared']);
    expect((await (await t.login('expert@demo.huahe')).get(`/api/publications/${held}`)).status).toBe(404);
  });
});
