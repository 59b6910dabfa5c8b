import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExampleUscc } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import { membershipHistory } from './consortia.mapper';

let t: TestApp;
let metaverseId: string;
let secretariat: Client;
beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.login('secretariat@demo.huahe');
  metaverseId = (await t.anonymous().get(`/api/consortia?q=${encodeURIComponent('元宇宙')}`)).body.items[0]
    .id;
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const detail = async (c: Client = secretariat) => (await c.get(`/api/consortia/${metaverseId}`)).body;

describe('membership history', () => {
  it('counts members after each date someone joined or left', () => {
    expect(
      membershipHistory([
        { joinedOn: '2022-11-01', leftOn: null },
        { joinedOn: '2022-11-01', leftOn: '2024-01-10' },
        { joinedOn: '2024-01-10', leftOn: null },
        { joinedOn: '2023-06-15', leftOn: null },
      ]),
    ).toEqual([
      { date: '2022-11-01', count: 2, joined: 2, left: 0 },
      { date: '2023-06-15', count: 3, joined: 1, left: 0 },
      { date: '2024-01-10', count: 3, joined: 1, left: 1 },
    ]);
  });
});

describe('the article’s consortia', () => {
  it('shows the metaverse consortium growing from 17 founding units to 26, led by Xiamen Intretech', async () => {
    const c = await detail(t.anonymous());
    expect(c.leadName).toBe('厦门盈趣科技股份有限公司');
    expect(c.history[0]).toMatchObject({ date: '2022-11-01', count: 17 });
    expect(c.history.at(-1).count).toBe(26);
    expect(c.memberCount).toBe(26);
    const named = c.members
      .filter((m: { organisation: { isExample: boolean } }) => !m.organisation.isExample)
      .map((m: { organisation: { nameZh: string } }) => m.organisation.nameZh);
    expect(named.sort()).toEqual(['厦门盈趣科技股份有限公司', '天津大学', '浙江大学', '集美大学'].sort());
    expect(c.canManage).toBe(false);
  });

  it('lists the NEV safety consortium with 39 units besides its lead, and the historical programmes', async () => {
    const all = (await t.anonymous().get('/api/consortia?pageSize=50')).body.items;
    const nev = all.find((c: { nameZh: string }) => c.nameZh === '新能源汽车智能安全创新联合体');
    expect(nev.memberCount).toBe(40);
    const sematech = all.find((c: { nameZh: string }) => c.nameZh.includes('SEMATECH'));
    expect(sematech.isHistorical).toBe(true);
    const st = (await t.anonymous().get(`/api/consortia/${sematech.id}`)).body;
    expect(st.members.filter((m: { role: string }) => m.role === 'member')).toHaveLength(14);
    const historical = (await t.anonymous().get('/api/consortia?historical=true')).body.items.map(
      (c: { nameZh: string }) => c.nameZh,
    );
    expect(historical).toHaveLength(2);
  });
});

