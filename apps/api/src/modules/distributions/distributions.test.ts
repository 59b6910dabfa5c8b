import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExampleUscc, type Agreement } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import {
  createConsortium,
  createEffectiveAgreement,
  memberAccount,
  orgId,
} from '../../../test/agreement-factory';

let t: TestApp;
let admin: Client;
let jmu: Client; // admin of 集美大学
let consortiumId: string;
const ids: Record<string, string> = {};
const NAMES = ['厦门盈趣科技股份有限公司', '浙江大学', '天津大学', '集美大学'];
const fen = (yuan: string) => BigInt(yuan.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));
const sum = (xs: string[]) => xs.reduce((a, x) => a + fen(x), 0n);

// Funding commitments (the recorded contributions) and the factor scores of the improved Shapley value.
const commitments = (): Agreement['funding']['commitments'] => [
  { partyId: ids[NAMES[0]!]!, cashYuan: '3000000.00', inKind: [], personMonths: '120' },
  { partyId: ids[NAMES[1]!]!, cashYuan: '500000.00', inKind: [], personMonths: '240' },
  { partyId: ids[NAMES[2]!]!, cashYuan: '0', inKind: [], personMonths: '120' },
  { partyId: ids[NAMES[3]!]!, cashYuan: '200000.00', inKind: [], personMonths: '60' },
];
const scores = () =>
  (
    [
      ['risk', [4, 3, 3, 2]],
      ['investment', [4, 3, 2, 2]],
      ['innovation', [3, 4, 4, 3]],
    ] as const
  ).flatMap(([factor, xs]) =>
    NAMES.map((n, i) => ({ factor, organisationId: ids[n]!, score: String(xs[i]) })),
  );

async function dealWithIncome(kind: string, signedOn: string, amount: string, costs: string) {
  const d = await admin.post(`/api/consortia/${consortiumId}/deals`, {
    kind,
    title: `${kind} 示例合同`,
    counterparty: '示例受让方有限公司',
    counterpartyUscc: makeExampleUscc('350200', 902),
    contractValue: amount,
    signedOn,
  });
  const e = await admin.post(`/api/deals/${d.body.id}/revenue-events`, {
    receivedOn: '2026-09-01',
    amount,
    deductibleCosts: costs,
  });
  return e.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  for (const n of NAMES) ids[n] = await orgId(t.database.db, n);
  consortiumId = await createConsortium(t, admin, '分配测试联合体', NAMES[0]!, [
    { name: NAMES[1]! },
    { name: NAMES[2]! },
    { name: NAMES[3]!, role: 'supporting' },
  ]);
  await createEffectiveAgreement(t.database.db, consortiumId, {
    edit: (a) => (a.funding.commitments = commitments()),
  });
  jmu = await t.login('member@demo.huahe');
});
afterAll(() => t.close());

