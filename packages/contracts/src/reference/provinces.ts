// The 34 provincial-level divisions of GB/T 2260 with English names. Typed by hand (the generated
// region table has Chinese names only); regions.test.ts checks codes and names against that table.
// English names follow the official romanisation used by the State Council's English pages
// (pinyin, with the customary forms Inner Mongolia, Hong Kong and Macao).

/** A province-level division. */
export interface Province {
  code: string;
  zh: string;
  en: string;
  kind: 'province' | 'municipality' | 'autonomous_region' | 'sar';
}

/** The provincial-level divisions (省级行政区), in code order. */
export const provinces: readonly Province[] = [
  { code: '110000', zh: '北京市', en: 'Beijing', kind: 'municipality' },
  { code: '120000', zh: '天津市', en: 'Tianjin', kind: 'municipality' },
  { code: '130000', zh: '河北省', en: 'Hebei', kind: 'province' },
  { code: '140000', zh: '山西省', en: 'Shanxi', kind: 'province' },
  { code: '150000', zh: '内蒙古自治区', en: 'Inner Mongolia', kind: 'autonomous_region' },
  { code: '210000', zh: '辽宁省', en: 'Liaoning', kind: 'province' },
  { code: '220000', zh: '吉林省', en: 'Jilin', kind: 'province' },
  { code: '230000', zh: '黑龙江省', en: 'Heilongjiang', kind: 'province' },
  { code: '310000', zh: '上海市', en: 'Shanghai', kind: 'municipality' },
  { code: '320000', zh: '江苏省', en: 'Jiangsu', kind: 'province' },
  { code: '330000', zh: '浙江省', en: 'Zhejiang', kind: 'province' },
  { code: '340000', zh: '安徽省', en: 'Anhui', kind: 'province' },
  { code: '350000', zh: '福建省', en: 'Fujian', kind: 'province' },
  { code: '360000', zh: '江西省', en: 'Jiangxi', kind: 'province' },
  { code: '370000', zh: '山东省', en: 'Shandong', kind: 'province' },
  { code: '410000', zh: '河南省', en: 'Henan', kind: 'province' },
  { code: '420000', zh: '湖北省', en: 'Hubei', kind: 'province' },
  { code: '430000', zh: '湖南省', en: 'Hunan', kind: 'province' },
  { code: '440000', zh: '广东省', en: 'Guangdong', kind: 'province' },
  { code: '450000', zh: '广西壮族自治区', en: 'Guangxi', kind: 'autonomous_region' },
  { code: '460000', zh: '海南省', en: 'Hainan', kind: 'province' },
  { code: '500000', zh: '重庆市', en: 'Chongqing', kind: 'municipality' },
  { code: '510000', zh: '四川省', en: 'Sichuan', kind: 'province' },
  { code: '520000', zh: '贵州省', en: 'Guizhou', kind: 'province' },
  { code: '530000', zh: '云南省', en: 'Yunnan', kind: 'province' },
  { code: '540000', zh: '西藏自治区', en: 'Xizang', kind: 'autonomous_region' },
  { code: '610000', zh: '陕西省', en: 'Shaanxi', kind: 'province' },
  { code: '620000', zh: '甘肃省', en: 'Gansu', kind: 'province' },
  { code: '630000', zh: '青海省', en: 'Qinghai', kind: 'province' },
  { code: '640000', zh: '宁夏回族自治区', en: 'Ningxia', kind: 'autonomous_region' },
  { code: '650000', zh: '新疆维吾尔自治区', en: 'Xinjiang', kind: 'autonomous_region' },
  { code: '710000', zh: '台湾省', en: 'Taiwan', kind: 'province' },
  { code: '810000', zh: '香港特别行政区', en: 'Hong Kong', kind: 'sar' },
  { code: '820000', zh: '澳门特别行政区', en: 'Macao', kind: 'sar' },
];

const byCode = new Map(provinces.map((p) => [p.code, p]));

/** True when `code` is the six-digit code of a provincial-level division (e.g. 350000). */
export function isProvinceCode(code: string): boolean {
  return byCode.has(code);
}

/** The provincial-level division a six-digit code lies in (by its first two digits), if any. */
export function findProvince(code: string): Province | undefined {
  return /^\d{6}$/.test(code) ? byCode.get(code.slice(0, 2) + '0000') : undefined;
}
