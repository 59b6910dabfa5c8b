// Demo matchmaking data from the source article: demands of the article's consortia (the AI digital
// human of Xiamen Intretech, power-battery thermal runaway for the NEV safety consortium, LNG
// cryogenic materials for Hudong-Zhonghua, SiC power-device packaging for CETC), offers (Xiamen
// Black Mirror's digital-human service, university lab capabilities), and the two NEV members
// who "一拍即合" under the secretariat's matchmaking. The article names neither the two members nor
// any figure: budgets, dates, deadlines and the pair are examples, and every record says so.
import { and, eq, like } from 'drizzle-orm';
import { consortia, demands, matchEvents, matches, offers, organisations, type Db } from '@huahe/db';
import { systemActor } from '../lib/actor';
import type { Clock } from '../lib/clock';
import { inTransaction, type ServiceContext, type TxContext } from '../lib/context';
import { rankForDemand } from '../modules/matching/matching.service';
import { manualReason } from '../modules/matching/reasons';
import { findDemand } from '../modules/demands/demands.repository';

// Kept short and in words no capability profile uses: boilerplate shared by demands and offers would
// itself become a "match".
const NOTE = '（演示用：据科技日报报道整理，预算与期限为假设。）';
const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';
const NEV = '新能源汽车智能安全创新联合体';
const CETC = '央企核心电子元器件创新联合体';

interface DemoDemand {
  /** The organisation's name, or a prefix ending in '%' for an example organisation. */
  organisation: string;
  consortium?: string;
  title: string;
  description: string;
  tags: string[];
  trlNeeded: number;
  budget: [string, string];
  region: string;
  deadline: string;
  visibility: 'public' | 'consortium' | 'private';
  /** Closed once its partner was found. */
  status?: 'closed';
  /** When it was posted, if not now. */
  postedAt?: string;
}

const demoDemands: DemoDemand[] = [
  {
    organisation: '厦门盈趣科技股份有限公司',
    consortium: METAVERSE,
    title: 'AI数字人实时生成与大模型接入',
    description: `基于一张真人照片、一段文本，在毫秒时间内生成写实的AI数字化身，声音仿真、讲解清晰，并可快速接入大模型，解决生成式AI落地应用中的安全性、准确性和业务逻辑专业性问题，使数字人可“安全上岗”代表企业发言。AI数字人是联合体一年来重点攻关的任务之一。${NOTE}`,
    tags: ['AI数字人', '大模型应用', '生成式AI', '数字化身'],
    trlNeeded: 7,
    budget: ['500000.00', '2000000.00'],
    region: '350200',
    deadline: '2027-06-30',
    visibility: 'public',
  },
  {
    organisation: '国家新能源汽车技术创新中心厦门分中心',
    consortium: NEV,
    title: '动力电池热失控早期预警与火灾防控',
    description: `围绕动力电池损伤机理、车辆热失控等制约新能源汽车安全的痛点，征集热失控早期预警算法、电池火灾防控与灭火技术，并把安全从车辆延伸到充换电场站、隧道等场所安全和事故排放的环境安全。${NOTE}`,
    tags: ['热失控', '动力电池', '火灾防控', '预警算法'],
    trlNeeded: 5,
    budget: ['1000000.00', '5000000.00'],
    region: '350200',
    deadline: '2027-03-31',
    visibility: 'public',
  },
  {
    organisation: '示例·动力电池部件企业（新能源安全%',
    consortium: NEV,
    title: '电池包热失控灭火联动装置',
    description: `为电池包配套热失控探测与自动灭火联动装置，需要消防与火灾防控方面的合作伙伴。${NOTE}文中两家成员单位在秘书处撮合下一拍即合、正筹备组建新公司，但未点名：此需求与合作双方为示意。`,
    tags: ['热失控灭火', '火灾防控', '动力电池'],
    trlNeeded: 6,
    budget: ['300000.00', '1500000.00'],
    region: '350200',
    deadline: '2025-06-30',
    visibility: 'consortium',
    status: 'closed',
    postedAt: '2024-08-01T02:00:00.000Z',
  },
  {
    organisation: '沪东中华造船（集团）有限公司',
    title: '内河LNG加注船低温储运材料',
    description: `为江河液化气加注船的液货舱与管系征集-163℃级低温储运材料（殷瓦钢替代、低温不锈钢、绝热材料）及其焊接与检测工艺。${NOTE}`,
    tags: ['LNG', '低温材料', '液化气储运'],
    trlNeeded: 6,
    budget: ['2000000.00', '8000000.00'],
    region: '310000',
    deadline: '2027-12-31',
    visibility: 'public',
  },
  {
    organisation: '中国电子科技集团有限公司',
    consortium: CETC,
    title: '车规级碳化硅功率器件封装测试',
    description: `碳化硅功率芯片已用于新能源汽车电驱动控制系统并商用，现征集车规级碳化硅功率模块的先进封装、可靠性测试与失效分析。${NOTE}`,
    tags: ['碳化硅', '功率器件', '封装测试'],
    trlNeeded: 7,
    budget: ['1000000.00', '3000000.00'],
    region: '110000',
    deadline: '2027-09-30',
    visibility: 'public',
  },
];

