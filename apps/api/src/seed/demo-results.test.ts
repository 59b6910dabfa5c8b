import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consortia } from '@huahe/db';
import { createTestApp, type Client, type TestApp } from '../../test/app';
import { createEffectiveAgreement } from '../../test/agreement-factory';
import { effectiveAgreement } from '../modules/agreements/agreements.repository';
import { seedDemoResults } from './demo-results';

let t: TestApp;
let secretariat: Client;
let metaverse: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  metaverse = (
    await db.select().from(consortia).where(eq(consortia.nameZh, '元宇宙支撑技术与场景驱动创新联合体'))
  )[0]!.id;
  // Until the demo data carries the metaverse consortium's agreement, make one effective here.
  if (!(await effectiveAgreement(db, metaverse))) await createEffectiveAgreement(db, metaverse);
  await seedDemoResults(db, t.clock);
  await seedDemoResults(db, t.clock); // idempotent
  secretariat = await t.login('secretariat@demo.huahe');
});
afterAll(() => t.close());

describe('the demo results and commercialisation', () => {
  it('registers the article’s results, marked as examples where invented', async () => {
    const list = (await secretariat.get(`/api/consortia/${metaverse}/results`)).body;
    expect(list.items.map((r: any) => r.title).sort()).toEqual(
      [
        'AI数字人化身（毫秒级生成、接入大模型）',
        'AI数字人生成与驱动软件 V1.0',
        '福建省科技进步奖（工业元宇宙场景关键技术）',
      ].sort(),
    );
    expect(list.items.every((r: any) => r.isExample)).toBe(true);
    const cetc = (
      await t.database.db.select().from(consortia).where(eq(consortia.nameZh, '央企核心电子元器件创新联合体'))
    )[0]!;
    const chips = (await t.anonymous().get(`/api/consortia/${cetc.id}/results`)).body.items;
    expect(chips[0]).toMatchObject({
      title: '碳化硅功率芯片（新能源汽车电驱动控制系统用）',
      status: 'commercialised',
      trl: 9,
    });
  });

  it('takes the metaverse licence income through a run to statements that add up to the fen', async () => {
    const deals = (await secretariat.get(`/api/consortia/${metaverse}/deals`)).body;
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ kind: 'licence', netIncome: '552000.00' });
    const runs = (await secretariat.get(`/api/consortia/${metaverse}/distribution-runs`)).body;
    expect(runs).toHaveLength(1);
    const run = (await secretariat.get(`/api/distribution-runs/${runs[0].id}`)).body;
    expect(run.totals).toEqual({ debit: '552000.00', credit: '552000.00' });
    const orgs = [
      ...new Set<string>(run.lines.filter((l: any) => l.organisation).map((l: any) => l.organisation.id)),
    ];
    let total = 0n;
    for (const id of orgs) {
      const s = (await secretariat.get(`/api/consortia/${metaverse}/statements/${id}`)).body;
      total += BigInt(s.totals.balance.replace('.', ''));
    }
    const pool = run.lines.filter((l: any) => !l.organisation && l.credit !== '0.00');
    total += pool.reduce((a: bigint, l: any) => a + BigInt(l.credit.replace('.', '')), 0n);
    expect(total).toBe(55200000n);
    const member = await t.login('member@demo.huahe');
    const jmu = (await member.get('/api/auth/session')).body.user.roles[0].organisationId;
    const mine = (await member.get(`/api/consortia/${metaverse}/statements/${jmu}`)).body;
    expect(mine.lines.length).toBeGreaterThan(0);
    expect(run.warnings.join()).not.toContain('分配为负');
  });
});
