import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCnPatentApplication } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import {
  createConsortium,
  createEffectiveAgreement,
  memberAccount,
  orgId,
} from '../../../test/agreement-factory';

let t: TestApp;
let admin: Client;
let lead: Client; // admin of 厦门盈趣
let zju: Client; // admin of 浙江大学
let jmu: Client; // admin of 集美大学 (member@demo)
let consortiumId: string;
let bare: string; // a consortium without an agreement
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  for (const n of ['厦门盈趣科技股份有限公司', '浙江大学', '天津大学', '集美大学'])
    ids[n] = await orgId(t.database.db, n);
  consortiumId = await createConsortium(t, admin, '成果测试联合体', '厦门盈趣科技股份有限公司', [
    { name: '浙江大学' },
    { name: '天津大学' },
    { name: '集美大学', role: 'supporting' },
  ]);
  bare = await createConsortium(t, admin, '无协议测试联合体', '厦门盈趣科技股份有限公司', [
    { name: '浙江大学' },
  ]);
  await createEffectiveAgreement(t.database.db, consortiumId);
  lead = await memberAccount(t, admin, '厦门盈趣科技股份有限公司');
  zju = await memberAccount(t, admin, '浙江大学');
  jmu = await t.login('member@demo.huahe');
});
afterAll(() => t.close());

const patent = (serial: string) => makeCnPatentApplication(`2024101${serial}`);
const invention = (over: Record<string, unknown> = {}) => ({
  type: 'invention_patent',
  title: 'AI数字人实时驱动方法',
  identifier: patent('23456'),
  status: 'filed',
  statusOn: '2026-03-01',
  trl: 5,
  creators: [
    { organisationId: ids['浙江大学'], contribution: '3/5' },
    { organisationId: ids['厦门盈趣科技股份有限公司'], contribution: '40%' },
  ],
  inventors: [{ name: '张三', organisationId: ids['浙江大学'], contribution: '0.6' }],
  ...over,
});

