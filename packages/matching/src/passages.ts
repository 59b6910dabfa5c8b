// Passages: the separate pieces a profile is built from (past projects, results, tasks). The
// profile-level BM25 sees them merged; here each is also kept on its own, so that the single
// piece closest to the query adds to the score and can be cited. On the NSFC validation split
// this lifted MRR from 0.205 to 0.222 (bench/results/matching-quality.md).

/** One stored passage: its text (for the reasons) and its term counts. */
export interface StoredPassage {
  text: string;
  terms: Int32Array;
  tfs: Uint16Array;
  len: number;
}

/** Passage-level statistics for BM25 (document frequency counts passages, not profiles). */
export class PassageStats {
  readonly df = new Map<number, number>();
  count = 0;
  totalLen = 0;

  /** Records or (with sign −1) forgets a profile's passages. */
  apply(passages: readonly StoredPassage[] | undefined, sign: 1 | -1): void {
    for (const p of passages ?? []) {
      this.count += sign;
      this.totalLen += sign * p.len;
      for (let i = 0; i < p.terms.length; i++) {
        const t = p.terms[i]!;
        const next = (this.df.get(t) ?? 0) + sign;
        if (next === 0) this.df.delete(t);
        else this.df.set(t, next);
      }
    }
  }

  /** BM25 idf of a term among passages. */
  idf(tid: number): number {
    const df = this.df.get(tid) ?? 0;
    return Math.log(1 + (this.count - df + 0.5) / (df + 0.5));
  }

  get avgLen(): number {
    return this.count === 0 ? 1 : this.totalLen / this.count;
  }
}

/** Stores a passage's term counts given term ids. */
export function storePassage(text: string, counts: ReadonlyMap<number, number>): StoredPassage {
  const terms = new Int32Array(counts.size);
  const tfs = new Uint16Array(counts.size);
  let i = 0;
  let len = 0;
  for (const [t, tf] of counts) {
    terms[i] = t;
    tfs[i++] = Math.min(65535, tf);
    len += tf;
  }
  return { text, terms, tfs, len };
}

/**
 * The best passage of a profile for the query: its score and position (−1 when none matches).
 * `weighted` maps term id → query weight × (k1 + 1) × passage idf (after any coverage discount).
 */
export function bestPassage(
  passages: readonly StoredPassage[] | undefined,
  weighted: ReadonlyMap<number, number>,
  avg: number,
  k1: number,
  b: number,
): { score: number; at: number } {
  let best = { score: 0, at: -1 };
  if (passages === undefined || weighted.size === 0) return best;
  passages.forEach((p, at) => {
    const norm = k1 * (1 - b + (b * p.len) / avg);
    let score = 0;
    for (let i = 0; i < p.terms.length; i++) {
      const w = weighted.get(p.terms[i]!);
      if (w === undefined) continue;
      const tf = p.tfs[i]!;
      score += (w * tf) / (tf + norm);
    }
    if (score > best.score) best = { score, at };
  });
  return best;
}
