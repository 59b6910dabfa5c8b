import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import { createConsortium, createEffectiveAgreement, orgId } from '../../../test/agreement-factory';

let t: TestApp;
let admin: Client;
let jmu: Client;
let three: string; // three parties, agreement: equal split
let four: string; // four parties, agreement: improved Shapley over commitments
const ids: Record<string, string> = {};
const NAMES = ['厦门盈趣科技股份有限公司', '浙江大学', '天津大学', '集美大学'];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.huahe');
  jmu = await t.login('member@demo.huahe');
  for (const n of NAMES) ids[n] = await orgId(t.database.db, n);
  three = await createConsortium(t, admin, '三方模拟联合体', NAMES[0]!, [
    { name: NAMES[2]! },
    { name: NAMES[3]! },
  ]);
  await createEffectiveAgreement(t.database.db, three, {
    edit: (a) => (a.revenue.sharing = { method: 'equal' }),
  });
  four = await createConsortium(
    t,
    admin,
    '四方模拟联合体',
    NAMES[0]!,
    NAMES.slice(1).map((name) => ({ name })),
  );
  await createEffectiveAgreement(t.database.db, four, {
    edit: (a) => {
      a.funding.commitments = a.parties.map((p, i) => ({
        partyId: p.organisationId,
        cashYuan: ['2000000.00', '500000.00', '300000.00', '200000.00'][i]!,
        inKind: [],
        personMonths: ['60', '120', '90', '30'][i]!,
      }));
    },
  });
});
afterAll(() => t.close());

// SPEC §6.2's example game: 甲 = 盈趣, 乙 = 天津大学, 丙 = 集美大学 (the parties' order).
const game = () => {
  const [a, b, c] = [ids[NAMES[0]!]!, ids[NAMES[2]!]!, ids[NAMES[3]!]!];
  return [
    { organisationIds: [a], value: '1' },
    { organisationIds: [b], value: '1' },
    { organisationIds: [c], value: '1' },
    { organisationIds: [a, b], value: '7' },
    { organisationIds: [a, c], value: '5' },
    { organisationIds: [b, c], value: '4' },
    { organisationIds: [a, b, c], value: '11' },
  ];
};
const byMethod = (body: any, m: string) => body.methods.find((x: any) => x.method === m);
const amounts = (m: any) => m.members.map((x: any) => x.amount);