describe('ownership under the agreement', () => {
  it('proposes owners by the rule for the type and cites the clause', async () => {
    const res = await lead.post(`/api/consortia/${consortiumId}/results/ownership-proposal`, {
      type: 'invention_patent',
      creators: invention().creators,
    });
    expect(res.status).toBe(200);
    expect(res.body.rule).toBe('joint_by_contribution');
    expect(res.body.clause.zh).toMatch(/^第.+条第.+款$/);
    expect(res.body.clause.en).toMatch(/^art\. \d+\.\d+$/);
    expect(res.body.owners.map((o: any) => [o.name, o.share])).toEqual([
      ['浙江大学', '3/5'],
      ['厦门盈趣科技股份有限公司', '2/5'],
    ]);
    expect(res.body.explanation).toContain(res.body.clause.zh);
    expect(res.body.requiresExplicitOwners).toBe(false);
    const common = await zju.post(`/api/consortia/${consortiumId}/results/ownership-proposal`, {
      type: 'standard',
      creators: [{ organisationId: ids['浙江大学'] }],
    });
    expect(common.body.rule, JSON.stringify(common.body)).toBe('common_pool');
    expect(common.body.owners).toHaveLength(4);
    expect(common.body.owners.every((o: any) => o.share === '1/4')).toBe(true);
  });

  it('asks for every creator’s contribution under a joint-by-contribution rule', async () => {
    const res = await lead.post(`/api/consortia/${consortiumId}/results`, {
      ...invention(),
      creators: [{ organisationId: ids['浙江大学'] }, { organisationId: ids['厦门盈趣科技股份有限公司'] }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: any) => d.path)).toEqual([
      'body.creators[0].contribution',
      'body.creators[1].contribution',
    ]);
  });

  it('stores the proposed owners with the clause and refuses owners set by hand', async () => {
    const res = await lead.post(`/api/consortia/${consortiumId}/results`, invention());
    expect(res.status).toBe(201);
    expect(res.body.owners.map((o: any) => o.share)).toEqual(['3/5', '2/5']);
    expect(res.body.ownership.rule).toBe('joint_by_contribution');
    expect(res.body.ownership.clause.zh).toMatch(/^第/);
    expect(res.body.ownership.agreementVersionNumber).toBe(1);
    expect(res.body.statusHistory).toMatchObject([{ status: 'filed', on: '2026-03-01' }]);
    expect(res.body.identifier).toMatch(/^2024101\d{5}\.[\dX]$/);
    const manual = await lead.post(`/api/consortia/${consortiumId}/results`, {
      ...invention({ identifier: patent('23457') }),
      owners: [{ organisationId: ids['浙江大学'], share: '1' }],
    });
    expect(manual.status).toBe(400);
    expect(manual.body.error.details[0].path).toBe('body.owners');
  });

  it('without an effective agreement says so and requires explicit owners summing to 1', async () => {
    const proposal = await admin.post(`/api/consortia/${bare}/results/ownership-proposal`, {
      type: 'invention_patent',
      creators: [{ organisationId: ids['浙江大学'] }],
    });
    expect(proposal.body).toMatchObject({ agreement: null, rule: null, requiresExplicitOwners: true });
    expect(proposal.body.explanation).toContain('尚无生效的组建协议');
    const body = { ...invention({ identifier: null }), creators: [{ organisationId: ids['浙江大学'] }] };
    const none = await admin.post(`/api/consortia/${bare}/results`, body);
    expect(none.status).toBe(400);
    expect(none.body.error.details[0].path).toBe('body.owners');
    const bad = await admin.post(`/api/consortia/${bare}/results`, {
      ...body,
      owners: [
        { organisationId: ids['浙江大学'], share: '1/2' },
        { organisationId: ids['厦门盈趣科技股份有限公司'], share: '1/3' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.at(-1)).toMatchObject({ path: 'body.owners' });
    const ok = await admin.post(`/api/consortia/${bare}/results`, {
      ...body,
      owners: [
        { organisationId: ids['浙江大学'], share: '2/3' },
        { organisationId: ids['厦门盈趣科技股份有限公司'], share: '1/3' },
      ],
    });
    expect(ok.status).toBe(201);
    expect(ok.body.ownership).toMatchObject({ rule: null, clause: null });
  });
});

describe('in English', () => {
  const CJK = /[\u3400-\u9fff]/;

  it('names the owners, the inventors’ organisations and the consortium in English, where they have one', async () => {
    const en = await t.login('admin@demo.huahe', undefined, 'en');
    const proposal = await en.post(`/api/consortia/${consortiumId}/results/ownership-proposal`, {
      type: 'invention_patent',
      creators: invention().creators,
    });
    expect(proposal.body.owners.map((o: any) => o.name)).toEqual([
      'Zhejiang University',
      'Xiamen Intretech Inc.',
    ]);
    expect(proposal.body.explanation).toContain(
      'Zhejiang University 3/5 (60.00%), Xiamen Intretech Inc. 2/5',
    );
    expect(proposal.body.explanation).not.toMatch(CJK);

    const created = await lead.post(
      `/api/consortia/${consortiumId}/results`,
      invention({ identifier: patent('77777'), title: '英文名称测试成果' }),
    );
    expect(created.status).toBe(201);
    // Stored in both languages: the Chinese reader still sees the Chinese names.
    expect(created.body.owners.map((o: any) => o.name)).toEqual(['浙江大学', '厦门盈趣科技股份有限公司']);
    expect(created.body.ownership.explanation).toContain('浙江大学 3/5（60.00%）');

    const detail = (await en.get(`/api/results/${created.body.id}`)).body;
    expect(detail.owners.map((o: any) => o.name)).toEqual(['Zhejiang University', 'Xiamen Intretech Inc.']);
    expect(detail.inventors.map((i: any) => i.organisationName)).toEqual(['Zhejiang University']);
    expect(detail.ownership.explanation).toMatch(/^Under art\. \d+\.\d+, invention patents? are /i);
    expect(detail.ownership.explanation).not.toMatch(CJK);
    expect(detail.consortiumName).toBe('成果测试联合体'); // no English name recorded: the Chinese one

    const list = (
      await en.get(`/api/consortia/${consortiumId}/results?q=${encodeURIComponent('英文名称测试')}`)
    ).body;
    expect([...list.items[0].owners].sort()).toEqual(['Xiamen Intretech Inc.', 'Zhejiang University']);
  });
});

describe('identifiers, TRL and status history', () => {
  it('checks identifiers by type with field paths', async () => {
    const good = patent('11111');
    const wrongDigit = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    const cases: [Record<string, unknown>, string][] = [
      [{ identifier: wrongDigit }, 'body.identifier'],
      [{ identifier: makeCnPatentApplication('202420123456') }, 'body.identifier'], // a utility-model number
      [{ type: 'software_copyright', identifier: '软著登字第X号' }, 'body.identifier'],
      [{ type: 'standard', identifier: 'GB/T 12345' }, 'body.identifier'],
      [{ trl: 10 }, 'body.trl'],
      [{ confidentiality: 'secret' }, 'body.confidentiality'],
      [{ creators: [] }, 'body.creators'],
      [
        { inventors: [{ name: '李四', personId: '00000000-0000-4000-8000-000000000000' }] },
        'body.inventors[0].personId',
      ],
      [
        { inventors: [{ name: '李四', organisationId: '00000000-0000-4000-8000-000000000000' }] },
        'body.inventors[0].organisationId',
      ],
    ];
    for (const [over, path] of cases) {
      const res = await lead.post(`/api/consortia/${consortiumId}/results`, invention(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(
        res.body.error.details.map((d: any) => d.path),
        JSON.stringify(over),
      ).toContain(path);
    }
    const sw = await lead.post(`/api/consortia/${consortiumId}/results`, {
      ...invention({ type: 'software_copyright', identifier: '2023sr0123456' }),
    });
    expect(sw.status).toBe(201);
    expect(sw.body.identifier).toBe('2023SR0123456');
  });

  it('appends dated statuses and keeps the latest as the current status', async () => {
    const r = (
      await lead.post(`/api/consortia/${consortiumId}/results`, invention({ identifier: patent('22222') }))
    ).body;
    const granted = await zju.post(`/api/results/${r.id}/status`, { status: 'granted', on: '2026-10-01' });
    expect(granted.status).toBe(200);
    expect(granted.body.status).toBe('granted');
    const older = await zju.post(`/api/results/${r.id}/status`, {
      status: 'published',
      on: '2026-06-01',
      note: '公开',
    });
    expect(older.body.status).toBe('granted');
    expect(older.body.statusHistory.map((h: any) => h.status)).toEqual(['filed', 'published', 'granted']);
    const future = await zju.post(`/api/results/${r.id}/status`, { status: 'lapsed', on: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('body.on');
    const jmuTry = await jmu.post(`/api/results/${r.id}/status`, { status: 'lapsed', on: '2026-11-01' });
    expect(jmuTry.status).toBe(404);
  });
});

describe('confidentiality', () => {
  it('shows a confidential result only to its owners, the secretariat and the bureau', async () => {
    const r = (
      await lead.post(
        `/api/consortia/${consortiumId}/results`,
        invention({ identifier: patent('33333'), confidentiality: 'confidential', title: '保密工艺' }),
      )
    ).body;
    expect((await zju.get(`/api/results/${r.id}`)).status).toBe(200);
    expect((await admin.get(`/api/results/${r.id}`)).status).toBe(200);
    expect((await (await t.login('bureau@demo.huahe')).get(`/api/results/${r.id}`)).status).toBe(200);
    const denied = await jmu.get(`/api/results/${r.id}`);
    expect(denied.status).toBe(404);
    expect(denied.body.error.code).toBe('not_found');
    expect((await t.anonymous().get(`/api/results/${r.id}`)).status).toBe(404);
    const listed = (await jmu.get(`/api/consortia/${consortiumId}/results?pageSize=200`)).body.items;
    expect(listed.map((x: any) => x.id)).not.toContain(r.id);
    expect(listed.length).toBeGreaterThan(0);
    const owner = (await zju.get(`/api/consortia/${consortiumId}/results?pageSize=200`)).body.items;
    expect(owner.map((x: any) => x.id)).toContain(r.id);
    const anon = (await t.anonymous().get(`/api/consortia/${consortiumId}/results?pageSize=200`)).body.items;
    expect(anon.every((x: any) => x.confidentiality === 'public')).toBe(true);
    expect((await jmu.patch(`/api/results/${r.id}`, { version: 1, title: 'x' })).status).toBe(404);
  });

  it('lets one co-owner raise a joint result’s confidentiality but not lower it alone', async () => {
    const r = (
      await lead.post(
        `/api/consortia/${consortiumId}/results`,
        invention({ identifier: patent('44444'), confidentiality: 'confidential', title: '共有保密工艺' }),
      )
    ).body;
    for (const owner of [lead, zju]) {
      const res = await owner.patch(`/api/results/${r.id}`, { version: 1, confidentiality: 'public' });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0]).toMatchObject({
        path: 'body.confidentiality',
        code: 'result.loosening_needs_all_owners',
      });
    }
    const lowered = await admin.patch(`/api/results/${r.id}`, { version: 1, confidentiality: 'consortium' });
    expect(lowered.status).toBe(200);
    const raised = await lead.patch(`/api/results/${r.id}`, { version: 2, confidentiality: 'confidential' });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
  });

  it('exports the visible, filtered list to Excel', async () => {
    const res = await jmu.request(
      'GET',
      `/api/consortia/${consortiumId}/results/export.xlsx?type=invention_patent`,
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const titles = wb.worksheets[0]!.getColumn(1).values.slice(2);
    expect(titles).toContain('AI数字人实时驱动方法');
    expect(titles).not.toContain('保密工艺');
  });
});

describe('changing owners', () => {
  it('applies a change only when every co-owner’s admin has consented', async () => {
    const r = (
      await lead.post(`/api/consortia/${consortiumId}/results`, invention({ identifier: patent('44444') }))
    ).body;
    const proposed = await lead.post(`/api/results/${r.id}/ownership-changes`, {
      owners: [
        { organisationId: ids['浙江大学'], share: '1/2' },
        { organisationId: ids['天津大学'], share: '1/2' },
      ],
      reason: '天津大学承担后续开发',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.consents.map((c: any) => [c.name, c.decision])).toEqual([
      ['浙江大学', null],
      ['厦门盈趣科技股份有限公司', null],
    ]);
    const url = `/api/results/${r.id}/ownership-changes/${proposed.body.id}/consents`;
    // Another member's admin cannot answer for a co-owner, nor for itself.
    expect((await jmu.post(url, { organisationId: ids['浙江大学'], decision: 'consent' })).status).toBe(404);
    const notOwner = await jmu.post(url, { organisationId: ids['集美大学'], decision: 'consent' });
    expect(notOwner.status).toBe(400);
    const first = await zju.post(url, { organisationId: ids['浙江大学'], decision: 'consent' });
    expect(first.body.status).toBe('pending');
    expect((await zju.post(url, { organisationId: ids['浙江大学'], decision: 'consent' })).status).toBe(409);
    expect((await zju.get(`/api/results/${r.id}`)).body.owners.map((o: any) => o.share)).toEqual([
      '3/5',
      '2/5',
    ]);
    const last = await lead.post(url, {
      organisationId: ids['厦门盈趣科技股份有限公司'],
      decision: 'consent',
    });
    expect(last.body.status).toBe('applied');
    const after = (await zju.get(`/api/results/${r.id}`)).body;
    expect(after.owners.map((o: any) => [o.name, o.share])).toEqual([
      ['天津大学', '1/2'],
      ['浙江大学', '1/2'],
    ]);
    expect(after.ownership.explanation).toContain('经全体共有人同意');
    const audit = (await admin.get(`/api/audit?entityId=${r.id}`)).body;
    expect(JSON.stringify(audit)).toContain('result.ownership_changed');
  });

  it('ends the proposal at the first refusal and leaves the owners alone', async () => {
    const r = (
      await lead.post(`/api/consortia/${consortiumId}/results`, invention({ identifier: patent('55555') }))
    ).body;
    const proposed = (
      await lead.post(`/api/results/${r.id}/ownership-changes`, {
        owners: [{ organisationId: ids['厦门盈趣科技股份有限公司'], share: '1' }],
        reason: '统一由牵头单位持有',
      })
    ).body;
    const again = await lead.post(`/api/results/${r.id}/ownership-changes`, {
      owners: [{ organisationId: ids['浙江大学'], share: '1' }],
      reason: '另一提议',
    });
    expect(again.status).toBe(409);
    const url = `/api/results/${r.id}/ownership-changes/${proposed.id}/consents`;
    const no = await zju.post(url, { organisationId: ids['浙江大学'], decision: 'refuse', note: '不同意' });
    expect(no.body.status).toBe('refused');
    expect(
      (await lead.post(url, { organisationId: ids['厦门盈趣科技股份有限公司'], decision: 'consent' })).status,
    ).toBe(409);
    expect((await zju.get(`/api/results/${r.id}`)).body.owners.map((o: any) => o.share)).toEqual([
      '3/5',
      '2/5',
    ]);
    const list = await zju.get(`/api/results/${r.id}/ownership-changes`);
    expect(list.body[0]).toMatchObject({ status: 'refused', reason: '统一由牵头单位持有' });
  });

  it('refuses shares that do not sum to exactly 1', async () => {
    const r = (
      await lead.post(`/api/consortia/${consortiumId}/results`, invention({ identifier: patent('66666') }))
    ).body;
    const res = await lead.post(`/api/results/${r.id}/ownership-changes`, {
      owners: [
        { organisationId: ids['浙江大学'], share: '1/3' },
        { organisationId: ids['天津大学'], share: '0.5' },
      ],
      reason: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: any) => d.path)).toContain('body.owners[1].share');
  });
});