interface DemoOffer {
  organisation: string;
  kind: 'result' | 'service' | 'capability';
  title: string;
  description: string;
  tags: string[];
  trl: number;
}

const demoOffers: DemoOffer[] = [
  {
    organisation: '厦门黑镜科技有限公司',
    kind: 'service',
    title: 'AI数字人从生成到应用的完整解决方案',
    description: `基于一张真人照片、一段文本，在毫秒时间内生成AI数字化身；可快速接入大模型，解决生成式AI落地中的安全性、准确性和业务逻辑专业性问题，可安全上岗代表企业发言；为厦门盈趣AI数字人的技术支持方。`,
    tags: ['AI数字人', '数字化身', '大模型应用'],
    trl: 8,
  },
  {
    organisation: '浙江大学',
    kind: 'capability',
    title: '三维人体重建与表情驱动实验室',
    description:
      '面向元宇宙与数字人的三维人体重建、表情与口型驱动、计算机视觉算法研究与联合开发（示意能力）。',
    tags: ['计算机视觉', '数字人', '三维重建'],
    trl: 4,
  },
  {
    organisation: '示例·汽车工程高校（新能源安全%',
    kind: 'capability',
    title: '动力电池故障诊断与热失控机理实验室',
    description: '电化学、电池损伤机理与热失控机理试验，电池故障诊断算法（示意能力）。',
    tags: ['热失控', '电池损伤机理', '故障诊断'],
    trl: 4,
  },
];

async function organisationId(db: Db, name: string): Promise<string> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(name.endsWith('%') ? like(organisations.nameZh, name) : eq(organisations.nameZh, name))
    .orderBy(organisations.nameZh)
    .limit(1);
  if (!rows[0]) throw new Error(`demo data: unknown organisation ${name}`);
  return rows[0].id;
}

async function consortiumId(db: Db, name: string): Promise<string> {
  const rows = await db
    .select({ id: consortia.id })
    .from(consortia)
    .where(eq(consortia.nameZh, name))
    .limit(1);
  if (!rows[0]) throw new Error(`demo data: unknown consortium ${name}`);
  return rows[0].id;
}

async function upsertDemand(tx: TxContext, d: DemoDemand, now: string): Promise<string> {
  const orgId = await organisationId(tx.db, d.organisation);
  const existing = await tx.db
    .select({ id: demands.id })
    .from(demands)
    .where(and(eq(demands.organisationId, orgId), eq(demands.title, d.title)));
  if (existing[0]) return existing[0].id;
  const [row] = await tx.db
    .insert(demands)
    .values({
      organisationId: orgId,
      consortiumId: d.consortium ? await consortiumId(tx.db, d.consortium) : null,
      title: d.title,
      description: d.description,
      tags: d.tags,
      trlNeeded: d.trlNeeded,
      budgetMin: d.budget[0],
      budgetMax: d.budget[1],
      regionPreference: d.region,
      deadline: d.deadline,
      visibility: d.visibility,
      status: d.status ?? 'open',
      createdAt: d.postedAt ?? now,
      updatedAt: d.postedAt ?? now,
    })
    .returning();
  await tx.audit({
    action: 'demand.created',
    entityType: 'demand',
    entityId: row!.id,
    organisationId: orgId,
    consortiumId: row!.consortiumId,
    after: { title: row!.title, visibility: row!.visibility },
    summary: { via: 'demo' },
  });
  return row!.id;
}

