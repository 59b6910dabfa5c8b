import { describe, expect, it } from 'vitest';
import { solveAllocation, solveAllocationJson, type AllocationAnswer } from './solve';

const SPEC_GAME = { 甲: 1, 乙: 1, 丙: 1, '甲,乙': 7, '甲,丙': 5, '乙,丙': 4, '甲,乙,丙': 11 };
const spec = (extra: Record<string, unknown>) => ({ players: ['甲', '乙', '丙'], game: SPEC_GAME, ...extra });
const talmud200 = (method: string) => ({
  method,
  claims: { estate: 200, claims: { a: 100, b: 200, c: 300 } },
});
const UN = {
  weights: Object.fromEntries([
    ...['CN', 'FR', 'RU', 'UK', 'US'].map((p) => [p, 7] as const),
    ...Array.from({ length: 10 }, (_, i) => [`E${i}`, 1] as const),
  ]),
  quota: 39,
};

function answer(problem: unknown, lang: 'zh-CN' | 'en' = 'en'): AllocationAnswer {
  const r = solveAllocation(problem, lang);
  if (!r.ok) throw new Error(r.reason);
  return r.answer;
}
const exact = (problem: unknown) => Object.values(answer(problem).exact!);

describe('solveAllocation: the SPEC §6.2 example', () => {
  it('answers shapley with 13/3, 23/6, 17/6 and 433333.34, 383333.33, 283333.33', () => {
    const a = answer(spec({ method: 'shapley', amount: '1100000.00' }), 'zh-CN');
    expect(a.method).toBe('shapley');
    expect(a.allocation).toEqual({ 甲: '4.333333333333', 乙: '3.833333333333', 丙: '2.833333333333' });
    expect(a.exact).toEqual({ 甲: '13/3', 乙: '23/6', 丙: '17/6' });
    expect(a.amounts).toEqual({ 甲: '433333.34', 乙: '383333.33', 丙: '283333.33' });
    expect(a.explanation).toHaveLength(3);
    expect(a.explanation[0]).toMatch(
      /^甲:Shapley 值 13\/3.*平均边际贡献.*占总额 39\.39%,分得 433,333\.34 元$/,
    );
    expect(a.warnings).toEqual([]);
  });

  it('explains in English when asked', () => {
    const a = answer(spec({ method: 'shapley', amount: '1100000.00' }), 'en');
    expect(a.explanation[2]).toMatch(
      /^丙: Shapley value 17\/6 .*average marginal contribution.*v\(\{丙\}\) = 1.*25\.76% of the total, 283,333\.33 yuan$/,
    );
  });

  it('reads JSON numbers through their decimal text: 0.1 + 0.2 is exactly 3/10', () => {
    const text = '{"method":"shapley","players":["a","b"],"game":{"a":0.1,"b":0.2,"a,b":0.3}}';
    const r = solveAllocationJson(text, 'en');
    expect(r.ok && r.answer.exact).toEqual({ a: '1/10', b: '1/5' });
    const long = '{"method":"equal","players":["a"],"game":{"a":0.12345678901234567890123}}';
    const l = solveAllocationJson(long, 'en');
    expect(l.ok && l.answer.exact).toEqual({ a: '12345678901234567890123/100000000000000000000000' });
  });

  it('writes the JSON answer with maps in players’ order, even for numeric names', () => {
    const r = solveAllocationJson(
      '{"method":"equal","players":["10","2"],"game":{"10":1,"2":1,"10,2":3}}',
      'en',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.json.indexOf('"10"')).toBeLessThan(r.json.indexOf('"2"'));
    expect(JSON.parse(r.json)).toEqual(JSON.parse(JSON.stringify(r.answer)));
  });
});

