// Registration-authority codes (登记管理部门代码, position 1) and the organisation-type codes
// (机构类别代码, position 2) each authority may use. Sources, in order of authority:
//  - GB 32100-2015 Table 1 (with amendment XG1-2016), as republished by county statistics bureaus and
//    reproduced in many validators: 1 2 3 4 5 6 7 8 9 A N Y.
//  - Codes allotted after the standard (announcements of the national code centre, reported by secondary
//    sources only, see README.md): 5-4 村民委员会 and 5-5 居民委员会 (基层群众性自治组织特别法人),
//    G 公安 (境外非政府组织代表机构), J 住房城乡建设 (业主大会), Q 侨联, 3-6 商事调解组织, 8-2 非法人工会组织, 9-9.
// A wrongly rejected real code costs a user more than a wrongly accepted type code: when a later
// allotment was reported credibly we accept it and mark its source.

type Label = { zh: string; en: string };
type Source = 'GB 32100-2015' | 'later allotment';

/** One registration authority with the organisation types it registers. */
export interface UsccAuthority {
  code: string;
  zh: string;
  en: string;
  source: Source;
  types: Record<string, Label & { source: Source }>;
}

const std = (zh: string, en: string) => ({ zh, en, source: 'GB 32100-2015' as const });
const later = (zh: string, en: string) => ({ zh, en, source: 'later allotment' as const });
const other = std('其他', 'other');

/** GB 32100-2015 Table 1 plus later allotments: authority code → allowed organisation types. */
export const usccAuthorities: Record<string, UsccAuthority> = {
  '1': {
    code: '1',
    zh: '机构编制',
    en: 'institutional establishment （编制） authorities',
    source: 'GB 32100-2015',
    types: {
      '1': std('机关', 'government body'),
      '2': std('事业单位', 'public institution'),
      '3': std(
        '中央编办直接管理机构编制的群众团体',
        'mass organisation under the central establishment office',
      ),
      '9': other,
    },
  },
  '2': {
    code: '2',
    zh: '外交',
    en: 'foreign affairs',
    source: 'GB 32100-2015',
    types: { '1': std('外国常驻新闻机构', 'resident foreign news agency'), '9': other },
  },
  '3': {
    code: '3',
    zh: '司法行政',
    en: 'judicial administration',
    source: 'GB 32100-2015',
    types: {
      '1': std('律师执业机构', 'law firm'),
      '2': std('公证处', 'notary office'),
      '3': std('基层法律服务所', 'grassroots legal service office'),
      '4': std('司法鉴定机构', 'forensic appraisal institution'),
      '5': std('仲裁委员会', 'arbitration commission'),
      '6': later('商事调解组织', 'commercial mediation organisation'),
      '9': other,
    },
  },
  '4': {
    code: '4',
    zh: '文化',
    en: 'culture',
    source: 'GB 32100-2015',
    types: { '1': std('外国在华文化中心', 'foreign cultural centre in China'), '9': other },
  },
  '5': {
    code: '5',
    zh: '民政',
    en: 'civil affairs',
    source: 'GB 32100-2015',
    types: {
      '1': std('社会团体', 'social organisation'),
      '2': std('民办非企业单位', 'private non-enterprise unit'),
      '3': std('基金会', 'foundation'),
      '4': later('村民委员会', 'villagers’ committee'),
      '5': later('居民委员会', 'residents’ committee'),
      '9': other,
    },
  },
  '6': {
    code: '6',
    zh: '旅游',
    en: 'tourism',
    source: 'GB 32100-2015',
    types: {
      '1': std('外国旅游部门常驻代表机构', 'representative office of a foreign tourism authority'),
      '2': std(
        '港澳台地区旅游部门常驻内地（大陆）代表机构',
        'representative office of a Hong Kong, Macao or Taiwan tourism authority',
      ),
      '9': other,
    },
  },
  '7': {
    code: '7',
    zh: '宗教',
    en: 'religious affairs',
    source: 'GB 32100-2015',
    types: {
      '1': std('宗教活动场所', 'place of religious activity'),
      '2': std('宗教院校', 'religious college'),
      '9': other,
    },
  },
  '8': {
    code: '8',
    zh: '工会',
    en: 'trade unions',
    source: 'GB 32100-2015',
    types: {
      '1': std('基层工会', 'grassroots trade union'),
      '2': later('非法人工会组织', 'unincorporated union'),
      '9': other,
    },
  },
  '9': {
    code: '9',
    zh: '工商（市场监管）',
    en: 'market regulation (industry and commerce)',
    source: 'GB 32100-2015',
    types: {
      '1': std('企业', 'enterprise'),
      '2': std('个体工商户', 'individual business'),
      '3': std('农民专业合作社', 'farmers’ specialised cooperative'),
      '9': later('其他', 'other'),
    },
  },
  A: {
    code: 'A',
    zh: '中央军委改革和编制办公室',
    en: 'Reform and Establishment Office of the Central Military Commission',
    source: 'GB 32100-2015',
    types: { '1': std('军队事业单位', 'military public institution'), '9': other },
  },
  G: {
    code: 'G',
    zh: '公安',
    en: 'public security',
    source: 'later allotment',
    types: {
      '1': later('境外非政府组织代表机构', 'representative office of an overseas NGO'),
      '9': later('其他', 'other'),
    },
  },
  J: {
    code: 'J',
    zh: '住房城乡建设',
    en: 'housing and urban-rural development',
    source: 'later allotment',
    types: { '1': later('业主大会', 'owners’ assembly'), '9': later('其他', 'other') },
  },
  N: {
    code: 'N',
    zh: '农业（农业农村）',
    en: 'agriculture and rural affairs',
    source: 'GB 32100-2015',
    types: {
      '1': std('组级集体经济组织', 'group-level collective economic organisation'),
      '2': std('村级集体经济组织', 'village-level collective economic organisation'),
      '3': std('乡镇级集体经济组织', 'township-level collective economic organisation'),
      '9': other,
    },
  },
  Q: {
    code: 'Q',
    zh: '侨联',
    en: 'federation of returned overseas Chinese',
    source: 'later allotment',
    types: {
      '1': later('区县级侨联组织', 'county-level federation'),
      '2': later('乡镇级侨联组织', 'township-level federation'),
      '3': later('村级侨联组织', 'village-level federation'),
      '9': later('其他', 'other'),
    },
  },
  Y: {
    code: 'Y',
    zh: '其他',
    en: 'other authorities',
    source: 'GB 32100-2015',
    types: { '1': std('不再具体划分机构类别', 'no further type') },
  },
};
