import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExampleUscc } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../../../test/app';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('单位');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (c: Client, url: string, file: Buffer) =>
  c.request('POST', url, file, { 'content-type': XLSX });
const total = async () => (await admin.get('/api/organisations?pageSize=1')).body.total as number;
const byName = async (c: Client, name: string) =>
  (await c.get(`/api/organisations?q=${encodeURIComponent(name)}`)).body.items[0];

describe('the organisation directory', () => {
  it('searches names and tags and filters by kind, region prefix and industry', async () => {
    const unis = (await admin.get('/api/organisations?kind=university&pageSize=200')).body.items;
    expect(unis.map((o: { nameZh: string }) => o.nameZh)).toEqual(
      expect.arrayContaining(['浙江大学', '天津大学', '集美大学']),
    );
    expect(unis.every((o: { kind: string }) => o.kind === 'university')).toBe(true);
    const xiamen = (await admin.get('/api/organisations?region=3502&pageSize=200')).body.items;
    expect(xiamen.length).toBeGreaterThan(5);
    expect(xiamen.every((o: { regionCode: string }) => o.regionCode.startsWith('3502'))).toBe(true);
    const tag = (await admin.get(`/api/organisations?q=${encodeURIComponent('碳化硅')}`)).body.items;
    expect(tag.map((o: { nameZh: string }) => o.nameZh)).toContain('中国电子科技集团有限公司');
    const c39 = (await admin.get('/api/organisations?industry=C39&pageSize=200')).body.items;
    expect(c39.every((o: { industryCode: string }) => o.industryCode === 'C39')).toBe(true);
  });

  it('counts current consortium memberships and sorts by them', async () => {
    const top = (await admin.get('/api/organisations?sort=-consortia&pageSize=5')).body.items;
    expect(top[0].consortiumCount).toBeGreaterThanOrEqual(top[4].consortiumCount);
    expect((await byName(admin, '集美大学')).consortiumCount).toBe(1);
  });

  it('marks example organisations and example credit codes', async () => {
    const ex = (await admin.get(`/api/organisations?q=${encodeURIComponent('示例')}&pageSize=5`)).body.items;
    expect(ex.length).toBe(5);
    expect(
      ex.every((o: { isExample: boolean; usccIsExample: boolean }) => o.isExample && o.usccIsExample),
    ).toBe(true);
    const zju = await byName(admin, '浙江大学');
    expect(zju).toMatchObject({ uscc: '12100000470095016Q', usccIsExample: false, isExample: false });
  });

  it('exports the filtered list to Excel', async () => {
    const res = await admin.request('GET', '/api/organisations/export.xlsx?kind=university');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''%E5%8D%95%E4%BD%8D.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets[0]!.getColumn(1).values.slice(2);
    expect(names).toEqual(expect.arrayContaining(['浙江大学', '集美大学']));
    expect(names.length).toBe((await admin.get('/api/organisations?kind=university')).body.total);
  });
});