describe('what-if', () => {
  it('lists every method side by side on an entered game, the agreement’s first', async () => {
    const res = await jmu.post(`/api/consortia/${three}/what-if`, {
      amount: '1100000.00',
      coalitions: game(),
    });
    expect(res.status).toBe(200);
    expect(res.body.agreementMethod).toBe('equal');
    expect(res.body.methods.map((m: any) => m.method)).toEqual([
      'equal',
      'proportional',
      'shapley',
      'improved-shapley',
      'nucleolus',
      'mcrs',
      'equal-surplus',
    ]);
    expect(res.body.methods[0]).toMatchObject({ isAgreementMethod: true, applicable: true });
    expect(res.body.methods[0].clause.zh).toMatch(/^第.+条/);
    expect(res.body.parties.map((p: any) => p.name)).toEqual([NAMES[0], NAMES[2], NAMES[3]]);
    expect(amounts(byMethod(res.body, 'shapley'))).toEqual(['433333.34', '383333.33', '283333.33']);
    expect(byMethod(res.body, 'shapley').members.map((m: any) => m.share)).toEqual([
      '13/33',
      '23/66',
      '17/66',
    ]);
    expect(amounts(byMethod(res.body, 'equal'))).toEqual(['366666.67', '366666.67', '366666.66']);
    for (const m of res.body.methods.filter((x: any) => x.applicable)) {
      expect(
        m.members.reduce((s: bigint, x: any) => s + BigInt(x.amount.replace('.', '')), 0n),
        m.method,
      ).toBe(110000000n);
      expect(m.members[0].explanation, m.method).toContain(NAMES[0]);
    }
    expect(byMethod(res.body, 'improved-shapley')).toMatchObject({ applicable: false });
    expect(byMethod(res.body, 'improved-shapley').reason).toContain('修正因子评分');
  });

  it('warns where a member falls below its stand-alone value or below zero', async () => {
    const scores = [ids[NAMES[0]!], ids[NAMES[2]!], ids[NAMES[3]!]].map((organisationId, i) => ({
      factor: 'risk',
      organisationId,
      score: ['0', '0', '10'][i]!,
    }));
    const res = await jmu.post(`/api/consortia/${three}/what-if`, {
      amount: '1100000.00',
      coalitions: game(),
      factorScores: scores,
    });
    const improved = byMethod(res.body, 'improved-shapley');
    expect(improved.applicable).toBe(true);
    expect(improved.members[0].warnings.join()).toContain('低于其单独价值');
    expect(improved.members[2].warnings).toEqual([]);
    const harsh = scores.map((s, i) => ({ ...s, score: ['10', '10', '0'][i]! }));
    const neg = (
      await jmu.post(`/api/consortia/${three}/what-if`, {
        amount: '1100000.00',
        coalitions: game(),
        factorScores: harsh,
      })
    ).body;
    const last = byMethod(neg, 'improved-shapley').members[2];
    expect(last.share).toBe('-5/66'); // φ′ = 17/6 + (0 − 1/3)·11 = −5/6 of v(N) = 11
    expect(last.amount).toBe('-83333.34'); // floors, then the largest remainders get the spare fen
    expect(last.warnings.join()).toContain('分配为负');
  });

  it('values an additive game from the recorded contributions, where the value methods coincide', async () => {
    const res = (
      await jmu.post(`/api/consortia/${four}/what-if`, { amount: '876543.21', dealKind: 'licence' })
    ).body;
    expect(res.agreementMethod).toBe('improved-shapley');
    const shapley = byMethod(res, 'shapley');
    expect(shapley.basis).toContain('可加博弈');
    expect(amounts(shapley)).toEqual(amounts(byMethod(res, 'proportional')));
    expect(amounts(byMethod(res, 'nucleolus'))).toEqual(amounts(shapley));
    expect(byMethod(res, 'improved-shapley')).toMatchObject({ applicable: false, isAgreementMethod: true });
    const universities = shapley.members.filter((m: any) => m.organisationId !== ids[NAMES[0]!]);
    for (const m of universities) {
      const total = BigInt(m.amount.replace('.', ''));
      expect(BigInt(m.inventorReward.replace('.', ''))).toBe((total + 1n) / 2n);
    }
    expect(shapley.members.find((m: any) => m.organisationId === ids[NAMES[0]!]).inventorReward).toBeNull();
  });

  it('names the missing factor scores in the reader’s language', async () => {
    const en = await t.login('member@demo.huahe', undefined, 'en');
    const res = (await en.post(`/api/consortia/${four}/what-if`, { amount: '876543.21' })).body;
    const improved = byMethod(res, 'improved-shapley');
    expect(improved.applicable).toBe(false);
    expect(improved.reason).toMatch(/^missing factor scores: risk borne\/Xiamen Intretech Inc\., /);
    expect(improved.reason).not.toMatch(/[\u3400-\u9fff]/);
    const zh = (await jmu.post(`/api/consortia/${four}/what-if`, { amount: '876543.21' })).body;
    expect(byMethod(zh, 'improved-shapley').reason).toMatch(
      /^缺少修正因子评分：风险承担\/厦门盈趣科技股份有限公司、/,
    );
  });

  it('rejects bad input with field paths and stays closed to outsiders', async () => {
    const bad = await jmu.post(`/api/consortia/${three}/what-if`, { amount: '12.345' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body.amount');
    const kind = await jmu.post(`/api/consortia/${three}/what-if`, { amount: '1.00', dealKind: 'gift' });
    expect(kind.body.error.details[0].path).toBe('body.dealKind');
    const missing = await jmu.post(`/api/consortia/${three}/what-if`, {
      amount: '1.00',
      coalitions: game().slice(1),
    });
    expect(byMethod(missing.body, 'shapley')).toMatchObject({ applicable: false });
    expect(byMethod(missing.body, 'shapley').reason).toContain('缺少联盟');
    expect(byMethod(missing.body, 'equal').applicable).toBe(true);
    const expert = await t.login('expert@demo.huahe');
    expect((await expert.post(`/api/consortia/${three}/what-if`, { amount: '1.00' })).status).toBe(404);
  });
});
