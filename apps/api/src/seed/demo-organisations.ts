import { makeExampleUscc } from '@huahe/contracts';
import type { organisations, people } from '@huahe/db';

export type DemoOrganisation = typeof organisations.$inferInsert & { nameZh: string; kind: string };
export type DemoPerson = Omit<typeof people.$inferInsert, 'organisationId'> & { organisation: string };

/** The source of every fact in this file. */
export const ARTICLE = '科技日报《创新联合体：让创新链产业链产生"化学反应"》';
const fromArticle = `来源：${ARTICLE}。统一社会信用代码未公开，为示例代码。`;
const exampleNote = '文中未列出该成员的名称：这是示例单位（非真实单位），用于展示成员规模与结构。';

const counters = new Map<string, number>();
/** A unique example credit code in the region, marked as such. */
function exampleCode(region: string): { uscc: string; usccIsExample: true } {
  const n = counters.get(region) ?? 0;
  counters.set(region, n + 1);
  return { uscc: makeExampleUscc(region, n), usccIsExample: true };
}

/** An organisation named in the article (or in the cited public sources), with an example credit code unless known. */
function named(
  o: Omit<DemoOrganisation, 'uscc' | 'usccIsExample'> & { uscc?: string },
  note = fromArticle,
): DemoOrganisation {
  const code = o.uscc
    ? { uscc: o.uscc, usccIsExample: false }
    : o.regionCode
      ? exampleCode(o.regionCode)
      : { uscc: null, usccIsExample: false };
  return { dataNote: o.uscc ? `来源：${ARTICLE}` : note, ...o, ...code };
}

/** An example member standing for one the article counts but does not name. */
export function exampleOrg(
  label: string,
  labelEn: string,
  kind: string,
  regionCode: string,
  tags: string[],
  profile: string,
): DemoOrganisation {
  return {
    nameZh: `示例·${label}`,
    nameEn: `Example: ${labelEn}`,
    kind,
    regionCode,
    profileTags: tags,
    profileZh: profile,
    isExample: true,
    isSme: kind === 'sme',
    dataNote: exampleNote,
    ...exampleCode(regionCode),
  };
}

