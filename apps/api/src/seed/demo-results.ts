// Demo results, a deal, its income and a distribution run, from the source article: the Fujian
// science and technology progress award and the AI digital human of the metaverse consortium, the
// silicon-carbide power chip of the CETC consortium (commercialised by self-implementation), and the
// river LNG bunkering vessel of Hudong-Zhonghua's consortium. What the article does not give
// (identifiers, dates, shares, amounts, scores) is an example and says so (示例).
import { and, eq } from 'drizzle-orm';
import { consortia, deals, organisations, results, type Db } from '@huahe/db';
import { makeExampleUscc, type ResultType } from '@huahe/contracts';
import { systemActor } from '../lib/actor';
import type { Clock } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { membersOf } from '../modules/consortia/consortia.repository';
import { getDeal, createDeal, recordRevenue } from '../modules/deals/deals.service';
import { runDistribution } from '../modules/distributions/distributions.service';
import { agreementOf } from '../modules/results/results.access';
import { updateResult } from '../modules/results/results.repository';
import { createResult } from '../modules/results/results.service';

const ARTICLE = '科技日报《创新联合体：让创新链与产业链“化合反应”》';
const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';
const CETC = '央企核心电子元器件创新联合体';
const LNG = '江河液化气加注船创新联合体';

interface DemoResult {
  consortium: string;
  type: ResultType;
  title: string;
  identifier?: string;
  description: string;
  status: 'awarded' | 'in_use' | 'registered' | 'commercialised';
  statusOn: string;
  trl?: number;
  confidentiality: 'public' | 'consortium';
  /** Creators by name (or 'example': the consortium's first example university or institute) and contribution. */
  creators: [string, string][];
  isExample: boolean;
}

const demoResults: DemoResult[] = [
  {
    consortium: METAVERSE,
    type: 'award',
    title: '福建省科技进步奖（工业元宇宙场景关键技术）',
    description: `来源：${ARTICLE}：“联合体组建一年多……攻克了工业元宇宙场景多项技术难题，一举拿下福建省科技进步奖”。获奖项目名称、等级、日期与完成单位为示例。`,
    status: 'awarded',
    statusOn: '2024-05-20',
    confidentiality: 'public',
    creators: [['厦门盈趣科技股份有限公司', '1']],
    isExample: true,
  },
  {
    consortium: METAVERSE,
    type: 'new_product',
    title: 'AI数字人化身（毫秒级生成、接入大模型）',
    description: `来源：${ARTICLE}：AI数字人是联合体一年来重点攻关的任务之一，可基于一张真人照片、一段文本在毫秒时间内生成数字化身并接入大模型，已“上岗”代表企业发言（技术支持方为厦门黑镜科技有限公司）。参与完成单位及贡献比例为示例。`,
    status: 'in_use',
    statusOn: '2024-04-20',
    trl: 8,
    confidentiality: 'public',
    creators: [
      ['厦门盈趣科技股份有限公司', '3/5'],
      ['浙江大学', '2/5'],
    ],
    isExample: true,
  },
  {
    consortium: METAVERSE,
    type: 'software_copyright',
    title: 'AI数字人生成与驱动软件 V1.0',
    identifier: '2024SR0512345',
    description: '与上项 AI数字人成果配套的软件（示例）：登记号、完成单位及贡献比例均为示例。',
    status: 'registered',
    statusOn: '2024-03-15',
    trl: 7,
    confidentiality: 'consortium',
    creators: [
      ['厦门盈趣科技股份有限公司', '1/2'],
      ['集美大学', '1/2'],
    ],
    isExample: true,
  },
  {
    consortium: CETC,
    type: 'new_product',
    title: '碳化硅功率芯片（新能源汽车电驱动控制系统用）',
    description: `来源：${ARTICLE}：联合体成功研制碳化硅功率芯片，使新能源汽车电驱动控制系统实现国产化，并已商用。参与单位与日期为示例。`,
    status: 'commercialised',
    statusOn: '2023-06-30',
    trl: 9,
    confidentiality: 'public',
    creators: [
      ['中国电子科技集团有限公司', '4/5'],
      ['example', '1/5'],
    ],
    isExample: true,
  },
  {
    consortium: LNG,
    type: 'new_product',
    title: '国内首个江河液化气加注船',
    description: `来源：${ARTICLE}：沪东中华牵头、10余家单位共同参与，成功研发国内首个可用于江河的液化气加注船。参与单位与日期为示例。`,
    status: 'in_use',
    statusOn: '2023-12-28',
    trl: 9,
    confidentiality: 'public',
    creators: [
      ['沪东中华造船（集团）有限公司', '4/5'],
      ['example', '1/5'],
    ],
    isExample: true,
  },
];