async function upsertOffer(tx: TxContext, o: DemoOffer, now: string): Promise<void> {
  const orgId = await organisationId(tx.db, o.organisation);
  const existing = await tx.db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.organisationId, orgId), eq(offers.title, o.title)));
  if (existing[0]) return;
  const [row] = await tx.db
    .insert(offers)
    .values({
      organisationId: orgId,
      kind: o.kind,
      title: o.title,
      description: o.description,
      tags: o.tags,
      trl: o.trl,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.audit({
    action: 'offer.created',
    entityType: 'offer',
    entityId: row!.id,
    organisationId: orgId,
    after: { title: row!.title, kind: row!.kind },
    summary: { via: 'demo' },
  });
}

/** The steps of the "一拍即合" match, with example dates (the article gives none). */
const pairSteps: { step: string; at: string; note: string }[] = [
  {
    step: 'introduced',
    at: '2024-08-12T02:00:00.000Z',
    note: '秘书处撮合：电池包热失控探测与消防灭火优势互补（示例）',
  },
  { step: 'accepted_by_demander', at: '2024-08-15T02:00:00.000Z', note: '同意对接（示例）' },
  { step: 'accepted_by_candidate', at: '2024-08-16T02:00:00.000Z', note: '同意对接（示例）' },
  { step: 'negotiating', at: '2024-08-20T02:00:00.000Z', note: '双方“一拍即合”，开始洽谈（示例）' },
  {
    step: 'partnered',
    at: '2024-10-30T02:00:00.000Z',
    note: '筹备组建新公司，向新能源汽车全域安全关键技术发起总攻（来源：科技日报；合作双方为示例单位）',
  },
];

/** The two NEV members' match, which reached "partnered" with a contract: 筹备组建新公司. */
async function seedPair(ctx: ServiceContext, demandId: string): Promise<void> {
  const candidateId = await organisationId(ctx.db, '示例·防火所（文中简称）%');
  const existing = await ctx.db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.demandId, demandId), eq(matches.candidateOrganisationId, candidateId)));
  if (existing[0]) return;
  const demand = (await findDemand(ctx.db, demandId))!;
  const { ranked } = await rankForDemand(ctx, demand, 200);
  const hit = ranked.find((r) => r.result.id === candidateId);
  await inTransaction(ctx, async (tx) => {
    const [m] = await tx.db
      .insert(matches)
      .values({
        demandId,
        consortiumId: demand.d.consortiumId,
        candidateOrganisationId: candidateId,
        status: 'partnered',
        score: hit?.result.score ?? 0,
        reasons: hit?.reasons ?? [manualReason()],
        acceptedByDemander: pairSteps[1]!.at,
        acceptedByCandidate: pairSteps[2]!.at,
        outcome: 'contract',
        createdAt: pairSteps[0]!.at,
        updatedAt: pairSteps[4]!.at,
      })
      .returning();
    await tx.db.insert(matchEvents).values([
      {
        matchId: m!.id,
        status: 'recommended',
        note: `推荐得分 / score ${(hit?.result.score ?? 0).toFixed(2)}`,
        at: pairSteps[0]!.at,
      },
      ...pairSteps.map((s) => ({ matchId: m!.id, status: s.step, note: s.note, at: s.at })),
    ]);
    await tx.audit({
      action: 'match.partnered',
      entityType: 'match',
      entityId: m!.id,
      organisationId: candidateId,
      consortiumId: demand.d.consortiumId,
      after: { status: 'partnered', outcome: 'contract', note: pairSteps[4]!.note },
      summary: { via: 'demo' },
    });
  });
}

/**
 * Loads the demo demands, offers and the partnered match. Idempotent: demands and offers are
 * found by organisation and title, the match by demand and candidate. Needs the demo
 * organisations and consortia (seedDemo) first.
 */
export async function seedDemoMatching(db: Db, clock: Clock): Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('seed'), clock, lang: 'zh-CN', requestId: null };
  const now = clock.now().toISOString();
  const ids = await inTransaction(ctx, async (tx) => {
    const out: string[] = [];
    for (const d of demoDemands) out.push(await upsertDemand(tx, d, now));
    for (const o of demoOffers) await upsertOffer(tx, o, now);
    return out;
  });
  await seedPair(ctx, ids[2]!);
}