describe('managing members', () => {
  it('adds a new organisation as a member, rejecting an invalid credit code first', async () => {
    const before = await detail();
    const good = makeExampleUscc('350206', 950);
    const bad = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A');
    const body = {
      newOrganisation: { nameZh: '厦门新成员科技有限公司', uscc: bad, kind: 'sme', regionCode: '350206' },
      role: 'member',
      tier: 'general',
      joinedOn: '2026-11-20',
    };
    const rejected = await secretariat.post(`/api/consortia/${metaverseId}/members`, body);
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.details[0].path).toBe('body.newOrganisation.uscc');
    expect((await detail()).members).toHaveLength(before.members.length);

    const added = await secretariat.post(`/api/consortia/${metaverseId}/members`, {
      ...body,
      newOrganisation: { ...body.newOrganisation, uscc: good },
    });
    expect(added.status).toBe(200);
    expect(added.body.memberCount).toBe(before.memberCount + 1);
    expect(added.body.history.at(-1)).toMatchObject({ date: '2026-11-20', count: before.memberCount + 1 });
    const events = (
      await secretariat.get(`/api/audit?consortiumId=${metaverseId}&entityType=consortium_member`)
    ).body.items;
    expect(events[0].action).toBe('consortium.member_added');

    const twice = await secretariat.post(`/api/consortia/${metaverseId}/members`, {
      organisationId: added.body.members.find(
        (m: { organisation: { uscc: string } }) => m.organisation.uscc === good,
      ).organisationId,
      joinedOn: '2026-11-21',
    });
    expect(twice.status).toBe(409);
  });

  it('needs exactly one of an existing or a new organisation, and never a second lead', async () => {
    const neither = await secretariat.post(`/api/consortia/${metaverseId}/members`, {
      joinedOn: '2026-11-20',
    });
    expect(neither.status).toBe(400);
    expect(neither.body.error.details[0].path).toBe('body.organisationId');
    const zju = (await detail()).members.find(
      (m: { organisation: { nameZh: string } }) => m.organisation.nameZh === '浙江大学',
    );
    const lead = await secretariat.patch(`/api/consortia/${metaverseId}/members/${zju.id}`, { role: 'lead' });
    expect(lead.status).toBe(400);
  });

  it('ends a membership with a date and reason and keeps it in the history', async () => {
    const c = await detail();
    const m = c.members.find(
      (x: { organisation: { isExample: boolean }; leftOn: string | null }) =>
        x.organisation.isExample && !x.leftOn,
    );
    const early = await secretariat.post(`/api/consortia/${metaverseId}/members/${m.id}/end`, {
      leftOn: '2020-01-01',
      leaveReason: '退出',
    });
    expect(early.status).toBe(400);
    const ended = await secretariat.post(`/api/consortia/${metaverseId}/members/${m.id}/end`, {
      leftOn: '2026-11-25',
      leaveReason: '任务完成，经理事会同意退出',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.memberCount).toBe(c.memberCount - 1);
    expect(ended.body.members.find((x: { id: string }) => x.id === m.id).leaveReason).toBe(
      '任务完成，经理事会同意退出',
    );
    expect(ended.body.history.at(-1)).toMatchObject({ date: '2026-11-25', left: 1 });
    expect(
      (
        await secretariat.post(`/api/consortia/${metaverseId}/members/${m.id}/end`, {
          leftOn: '2026-11-26',
          leaveReason: 'x',
        })
      ).status,
    ).toBe(409);
    const leadSpell = c.members.find((x: { role: string }) => x.role === 'lead');
    expect(
      (
        await secretariat.post(`/api/consortia/${metaverseId}/members/${leadSpell.id}/end`, {
          leftOn: '2026-11-26',
          leaveReason: 'x',
        })
      ).status,
    ).toBe(400);
  });

  it('hides member management from everyone but the secretariat and the platform admin', async () => {
    const member = await t.login('member@demo.huahe');
    expect((await detail(member)).canManage).toBe(false);
    expect(
      (
        await member.post(`/api/consortia/${metaverseId}/members`, {
          organisationId: metaverseId,
          joinedOn: '2026-01-01',
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.anonymous().post(`/api/consortia/${metaverseId}/members`, { joinedOn: '2026-01-01' })).status,
    ).toBe(401);
    const other = (await t.anonymous().get('/api/consortia?pageSize=50')).body.items.find(
      (c: { nameZh: string }) => c.nameZh === '新能源汽车智能安全创新联合体',
    );
    expect(
      (
        await secretariat.post(`/api/consortia/${other.id}/members`, {
          organisationId: other.leadOrganisationId,
          joinedOn: '2026-01-01',
        })
      ).status,
    ).toBe(404);
  });
});

describe('importing members', () => {
  async function sheet(rows: string[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成员');
    rows.forEach((r) => ws.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = (file: Buffer) =>
    secretariat.request('POST', `/api/consortia/${metaverseId}/members/import`, file, {
      'content-type': XLSX,
    });

  it('rejects the whole file when one row is wrong, and imports it once corrected', async () => {
    const before = (await detail()).memberCount;
    const header = ['单位名称', '统一社会信用代码', '单位类型', '角色', '层级', '加入日期'];
    const rows = [
      header,
      ['天津大学', '', '', '成员', '核心层', '2026-11-01'],
      ['厦门导入甲有限公司', makeExampleUscc('350203', 960), '企业', '成员', '一般协作层', '2026-11-01'],
      ['厦门导入乙有限公司', '', '', '牵头单位', '不存在的层级', '2026/13/01'],
    ];
    const bad = await upload(await sheet(rows));
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rows[2].nameZh',
        'rows[4].role',
        'rows[4].tier',
        'rows[4].joinedOn',
        'rows[4].kind',
      ]),
    );
    expect(paths.some((p: string) => p.startsWith('rows[3]'))).toBe(false);
    expect((await detail()).memberCount).toBe(before);

    const good = await upload(
      await sheet([
        header,
        rows[2]!,
        ['厦门导入乙有限公司', '', '科研院所', '支撑单位', '紧密合作层', '2026-11-02'],
      ]),
    );
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toEqual({ imported: 2, created: 2, updated: 0 });
    expect((await detail()).memberCount).toBe(before + 2);
  });

  it('does not import the template’s own example row', async () => {
    const template = (await secretariat.request('GET', '/api/consortia/members/import-template.xlsx')).raw
      .rawPayload;
    const res = await upload(template);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('file');
  });

  it('exports every membership spell', async () => {
    const res = await secretariat.request('GET', `/api/consortia/${metaverseId}/members/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount - 1).toBe((await detail()).members.length);
  });
});

describe('founding a consortium', () => {
  it('lets a lead unit’s admin found one with its organisation as lead and become its secretariat', async () => {
    const member = await t.login('member@demo.huahe');
    const session = (await member.get('/api/auth/session')).body;
    const orgId = session.user.roles[0].organisationId;
    const res = await member.post('/api/consortia', {
      nameZh: '智慧航运创新联合体',
      field: '航运',
      leadOrganisationId: orgId,
      foundedOn: '2026-11-01',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ memberCount: 1, status: 'operating', origin: 'self_organised' });
    expect(res.body.members[0]).toMatchObject({ role: 'lead', organisationId: orgId });
    const again = await t.login('member@demo.huahe');
    const roles = (await again.get('/api/auth/session')).body.user.roles.map((r: { role: string }) => r.role);
    expect(roles).toContain('secretariat');
    const zju = (await detail()).members.find(
      (m: { organisation: { nameZh: string } }) => m.organisation.nameZh === '浙江大学',
    );
    const foreign = await member.post('/api/consortia', {
      nameZh: 'x',
      leadOrganisationId: zju.organisationId,
    });
    expect(foreign.status).toBe(400);
  });

  it('keeps private consortia out of the public directory', async () => {
    const admin = await t.login('admin@demo.huahe');
    const created = await admin.post('/api/consortia', {
      nameZh: '内部试点联合体',
      leadOrganisationId: (await detail()).leadOrganisationId,
      isPublic: false,
    });
    expect(created.status).toBe(201);
    expect((await t.anonymous().get(`/api/consortia/${created.body.id}`)).status).toBe(404);
    expect((await (await t.login('expert@demo.huahe')).get(`/api/consortia/${created.body.id}`)).status).toBe(
      404,
    );
    const names = (await t.anonymous().get('/api/consortia?pageSize=100')).body.items.map(
      (c: { nameZh: string }) => c.nameZh,
    );
    expect(names).not.toContain('内部试点联合体');
    expect((await admin.get(`/api/consortia/${created.body.id}`)).status).toBe(200);
    const renamed = await admin.patch(`/api/consortia/${created.body.id}`, {
      version: created.body.version,
      field: '试点',
    });
    expect(renamed.body).toMatchObject({ field: '试点', isPublic: false });
  });
});
