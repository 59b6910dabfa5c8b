import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchingIndex, matchProfiles, rankProfiles } from './match';
import { MatchingIndex, type IndexSettings } from './matching-index';
import { createTokenizer } from './tokenizer';
import type { CapabilityProfile } from './types';

const tokenizer = createTokenizer();
/** Plain BM25: no bigrams, passages, prior or fit, so scores can be checked by hand. */
const plain: IndexSettings = {
  tokenizer,
  bigramWeight: 0,
  passageWeight: 0,
  fitWeights: { prior: 0 },
  k1: 1.2,
  b: 0.75,
};

/** An independent BM25 (the formula of the docs) to check the engine against. */
function oracle(
  profiles: CapabilityProfile[],
  query: string,
  k1 = 1.2,
  b = 0.75,
): Array<{ id: string; score: number }> {
  const docs = profiles.map((p) => {
    const tf = new Map<string, number>();
    for (const t of tokenizer.terms(p.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { id: p.id, tf, len: [...tf.values()].reduce((s, x) => s + x, 0) };
  });
  const avg = docs.reduce((s, d) => s + d.len, 0) / Math.max(1, docs.length) || 1;
  const qtf = new Map<string, number>();
  for (const t of tokenizer.terms(query)) qtf.set(t, (qtf.get(t) ?? 0) + 1);
  const scored = docs.map((d) => {
    let score = 0;
    for (const [t, q] of qtf) {
      const tf = d.tf.get(t) ?? 0;
      if (tf === 0) continue;
      const df = docs.filter((x) => x.tf.has(t)).length;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      score += ((1 + Math.log(q)) * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.len) / avg));
    }
    return { id: d.id, score };
  });
  return scored.filter((s) => s.score > 0).sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}

const corpus: CapabilityProfile[] = [
  { id: 'a', text: '碳化硅 功率 芯片 封装' },
  { id: 'b', text: '碳化硅 碳化硅 外延 材料' },
  { id: 'c', text: '动力电池 热失控 预警' },
  { id: 'd', text: '功率 芯片 驱动 电路 设计 测试 验证 量产' },
  { id: 'e', text: '动力电池 回收' },
];

describe('BM25 ranking', () => {
  it('matches the textbook BM25 score on a small corpus', () => {
    const index = buildMatchingIndex(corpus, plain);
    const got = matchProfiles(index, { text: '碳化硅功率芯片' }).map((r) => ({ id: r.id, score: r.score }));
    const want = oracle(corpus, '碳化硅功率芯片');
    expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
    got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 10));
  });

  it('ranks more occurrences of a term higher, and a rare term above a common one', () => {
    const index = buildMatchingIndex(corpus, plain);
    expect(matchProfiles(index, { text: '碳化硅' }).map((r) => r.id)).toEqual(['b', 'a']);
    expect(matchProfiles(index, { text: '热失控 动力电池' }).map((r) => r.id)).toEqual(['c', 'e']);
  });

  it('prefers the shorter profile at equal term frequency (length normalisation)', () => {
    const index = buildMatchingIndex(corpus, plain);
    expect(matchProfiles(index, { text: '驱动 芯片' }).map((r) => r.id)).toEqual(['d', 'a']);
    expect(matchProfiles(index, { text: '功率' }).map((r) => r.id)).toEqual(['a', 'd']);
  });

  it('returns nothing for a query with no known term, and at most `top` results', () => {
    const index = buildMatchingIndex(corpus, plain);
    expect(matchProfiles(index, { text: '量子通信' })).toEqual([]);
    expect(matchProfiles(index, { text: '碳化硅 功率 动力电池', top: 2 })).toHaveLength(2);
    expect(matchProfiles(index, { text: '碳化硅', top: 0 })).toEqual([]);
  });

  it('lets character bigrams break a tie of words in the re-ranking stage', () => {
    const twins: CapabilityProfile[] = [
      { id: 'z', text: '功率芯片测试' },
      { id: 'a', text: '芯片功率测试' },
    ];
    const ids = (bigramWeight: number) =>
      matchProfiles(buildMatchingIndex(twins, { ...plain, bigramWeight }), { text: '碳化硅功率芯片' }).map(
        (r) => r.id,
      );
    expect(ids(0)).toEqual(['a', 'z']);
    expect(ids(1)).toEqual(['z', 'a']);
    const [top] = matchProfiles(buildMatchingIndex(twins, { ...plain, bigramWeight: 1 }), {
      text: '碳化硅功率芯片',
    });
    expect(top?.terms.map((t) => t.term)).toContain('~率芯');
  });

  it('counts the best passage on its own and cites it', () => {
    const profiles: CapabilityProfile[] = [
      { id: 'p', text: '', passages: ['碳化硅 功率 芯片', '电池 回收', '储能 材料'] },
      { id: 'q', text: '', passages: ['碳化硅 材料', '功率 电路', '芯片 测试'] },
    ];
    const index = buildMatchingIndex(profiles, { ...plain, passageWeight: 1 });
    const [first, second] = matchProfiles(index, { text: '碳化硅功率芯片' });
    expect(first?.id).toBe('p');
    expect(first?.passage?.text).toBe('碳化硅 功率 芯片');
    expect(first!.passage!.points).toBeGreaterThan(second!.passage!.points);
  });
});

