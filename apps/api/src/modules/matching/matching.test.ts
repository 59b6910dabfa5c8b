import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '@huahe/db';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import { systemActor } from '../../lib/actor';
import { inTransaction } from '../../lib/context';
import { seedDemoMatching } from '../../seed/demo-matching';

let t: TestApp;
let admin: Client;
let bureau: Client;
let secretariat: Client; // of the metaverse consortium
let jmu: Client; // admin of 集美大学, a metaverse member
let outsider: Client; // admin of 厦门黑镜, in no consortium
const PASSWORD = 'Matching-test-2026';
type Key = 'intretech' | 'blackMirror' | 'jmu' | 'tju' | 'zju' | 'ai' | 'nev' | 'sic' | 'metaverse';
const ids = {} as Record<Key, string>;

const orgId = async (name: string) =>
  (await admin.get(`/api/organisations?q=${encodeURIComponent(name)}`)).body.items[0].id as string;
const demandId = async (title: string) =>
  (await admin.get(`/api/demands?status=all&q=${encodeURIComponent(title)}`)).body.items[0].id as string;

interface Candidate {
  rank: number;
  organisation: { id: string; nameZh: string; kind: string; regionCode: string | null };
  score: number;
  reasons: { code: string; points: number; zh: string; en: string }[];
}
const candidates = async (c: Client, url: string): Promise<Candidate[]> => {
  const res = await c.get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};
const names = (items: Candidate[]) => items.map((i) => i.organisation.nameZh);

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoMatching(t.database.db, t.clock);
  admin = await t.login('admin@demo.huahe');
  bureau = await t.login('bureau@demo.huahe');
  secretariat = await t.login('secretariat@demo.huahe');
  jmu = await t.login('member@demo.huahe');
  for (const [key, name] of Object.entries({
    intretech: '厦门盈趣',
    blackMirror: '厦门黑镜',
    jmu: '集美大学',
    tju: '天津大学',
    zju: '浙江大学',
  }))
    ids[key as Key] = await orgId(name);
  const u = (
    await admin.post('/api/users', { email: 'bm@example.cn', displayName: '黑镜管理员', password: PASSWORD })
  ).body;
  await admin.post(`/api/users/${u.id}/roles`, { role: 'member_admin', organisationId: ids.blackMirror });
  outsider = await t.login('bm@example.cn', PASSWORD);
  ids.ai = await demandId('AI数字人实时生成与大模型接入');
  ids.nev = await demandId('动力电池热失控早期预警');
  ids.sic = await demandId('碳化硅功率器件封装测试');
  ids.metaverse = (await admin.get(`/api/consortia?q=${encodeURIComponent('元宇宙')}`)).body.items[0].id;
});
afterAll(() => t.close());

