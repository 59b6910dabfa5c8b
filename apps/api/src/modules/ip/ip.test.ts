import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import {
  createConsortium,
  createEffectiveAgreement,
  memberAccount,
  orgId,
} from '../../../test/agreement-factory';

let t: TestApp;
let admin: Client;
let zju: Client; // admin of 浙江大学
let jmu: Client; // admin of 集美大学
let tju: Client; // admin of 天津大学 (leaves the consortium)
let consortiumId: string;
const ids: Record<string, string> = {};
let backgroundId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  for (const n of ['厦门盈趣科技股份有限公司', '浙江大学', '天津大学', '集美大学'])
    ids[n] = await orgId(t.database.db, n);
  consortiumId = await createConsortium(t, admin, 'IP测试联合体', '厦门盈趣科技股份有限公司', [
    { name: '浙江大学' },
    { name: '天津大学' },
    { name: '集美大学', role: 'supporting' },
  ]);
  // The agreement ended on 2026-06-30; access requests stay possible for 12 months after.
  await createEffectiveAgreement(t.database.db, consortiumId, {
    term: { startsOn: '2025-01-01', endsOn: '2026-06-30' },
  });
  zju = await memberAccount(t, admin, '浙江大学');
  tju = await memberAccount(t, admin, '天津大学');
  jmu = await t.login('member@demo.huahe');
});
afterAll(() => t.close());

describe('the background-IP register', () => {
  it('takes a member’s declaration with exclusions and shows it to members only', async () => {
    const res = await zju.post(`/api/consortia/${consortiumId}/background-ip`, {
      organisationId: ids['浙江大学'],
      title: '三维人体重建算法',
      identifier: 'ZL201810000000.0（示例）',
      exclusions: '不含医疗影像相关的应用',
    });
    expect(res.status).toBe(201);
    expect(res.body.organisation.name).toBe('浙江大学');
    backgroundId = res.body.id;
    const forOther = await zju.post(`/api/consortia/${consortiumId}/background-ip`, {
      organisationId: ids['集美大学'],
      title: '不属于本单位',
    });
    expect(forOther.status).toBe(404);
    const list = await jmu.get(`/api/consortia/${consortiumId}/background-ip`);
    expect(list.body.map((b: any) => b.title)).toEqual(['三维人体重建算法']);
    const expert = await t.login('expert@demo.huahe');
    expect((await expert.get(`/api/consortia/${consortiumId}/background-ip`)).status).toBe(404);
  });
});

describe('access-rights requests', () => {
  const request = (over: Record<string, unknown> = {}) => ({
    requesterOrganisationId: ids['集美大学'],
    backgroundIpId: backgroundId,
    purpose: 'exploitation',
    justification: '没有该算法，本单位的船舶数字孪生成果无法实施（技术上不可能）。',
    ...over,
  });

  it('rejects bad input with field paths', async () => {
    const url = `/api/consortia/${consortiumId}/access-requests`;
    const short = await jmu.post(url, request({ justification: '需要' }));
    expect(short.status).toBe(400);
    expect(short.body.error.details[0].path).toBe('body.justification');
    const both = await jmu.post(url, request({ resultId: backgroundId }));
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe('body.resultId');
    const own = await zju.post(url, request({ requesterOrganisationId: ids['浙江大学'] }));
    expect(own.status).toBe(400);
    expect(own.body.error.details[0].path).toBe('body.backgroundIpId');
    expect((await zju.post(url, request())).status).toBe(404); // 浙江大学's admin cannot ask for 集美大学
  });

  it('refuses access for the work once the work has ended, citing the clause', async () => {
    const res = await jmu.post(
      `/api/consortia/${consortiumId}/access-requests`,
      request({ purpose: 'work' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'body.purpose', code: 'access.work_ended' });
    expect(res.body.error.details[0].message).toMatch(/第.+条第.+款/);
  });

  it('takes the terms and the deadline from the agreement, and the owner’s admin decides', async () => {
    const res = await jmu.post(`/api/consortia/${consortiumId}/access-requests`, request());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'pending',
      terms: 'fair_and_reasonable',
      requester: { name: '集美大学' },
      owners: [{ name: '浙江大学' }],
      canDecide: false,
    });
    expect(res.body.clause.zh).toMatch(/^第.+条第.+款$/);
    expect(res.body.termsText).toContain('公平合理');
    expect(res.body.deadline).toBe('2027-06-30T15:59:59.999Z');
    const url = `/api/access-requests/${res.body.id}/decision`;
    expect((await jmu.post(url, { decision: 'granted' })).status).toBe(404);
    const noReason = await zju.post(url, { decision: 'refused' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('body.note');
    const viewed = await zju.get(`/api/access-requests/${res.body.id}`);
    expect(viewed.body.canDecide).toBe(true);
    const granted = await zju.post(url, { decision: 'granted', note: '按公平合理条件另行签订许可合同' });
    expect(granted.body).toMatchObject({ status: 'granted', decisionNote: '按公平合理条件另行签订许可合同' });
    expect((await zju.post(url, { decision: 'refused', note: 'x' })).status).toBe(409);
    const list = await jmu.get(`/api/consortia/${consortiumId}/access-requests`);
    expect(list.body.map((r: any) => r.status)).toEqual(['granted']);
  });

  it('counts the window of a member that left from its leaving, and refuses late requests with the clause', async () => {
    const c = (await admin.get(`/api/consortia/${consortiumId}`)).body;
    const spell = c.members.find((m: any) => m.organisationId === ids['天津大学']);
    const ended = await admin.post(`/api/consortia/${consortiumId}/members/${spell.id}/end`, {
      leftOn: '2025-06-30',
      leaveReason: '承担任务完成',
    });
    expect(ended.status).toBe(200);
    const res = await tju.post(
      `/api/consortia/${consortiumId}/access-requests`,
      request({ requesterOrganisationId: ids['天津大学'] }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].code).toBe('access.too_late');
    expect(res.body.error.details[0].message).toMatch(
      /^依协议第.+条第.+款.*退出（2025-06-30）后12个月内（2026-06-30 前）/,
    );
  });

  it('refuses every request once the window after the end of the agreement has passed', async () => {
    t.clock.advance(220 * 24 * 60 * 60 * 1000); // 2026-11-27 → 2027-07-05
    const res = await (
      await t.login('member@demo.huahe', undefined, 'en')
    ).post(`/api/consortia/${consortiumId}/access-requests`, request());
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].code).toBe('access.too_late');
    expect(res.body.error.details[0].message).toMatch(
      /^under art\. \d+\.\d+, access rights must be requested within 12 months after the end of the agreement \(2026-06-30\), i\.e\. by 2027-06-30/,
    );
  });
});
