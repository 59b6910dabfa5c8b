import type { consortia, consortiumMembers } from '@huahe/db';
import { ARTICLE, exampleOrg, type DemoOrganisation } from './demo-organisations';

type Spell = Omit<typeof consortiumMembers.$inferInsert, 'consortiumId' | 'organisationId'> & {
  organisation: string;
};
export type DemoConsortium = Omit<typeof consortia.$inferInsert, 'leadOrganisationId'> & {
  nameZh: string;
  lead: string;
  members: Spell[];
};

/** Example organisations created for members the sources count but do not name. */
export const exampleOrganisations: DemoOrganisation[] = [];

interface Pool {
  label: string;
  en: string;
  kind: string;
  tags: string[];
}

/** `n` example members drawn in turn from the pools, spread over the regions, all joining on `joinedOn`. */
function examples(
  prefix: string,
  n: number,
  pools: Pool[],
  regions: string[],
  joinedOn: string,
  start = 1,
  joinReason?: string,
): Spell[] {
  const out: Spell[] = [];
  for (let i = 0; i < n; i++) {
    const p = pools[i % pools.length]!;
    const no = String(start + i).padStart(2, '0');
    const org = exampleOrg(
      `${p.label}（${prefix} ${no}）`,
      `${p.en} (${prefix} ${no})`,
      p.kind,
      regions[i % regions.length]!,
      p.tags,
      `${p.label}，主要方向：${p.tags.join('、')}。`,
    );
    exampleOrganisations.push(org);
    out.push({
      organisation: org.nameZh,
      role:
        p.kind === 'university' || p.kind === 'research_institute'
          ? 'core'
          : p.kind === 'testing_body' || p.kind === 'financial'
            ? 'supporting'
            : 'member',
      tier: i % 3 === 0 ? 'close' : 'general',
      joinedOn,
      joinReason: joinReason ?? null,
    });
  }
  return out;
}

const metaversePools: Pool[] = [
  {
    label: '虚拟现实设备企业',
    en: 'VR device maker',
    kind: 'enterprise',
    tags: ['虚拟现实', '光学显示', '头戴设备'],
  },
  {
    label: '数字孪生软件企业',
    en: 'digital twin software firm',
    kind: 'sme',
    tags: ['数字孪生', '工业互联网', '三维建模'],
  },
  {
    label: '三维重建研究院',
    en: '3D reconstruction institute',
    kind: 'research_institute',
    tags: ['三维重建', '计算机视觉', '点云'],
  },
  {
    label: '动作捕捉技术企业',
    en: 'motion capture firm',
    kind: 'sme',
    tags: ['动作捕捉', '人机交互', '传感器'],
  },
  {
    label: '渲染引擎企业',
    en: 'rendering engine firm',
    kind: 'enterprise',
    tags: ['实时渲染', '图形引擎', 'GPU'],
  },
  {
    label: '5G通信企业',
    en: '5G communications firm',
    kind: 'enterprise',
    tags: ['5G通信', '边缘计算', '低时延网络'],
  },
  {
    label: '智能制造场景企业',
    en: 'smart manufacturing user',
    kind: 'enterprise',
    tags: ['工业元宇宙', '智能制造', '远程运维'],
  },
  {
    label: '文旅元宇宙场景企业',
    en: 'cultural tourism metaverse firm',
    kind: 'sme',
    tags: ['文旅场景', '虚拟展厅', '数字藏品'],
  },
  {
    label: '人工智能高校实验室',
    en: 'university AI lab',
    kind: 'university',
    tags: ['生成式AI', '大模型', '语音合成'],
  },
  { label: '区块链技术企业', en: 'blockchain firm', kind: 'sme', tags: ['区块链', '数字身份', '可信数据'] },
  {
    label: '检测认证机构',
    en: 'testing and certification body',
    kind: 'testing_body',
    tags: ['软件测评', '信息安全测评'],
  },
];
const xiamen = [
  '350203',
  '350205',
  '350206',
  '350211',
  '350212',
  '350213',
  '350100',
  '350500',
  '310000',
  '440300',
];