async function idOf(
  db: Db,
  table: typeof consortia | typeof organisations,
  name: string,
): Promise<string | undefined> {
  return (await db.select({ id: table.id }).from(table).where(eq(table.nameZh, name)).limit(1))[0]?.id;
}

/** The consortium's first current member that is a university or institute (for the example creators). */
async function exampleMember(db: Db, consortiumId: string): Promise<string> {
  const spells = (await membersOf(db, consortiumId)).filter((s) => !s.m.leftOn && s.m.role !== 'lead');
  const pick =
    spells.find((s) => s.o.kind === 'research_institute' || s.o.kind === 'university') ?? spells[0];
  if (!pick) throw new Error(`demo data: consortium ${consortiumId} has no member besides its lead`);
  return pick.o.id;
}

async function seedResult(ctx: ServiceContext, r: DemoResult): Promise<string | undefined> {
  const consortiumId = await idOf(ctx.db, consortia, r.consortium);
  if (!consortiumId) return undefined;
  const existing = (
    await ctx.db
      .select({ id: results.id })
      .from(results)
      .where(and(eq(results.consortiumId, consortiumId), eq(results.title, r.title)))
  )[0];
  if (existing) return existing.id;
  const creators = await Promise.all(
    r.creators.map(async ([name, contribution]) => ({
      organisationId:
        name === 'example'
          ? await exampleMember(ctx.db, consortiumId)
          : (await idOf(ctx.db, organisations, name))!,
      contribution,
    })),
  );
  // Without an effective agreement the owners must be given: here the creators in their contributions.
  const agreed = await agreementOf(ctx, consortiumId);
  const created = await createResult(ctx, consortiumId, {
    type: r.type,
    title: r.title,
    identifier: r.identifier ?? null,
    description: r.description,
    status: r.status,
    statusOn: r.statusOn,
    trl: r.trl ?? null,
    confidentiality: r.confidentiality,
    achievedOn: r.statusOn,
    linkedTasks: [],
    inventors: [],
    creators,
    ...(agreed
      ? {}
      : { owners: creators.map((c) => ({ organisationId: c.organisationId, share: c.contribution })) }),
  });
  await updateResult(
    ctx.db,
    created.id,
    created.version,
    { isExample: r.isExample },
    ctx.clock.now().toISOString(),
  );
  return created.id;
}

async function dealId(ctx: ServiceContext, consortiumId: string, title: string) {
  return (
    await ctx.db
      .select({ id: deals.id })
      .from(deals)
      .where(and(eq(deals.consortiumId, consortiumId), eq(deals.title, title)))
  )[0]?.id;
}

/** Demo factor scores by role: the lead bears the most risk and investment (示例). */
const ROLE_SCORE: Record<string, string> = { lead: '5', core: '4', member: '3', supporting: '3' };
/** Demo contributions by role, used only where the agreement records no funding commitments (示例). */
const ROLE_INPUT: Record<string, [string, string]> = {
  lead: ['5000000', '240'],
  core: ['800000', '120'],
  member: ['500000', '60'],
  supporting: ['300000', '36'],
};