const vocabulary = [
  '碳化硅',
  '芯片',
  '电池',
  '热失控',
  '储能',
  '封装',
  'power',
  'vehicle',
  'sensor',
  'laser',
];
const textArb = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 10 })
  .map((ws) => ws.join(' '));
const corpusArb = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,4}$/), text: textArb }), {
  minLength: 1,
  maxLength: 25,
  selector: (p) => p.id,
});

describe('search properties', () => {
  it('MaxScore top-k equals exhaustive BM25 ranking', () => {
    fc.assert(
      fc.property(corpusArb, textArb, fc.integer({ min: 1, max: 8 }), (profiles, query, top) => {
        const index = buildMatchingIndex(profiles, plain);
        const got = rankProfiles(index, { text: query, top });
        const all = oracle(profiles, query);
        const want = all.slice(0, top);
        expect(got).toHaveLength(want.length);
        // Same scores position by position, and each returned profile really has that score
        // (mathematically tied profiles may differ in the last bit, so ids are checked this way).
        const oracleScore = new Map(all.map((r) => [r.id, r.score]));
        got.forEach((r, i) => {
          expect(r.score).toBeCloseTo(want[i]!.score, 9);
          expect(oracleScore.get(r.id)).toBeCloseTo(r.score, 9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('scores never increase down the result list', () => {
    fc.assert(
      fc.property(corpusArb, textArb, (profiles, query) => {
        const results = matchProfiles(buildMatchingIndex(profiles, { tokenizer, bigramWeight: 0 }), {
          text: query,
          top: 50,
        });
        for (let i = 1; i < results.length; i++)
          expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
      }),
      { numRuns: 40 },
    );
  });

  it('a profile sharing no term with the query never appears and leaves the result set as it was', () => {
    fc.assert(
      fc.property(corpusArb, textArb, (profiles, query) => {
        const before = rankProfiles(buildMatchingIndex(profiles, plain), { text: query, top: 50 });
        const after = rankProfiles(
          buildMatchingIndex([...profiles, { id: 'zzzz', text: '量子通信 卫星' }], plain),
          {
            text: query,
            top: 50,
          },
        );
        expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
      }),
      { numRuns: 40 },
    );
  });

  it('an index built by random adds, updates, removals and compactions ranks like a fresh build', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        text: textArb,
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
      fc.record({ kind: fc.constant('compact' as const) }),
    );
    fc.assert(
      fc.property(corpusArb, fc.array(op, { maxLength: 20 }), textArb, (start, ops, query) => {
        const index = new MatchingIndex(plain);
        index.addAll(start);
        const live = new Map(start.map((p) => [p.id, p]));
        for (const o of ops) {
          if (o.kind === 'add') {
            index.add({ id: o.id, text: o.text });
            live.set(o.id, { id: o.id, text: o.text });
          } else if (o.kind === 'remove') {
            expect(index.remove(o.id)).toBe(live.delete(o.id));
          } else index.compact();
        }
        expect(index.size).toBe(live.size);
        const got = rankProfiles(index, { text: query, top: 50 });
        const want = rankProfiles(buildMatchingIndex([...live.values()], plain), { text: query, top: 50 });
        expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
        got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 9));
      }),
      { numRuns: 60 },
    );
  });
});
