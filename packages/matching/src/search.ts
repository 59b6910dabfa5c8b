// Top-k retrieval with MaxScore (Turtle & Flood 1995): query terms sorted by their score upper
// bound; once the k-th best score exceeds what the weakest terms could add together (times the
// largest possible fit), those terms stop generating candidates and are only probed, by galloping
// search, for candidates the strong terms bring. Long common posting lists are thus mostly skipped.
import { noFit } from './fit';
import { TopK } from './heap';
import type { MatchingIndex } from './matching-index';
import type { QueryPlan } from './query-plan';

/** Scores the delta segment exhaustively (it is small) into the heap. */
function searchDelta(index: MatchingIndex, plan: QueryPlan, heap: TopK): void {
  if (index.delta.size === 0) return;
  const { k1, b } = index.options;
  const avg = index.avgLen;
  const partial = new Map<number, number>();
  for (const term of plan.terms) {
    const list = index.delta.get(term.tid);
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i += 2) {
      const d = list[i]!;
      const tf = list[i + 1]!;
      const norm = k1 * (1 - b + (b * index.docLen.data[d]!) / avg);
      partial.set(d, (partial.get(d) ?? 0) + (term.weight * tf) / (tf + norm));
    }
  }
  const parts = noFit();
  for (const [d, relevance] of partial) {
    if (plan.accept(d)) heap.offer(d, relevance * (1 + plan.fit(d, parts)));
  }
}

/** First position in [lo, hi) whose doc is ≥ target (galloping, then binary search). */
function seek(docs: Int32Array, lo: number, hi: number, target: number): number {
  let step = 1;
  let prev = lo;
  while (lo < hi && docs[lo]! < target) {
    prev = lo;
    lo += step;
    step *= 2;
  }
  if (lo > hi) lo = hi;
  let a = prev;
  let z = lo;
  while (a < z) {
    const mid = (a + z) >>> 1;
    if (docs[mid]! < target) a = mid + 1;
    else z = mid;
  }
  return a;
}

/** Scores the base segment with MaxScore into the heap. */
function searchBase(index: MatchingIndex, plan: QueryPlan, heap: TopK): void {
  const { k1, b } = index.options;
  const avg = index.avgLen;
  const postDoc = index.basePostDoc;
  const postTf = index.basePostTf;
  const docLen = index.docLen.data;
  const inBase = plan.terms.filter(
    (t) => t.tid < index.baseTerms && index.baseStart[t.tid + 1]! > index.baseStart[t.tid]!,
  );
  const ub = inBase.map((t) => {
    const maxTf = index.baseMaxTf[t.tid]!;
    return (t.weight * maxTf) / (maxTf + k1 * (1 - b + (b * index.baseMinLen[t.tid]!) / avg));
  });
  const order = inBase.map((_, i) => i).sort((x, y) => ub[x]! - ub[y]!);
  const n = order.length;
  const weight = new Float64Array(n);
  const pos = new Float64Array(n);
  const end = new Float64Array(n);
  const prefix = new Float64Array(n);
  order.forEach((i, j) => {
    const t = inBase[i]!;
    weight[j] = t.weight;
    pos[j] = index.baseStart[t.tid]!;
    end[j] = index.baseStart[t.tid + 1]!;
    prefix[j] = (j > 0 ? prefix[j - 1]! : 0) + ub[i]!;
  });
  const maxFit = 1 + plan.maxFit;
  const parts = noFit();
  let theta = heap.min;
  let first = 0;
  while (first < n && prefix[first]! * maxFit < theta) first++;

  for (;;) {
    let d = 0x7fffffff;
    for (let j = first; j < n; j++) if (pos[j]! < end[j]! && postDoc[pos[j]!]! < d) d = postDoc[pos[j]!]!;
    if (d === 0x7fffffff) break;
    const norm = k1 * (1 - b + (b * docLen[d]!) / avg);
    let score = 0;
    for (let j = first; j < n; j++) {
      const p = pos[j]!;
      if (p < end[j]! && postDoc[p] === d) {
        const tf = postTf[p]!;
        score += (weight[j]! * tf) / (tf + norm);
        pos[j] = p + 1;
      }
    }
    // Bound with the largest possible fit first: computing the real fit costs more than this check.
    if (first > 0 && (score + prefix[first - 1]!) * maxFit < theta) continue;
    if (!plan.accept(d)) continue;
    const fit = 1 + plan.fit(d, parts);
    let pruned = false;
    for (let j = first - 1; j >= 0; j--) {
      if ((score + prefix[j]!) * fit < theta) {
        pruned = true;
        break;
      }
      const p = seek(postDoc, pos[j]!, end[j]!, d);
      pos[j] = p;
      if (p < end[j]! && postDoc[p] === d) {
        const tf = postTf[p]!;
        score += (weight[j]! * tf) / (tf + norm);
      }
    }
    if (pruned || score <= 0) continue;
    if (heap.offer(d, score * fit) && heap.full) {
      theta = heap.min;
      while (first < n && prefix[first]! * maxFit < theta) first++;
    }
  }
}

/** The best `plan.k` live profiles for a prepared query, best first (internal numbers). */
export function searchTopK(index: MatchingIndex, plan: QueryPlan): Array<{ doc: number; score: number }> {
  const heap = new TopK(plan.k, (d) => index.ids[d]!);
  if (plan.k === 0 || plan.terms.length === 0) return [];
  searchDelta(index, plan, heap);
  searchBase(index, plan, heap);
  return heap.sorted();
}
