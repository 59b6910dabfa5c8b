// A bounded min-heap keeping the k best (score, doc) pairs. Ties go to the smaller external id so
// that results do not depend on insertion order or on internal numbering after a compaction.

/** The k best candidates seen so far; `min` is the score a newcomer must reach. */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    readonly k: number,
    private readonly idOf: (doc: number) => string,
  ) {}

  get size(): number {
    return this.docs.length;
  }

  get full(): boolean {
    return this.docs.length >= this.k;
  }

  /** Score of the worst kept candidate (−∞ until full). */
  get min(): number {
    return this.full ? (this.scores[0] ?? -Infinity) : -Infinity;
  }

  /** Whether (a, da) ranks below (b, db). */
  private worse(a: number, da: number, b: number, db: number): boolean {
    return a < b || (a === b && this.idOf(da) > this.idOf(db));
  }

  /** Offers a candidate; returns whether it was kept. */
  offer(doc: number, score: number): boolean {
    if (this.k <= 0) return false;
    const { docs, scores } = this;
    if (docs.length < this.k) {
      docs.push(doc);
      scores.push(score);
      let i = docs.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(scores[i]!, docs[i]!, scores[p]!, docs[p]!)) break;
        this.swap(i, p);
        i = p;
      }
      return true;
    }
    if (!this.worse(scores[0]!, docs[0]!, score, doc)) return false;
    docs[0] = doc;
    scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < docs.length && this.worse(scores[l]!, docs[l]!, scores[m]!, docs[m]!)) m = l;
      if (r < docs.length && this.worse(scores[r]!, docs[r]!, scores[m]!, docs[m]!)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return true;
  }

  private swap(i: number, j: number): void {
    const { docs, scores } = this;
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  }

  /** The kept candidates, best first. */
  sorted(): Array<{ doc: number; score: number }> {
    const order = this.docs.map((_, i) => i);
    order.sort((a, b) =>
      this.worse(this.scores[a]!, this.docs[a]!, this.scores[b]!, this.docs[b]!) ? 1 : -1,
    );
    return order.map((i) => ({ doc: this.docs[i]!, score: this.scores[i]! }));
  }
}
