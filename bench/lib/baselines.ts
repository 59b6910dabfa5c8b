// The two reference rankers of issue 6: popularity (profile size) and character-bigram TF-IDF
// cosine (scikit-learn's default weighting: raw tf, smoothed idf, l2 norm).

/** A candidate as the baselines see it. */
export interface BaselineDoc {
  id: string;
  text: string;
  /** Profile size, e.g. number of past projects. */
  size: number;
}

const byScoreThenId = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Every candidate, largest profile first. */
export function popularityRanking(docs: readonly BaselineDoc[]): string[] {
  return docs
    .map((d): [string, number] => [d.id, d.size])
    .sort(byScoreThenId)
    .map(([id]) => id);
}

/** Character bigrams within runs of letters and digits (a lone character counts as itself). */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

const counts = (grams: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const g of grams) m.set(g, (m.get(g) ?? 0) + 1);
  return m;
};

/** A TF-IDF cosine ranker over character bigrams. */
export class BigramTfIdf {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly ids: string[];

  constructor(docs: readonly BaselineDoc[]) {
    this.ids = docs.map((d) => d.id);
    const tfs = docs.map((d) => counts(charBigrams(d.text)));
    const df = new Map<string, number>();
    for (const tf of tfs) for (const g of tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    const n = docs.length;
    for (const [g, f] of df) this.idf.set(g, Math.log((1 + n) / (1 + f)) + 1);
    tfs.forEach((tf, d) => {
      let norm = 0;
      for (const [g, c] of tf) norm += (c * this.idf.get(g)!) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (const [g, c] of tf) {
        let list = this.postings.get(g);
        if (!list) this.postings.set(g, (list = []));
        list.push([d, (c * this.idf.get(g)!) / norm]);
      }
    });
  }

  /** Candidates with a positive cosine, best first. */
  rank(query: string): string[] {
    const q = counts(charBigrams(query));
    const scores = new Map<number, number>();
    for (const [g, c] of q) {
      const idf = this.idf.get(g);
      if (idf === undefined) continue;
      for (const [d, w] of this.postings.get(g)!) scores.set(d, (scores.get(d) ?? 0) + c * idf * w);
    }
    return [...scores]
      .map(([d, s]): [string, number] => [this.ids[d]!, s])
      .sort(byScoreThenId)
      .map(([id]) => id);
  }
}