describe('candidates for a demand', () => {
  it('ranks 厦门黑镜 first for 厦门盈趣’s AI digital-human demand, with reasons in zh and en that add up', async () => {
    const items = await candidates(secretariat, `/api/demands/${ids.ai}/candidates`);
    expect(items[0]!.organisation.nameZh).toBe('厦门黑镜科技有限公司');
    expect(items.length).toBe(10);
    expect(names(items)).not.toContain('厦门盈趣科技股份有限公司');
    for (const c of items) {
      expect(c.reasons.length).toBeGreaterThan(0);
      for (const r of c.reasons) {
        expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(r.en).toMatch(/[a-z]/);
      }
      const sum = c.reasons.reduce((s, r) => s + r.points, 0);
      expect(sum).toBeCloseTo(c.score, 6);
    }
    const why = items[0]!.reasons.map((r) => r.code);
    expect(why).toEqual(expect.arrayContaining(['terms', 'tags', 'passage', 'region']));
    expect(items[0]!.reasons.find((r) => r.code === 'tags')!.en).toContain('shared tags');
  });

  it('puts the fire institute and battery-safety members forward for the NEV thermal-runaway demand', async () => {
    const top = names(await candidates(bureau, `/api/demands/${ids.nev}/candidates?top=5`));
    expect(top).toHaveLength(5);
    expect(top.some((n) => n.includes('防火所'))).toBe(true);
    expect(top.every((n) => n !== '国家新能源汽车技术创新中心厦门分中心')).toBe(true);
  });

  it('puts the field’s own units first for Hudong-Zhonghua’s LNG demand and CETC’s SiC packaging demand', async () => {
    const lng = (await admin.get(`/api/demands?q=${encodeURIComponent('低温储运材料')}`)).body.items[0].id;
    const lngTop = names(await candidates(bureau, `/api/demands/${lng}/candidates?top=3`));
    expect(lngTop.every((n) => n.includes('船舶'))).toBe(true);
    const sicTop = names(await candidates(bureau, `/api/demands/${ids.sic}/candidates?top=3`));
    expect(sicTop.every((n) => n.includes('电子元器件'))).toBe(true);
  });

  it('honours the kind, region and tag filters without changing scores', async () => {
    const all = await candidates(bureau, `/api/demands/${ids.ai}/candidates?top=50`);
    const unis = await candidates(
      bureau,
      `/api/demands/${ids.ai}/candidates?kind=university,research_institute`,
    );
    expect(unis.length).toBeGreaterThan(0);
    expect(unis.every((c) => ['university', 'research_institute'].includes(c.organisation.kind))).toBe(true);
    const first = all.find((c) => c.organisation.id === unis[0]!.organisation.id)!;
    expect(unis[0]!.score).toBe(first.score);
    const xiamen = await candidates(bureau, `/api/demands/${ids.ai}/candidates?region=3502`);
    expect(xiamen.every((c) => c.organisation.regionCode?.startsWith('3502'))).toBe(true);
    const tagged = await candidates(
      bureau,
      `/api/demands/${ids.ai}/candidates?tags=${encodeURIComponent('数字化身')}`,
    );
    expect(names(tagged)).toEqual(['厦门黑镜科技有限公司']);
    const bad = await bureau.get(`/api/demands/${ids.ai}/candidates?kind=startup`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toMatch(/^querystring\.kind/);
  });

  it('shows candidates only to the demand’s organisation and those who introduce', async () => {
    expect((await outsider.get(`/api/demands/${ids.ai}/candidates`)).status).toBe(404);
    expect((await jmu.get(`/api/demands/${ids.ai}/candidates`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/demands/${ids.ai}/candidates`)).status).toBe(401);
  });

  it('names a consortium task as evidence only to those who may read that agreement', async () => {
    const own = await outsider.post('/api/demands', {
      title: 'AI数字人样机重点攻关',
      description: 'AI数字人重点攻关任务：数字人样机',
      tags: ['AI数字人'],
    });
    expect(own.status).toBe(201);
    const passage = async (c: Client) =>
      (await candidates(c, `/api/demands/${own.body.id}/candidates?top=20`))
        .find((i) => i.organisation.id === ids.zju)
        ?.reasons.find((r) => r.code === 'passage');
    expect((await passage(bureau))!.zh).toContain('AI数字人重点攻关任务');
    const hidden = (await passage(outsider))!;
    expect(hidden.zh).toContain('仅该联合体成员可见');
    expect(hidden.en).toContain('visible to its members only');
    expect(hidden.zh).not.toContain('AI数字人重点攻关任务');
  });
});

describe('profiles follow their sources', () => {
  const rankOf = async (demand: string, orgIdValue: string) =>
    (await candidates(bureau, `/api/demands/${demand}/candidates?top=50`)).find(
      (c) => c.organisation.id === orgIdValue,
    );

  it('sees a new capability tag of an organisation in the next query', async () => {
    expect(await rankOf(ids.sic, ids.jmu)).toBeUndefined();
    const org = (await jmu.get(`/api/organisations/${ids.jmu}`)).body;
    const res = await jmu.patch(`/api/organisations/${ids.jmu}`, {
      version: org.version,
      profileTags: [...org.profileTags, '碳化硅'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = (await rankOf(ids.sic, ids.jmu))!;
    expect(after.reasons.find((r) => r.code === 'tags')!.zh).toContain('碳化硅');
  });

  it('sees a person’s expertise, and its removal, even when another process wrote it', async () => {
    expect(await rankOf(ids.nev, ids.tju)).toBeUndefined();
    // Written as another API process would: straight to the database, with its audit event.
    const ctx = {
      db: t.database.db,
      actor: systemActor('other-process'),
      clock: t.clock,
      lang: 'zh-CN' as const,
      requestId: null,
    };
    const personId = await inTransaction(ctx, async (tx) => {
      const [p] = await tx.db
        .insert(people)
        .values({
          organisationId: ids.tju,
          nameZh: '测试研究员',
          title: '教授',
          expertise: ['动力电池热失控预警'],
        })
        .returning();
      await tx.audit({
        action: 'person.created',
        entityType: 'person',
        entityId: p!.id,
        organisationId: ids.tju,
      });
      return p!.id;
    });
    const found = (await rankOf(ids.nev, ids.tju))!;
    expect(found.reasons.find((r) => r.code === 'terms')!.zh).toContain('热失控');
    await inTransaction(ctx, async (tx) => {
      await tx.db.delete(people).where(eq(people.id, personId));
      await tx.audit({
        action: 'person.deleted',
        entityType: 'person',
        entityId: personId,
        organisationId: ids.tju,
      });
    });
    expect(await rankOf(ids.nev, ids.tju)).toBeUndefined();
  });

  it('cites an open offer as evidence, and forgets it once withdrawn', async () => {
    const offer = await jmu.post('/api/offers', {
      kind: 'service',
      title: '车规级功率模块封装可靠性测试服务',
      description: '碳化硅功率器件封装测试、可靠性试验与失效分析',
      tags: ['封装测试'],
      trl: 7,
    });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const cited = (await rankOf(ids.sic, ids.jmu))!.reasons.find((r) => r.code === 'passage');
    expect(cited!.zh).toContain('车规级功率模块封装可靠性测试服务');
    await jmu.post(`/api/offers/${offer.body.id}/close`, {});
    const after = (await rankOf(ids.sic, ids.jmu))!.reasons.find((r) => r.code === 'passage');
    expect(after?.zh ?? '').not.toContain('车规级功率模块封装可靠性测试服务');
  });
});

describe('partner candidates for a consortium', () => {
  it('leaves out current members and counts what they cover less', async () => {
    const members = (await secretariat.get(`/api/consortia/${ids.metaverse}`)).body.members
      .filter((m: { leftOn: string | null }) => !m.leftOn)
      .map((m: { organisationId: string }) => m.organisationId);
    const items = await candidates(
      secretariat,
      `/api/consortia/${ids.metaverse}/partner-candidates?top=20&text=${encodeURIComponent('AI数字人 大模型 语音合成')}`,
    );
    expect(items[0]!.organisation.nameZh).toBe('厦门黑镜科技有限公司');
    expect(items.some((c) => members.includes(c.organisation.id))).toBe(false);
    const coverage = items[0]!.reasons.find((r) => r.code === 'coverage')!;
    expect(coverage.points).toBeLessThan(0);
    expect(coverage.en).toContain('already covered by current members');
  });

  it('values past collaboration with the members', async () => {
    const created = await jmu.post('/api/consortia', {
      nameZh: '航海数字孪生创新联合体（测试）',
      leadOrganisationId: ids.jmu,
    });
    expect(created.status).toBe(201);
    const lead = await t.login('member@demo.huahe');
    const items = await candidates(
      lead,
      `/api/consortia/${created.body.id}/partner-candidates?top=30&text=${encodeURIComponent('三维重建 计算机视觉 数字孪生')}`,
    );
    expect(names(items)).not.toContain('集美大学');
    const history = items.flatMap((c) => c.reasons).find((r) => r.code === 'history');
    expect(history!.zh).toContain('集美大学');
    expect(history!.en).toContain('worked with current members');
  });

  it('is for the consortium’s members, secretariat and the bureau only', async () => {
    expect((await outsider.get(`/api/consortia/${ids.metaverse}/partner-candidates`)).status).toBe(404);
    expect((await jmu.get(`/api/consortia/${ids.metaverse}/partner-candidates`)).status).toBe(200);
    const long = await jmu.get(`/api/consortia/${ids.metaverse}/partner-candidates?text=${'x'.repeat(2001)}`);
    expect(long.status).toBe(400);
  });
});

describe('demands an organisation fits', () => {
  it('puts 厦门盈趣’s AI digital-human demand first for 厦门黑镜, with the kind reason the right way round', async () => {
    const res = await outsider.get(`/api/organisations/${ids.blackMirror}/fitting-demands`);
    expect(res.status).toBe(200);
    expect(res.body.items[0].demand.title).toBe('AI数字人实时生成与大模型接入');
    const reasons = res.body.items.flatMap((i: { reasons: { code: string; zh: string }[] }) => i.reasons);
    for (const r of reasons.filter((x: { code: string }) => x.code === 'kind')) {
      expect(r.zh).toContain('本单位为企业');
    }
    // Its own demand (posted above) is never one it "fits".
    expect(res.body.items.map((i: { demand: { title: string } }) => i.demand.title)).not.toContain(
      'AI数字人样机重点攻关',
    );
  });

  it('leaves out demands the caller may not see', async () => {
    const staff = await t.login('member@demo.huahe');
    const secret = await admin.post('/api/demands', {
      organisationId: ids.intretech,
      title: '数字化身大模型接入（保密）',
      description: 'AI数字人数字化身，快速接入大模型',
      tags: ['AI数字人', '数字化身'],
      visibility: 'private',
    });
    expect(secret.status).toBe(201);
    const titles = async (c: Client) =>
      (await c.get(`/api/organisations/${ids.blackMirror}/fitting-demands?top=50`)).body.items.map(
        (i: { demand: { title: string } }) => i.demand.title,
      );
    expect(await titles(bureau)).toContain('数字化身大模型接入（保密）');
    expect(await titles(outsider)).not.toContain('数字化身大模型接入（保密）');
    expect(await titles(staff)).not.toContain('数字化身大模型接入（保密）');
  });
});