describe('editing a profile', () => {
  it('lets only the organisation’s own admin edit it, and rejects a stale version', async () => {
    const member = await t.login('member@demo.huahe');
    const jmu = (await member.get(`/api/organisations/${(await byName(member, '集美大学')).id}`)).body;
    expect(jmu.canEdit).toBe(true);
    const ok = await member.patch(`/api/organisations/${jmu.id}`, {
      version: jmu.version,
      profileTags: ['航海仿真', '数字孪生', '船舶智能化'],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(jmu.version + 1);
    const stale = await member.patch(`/api/organisations/${jmu.id}`, {
      version: jmu.version,
      shortName: '集大',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');

    // The platform admin keeps organisations without an admin of their own, but not this one.
    const asAdmin = await admin.get(`/api/organisations/${jmu.id}`);
    expect(asAdmin.body.canEdit).toBe(false);
    expect(
      (await admin.patch(`/api/organisations/${jmu.id}`, { version: ok.body.version, shortName: 'x' }))
        .status,
    ).toBe(404);
    const secretariat = await t.login('secretariat@demo.huahe');
    expect(
      (await secretariat.patch(`/api/organisations/${jmu.id}`, { version: ok.body.version, shortName: 'x' }))
        .status,
    ).toBe(404);
    const zju = await byName(admin, '浙江大学');
    expect((await member.patch(`/api/organisations/${zju.id}`, { version: 1, shortName: 'x' })).status).toBe(
      404,
    );
  });

  it('leaves the fields a partial edit does not mention as they were, and keeps an example code marked', async () => {
    const member = await t.login('member@demo.huahe');
    const id = (await byName(member, '集美大学')).id;
    const before = (await member.get(`/api/organisations/${id}`)).body;
    const after = (
      await member.patch(`/api/organisations/${id}`, {
        version: before.version,
        shortName: '集大',
        uscc: before.uscc,
      })
    ).body;
    expect(after.shortName).toBe('集大');
    expect(after.profileTags).toEqual(before.profileTags);
    expect(after.qualifications).toEqual(before.qualifications);
    expect(after.isSme).toBe(before.isSme);
    expect(after.usccIsExample).toBe(true);
  });

  it('rejects an invalid credit code with a field error in the user’s language, changing nothing', async () => {
    const member = await t.login('member@demo.huahe', undefined, 'en');
    const jmu = (await member.get(`/api/organisations/${(await byName(member, '集美大学')).id}`)).body;
    const bad = jmu.uscc.slice(0, 17) + (jmu.uscc[17] === '0' ? '1' : '0');
    const res = await member.patch(`/api/organisations/${jmu.id}`, { version: jmu.version, uscc: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('body.uscc');
    expect(res.body.error.details[0].message).toMatch(/check character/i);
    expect((await member.get(`/api/organisations/${jmu.id}`)).body.version).toBe(jmu.version);
  });

  it('derives R&D intensity from the yearly figures, exactly', async () => {
    const member = await t.login('member@demo.huahe');
    const id = (await byName(member, '集美大学')).id;
    const res = await member.put(`/api/organisations/${id}/figures`, {
      figures: [
        { year: 2024, revenue: '300000000.00', rdSpending: '18750000.00', rdStaff: 420 },
        { year: 2025, revenue: '3', rdSpending: '1' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.figures.map((f: { rdIntensity: string }) => f.rdIntensity)).toEqual(['6.25', '33.33']);
    const dup = await member.put(`/api/organisations/${id}/figures`, {
      figures: [{ year: 2024 }, { year: 2024 }],
    });
    expect(dup.status).toBe(400);
    expect(
      (await member.put(`/api/organisations/${id}/figures`, { figures: [{ year: 2024, revenue: 3.5 }] }))
        .status,
    ).toBe(400);
    expect((await member.get(`/api/organisations/${id}`)).body.figures).toHaveLength(2);
  });
});

describe('importing organisations from Excel', () => {
  it('offers a template that imports as it is, once its example row is filled in', async () => {
    const res = await admin.request('GET', '/api/organisations/import-template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['单位', '填写说明']);
  });

  it('rejects a bad file with every problem by row and column, and imports nothing', async () => {
    const before = await total();
    const file = await sheet([
      ['单位名称*', '统一社会信用代码', '单位类型*', '行政区划代码'],
      ['厦门甲科技有限公司', makeExampleUscc('350206', 901), '企业', '350206'],
      ['', '', '企业', '350206'],
      ['厦门乙科技有限公司', '91350206MA00000019', '外星机构', '999999'],
      ['厦门甲科技有限公司', '', '高校', ''],
    ]);
    const res = await upload(admin, '/api/organisations/import', file);
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rows[3].nameZh',
        'rows[4].uscc',
        'rows[4].kind',
        'rows[4].regionCode',
        'rows[5].nameZh',
      ]),
    );
    expect(paths.some((p: string) => p.startsWith('rows[2]'))).toBe(false);
    expect(await total()).toBe(before);

    const report = await upload(admin, '/api/organisations/import/report', file);
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.raw.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(5).value).toBe('错误说明');
    expect(ws.getRow(4).getCell(5).text).toContain('uscc');
    expect(ws.getRow(2).getCell(5).value ?? '').toBe('');
  });

  it('imports a good file in one go and updates organisations found by credit code', async () => {
    const code = makeExampleUscc('350213', 902);
    const file = await sheet([
      [
        '单位名称 (nameZh)',
        '统一社会信用代码 (uscc)',
        '单位类型 (kind)',
        '资质 (qualifications)',
        '能力标签 (profileTags)',
      ],
      ['厦门丙新材料有限公司', code, 'sme', '高新技术企业', '石墨烯；导热材料'],
      ['厦门丁研究院', '', '科研院所', '', ''],
    ]);
    const res = await upload(admin, '/api/organisations/import', file);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ imported: 2, created: 2, updated: 0 });
    const org = await byName(admin, '厦门丙新材料有限公司');
    expect(org).toMatchObject({
      kind: 'sme',
      qualifications: ['high_tech_enterprise'],
      profileTags: ['石墨烯', '导热材料'],
    });
    const again = await sheet([
      ['单位名称', '统一社会信用代码', '单位类型'],
      ['厦门丙新材料股份有限公司', code, '企业'],
    ]);
    expect((await upload(admin, '/api/organisations/import', again)).body).toEqual({
      imported: 1,
      created: 0,
      updated: 1,
    });
    expect((await byName(admin, '厦门丙新材料股份有限公司')).id).toBe(org.id);
  });

  it('rejects what is not a spreadsheet, and callers who may not import', async () => {
    const garbage = await upload(admin, '/api/organisations/import', Buffer.from('not a workbook'));
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.details[0].path).toBe('file');
    const member = await t.login('member@demo.huahe');
    expect(
      (
        await upload(
          member,
          '/api/organisations/import',
          await sheet([
            ['单位名称', '单位类型'],
            ['x', '企业'],
          ]),
        )
      ).status,
    ).toBe(404);
    const noHeader = await upload(
      admin,
      '/api/organisations/import',
      await sheet([
        ['名字', '类型'],
        ['x', '企业'],
      ]),
    );
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['columns.nameZh', 'columns.kind']),
    );
  });
});

describe('people', () => {
  it('lets an organisation’s admin add people, shows their contact only to those entitled', async () => {
    const member = await t.login('member@demo.huahe');
    const jmu = await byName(member, '集美大学');
    const created = await member.post(`/api/organisations/${jmu.id}/people`, {
      nameZh: '张三',
      title: '教授',
      email: 'zhangsan@jmu.edu.cn',
      expertise: ['航海仿真'],
    });
    expect(created.status).toBe(201);
    expect(created.body.email).toBe('zhangsan@jmu.edu.cn');
    const secretariat = await t.login('secretariat@demo.huahe');
    const seen = (await secretariat.get(`/api/people?organisationId=${jmu.id}`)).body.items.find(
      (p: { nameZh: string }) => p.nameZh === '张三',
    );
    expect(seen.email).toBe('zhangsan@jmu.edu.cn');
    const expert = await t.login('expert@demo.huahe');
    const hidden = (await expert.get(`/api/people?organisationId=${jmu.id}`)).body.items.find(
      (p: { nameZh: string }) => p.nameZh === '张三',
    );
    expect(hidden.email).toBeNull();
    expect((await expert.patch(`/api/people/${created.body.id}`, { title: 'x' })).status).toBe(404);
    expect((await member.delete(`/api/people/${created.body.id}`)).status).toBe(200);
  });

  it('finds the people quoted in the article by expertise', async () => {
    const res = await admin.get(`/api/people?q=${encodeURIComponent('语言计算')}`);
    expect(res.body.items.map((p: { nameZh: string }) => p.nameZh)).toContain('俞凯');
  });
});
