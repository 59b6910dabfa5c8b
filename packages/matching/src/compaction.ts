// Compaction: drop tombstones, renumber profiles densely, and rebuild the base segment's
// compressed-sparse-row postings in one pass over the forward store (docs ascending, so every
// posting list comes out sorted). O(all postings); see matching-index.ts for when it runs.
import { Growable } from './growable';
import type { MatchingIndex } from './matching-index';

/** Compacts an index in place. */
export function compactIndex(index: MatchingIndex): void {
  const n = index.ids.length;
  const map = new Int32Array(n).fill(-1);
  let live = 0;
  for (let d = 0; d < n; d++) if (index.alive.at(d) === 1) map[d] = live++;
  if (live !== n) renumber(index, map, live);
  buildBase(index);
}

function renumber(index: MatchingIndex, map: Int32Array, live: number): void {
  const keep = <T>(xs: T[]): T[] => xs.filter((_, d) => map[d] !== -1);
  const copy = <T extends Growable<Uint8Array | Float32Array | Uint32Array>>(g: T): T => {
    let j = 0;
    for (let d = 0; d < map.length; d++) if (map[d] !== -1) g.data[j++] = g.at(d);
    g.length = live;
    return g;
  };
  const fwdTerm = new Growable(Int32Array, Math.max(16, index.fwdTerm.length));
  const fwdTf = new Growable(Uint16Array, Math.max(16, index.fwdTf.length));
  const fwdStart = new Growable(Float64Array, Math.max(16, live));
  for (let d = 0; d < map.length; d++) {
    if (map[d] === -1) continue;
    fwdStart.push(fwdTerm.length);
    const s = index.fwdStart.at(d);
    for (let i = s; i < s + index.fwdCount.at(d); i++) {
      fwdTerm.push(index.fwdTerm.at(i));
      fwdTf.push(index.fwdTf.at(i));
    }
  }
  [index.fwdTerm, index.fwdTf, index.fwdStart] = [fwdTerm, fwdTf, fwdStart];
  index.fwdCount = copy(index.fwdCount);
  [index.alive, index.docLen, index.kind, index.trlLo, index.trlHi, index.prior] = [
    copy(index.alive),
    copy(index.docLen),
    copy(index.kind),
    copy(index.trlLo),
    copy(index.trlHi),
    copy(index.prior),
  ];
  [index.ids, index.names, index.region, index.tags, index.quals, index.passages, index.texts] = [
    keep(index.ids),
    keep(index.names),
    keep(index.region),
    keep(index.tags),
    keep(index.quals),
    keep(index.passages),
    keep(index.texts),
  ];
  index.byId.clear();
  index.ids.forEach((id, d) => index.byId.set(id, d));
}

function buildBase(index: MatchingIndex): void {
  const docs = index.ids.length;
  const terms = index.termText.length;
  const start = new Float64Array(terms + 1);
  for (let i = 0; i < index.fwdTerm.length; i++) start[index.fwdTerm.data[i]! + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const total = start[terms]!;
  const postDoc = new Int32Array(total);
  const postTf = new Uint16Array(total);
  const maxTf = new Uint16Array(terms);
  const minLen = new Float32Array(terms).fill(Infinity);
  const fill = start.slice(0, terms);
  for (let d = 0; d < docs; d++) {
    const s = index.fwdStart.at(d);
    const len = index.docLen.at(d);
    for (let i = s; i < s + index.fwdCount.at(d); i++) {
      const t = index.fwdTerm.data[i]!;
      const tf = index.fwdTf.data[i]!;
      const at = fill[t]!++;
      postDoc[at] = d;
      postTf[at] = tf;
      if (tf > maxTf[t]!) maxTf[t] = tf;
      if (len < minLen[t]!) minLen[t] = len;
    }
  }
  Object.assign(index, {
    baseStart: start,
    basePostDoc: postDoc,
    basePostTf: postTf,
    baseMaxTf: maxTf,
    baseMinLen: minLen,
  });
  index.baseDocs = docs;
  index.baseTerms = terms;
  index.delta = new Map();
}