/** The metaverse consortium's licence of the AI digital human, its income and its distribution. */
async function seedMetaverseDeal(ctx: ServiceContext, resultIds: string[]) {
  const consortiumId = await idOf(ctx.db, consortia, METAVERSE);
  if (!consortiumId) return;
  const title = 'AI数字人生成与驱动软件普通许可（示例）';
  let id = await dealId(ctx, consortiumId, title);
  if (!id) {
    id = (
      await createDeal(ctx, consortiumId, {
        kind: 'licence',
        title,
        counterparty: '厦门示例文旅数字科技有限公司（示例）',
        counterpartyUscc: makeExampleUscc('350200', 990),
        contractValue: '1200000.00',
        signedOn: '2024-09-01',
        resultIds,
      })
    ).id;
  }
  const deal = await getDeal(ctx, id);
  const event =
    deal.revenueEvents[0] ??
    (await recordRevenue(ctx, id, {
      receivedOn: '2024-12-20',
      amount: '600000.00',
      deductibleCosts: '48000.00',
      note: '首期许可费（示例金额）；可扣除成本为登记、评估与合同谈判费用（示例）',
    }));
  const effective = await agreementOf(ctx, consortiumId);
  if (!effective || event.runId) return;
  const members = new Map(
    (await membersOf(ctx.db, consortiumId)).filter((s) => !s.m.leftOn).map((s) => [s.o.id, s.m.role]),
  );
  const parties = effective.agreement.parties.map((p) => p.organisationId);
  const sharing = effective.agreement.revenue.sharing;
  const factors = sharing?.method === 'improved-shapley' ? sharing.factors.map((f) => f.name) : [];
  const needsInputs = effective.agreement.funding.commitments.length === 0;
  await runDistribution(ctx, event.id, {
    factorScores: factors.flatMap((factor) =>
      parties.map((organisationId) => ({
        factor,
        organisationId,
        score: ROLE_SCORE[members.get(organisationId) ?? 'member']!,
      })),
    ),
    ...(needsInputs
      ? {
          contributions: parties.flatMap((organisationId) => {
            const [cash, pm] = ROLE_INPUT[members.get(organisationId) ?? 'member']!;
            return [
              { organisationId, category: 'cash' as const, amount: cash },
              { organisationId, category: 'person_months' as const, amount: pm },
            ];
          }),
        }
      : {}),
    note: '演示数据：评分与投入为示例',
  });
}

/** CETC's silicon-carbide chip is commercialised by self-implementation (no platform agreement: no run). */
async function seedCetcDeal(ctx: ServiceContext, resultId: string | undefined) {
  const consortiumId = await idOf(ctx.db, consortia, CETC);
  if (!consortiumId || !resultId) return;
  const title = '碳化硅功率芯片自行实施转化（示例）';
  if (await dealId(ctx, consortiumId, title)) return;
  await createDeal(ctx, consortiumId, {
    kind: 'self_implementation',
    title,
    counterparty: '中国电子科技集团有限公司（自行实施）',
    contractValue: null,
    signedOn: '2023-07-01',
    resultIds: [resultId],
  });
}

/**
 * Loads the demo results, deals, income and distribution. Idempotent (found by title). Call it after
 * the demo agreement of the metaverse consortium is effective: its distribution run follows that
 * agreement; without one the results get explicit owners and no run is made.
 */
export async function seedDemoResults(db: Db, clock: Clock): Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('seed'), clock, lang: 'zh-CN', requestId: null };
  const ids = new Map<string, string | undefined>();
  for (const r of demoResults) ids.set(r.title, await seedResult(ctx, r));
  const metaverse = [
    ids.get('AI数字人生成与驱动软件 V1.0'),
    ids.get('AI数字人化身（毫秒级生成、接入大模型）'),
  ].filter((x): x is string => !!x);
  await seedMetaverseDeal(ctx, metaverse);
  await seedCetcDeal(ctx, ids.get('碳化硅功率芯片（新能源汽车电驱动控制系统用）'));
}