describe('solveAllocation: every method', () => {
  it.each([
    ['equal', spec({ method: 'equal' }), ['11/3', '11/3', '11/3']],
    [
      'equal-surplus',
      { method: 'equal-surplus', players: ['a', 'b'], game: { a: 1, b: 4, 'a,b': 9 } },
      ['3', '6'],
    ],
    [
      'proportional',
      spec({ method: 'proportional', weights: { 甲: 2, 乙: 1, 丙: 1 } }),
      ['11/2', '11/4', '11/4'],
    ],
    ['nucleolus', spec({ method: 'nucleolus' }), ['19/4', '15/4', '5/2']],
    ['banzhaf', spec({ method: 'banzhaf' }), ['9/2', '4', '3']],
    ['banzhaf-normalized', spec({ method: 'banzhaf-normalized' }), ['99/23', '88/23', '66/23']],
    ['banzhaf-index', spec({ method: 'banzhaf-index' }), ['9/23', '8/23', '6/23']],
    ['mcrs', spec({ method: 'mcrs' }), ['31/7', '27/7', '19/7']],
    ['claims-proportional', talmud200('claims-proportional'), ['100/3', '200/3', '100']],
    ['cea', talmud200('cea'), ['200/3', '200/3', '200/3']],
    ['cel', talmud200('cel'), ['0', '50', '150']],
    ['talmud', talmud200('talmud'), ['50', '75', '75']],
    ['nucleolus of a claims problem (= Talmud)', talmud200('nucleolus'), ['50', '75', '75']],
    ['shapley of a claims problem (random arrival)', talmud200('shapley'), ['100/3', '250/3', '250/3']],
    [
      'banzhaf-index of a vote (DP)',
      { method: 'banzhaf-index', voting: { weights: { F: 4, D: 4, I: 4, B: 2, N: 2, L: 1 }, quota: 12 } },
      ['5/21', '5/21', '5/21', '1/7', '1/7', '0'],
    ],
    [
      'improved-shapley',
      spec({
        method: 'improved-shapley',
        factors: [
          { name: 'risk', weight: 0.6, scores: { 甲: 3, 乙: 2, 丙: 1 } },
          { name: 'investment', weight: '0.4', scores: { 甲: 1, 乙: 1, 丙: 2 } },
        ],
      }),
      ['76/15', '52/15', '37/15'],
    ],
    [
      'improved-shapley from base and total',
      {
        method: 'improved-shapley',
        players: ['a', 'b'],
        base: { a: 3, b: 1 },
        total: 4,
        factors: [{ name: 'risk', weight: 1, scores: { a: 1, b: 3 } }],
      },
      ['2', '2'],
    ],
    [
      'equal without a game (shares of 1)',
      { method: 'equal', players: ['a', 'b', 'c', 'd'] },
      ['1/4', '1/4', '1/4', '1/4'],
    ],
    [
      'proportional of a total',
      { method: 'proportional', players: ['a', 'b'], total: '90', weights: { a: 1, b: 2 } },
      ['30', '60'],
    ],
  ])('%s', (_name, problem, expected) => {
    expect(exact(problem)).toEqual(expected);
  });

  it('gives the UN Security Council indices for shapley-shubik and for shapley on a vote', () => {
    for (const method of ['shapley-shubik', 'shapley']) {
      const a = answer({ method, voting: UN });
      expect(a.exact!.CN).toBe('421/2145');
      expect(a.exact!.E0).toBe('4/2145');
      expect(a.allocation.E0).toBe('0.00186480186480');
      expect(a.explanation[0]).toContain('holds a veto');
    }
  });

  it('takes AHP factor weights from a comparison matrix', () => {
    const a = answer(
      spec({
        method: 'improved-shapley',
        ahp: [
          [1, 3],
          ['1/3', 1],
        ],
        factors: [
          { name: 'risk', scores: { 甲: 1, 乙: 1, 丙: 1 } },
          { name: 'effort', scores: { 甲: 1, 乙: 1, 丙: 1 } },
        ],
      }),
    );
    // Equal scores: R = 1/3 for everyone whatever the weights, so φ′ = φ.
    expect(Object.values(a.exact!)).toEqual(['13/3', '23/6', '17/6']);
    expect(a.explanation[0]).toContain('factor weights from the AHP matrix (CR = 0.000)');
  });

  it('estimates with shapley-sampled: standard errors, no exact field, reproducible', () => {
    const p = spec({ method: 'shapley-sampled', samples: 2000, seed: 7, amount: '1100000.00' });
    const a = answer(p);
    expect(a.exact).toBeUndefined();
    expect(Object.keys(a.standardErrors!)).toEqual(['甲', '乙', '丙']);
    expect(Number(a.allocation.甲)).toBeCloseTo(13 / 3, 0);
    expect(answer(p).allocation).toEqual(a.allocation);
    const sum = Object.values(a.amounts!).reduce((s, x) => s + BigInt(x.replace('.', '')), 0n);
    expect(sum).toBe(110_000_000n);
    expect(answer(spec({ method: 'shapley-sampled', samples: 100 })).warnings).toEqual([
      'no seed given; seed 0 was used (results are reproducible)',
    ]);
  });

  it('samples a 40-member vote that exact enumeration could not list', () => {
    const weights = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m${i}`, 1 + (i % 5)]));
    const a = answer({ method: 'shapley-sampled', voting: { weights, quota: 61 }, samples: 500, seed: 1 });
    expect(Object.keys(a.allocation)).toHaveLength(40);
  });
});

describe('solveAllocation: warnings', () => {
  it('flags allocations below the stand-alone value and negative amounts', () => {
    const a = answer({
      method: 'equal',
      players: ['a', 'b'],
      game: { a: 5, b: -3, 'a,b': 2 },
      amount: '10.00',
    });
    expect(a.warnings).toEqual([
      "a's allocation 1.000000000000 is below its stand-alone value v({a}) = 5 (not individually rational)",
    ]);
    const n = answer({
      method: 'shapley',
      players: ['a', 'b'],
      game: { a: 3, b: -5, 'a,b': 1 },
      amount: '10.00',
    });
    // φ = (9/2, −7/2) sums to 1, so 10 yuan become 45 and −35.
    expect(n.amounts).toEqual({ a: '45.00', b: '-35.00' });
    expect(n.warnings).toContain("b's allocation -3.500000000000 is negative");
    expect(n.warnings).toContain('b gets a negative amount of -35.00 yuan (it pays in)');
  });

  it('warns when a field is ignored by the method', () => {
    expect(answer(spec({ method: 'shapley', samples: 10 })).warnings).toEqual([
      'method shapley does not use the field samples; ignored',
    ]);
    expect(answer(spec({ method: 'equal', total: 99 })).warnings).toEqual([
      'total is ignored: v(N) comes from game',
    ]);
  });

  it('takes the players’ order from a voting map when players are left out', () => {
    const r = solveAllocationJson(
      '{"method":"shapley-shubik","voting":{"weights":{"10":3,"2":1,"a":1},"quota":4}}',
      'en',
    );
    expect(r.ok && r.json.indexOf('"10"')).toBeLessThan(r.ok ? r.json.indexOf('"2"') : 0);
    expect(r.ok && r.answer.exact).toEqual({ '10': '2/3', '2': '1/6', a: '1/6' });
  });

  it('reports an empty core with the nucleolus', () => {
    const a = answer({ method: 'nucleolus', voting: { weights: { a: 1, b: 1, c: 1 }, quota: 2 } });
    expect(a.warnings).toEqual([
      'the core is empty: every allocation leaves some coalition an excess of at least 1/3',
    ]);
  });
});