const nevPools: Pool[] = [
  {
    label: '动力电池部件企业',
    en: 'battery component maker',
    kind: 'enterprise',
    tags: ['动力电池', '电芯', '电池管理系统'],
  },
  {
    label: '电驱动系统企业',
    en: 'e-drive system maker',
    kind: 'enterprise',
    tags: ['电驱动', '电机控制器', '碳化硅'],
  },
  {
    label: '整车制造企业',
    en: 'vehicle manufacturer',
    kind: 'leading_enterprise',
    tags: ['整车集成', '新能源汽车', '智能网联'],
  },
  {
    label: '汽车检测机构',
    en: 'vehicle testing body',
    kind: 'testing_body',
    tags: ['碰撞安全', '电池安全测试', '认证'],
  },
  {
    label: '热管理系统企业',
    en: 'thermal management maker',
    kind: 'sme',
    tags: ['热管理', '热失控防护', '液冷'],
  },
  {
    label: '车辆安全研究院',
    en: 'vehicle safety institute',
    kind: 'research_institute',
    tags: ['热失控', '电池损伤机理', '安全评估'],
  },
  {
    label: '汽车工程高校',
    en: 'automotive engineering university',
    kind: 'university',
    tags: ['车辆工程', '电化学', '故障诊断'],
  },
  {
    label: '充换电设施企业',
    en: 'charging infrastructure firm',
    kind: 'enterprise',
    tags: ['充电桩', '换电', '场站安全'],
  },
  {
    label: '智能网联软件企业',
    en: 'connected vehicle software firm',
    kind: 'sme',
    tags: ['车联网', '数据监控', '预警算法'],
  },
];
const nationwide = [
  '310000',
  '320500',
  '440300',
  '110000',
  '120000',
  '420100',
  '500000',
  '340100',
  '330200',
  '350200',
  '370200',
  '510100',
];

const generalPools = (field: string, tags: string[]): Pool[] => [
  { label: `${field}骨干企业`, en: `${field} enterprise`, kind: 'enterprise', tags },
  { label: `${field}研究院所`, en: `${field} institute`, kind: 'research_institute', tags },
  { label: `${field}相关高校`, en: `${field} university`, kind: 'university', tags },
  { label: `${field}配套中小企业`, en: `${field} SME`, kind: 'sme', tags },
];

const note = `来源：${ARTICLE}。`;