/** Organisations the article names, and those of the public sources in research/policy.md §9. */
export const namedOrganisations: DemoOrganisation[] = [
  named({
    nameZh: '厦门盈趣科技股份有限公司',
    nameEn: 'Xiamen Intretech Inc.',
    shortName: '厦门盈趣',
    kind: 'leading_enterprise',
    regionCode: '350200',
    industryCode: 'C39',
    profileTags: ['元宇宙', '工业元宇宙', 'AI数字人', '智能制造', '物联网'],
    profileZh:
      '元宇宙支撑技术与场景驱动创新联合体牵头单位；联合体攻克工业元宇宙场景多项技术难题，获福建省科技进步奖；连续两年入选胡润中国元宇宙潜力榜50强。',
    profileEn: 'Lead unit of the Metaverse consortium; industrial metaverse scenarios, AI digital humans.',
  }),
  named({
    nameZh: '浙江大学',
    nameEn: 'Zhejiang University',
    kind: 'university',
    regionCode: '330100',
    industryCode: 'P83',
    uscc: '12100000470095016Q',
    profileTags: ['元宇宙', '计算机视觉', '人工智能', '虚拟现实'],
  }),
  named({
    nameZh: '天津大学',
    nameEn: 'Tianjin University',
    kind: 'university',
    regionCode: '120104',
    industryCode: 'P83',
    profileTags: ['元宇宙', '智能感知', '精密仪器'],
  }),
  named({
    nameZh: '集美大学',
    nameEn: 'Jimei University',
    kind: 'university',
    regionCode: '350211',
    industryCode: 'P83',
    profileTags: ['元宇宙', '航海仿真', '数字孪生'],
  }),
  named({
    nameZh: '厦门黑镜科技有限公司',
    nameEn: 'Xiamen Black Mirror Technology Co., Ltd.',
    shortName: '黑镜科技',
    kind: 'enterprise',
    regionCode: '350200',
    industryCode: 'I65',
    profileTags: ['AI数字人', '生成式AI', '大模型应用', '数字化身'],
    profileZh:
      '厦门盈趣AI数字人的技术支持方，提供AI数字人从生成到应用的完整解决方案：基于一张真人照片、一段文本，在毫秒时间内生成AI数字化身，可快速接入大模型，解决生成式AI落地中的安全性、准确性和业务逻辑专业性问题。',
  }),
  named({
    nameZh: '国家新能源汽车技术创新中心厦门分中心',
    shortName: '厦门国创中心',
    nameEn: 'National NEV Technology Innovation Center, Xiamen Branch',
    kind: 'new_rd_institution',
    regionCode: '350200',
    industryCode: 'M73',
    profileTags: ['新能源汽车', '全域安全', '动力电池', '热失控', '电驱动'],
    profileZh:
      '新能源汽车智能安全创新联合体牵头单位，围绕动力电池损伤机理、车辆热失控等痛点组织协同攻关；设有先进电驱动技术创新中心。',
  }),
  named({
    nameZh: '中国电子科技集团有限公司',
    shortName: '中国电科',
    nameEn: 'China Electronics Technology Group Corporation',
    kind: 'leading_enterprise',
    regionCode: '110000',
    industryCode: 'C39',
    profileTags: ['碳化硅', '功率芯片', '核心电子元器件', '国产化'],
    profileZh:
      '牵头组建央企核心电子元器件创新联合体，成功研制碳化硅功率芯片，使新能源汽车电驱动控制系统实现国产化并已商用。',
  }),
  named({
    nameZh: '沪东中华造船（集团）有限公司',
    shortName: '沪东中华',
    nameEn: 'Hudong-Zhonghua Shipbuilding (Group) Co., Ltd.',
    kind: 'leading_enterprise',
    regionCode: '310000',
    industryCode: 'C37',
    profileTags: ['船舶', '液化气加注船', 'LNG', '内河航运'],
    profileZh: '牵头10余家单位组建创新联合体，成功研发国内首个可用于江河的液化气加注船。',
  }),
  named({
    nameZh: '思必驰科技股份有限公司',
    shortName: '思必驰',
    nameEn: 'AISpeech Co., Ltd.',
    kind: 'leading_enterprise',
    regionCode: '320500',
    industryCode: 'I65',
    profileTags: ['语音识别', '自然语言处理', '人工智能', '语言计算'],
    profileZh:
      '牵头成立江苏省创新联合体——人工智能语言计算创新联合体，建立明晰、高效、协调的组织管理体系，搭建开放共享的人工智能创新平台。',
  }),
  named({
    nameZh: '苏州赛伍应用技术股份有限公司',
    shortName: '苏州赛伍',
    nameEn: 'Suzhou Cybrid Application Technology Co., Ltd.',
    kind: 'enterprise',
    regionCode: '320500',
    industryCode: 'C29',
    profileTags: ['高分子功能性材料', '光伏材料', '新材料'],
    profileZh:
      '主营高分子功能性材料，光伏应用高分子材料产品齐全；通过创新联合体链接产业链上下游科创资源，开展联合创新活动。',
  }),
  named({
    nameZh: '厦门市科学技术局',
    shortName: '厦门市科技局',
    nameEn: 'Xiamen Municipal Science and Technology Bureau',
    kind: 'government',
    regionCode: '350200',
    industryCode: 'S',
    profileTags: ['科技管理', '创新联合体'],
    profileZh:
      '指导组建创新联合体之初即要求各成员单位签订具有法律约束力的组建协议；截至文中时点厦门已组建9家创新联合体。',
  }),
  named({
    nameZh: '杭州电子科技大学',
    nameEn: 'Hangzhou Dianzi University',
    kind: 'university',
    regionCode: '330100',
    industryCode: 'P83',
    profileTags: ['科教评价'],
  }),
  named({
    nameZh: '江苏大学',
    nameEn: 'Jiangsu University',
    kind: 'university',
    regionCode: '321100',
    industryCode: 'P83',
    profileTags: ['知识产权'],
  }),
  named({
    nameZh: '中国企业联合会',
    nameEn: 'China Enterprise Confederation',
    kind: 'other',
    regionCode: '110000',
    profileTags: ['企业研究'],
  }),
  named({
    nameZh: '九三学社中央委员会',
    nameEn: 'Central Committee of the Jiusan Society',
    kind: 'other',
    regionCode: '110000',
    profileTags: ['政策研究'],
  }),
  // Kunshan example (research/policy.md §9, KS-N).
  named(
    {
      nameZh: '昆山医源医疗技术有限公司',
      kind: 'enterprise',
      regionCode: '320583',
      profileTags: ['CT球管', '医疗器械'],
    },
    '来源：昆山市公开报道（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  named(
    {
      nameZh: '上海交通大学',
      nameEn: 'Shanghai Jiao Tong University',
      kind: 'university',
      regionCode: '310000',
      industryCode: 'P83',
      profileTags: ['材料科学', '医学影像'],
    },
    '来源：昆山市公开报道（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  named(
    {
      nameZh: '安泰天龙钨钼科技有限公司',
      kind: 'enterprise',
      regionCode: '110000',
      profileTags: ['钨钼材料'],
    },
    '来源：昆山市公开报道（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  named(
    {
      nameZh: '三螺旋大数据科技（昆山）有限公司',
      kind: 'enterprise',
      regionCode: '320583',
      profileTags: ['大数据', '科技服务'],
    },
    '来源：昆山市公开报道（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  named(
    {
      nameZh: '江苏省高科技产业投资股份有限公司',
      kind: 'financial',
      regionCode: '320100',
      profileTags: ['产业投资'],
    },
    '来源：昆山市公开报道（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  // SASAC examples (research/policy.md §9, SASAC-B).
  named(
    {
      nameZh: '中国石油天然气集团有限公司',
      shortName: '中国石油',
      kind: 'leading_enterprise',
      regionCode: '110000',
      industryCode: 'B07',
      profileTags: ['油气勘探', '深层超深层'],
    },
    '来源：国务院国资委公开信息（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  named(
    {
      nameZh: '中国石油化工集团有限公司',
      shortName: '中国石化',
      kind: 'leading_enterprise',
      regionCode: '110000',
      industryCode: 'B07',
      profileTags: ['油气勘探', '炼化'],
    },
    '来源：国务院国资委公开信息（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
  named(
    {
      nameZh: '中国五矿集团有限公司',
      shortName: '中国五矿',
      kind: 'leading_enterprise',
      regionCode: '110000',
      industryCode: 'B09',
      profileTags: ['矿产资源', '深海采矿'],
    },
    '来源：国务院国资委公开信息（research/policy.md §9）。统一社会信用代码为示例代码。',
  ),
];

const historicalNote = '历史案例（文中“延伸阅读”及公开史料）；境外机构无统一社会信用代码。';
/** Historical programmes of the article's further reading: Japan's VLSI project and SEMATECH. */
export const historicalOrganisations: DemoOrganisation[] = [
  ...[
    ['日本通商产业省', 'Ministry of International Trade and Industry (MITI), Japan', 'government'],
    ['东芝', 'Toshiba', 'leading_enterprise'],
    ['日立制作所', 'Hitachi', 'leading_enterprise'],
    ['三菱电机', 'Mitsubishi Electric', 'leading_enterprise'],
    ['富士通', 'Fujitsu', 'leading_enterprise'],
    ['日本电气（NEC）', 'NEC', 'leading_enterprise'],
    ['电气技术实验室', 'Electrotechnical Laboratory (ETL)', 'research_institute'],
    [
      '日本工业技术研究院电子综合研究所',
      'Electronics research institute (as named in the article)',
      'research_institute',
    ],
    [
      '日本工业技术研究院计算综合研究所',
      'Computing research institute (as named in the article)',
      'research_institute',
    ],
    ['美国国防部高级研究计划局（DARPA）', 'Defense Advanced Research Projects Agency (DARPA)', 'government'],
    ['美国半导体行业协会（SIA）', 'Semiconductor Industry Association (SIA)', 'other'],
    ...[
      'AMD',
      'AT&T',
      'Digital Equipment Corporation',
      'Harris Semiconductor',
      'Hewlett-Packard',
      'IBM',
      'Intel',
      'LSI Logic',
      'Micron Technology',
      'Motorola',
      'National Semiconductor',
      'NCR',
      'Rockwell International',
      'Texas Instruments',
    ].map((n) => [
      n === 'Hewlett-Packard'
        ? '惠普（Hewlett-Packard）'
        : n === 'Intel'
          ? '英特尔（Intel）'
          : n === 'Motorola'
            ? '摩托罗拉（Motorola）'
            : n,
      n,
      'leading_enterprise',
    ]),
  ].map(([zh, en, kind]) => ({
    nameZh: zh!,
    nameEn: en!,
    kind: kind!,
    regionCode: null,
    profileTags: ['半导体'],
    dataNote: historicalNote,
  })),
];

/** People quoted in the article, with the positions it gives. */
export const demoPeople: DemoPerson[] = [
  {
    organisation: '厦门盈趣科技股份有限公司',
    nameZh: '陈建成',
    title: '技术战略总工程师',
    expertise: ['工业元宇宙', '技术战略'],
  },
  { organisation: '厦门盈趣科技股份有限公司', nameZh: '林松华', title: '董事长', expertise: ['企业管理'] },
  {
    organisation: '国家新能源汽车技术创新中心厦门分中心',
    nameZh: '白艳',
    title: '先进电驱动技术创新中心主任助理',
    expertise: ['电驱动', '新能源汽车安全'],
  },
  {
    organisation: '苏州赛伍应用技术股份有限公司',
    nameZh: '吴小平',
    title: '董事长',
    expertise: ['高分子材料'],
  },
  {
    organisation: '思必驰科技股份有限公司',
    nameZh: '俞凯',
    title: '首席科学家',
    expertise: ['语音识别', '语言计算'],
  },
  {
    organisation: '厦门市科学技术局',
    nameZh: '黄海燕',
    title: '体系创新与政策规划处二级调研员',
    expertise: ['创新政策'],
  },
  {
    organisation: '杭州电子科技大学',
    nameZh: '丁敬达',
    title: '中国科教评价研究院执行院长',
    expertise: ['科教评价'],
  },
  {
    organisation: '浙江大学',
    nameZh: '李飞',
    title: '国家制度研究院特约研究员',
    expertise: ['创新体系', '央地协同'],
  },
  { organisation: '江苏大学', nameZh: '唐恒', title: '知识产权学院院长', expertise: ['知识产权管理'] },
  { organisation: '中国企业联合会', nameZh: '刘兴国', title: '高级研究员', expertise: ['企业创新'] },
  { organisation: '九三学社中央委员会', nameZh: '王汝芳', title: '研究室主任', expertise: ['政策研究'] },
];
