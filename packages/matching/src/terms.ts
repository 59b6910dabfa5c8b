// Technical terms jieba's general dictionary splits apart (元宇宙 → 元/宇宙, 热失控 → 热/失控).
// Whole terms make sharper index terms than their pieces; the pieces still match through
// sub-words and character bigrams. The list grows from the data through `mineTerms`.
import { ZH_STOP_WORDS } from './stopwords';

/** Curated technical terms of the consortia's fields (semiconductors, batteries, energy, digital). */
export const TECHNICAL_TERMS: readonly string[] = `
碳化硅 氮化镓 氧化镓 砷化镓 磷化铟 宽禁带 第三代半导体 化合物半导体 外延片 晶圆 光刻胶 光刻机 封装测试 先进封装
芯粒 集成电路 车规级 绝缘栅 场效应管 动力电池 钠离子 锂离子 磷酸铁锂 三元锂 正极材料 负极材料 电解液 热失控
热管理 换电 充电桩 燃料电池 制氢 储氢 加氢站 新能源汽车 智能网联 自动驾驶 车路协同 激光雷达 毫米波雷达 电驱动
逆变器 光伏 钙钛矿 异质结 海上风电 储能 虚拟电厂 微电网 特高压 液化天然气 加注船 双燃料 岸电 智慧港口 无人船
冷链 元宇宙 数字人 数字孪生 虚拟现实 增强现实 混合现实 扩展现实 人工智能 大模型 生成式 机器学习 深度学习
计算机视觉 自然语言处理 知识图谱 类脑计算 算力 边缘计算 云计算 区块链 物联网 工业互联网 工业软件 数据要素
隐私计算 联邦学习 网络安全 量子计算 量子通信 卫星互联网 北斗 机器人 智能制造 增材制造 数控机床 工业母机
高端装备 精密加工 新材料 石墨烯 碳纤维 复合材料 稀土永磁 生物医药 创新药 医疗器械 体外诊断 基因编辑
合成生物 细胞治疗 疫苗 中医药 智慧农业 种业 碳中和 碳达峰 碳捕集 低碳 循环经济 供应链 产业链 创新链
创新联合体 科技成果转化 知识产权 专精特新 产学研
`
  .split(/\s+/)
  .filter((t) => t !== '');

/** Options for `mineTerms`. */
export interface MineTermsOptions {
  /** Least number of occurrences of a candidate (default 5). */
  minCount?: number;
  /** Least share of its rarer piece's occurrences that fall inside the candidate (default 0.3). */
  minCohesion?: number;
  /** Longest candidate in characters (default 8). */
  maxChars?: number;
  /** Most terms returned, the most frequent first (default 2,000). */
  limit?: number;
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * Finds candidate technical terms: runs of 2–3 adjacent Chinese words that occur often and
 * mostly together (e.g. 热/失控 → 热失控). `segment` is the word segmenter (a tokenizer's `words`).
 */
export function mineTerms(
  texts: Iterable<string>,
  segment: (text: string) => readonly string[],
  options: MineTermsOptions = {},
): string[] {
  const { minCount = 5, minCohesion = 0.3, maxChars = 8, limit = 2000 } = options;
  const single = new Map<string, number>();
  const joined = new Map<string, { count: number; pieces: string[] }>();
  for (const text of texts) {
    const words = segment(text);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      single.set(w, (single.get(w) ?? 0) + 1);
      let acc = w;
      const pieces = [w];
      for (let n = 1; n <= 2 && i + n < words.length; n++) {
        const next = words[i + n] as string;
        if (!HAN.test(acc) || !HAN.test(next) || ZH_STOP_WORDS.has(next) || ZH_STOP_WORDS.has(w)) break;
        acc += next;
        pieces.push(next);
        if (acc.length > maxChars) break;
        const entry = joined.get(acc);
        if (entry) entry.count++;
        else joined.set(acc, { count: 1, pieces: [...pieces] });
      }
    }
  }
  const out: Array<[string, number]> = [];
  for (const [term, { count, pieces }] of joined) {
    if (count < minCount || term.length < 3) continue;
    const rarest = Math.min(...pieces.map((p) => single.get(p) ?? count));
    if (count / rarest >= minCohesion) out.push([term, count]);
  }
  out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return out.slice(0, limit).map(([t]) => t);
}