/** The consortia of the article, the public examples of research/policy.md §9, and the historical programmes. */
export const demoConsortia: DemoConsortium[] = [
  {
    nameZh: '元宇宙支撑技术与场景驱动创新联合体',
    nameEn: 'Metaverse Supporting Technologies and Scenario-Driven Innovation Consortium',
    lead: '厦门盈趣科技股份有限公司',
    field: '元宇宙',
    industryChain: '元宇宙支撑技术—工业元宇宙场景—AI数字人应用',
    goalsSummary:
      '国内第一家元宇宙领域创新联合体。通过拆分技术研发目标、寻找合作伙伴，促成供需侧各方直接对接、同向发力；攻克工业元宇宙场景多项技术难题，形成一批标志性产品和成果，多款应用已在厦门落地；AI数字人为一年来重点攻关任务之一。',
    status: 'operating',
    approvedBy: '厦门市科技局',
    foundedOn: '2022-11-01',
    regionCode: '350200',
    dataNote: `${note}成员从最初17家增至26家；文中点名的成员为厦门盈趣、浙江大学、天津大学、集美大学，其余为示例成员。组建时间按文中“两年前”示意。`,
    members: [
      {
        organisation: '厦门盈趣科技股份有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2022-11-01',
        joinReason: '牵头单位',
      },
      {
        organisation: '浙江大学',
        role: 'core',
        tier: 'core',
        joinedOn: '2022-11-01',
        joinReason: '发起成员',
      },
      {
        organisation: '天津大学',
        role: 'core',
        tier: 'core',
        joinedOn: '2022-11-01',
        joinReason: '发起成员',
      },
      {
        organisation: '集美大学',
        role: 'core',
        tier: 'core',
        joinedOn: '2022-11-01',
        joinReason: '发起成员',
      },
      ...examples('元宇宙', 13, metaversePools, xiamen, '2022-11-01', 1, '发起成员'),
      ...examples(
        '元宇宙',
        3,
        metaversePools.slice(4),
        xiamen.slice(3),
        '2023-06-15',
        14,
        '经理事会同意加入',
      ),
      ...examples(
        '元宇宙',
        4,
        metaversePools.slice(1),
        xiamen.slice(5),
        '2024-01-10',
        17,
        '经理事会同意加入',
      ),
      ...examples(
        '元宇宙',
        2,
        metaversePools.slice(7),
        xiamen.slice(2),
        '2024-09-01',
        21,
        '经理事会同意加入',
      ),
    ],
  },
  {
    nameZh: '新能源汽车智能安全创新联合体',
    nameEn: 'New Energy Vehicle Intelligent Safety Innovation Consortium',
    lead: '国家新能源汽车技术创新中心厦门分中心',
    field: '新能源汽车安全',
    industryChain: '汽车部件—系统—制造—检测—应用场景（场所安全、环境安全）',
    goalsSummary:
      '系统性解决新能源汽车安全问题：围绕动力电池损伤机理、车辆热失控等制约新能源汽车安全的痛点问题组织协同攻关，把安全从车和人、车和车的行为安全扩展到场所安全、环境安全等全域安全。',
    status: 'operating',
    foundedOn: '2024-06-01',
    regionCode: '350200',
    dataNote: `${note}牵头单位联合全国各地39家单位组建；文中提到污控中心、防火所、路桥建设单位参与，但未给出全称；在秘书处撮合下两家成员单位一拍即合，正筹备组建新公司。其余成员为示例。`,
    members: [
      {
        organisation: '国家新能源汽车技术创新中心厦门分中心',
        role: 'lead',
        tier: 'core',
        joinedOn: '2024-06-01',
        joinReason: '牵头单位',
      },
      ...examples(
        '新能源安全',
        3,
        [
          {
            label: '污控中心（文中简称）',
            en: 'pollution-control centre (as the article calls it)',
            kind: 'research_institute',
            tags: ['污染控制', '环境安全', '事故排放'],
          },
          {
            label: '防火所（文中简称）',
            en: 'fire research institute (as the article calls it)',
            kind: 'research_institute',
            tags: ['消防', '火灾防控', '热失控灭火'],
          },
          {
            label: '路桥建设单位（文中提及）',
            en: 'road and bridge builder (as the article mentions)',
            kind: 'enterprise',
            tags: ['路桥建设', '隧道安全', '场所安全'],
          },
        ],
        ['350200', '350200', '350200'],
        '2024-06-01',
        1,
        '发起成员：应用场景方',
      ),
      ...examples('新能源安全', 36, nevPools, nationwide, '2024-06-01', 4, '发起成员'),
    ],
  },
  {
    nameZh: '央企核心电子元器件创新联合体',
    nameEn: 'Central SOE Core Electronic Components Innovation Consortium',
    lead: '中国电子科技集团有限公司',
    field: '核心电子元器件',
    goalsSummary:
      '聚焦资金投入大、技术难度高、单个主体难以攻克的核心电子元器件；成功研制碳化硅功率芯片，使新能源汽车电驱动控制系统实现国产化，并已商用。',
    status: 'operating',
    approvedBy: '国务院国资委',
    foundedOn: '2021-12-01',
    regionCode: '110000',
    dataNote: `${note}国资委第一、二批共7家央企创新联合体之一。成员名单未公开，其余为示例成员；组建日期为示意。`,
    members: [
      {
        organisation: '中国电子科技集团有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2021-12-01',
        joinReason: '牵头单位',
      },
      ...examples(
        '电子元器件',
        6,
        generalPools('电子元器件', ['碳化硅', '功率器件', '封装测试']),
        ['110000', '320500', '440300', '610100'],
        '2021-12-01',
      ),
    ],
  },
  {
    nameZh: '江河液化气加注船创新联合体',
    nameEn: 'River LNG Bunkering Vessel Innovation Consortium',
    lead: '沪东中华造船（集团）有限公司',
    field: '船舶与海洋工程',
    goalsSummary: '由沪东中华牵头、10余家单位共同参与，成功研发国内首个可用于江河的液化气加注船。',
    status: 'concluded',
    foundedOn: '2021-06-01',
    regionCode: '310000',
    dataNote: `${note}联合体正式名称、成员名单与组建日期未公开：名称为描述性命名，成员（10 家）为示例。`,
    members: [
      {
        organisation: '沪东中华造船（集团）有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2021-06-01',
        joinReason: '牵头单位',
      },
      ...examples(
        '加注船',
        10,
        generalPools('船舶', ['液化气储运', '内河航运', '低温材料']),
        ['310000', '320200', '420100', '210200'],
        '2021-06-01',
      ),
    ],
  },
  {
    nameZh: '人工智能语言计算创新联合体',
    nameEn: 'AI Language Computing Innovation Consortium',
    lead: '思必驰科技股份有限公司',
    field: '新一代人工智能',
    goalsSummary:
      '建立明晰、高效、协调的组织管理体系，搭建开放共享的人工智能创新平台，促进企业、高校、科研院所相互合作，形成体系化、任务型协同创新模式。',
    status: 'operating',
    approvedBy: '江苏省科学技术厅',
    foundedOn: '2023-03-01',
    regionCode: '320500',
    dataNote: `${note}江苏省创新联合体。成员名单未公开，其余为示例成员；组建日期为示意。`,
    members: [
      {
        organisation: '思必驰科技股份有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2023-03-01',
        joinReason: '牵头单位',
      },
      ...examples(
        '语言计算',
        8,
        generalPools('人工智能', ['语音识别', '大模型', '自然语言处理']),
        ['320500', '320100', '310000'],
        '2023-03-01',
      ),
    ],
  },
  {
    nameZh: '苏州光子产业创新联合体（示例）',
    nameEn: 'Suzhou Photonics Innovation Consortium (example)',
    lead: '示例·光子器件龙头企业（苏州光子 01）',
    field: '光子',
    goalsSummary: '实现从材料到器件、从模块到通信的关键技术突破，带动全产业链升级。',
    status: 'operating',
    approvedBy: '苏州市科学技术局',
    foundedOn: '2023-09-01',
    regionCode: '320500',
    dataNote: `${note}文中称苏州已集聚一批光子领域上下游关键节点龙头企业，在各自细分领域组建创新联合体，但未给出联合体名称与成员：此联合体及其成员均为示例。`,
    members: examples(
      '苏州光子',
      7,
      [
        {
          label: '光子器件龙头企业',
          en: 'photonic device leader',
          kind: 'leading_enterprise',
          tags: ['光子器件', '光通信', '激光器'],
        },
        ...generalPools('光子', ['光子材料', '光模块', '光通信']),
      ],
      ['320500', '320583', '320506'],
      '2023-09-01',
    ).map((m, i) =>
      i === 0 ? { ...m, role: 'lead' as const, tier: 'core' as const, joinReason: '牵头单位' } : m,
    ),
  },
  {
    nameZh: '苏州市国产高热容量CT球管产业化创新联合体',
    nameEn: 'Suzhou Domestic High-Heat-Capacity CT Tube Industrialisation Consortium',
    lead: '昆山医源医疗技术有限公司',
    field: '高端医疗器械',
    status: 'operating',
    approvedBy: '苏州市科学技术局',
    foundedOn: '2025-01-01',
    regionCode: '320583',
    dataNote:
      '来源：昆山市公开报道（research/policy.md §9）：共 7 家单位，其中 5 家公开点名，其余为示例成员；组建日期为示意。',
    members: [
      {
        organisation: '昆山医源医疗技术有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2025-01-01',
        joinReason: '牵头单位',
      },
      { organisation: '上海交通大学', role: 'core', tier: 'core', joinedOn: '2025-01-01' },
      { organisation: '安泰天龙钨钼科技有限公司', role: 'member', tier: 'close', joinedOn: '2025-01-01' },
      {
        organisation: '三螺旋大数据科技（昆山）有限公司',
        role: 'supporting',
        tier: 'general',
        joinedOn: '2025-01-01',
      },
      {
        organisation: '江苏省高科技产业投资股份有限公司',
        role: 'supporting',
        tier: 'general',
        joinedOn: '2025-01-01',
      },
      ...examples(
        'CT球管',
        2,
        generalPools('医疗器械', ['CT球管', '真空电子', '精密加工']),
        ['320583'],
        '2025-01-01',
      ),
    ],
  },
  {
    nameZh: '深层超深层油气勘探开发创新联合体',
    nameEn: 'Deep and Ultra-Deep Oil and Gas Exploration Innovation Consortium',
    lead: '中国石油天然气集团有限公司',
    field: '能源',
    status: 'operating',
    approvedBy: '国务院国资委',
    foundedOn: '2024-06-01',
    regionCode: '110000',
    dataNote:
      '来源：国务院国资委公开信息（research/policy.md §9）：中国石油、中国石化等共 9 家中央企业；其余成员为示例；牵头单位按报道顺序示意。',
    members: [
      {
        organisation: '中国石油天然气集团有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2024-06-01',
        joinReason: '牵头单位',
      },
      { organisation: '中国石油化工集团有限公司', role: 'core', tier: 'core', joinedOn: '2024-06-01' },
      ...examples(
        '油气',
        7,
        [
          {
            label: '中央企业',
            en: 'central SOE',
            kind: 'leading_enterprise',
            tags: ['油气装备', '深井钻探'],
          },
        ],
        ['110000'],
        '2024-06-01',
      ),
    ],
  },
  {
    nameZh: '深部、深海矿产资源勘探开发未来产业创新联合体',
    nameEn: 'Deep Earth and Deep Sea Mineral Resources Future Industry Consortium',
    lead: '中国五矿集团有限公司',
    field: '矿产资源',
    status: 'operating',
    approvedBy: '国务院国资委',
    foundedOn: '2024-06-01',
    regionCode: '110000',
    dataNote: '来源：国务院国资委公开信息（research/policy.md §9）：由中国五矿牵头；成员为示例。',
    members: [
      {
        organisation: '中国五矿集团有限公司',
        role: 'lead',
        tier: 'core',
        joinedOn: '2024-06-01',
        joinReason: '牵头单位',
      },
      ...examples(
        '深海矿产',
        4,
        generalPools('矿产', ['深海采矿', '资源勘探', '海洋装备']),
        ['110000', '430100', '370200'],
        '2024-06-01',
      ),
    ],
  },
  {
    nameZh: '日本超大规模集成电路（VLSI）计划',
    nameEn: 'Japanese VLSI Project (1976–1980)',
    lead: '日本通商产业省',
    field: '半导体',
    goalsSummary:
      '政府主导，以东芝、日立、三菱、富士通等龙头企业为主体，联合电气技术实验室等研究机构协作攻关；至1980年结束共取得上千件专利，日本半导体产品一度占世界市场45%。',
    status: 'concluded',
    isHistorical: true,
    foundedOn: '1976-03-01',
    dataNote: `${note}（延伸阅读）。NEC 的参与据公开史料补充。`,
    members: [
      ['日本通商产业省', 'lead'],
      ['东芝', 'core'],
      ['日立制作所', 'core'],
      ['三菱电机', 'core'],
      ['富士通', 'core'],
      ['日本电气（NEC）', 'core'],
      ['电气技术实验室', 'supporting'],
      ['日本工业技术研究院电子综合研究所', 'supporting'],
      ['日本工业技术研究院计算综合研究所', 'supporting'],
    ].map(([organisation, role]) => ({
      organisation: organisation!,
      role: role as Spell['role'],
      tier: role === 'supporting' ? 'close' : 'core',
      joinedOn: '1976-03-01',
      leftOn: '1980-03-31',
      leaveReason: '计划结束',
    })),
  },
  {
    nameZh: '半导体制造技术战略联盟（SEMATECH）',
    nameEn: 'SEMATECH (Semiconductor Manufacturing Technology)',
    lead: '美国国防部高级研究计划局（DARPA）',
    field: '半导体',
    goalsSummary:
      '1987年由美国国防部高级研究计划局和美国半导体协会共同牵头组建全国性研发中心，组织英特尔、惠普、摩托罗拉等14家半导体制造公司，围绕半导体制造共性技术和产业基础设施开展研发攻关，成功实现反超。',
    status: 'concluded',
    isHistorical: true,
    foundedOn: '1987-08-01',
    dataNote: `${note}（延伸阅读）。14 家创始成员名单据公开史料。`,
    members: [
      {
        organisation: '美国国防部高级研究计划局（DARPA）',
        role: 'lead',
        tier: 'core',
        joinedOn: '1987-08-01',
      },
      { organisation: '美国半导体行业协会（SIA）', role: 'supporting', tier: 'core', joinedOn: '1987-08-01' },
      ...[
        'AMD',
        'AT&T',
        'Digital Equipment Corporation',
        'Harris Semiconductor',
        '惠普（Hewlett-Packard）',
        'IBM',
        '英特尔（Intel）',
        'LSI Logic',
        'Micron Technology',
        '摩托罗拉（Motorola）',
        'National Semiconductor',
        'NCR',
        'Rockwell International',
        'Texas Instruments',
      ].map((organisation) => ({
        organisation,
        role: 'member' as const,
        tier: 'close' as const,
        joinedOn: '1987-08-01',
      })),
    ],
  },
];