describe('a distribution run under the agreement (improved Shapley, art. 45 by default)', () => {
  let eventId: string;
  let runId: string;

  it('needs the factor scores the agreement’s method names', async () => {
    eventId = await dealWithIncome('licence', '2026-05-01', '1000000.00', '123456.78');
    const res = await admin.post(`/api/revenue-events/${eventId}/distribution-runs`, {});
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('body.factorScores');
    expect(res.body.error.details[0].message).toContain('风险承担');
    const wrong = await admin.post(`/api/revenue-events/${eventId}/distribution-runs`, {
      factorScores: [{ factor: 'Risk!', organisationId: ids[NAMES[0]!], score: '1' }],
    });
    expect(wrong.body.error.details[0].path).toBe('body.factorScores[0].factor');
  });

  it('posts double-entry lines in fen that add up exactly to the net income', async () => {
    const res = await admin.post(`/api/revenue-events/${eventId}/distribution-runs`, {
      factorScores: scores(),
      note: '2026年第三季度',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    runId = res.body.id;
    expect(res.body).toMatchObject({
      method: 'improved-shapley',
      methodLabel: '修正沙普利值',
      netIncome: '876543.22',
      status: 'posted',
    });
    expect(res.body.clause.zh).toMatch(/^第.+条第.+款$/);
    const debits = res.body.lines.filter((l: any) => l.debit !== '0.00');
    expect(debits).toMatchObject([
      { account: 'distributable_income', organisation: null, debit: '876543.22' },
    ]);
    const credits = res.body.lines.filter((l: any) => l.credit !== '0.00');
    expect(sum(credits.map((l: any) => l.credit))).toBe(fen('876543.22'));
    expect(res.body.totals).toEqual({ debit: '876543.22', credit: '876543.22' });
    expect(res.body.explanation[0]).toContain('修正沙普利值');
    const shares = credits.filter((l: any) => l.account === 'member_share');
    expect(shares.map((l: any) => l.organisation.name).sort()).toEqual([...NAMES].sort());
    expect(shares[0].explanation).toMatch(/^依协议第.+条第.+款按修正沙普利值分配：/);
  });

  it('shows the art. 45 inventor reward of each university as a separate, explained line', async () => {
    const run = (await jmu.get(`/api/distribution-runs/${runId}`)).body;
    const rewards = run.lines.filter((l: any) => l.account === 'inventor_reward');
    expect(rewards.map((l: any) => l.organisation.name).sort()).toEqual(NAMES.slice(1).sort()); // universities, not the company
    for (const r of rewards) {
      const share = run.lines.find(
        (l: any) => l.account === 'member_share' && l.organisation.id === r.organisation.id,
      );
      const total = fen(share.credit) + fen(r.credit);
      expect(fen(r.credit)).toBe((total + 1n) / 2n); // at least half, rounded up to the fen
      expect(r.explanation).toContain('第四十五条第一款第（一）项');
      expect(r.explanation).toContain('协议未另行约定奖励比例');
    }
    const en = (
      await (await t.login('member@demo.huahe', undefined, 'en')).get(`/api/distribution-runs/${runId}`)
    ).body;
    expect(en.lines.find((l: any) => l.account === 'inventor_reward').explanation).toContain('art. 45(1)(i)');
  });

  it('refuses a second run of the same income', async () => {
    const res = await admin.post(`/api/revenue-events/${eventId}/distribution-runs`, {
      factorScores: scores(),
    });
    expect(res.status).toBe(409);
  });

  it('gives each member a statement whose balances add up to the net income', async () => {
    let total = 0n;
    for (const n of NAMES) {
      const s = (await admin.get(`/api/consortia/${consortiumId}/statements/${ids[n]}`)).body;
      expect(s.organisation.name).toBe(n);
      expect(fen(s.totals.balance)).toBe(fen(s.totals.memberShare) + fen(s.totals.inventorReward));
      expect(s.lines.at(-1).balance).toBe(s.totals.balance);
      total += fen(s.totals.balance);
    }
    expect(total).toBe(fen('876543.22'));
    const own = await jmu.get(`/api/consortia/${consortiumId}/statements/${ids['集美大学']}`);
    expect(own.status).toBe(200);
    expect(own.body.lines[0]).toMatchObject({ method: '修正沙普利值', account: 'inventor_reward' });
    expect((await jmu.get(`/api/consortia/${consortiumId}/statements/${ids['浙江大学']}`)).status).toBe(404);
  });

  it('has no statement for an organisation that never was a member', async () => {
    const outsider = await memberAccount(t, admin, '厦门黑镜科技有限公司');
    const own = await orgId(t.database.db, '厦门黑镜科技有限公司');
    expect((await outsider.get(`/api/consortia/${consortiumId}/statements/${own}`)).status).toBe(404);
  });

  it('renders the statement as a PDF with the Chinese font embedded, and as Excel', async () => {
    const pdf = await jmu.request(
      'GET',
      `/api/consortia/${consortiumId}/statements/${ids['集美大学']}/statement.pdf`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.raw.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    const xlsx = await jmu.request(
      'GET',
      `/api/consortia/${consortiumId}/statements/${ids['集美大学']}/statement.xlsx`,
    );
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw.rawPayload as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const s = (await jmu.get(`/api/consortia/${consortiumId}/statements/${ids['集美大学']}`)).body;
    expect(rows).toHaveLength(s.lines.length + 1);
    expect(rows.at(-1)![9]).toBe(s.totals.balance);
    expect(String(rows[0]![7])).toContain('第四十五条');
  });

  it('keeps ledger lines immutable: the database refuses UPDATE and DELETE', async () => {
    const db = t.database.db;
    await expect(db.execute(sql`update ledger_entries set credit_fen = credit_fen + 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from ledger_entries`)).rejects.toThrow();
    const run = (await admin.get(`/api/distribution-runs/${runId}`)).body;
    expect(run.totals).toEqual({ debit: '876543.22', credit: '876543.22' });
  });

  it('corrects by a reversal run that nets every balance to zero, and then allows a new run', async () => {
    t.clock.advance(60_000);
    const rev = await admin.post(`/api/distribution-runs/${runId}/reverse`, { reason: '评分录入有误' });
    expect(rev.status).toBe(201);
    expect(rev.body).toMatchObject({ status: 'reversal', reversesRunId: runId });
    const original = (await admin.get(`/api/distribution-runs/${runId}`)).body;
    expect(original).toMatchObject({ status: 'reversed', reversedByRunId: rev.body.id });
    expect(rev.body.lines).toHaveLength(original.lines.length);
    for (const l of original.lines) {
      expect(rev.body.lines).toContainEqual(
        expect.objectContaining({ account: l.account, debit: l.credit, credit: l.debit }),
      );
    }
    for (const n of NAMES) {
      const s = (await admin.get(`/api/consortia/${consortiumId}/statements/${ids[n]}`)).body;
      expect(s.totals.balance, n).toBe('0.00');
    }
    expect((await admin.post(`/api/distribution-runs/${runId}/reverse`, { reason: 'again' })).status).toBe(
      409,
    );
    expect(
      (await admin.post(`/api/distribution-runs/${rev.body.id}/reverse`, { reason: 'undo' })).status,
    ).toBe(409);
    expect((await jmu.post(`/api/distribution-runs/${rev.body.id}/reverse`, { reason: 'x' })).status).toBe(
      404,
    );
    t.clock.advance(60_000);
    const again = await admin.post(`/api/revenue-events/${eventId}/distribution-runs`, {
      factorScores: scores(),
    });
    expect(again.status).toBe(201);
    const runs = (await jmu.get(`/api/consortia/${consortiumId}/distribution-runs`)).body;
    expect(runs.map((r: any) => r.status)).toEqual(['posted', 'reversal', 'reversed']);
  });

  it('takes 5 % of operating profit for self-implementation, for five years only', async () => {
    const recent = await dealWithIncome('self_implementation', '2025-01-01', '10000.00', '0.00');
    const run = (
      await admin.post(`/api/revenue-events/${recent}/distribution-runs`, { factorScores: scores() })
    ).body;
    const rewards = run.lines.filter((l: any) => l.account === 'inventor_reward');
    expect(rewards).toHaveLength(3);
    for (const r of rewards) {
      const share = run.lines.find(
        (l: any) => l.account === 'member_share' && l.organisation.id === r.organisation.id,
      );
      const total = fen(share.credit) + fen(r.credit);
      expect(fen(r.credit)).toBe((total * 5n + 99n) / 100n);
      expect(r.explanation).toContain('第四十五条第一款第（三）项');
    }
    const old = await dealWithIncome('self_implementation', '2019-01-01', '10000.00', '0.00');
    const late = (
      await admin.post(`/api/revenue-events/${old}/distribution-runs`, { factorScores: scores() })
    ).body;
    expect(late.lines.filter((l: any) => l.account === 'inventor_reward')).toHaveLength(0);
    expect(late.explanation.join('')).toContain('奖励期已届满');
  });
});

describe('an agreed inventor-reward share and a simple method', () => {
  it('sets the agreed share aside before sharing, and splits the rest to the fen', async () => {
    const c = await createConsortium(t, admin, '约定奖励联合体', NAMES[0]!, [
      { name: NAMES[1]! },
      { name: NAMES[3]! },
    ]);
    await createEffectiveAgreement(t.database.db, c, {
      edit: (a) => {
        a.revenue = {
          sharing: { method: 'equal' },
          inventorReward: { mode: 'share', share: '1/5' },
          settlementDays: 30,
        };
      },
    });
    const d = await admin.post(`/api/consortia/${c}/deals`, {
      kind: 'transfer',
      title: '专利转让',
      counterparty: '示例公司',
    });
    const e = await admin.post(`/api/deals/${d.body.id}/revenue-events`, {
      receivedOn: '2026-09-01',
      amount: '100.02',
      deductibleCosts: '0.01',
    });
    const run = await admin.post(`/api/revenue-events/${e.body.id}/distribution-runs`, {});
    expect(run.status).toBe(201);
    const credits = run.body.lines.filter((l: any) => l.credit !== '0.00');
    expect(credits.map((l: any) => [l.account, l.organisation?.name ?? null, l.credit])).toEqual([
      ['member_share', NAMES[0], '26.67'],
      ['member_share', NAMES[1], '26.67'],
      ['member_share', NAMES[3], '26.67'],
      ['inventor_reward', null, '20.00'],
    ]);
    expect(sum(credits.map((l: any) => l.credit))).toBe(fen('100.01'));
    expect(credits[3].explanation).toMatch(/^依协议第.+条第.+款，分配前按净收入的 20\.00% 提取/);
  });

  it('refuses a run where no agreement is in force', async () => {
    const c = await createConsortium(t, admin, '无协议分配联合体', NAMES[0]!, [{ name: NAMES[1]! }]);
    const d = await admin.post(`/api/consortia/${c}/deals`, {
      kind: 'licence',
      title: '许可',
      counterparty: '示例公司',
    });
    const e = await admin.post(`/api/deals/${d.body.id}/revenue-events`, {
      receivedOn: '2026-09-01',
      amount: '10.00',
    });
    const run = await admin.post(`/api/revenue-events/${e.body.id}/distribution-runs`, {});
    expect(run.status).toBe(409);
    expect(run.body.error.message).toContain('尚无生效的组建协议');
    await memberAccount(t, admin, NAMES[1]!);
  });
});
