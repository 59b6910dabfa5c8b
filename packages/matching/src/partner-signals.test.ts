import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionAffinity, regionKeys, relativeHistoryFit, REGION_PSEUDO_MEMBERS } from './fit';
import { buildCollaborationGraph, buildMatchingIndex, matchProfiles, rankProfiles } from './match';
import { MatchingIndex, type IndexSettings } from './matching-index';
import { createTokenizer } from './tokenizer';
import type { CapabilityProfile } from './types';

const tokenizer = createTokenizer();
const settings: IndexSettings = { tokenizer, bigramWeight: 0, passageWeight: 0 };
const sumOfPoints = (r: { reasons: Array<{ points: number }> }) =>
  r.reasons.reduce((s, x) => s + x.points, 0);

describe('region affinity', () => {
  it.each([
    [
      '350203',
      [
        ['c3502', 1],
        ['p35', 0.5],
      ],
    ],
    [
      '440305',
      [
        ['c4403', 1],
        ['p44', 0.5],
      ],
    ],
    ['DE', [['=de', 1]]],
    ['de', [['=de', 1]]],
  ] as const)('keys of %s', (region, keys) => expect(regionKeys(region)).toEqual(keys));

  const a = REGION_PSEUDO_MEMBERS;
  it.each([
    // members in the region, members, base rate → affinity
    [0, 5, 0.2, 0],
    [1, 5, 0.2, 0], // 1 of 5 is exactly the base rate: nothing to learn
    [5, 5, 0.2, 1 - 0.2 / ((5 + a * 0.2) / (5 + a))],
    [1, 1, 0.2, 1 - 0.2 / ((1 + a * 0.2) / (1 + a))],
    [3, 0, 0.2, 0],
    [3, 5, 0, 0],
    [5, 5, 1, 0], // every profile is there: being there says nothing
  ])('%d of %d members in a region holding %d of all profiles → %d', (k, n, base, want) => {
    expect(regionAffinity(k, n, base)).toBeCloseTo(want, 12);
  });

  const arb = fc
    .record({ n: fc.integer({ min: 1, max: 200 }), base: fc.double({ min: 0.001, max: 0.999, noNaN: true }) })
    .chain(({ n, base }) => fc.record({ n: fc.constant(n), base: fc.constant(base), k: fc.nat({ max: n }) }));

  it('lies in [0, 1), grows with the members there, falls with the base rate, and shrinks small consortia', () => {
    fc.assert(
      fc.property(arb, ({ n, base, k }) => {
        const x = regionAffinity(k, n, base);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(1);
        if (k < n) expect(regionAffinity(k + 1, n, base)).toBeGreaterThanOrEqual(x);
        expect(regionAffinity(k, n, Math.min(0.999, base * 1.5))).toBeLessThanOrEqual(x);
        // The same share of a consortium twice the size is better evidence.
        expect(regionAffinity(2 * k, 2 * n, base)).toBeGreaterThanOrEqual(x - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('relative history fit', () => {
  it('is 1 for the strongest tie, 0 without one, and keeps the order of strengths', () => {
    expect(relativeHistoryFit(2, 2)).toBe(1);
    expect(relativeHistoryFit(0, 2)).toBe(0);
    expect(relativeHistoryFit(1, 0)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (x, y) => {
          const [lo, hi] = x < y ? [x, y] : [y, x];
          const strongest = hi + 1;
          expect(relativeHistoryFit(lo, strongest)).toBeLessThanOrEqual(relativeHistoryFit(hi, strongest));
          expect(relativeHistoryFit(hi, strongest)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('partner search signals', () => {
  const same = '热失控 安全 预警';
  const profiles: CapabilityProfile[] = [
    { id: 'm1', text: '电芯', region: 'GR' },
    { id: 'm2', text: '电芯', region: 'GR' },
    { id: 'm3', text: '电芯', region: 'DE' },
    { id: 'athens', text: same, region: 'GR' },
    { id: 'berlin', text: same, region: 'DE' },
    { id: 'munich', text: same, region: 'DE' },
    { id: 'paris', text: same, region: 'FR' },
    { id: 'lyon', text: same, region: 'FR' },
  ];

  it('favours the region over-represented among the members, and says so', () => {
    const index = buildMatchingIndex(profiles, settings);
    const results = matchProfiles(index, { text: same, members: ['m1', 'm2', 'm3'] });
    // Two of three members are Greek while Greece holds 3 of 8 profiles; Germany is not over-represented.
    expect(results[0]?.id).toBe('athens');
    expect(results[0]!.fit.region).toBeGreaterThan(0);
    expect(results.find((r) => r.id === 'paris')!.fit.region).toBe(0);
    const reason = results[0]!.reasons.find((r) => r.code === 'region')!;
    expect(reason.en).toContain('2 of 3 current members in the same region (GR)');
    expect(reason.zh).toContain('3 家现有成员中 2 家');
    for (const r of results) expect(sumOfPoints(r)).toBeCloseTo(r.score, 9);
  });

  it('uses the wanted region instead when the query gives one', () => {
    const index = buildMatchingIndex(profiles, settings);
    const results = matchProfiles(index, { text: same, members: ['m1', 'm2', 'm3'], region: 'FR' });
    expect(results.slice(0, 2).map((r) => r.id)).toEqual(['lyon', 'paris']);
    expect(results.find((r) => r.id === 'athens')!.fit.region).toBe(0);
  });

  it('gives the strongest past partner of the members the full history weight', () => {
    const index = buildMatchingIndex(profiles, { ...settings, partnerFitWeights: { history: 4 } });
    const history = buildCollaborationGraph([
      ['m3', 'paris'],
      ['m3', 'lyon', 'x', 'y'],
    ]);
    const results = matchProfiles(index, { text: same, members: ['m3'] }, { history });
    expect(results.find((r) => r.id === 'paris')!.fit.history).toBeCloseTo(4, 12);
    const lyon = results.find((r) => r.id === 'lyon')!.fit.history;
    expect(lyon).toBeGreaterThan(0);
    expect(lyon).toBeLessThan(4);
  });

  it('applies the partner weights only to queries with members', () => {
    const a = buildMatchingIndex(profiles, settings);
    const b = buildMatchingIndex(profiles, { ...settings, partnerFitWeights: { region: 0, prior: 5 } });
    const demand = { text: same, region: 'DE' };
    expect(rankProfiles(b, demand)).toEqual(rankProfiles(a, demand));
    const partner = { text: same, members: ['m1', 'm2'] };
    expect(rankProfiles(b, partner)).not.toEqual(rankProfiles(a, partner));
  });
});

describe('partner search, as a property', () => {
  const words = ['碳化硅', '芯片', '电池', '热失控', '封装', 'power', 'sensor'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const region = fc.constantFrom('350203', '350206', '350102', '110108', 'DE', 'FR', undefined);
  const profile = fc.record({
    id: fc.stringMatching(/^[a-z]{1,3}$/),
    text,
    region,
    prior: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const corpus = fc.uniqueArray(profile, { minLength: 3, maxLength: 14, selector: (p) => p.id });
  const clean = (p: {
    id: string;
    text: string;
    region: string | undefined;
    prior: number;
  }): CapabilityProfile => (p.region === undefined ? { id: p.id, text: p.text, prior: p.prior } : p);

  it('top-k equals the head of the full ranking (the search bound holds), and reasons add up', () => {
    fc.assert(
      fc.property(
        corpus,
        text,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (ps, q, m, top) => {
          const index = buildMatchingIndex(ps.map(clean), settings);
          const ids = ps.map((p) => p.id);
          const members = ids.slice(0, Math.min(m, ids.length - 1));
          const history = buildCollaborationGraph([ids.slice(0, 4), ids.slice(2, 6), [ids[0]!, ids.at(-1)!]]);
          const query = { text: q, members };
          const all = rankProfiles(index, { ...query, top: 100 }, { history });
          const head = rankProfiles(index, { ...query, top }, { history });
          expect(head.map((r) => r.score)).toEqual(all.slice(0, top).map((r) => r.score));
          for (const r of matchProfiles(index, { ...query, top: 100 }, { history }))
            expect(sumOfPoints(r)).toBeCloseTo(r.score, 9);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('region base rates follow adds, updates, removals and compactions', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), p: profile }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.stringMatching(/^[a-z]{1,3}$/) }),
      fc.record({ kind: fc.constant('compact' as const) }),
    );
    fc.assert(
      fc.property(corpus, fc.array(op, { maxLength: 20 }), text, (start, ops, q) => {
        const index = new MatchingIndex(settings);
        index.addAll(start.map(clean));
        const live = new Map(start.map((p) => [p.id, clean(p)]));
        for (const o of ops) {
          if (o.kind === 'add') {
            index.add(clean(o.p));
            live.set(o.p.id, clean(o.p));
          } else if (o.kind === 'remove') {
            index.remove(o.id);
            live.delete(o.id);
          } else index.compact();
        }
        const fresh = buildMatchingIndex([...live.values()], settings);
        for (const key of ['c3502', 'p35', 'c1101', '=de', '=fr'])
          expect(index.regionStats.base(key)).toBeCloseTo(fresh.regionStats.base(key), 12);
        const members = [...live.keys()].slice(0, 2);
        const got = rankProfiles(index, { text: q, members, top: 50 });
        const want = rankProfiles(fresh, { text: q, members, top: 50 });
        expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
      }),
      { numRuns: 60 },
    );
  });
});