/** Published figures of research/policy.md §9, with their sources. */
export const demoFacts: { region: string; fact: string; value: string; source: string }[] = [
  {
    region: '厦门',
    fact: '已组建创新联合体（截至 2025 年 8 月；首批 2022 年组建）',
    value: '11 家',
    source: 'XM-2025-N',
  },
  { region: '厦门', fact: '文中时点已组建创新联合体', value: '9 家', source: ARTICLE },
  {
    region: '厦门',
    fact: '2024 年未来产业重大项目中联合体成员牵头 / 参与',
    value: '牵头 4 项（22%），参与 16 项（89%）',
    source: 'XM-2025-N',
  },
  { region: '厦门', fact: '2025 年底目标', value: '约 10 家', source: 'XM-2023' },
  { region: '长三角', fact: '首批长三角创新联合体', value: '12 家', source: 'YRD-N' },
  { region: '昆山', fact: '2025 年苏州市名单中的联合体（县级市最多）', value: '25 家', source: 'KS-N' },
  { region: '昆山', fact: '各级联合体累计 / 苏州市级及以上', value: '90 家 / 64 家', source: 'KS-N' },
  { region: '昆山', fact: '联合创新型企业 / 高校 / 基金机构', value: '285 / 232 / 65 家', source: 'KS-N' },
  { region: '苏州', fact: '2025 年目标', value: '不少于 10 家', source: 'SZ-2022' },
  { region: '温州', fact: '2027 年目标', value: '约 30 家', source: 'WZ-2025' },
  { region: '北京', fact: '2025 年目标', value: '约 20 家', source: 'BJ-2023' },
  {
    region: '国务院国资委',
    fact: '央企创新联合体（第三批后合计，21 家中央企业牵头）',
    value: '24 家',
    source: 'SASAC-N, SASAC-B',
  },
  { region: '宁波', fact: '产业链共同体（2024 年）', value: '7 家', source: '宁波日报 2025-01-14' },
];
