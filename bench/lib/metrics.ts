// Ranking metrics for one relevant item per query: MRR, Hit@1, Recall@10, nDCG@10.

/** Averages over a query set. */
export interface Metrics {
  queries: number;
  mrr: number;
  hit1: number;
  recall10: number;
  ndcg10: number;
}

/** Accumulates the 1-based rank of the relevant item per query (undefined when not ranked). */
export class MetricsAccumulator {
  private n = 0;
  private rr = 0;
  private hit1 = 0;
  private hit10 = 0;
  private dcg = 0;

  /** Adds one query's outcome. */
  add(rank: number | undefined): void {
    this.n++;
    if (rank === undefined) return;
    this.rr += 1 / rank;
    if (rank === 1) this.hit1++;
    if (rank <= 10) {
      this.hit10++;
      this.dcg += 1 / Math.log2(rank + 1);
    }
  }

  /** The averages (zeros for an empty set). */
  result(): Metrics {
    const d = Math.max(1, this.n);
    return {
      queries: this.n,
      mrr: this.rr / d,
      hit1: this.hit1 / d,
      recall10: this.hit10 / d,
      ndcg10: this.dcg / d,
    };
  }
}

/** 1-based rank of `truth` in a ranked id list, or undefined. */
export function rankOf(ranked: readonly string[], truth: string): number | undefined {
  const i = ranked.indexOf(truth);
  return i < 0 ? undefined : i + 1;
}
