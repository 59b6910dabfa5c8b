import { describe, expect, it } from 'vitest';
import { solveAllocation, solveAllocationJson } from './solve';

const G3 = { A: 1, B: 1, C: 1, 'A,B': 2, 'A,C': 2, 'B,C': 2, 'A,B,C': 3 };
const base = (extra: Record<string, unknown>) => ({
  method: 'shapley',
  players: ['A', 'B', 'C'],
  game: G3,
  ...extra,
});
const without = (...keys: string[]) =>
  Object.fromEntries(Object.entries(G3).filter(([k]) => !keys.includes(k)));
const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

function reason(problem: unknown, lang: 'zh-CN' | 'en' = 'en'): { code: string; reason: string } {
  const r = solveAllocation(problem, lang);
  if (r.ok) throw new Error('expected a failure');
  expect(r.reason).not.toContain('\n');
  return { code: r.code, reason: r.reason };
}

describe('solveAllocation refuses bad input with a one-line reason', () => {
  it.each([
    ['a non-object problem', [1, 2], 'invalid-problem', 'the problem must be a JSON object'],
    ['an unknown field', base({ ammount: '1' }), 'invalid-problem', 'unknown field "ammount"'],
    [
      'an unknown method',
      base({ method: 'shapely' }),
      'unknown-method',
      'unknown method "shapely"; one of: equal, equal-surplus',
    ],
    ['a missing method', { players: ['A'], game: { A: 1 } }, 'unknown-method', 'unknown method "undefined"'],
    [
      'duplicate players',
      base({ players: ['A', 'A', 'C'] }),
      'invalid-players',
      'duplicate player name: "A"',
    ],
    ['an empty player name', base({ players: ['A', '', 'C'] }), 'invalid-players', 'non-empty strings'],
    [
      'a comma in a name',
      base({ players: ['A', 'B,C'] }),
      'invalid-players',
      'must not contain a comma: "B,C"',
    ],
    ['players that are not a list', base({ players: 'A,B,C' }), 'invalid-players', 'non-empty array'],
    [
      'a missing singleton before a missing pair',
      base({ game: without('B', 'A,C') }),
      'missing-coalition',
      'game is missing the coalition "B"',
    ],
    [
      'the first missing pair in players’ order',
      base({ game: without('B,C', 'A,C') }),
      'missing-coalition',
      'game is missing the coalition "A,C"',
    ],
    ['a missing grand coalition', base({ game: without('A,B,C') }), 'missing-coalition', '"A,B,C"'],
    [
      'a non-numeric value',
      base({ game: { ...G3, 'A,B': 'two' } }),
      'invalid-number',
      'game["A,B"] is not a number: "two"',
    ],
    [
      'a boolean value',
      base({ game: { ...G3, A: true } }),
      'invalid-number',
      'game["A"] is not a number: true',
    ],
    [
      'an unknown coalition key',
      base({ game: { ...G3, 'A,D': 1 } }),
      'unknown-coalition',
      'game key "A,D" names an unknown player "D"',
    ],
    [
      'the empty coalition as a key',
      base({ game: { ...G3, '': 0 } }),
      'unknown-coalition',
      'unknown player ""',
    ],
    [
      'a coalition given twice',
      base({ game: { ...G3, 'B,A': 2 } }),
      'unknown-coalition',
      'repeats a coalition',
    ],
    ['a name repeated in a key', base({ game: { ...G3, 'A,A': 2 } }), 'unknown-coalition', 'lists "A" twice'],
    [
      'an amount with three decimals',
      base({ amount: '100.123' }),
      'invalid-amount',
      'invalid amount "100.123"',
    ],
    ['an amount in exponent form', base({ amount: '1e3' }), 'invalid-amount', 'invalid amount "1e3"'],
    ['an amount that is not text or number', base({ amount: [1] }), 'invalid-amount', 'decimal string'],
    [
      'game and voting together',
      base({ voting: { weights: { A: 1, B: 1, C: 1 }, quota: 2 } }),
      'invalid-problem',
      'give only one of game, voting, claims',
    ],
    [
      'no game for shapley',
      { method: 'shapley', players: ['A'] },
      'invalid-problem',
      'needs one of game, voting, claims',
    ],
    [
      'a claims rule on a game',
      base({ method: 'talmud' }),
      'not-applicable',
      'method talmud needs a claims problem',
    ],
    [
      'shapley-shubik on a non-voting game',
      base({ method: 'shapley-shubik' }),
      'not-applicable',
      'game values must be 0 or 1',
    ],
    ['proportional without weights', base({ method: 'proportional' }), 'invalid-weights', 'needs "weights"'],
    [
      'weights missing a player',
      base({ method: 'proportional', weights: { A: 1, B: 1 } }),
      'invalid-problem',
      'weights has no entry for player "C"',
    ],
    [
      'negative weights',
      base({ method: 'proportional', weights: { A: 1, B: -1, C: 1 } }),
      'invalid-weights',
      'must not be negative',
    ],
    [
      'factor weights not summing to 1',
      base({
        method: 'improved-shapley',
        factors: [{ name: 'risk', weight: 0.5, scores: { A: 1, B: 1, C: 1 } }],
      }),
      'invalid-factors',
      'sum to exactly 1, they sum to 1/2',
    ],
    [
      'a factor with an unknown field',
      base({
        method: 'improved-shapley',
        factors: [{ name: 'r', weight: 1, scores: { A: 1, B: 1, C: 1 }, wieght: 1 }],
      }),
      'invalid-factors',
      'unknown field "wieght"',
    ],
    [
      'an inconsistent AHP matrix',
      base({
        method: 'improved-shapley',
        ahp: [
          [1, 9, '1/9'],
          ['1/9', 1, 9],
          [9, '1/9', 1],
        ],
        factors: ['a', 'b', 'c'].map((name) => ({ name, scores: { A: 1, B: 1, C: 1 } })),
      }),
      'inconsistent-matrix',
      'consistency ratio CR =',
    ],
    [
      'base without total',
      {
        method: 'improved-shapley',
        players: ['A'],
        base: { A: 1 },
        factors: [{ name: 'r', weight: 1, scores: { A: 1 } }],
      },
      'invalid-problem',
      'base needs "total"',
    ],
    [
      'one sample',
      base({ method: 'shapley-sampled', samples: 1 }),
      'invalid-problem',
      'samples must be at least 2',
    ],
    [
      'a negative seed',
      base({ method: 'shapley-sampled', seed: -1 }),
      'invalid-problem',
      'seed must be an integer',
    ],
    [
      'a fractional sample count',
      base({ method: 'shapley-sampled', samples: 10.5 }),
      'invalid-problem',
      'samples must be an integer',
    ],
    [
      'an estate above the claims',
      { method: 'talmud', claims: { estate: 700, claims: { a: 100, b: 200, c: 300 } } },
      'invalid-claims',
      'exceeds the total claims',
    ],
    [
      'a negative voting weight',
      { method: 'shapley-shubik', voting: { weights: { a: -1, b: 2 }, quota: 1 } },
      'invalid-voting',
      'must not be negative',
    ],
    [
      'a zero quota',
      { method: 'shapley-shubik', voting: { weights: { a: 1, b: 2 }, quota: 0 } },
      'invalid-voting',
      'greater than 0',
    ],
    [
      'an MCRS without a defined split',
      {
        method: 'mcrs',
        players: ['a', 'b', 'c'],
        game: { a: 0, b: 0, c: 0, 'a,b': 1, 'a,c': 1, 'b,c': 1, 'a,b,c': 1 },
      },
      'no-solution',
      'MCRS is undefined',
    ],
    [
      'no imputation for the nucleolus',
      { method: 'nucleolus', players: ['a', 'b'], game: { a: 3, b: 3, 'a,b': 5 } },
      'no-solution',
      'no imputation exists',
    ],
    [
      'an amount split by an allocation summing to 0',
      { method: 'shapley', players: ['a', 'b'], game: { a: 1, b: -1, 'a,b': 0 }, amount: '5' },
      'no-solution',
      'sums to 0',
    ],
  ])('%s', (_name, problem, code, text) => {
    const r = reason(problem);
    expect(r.code).toBe(code);
    expect(r.reason).toContain(text);
  });

  it('refuses exact enumeration beyond 25 players and suggests shapley-sampled', () => {
    const r = reason({ method: 'shapley', players: names(26), game: {} });
    expect(r.code).toBe('too-large');
    expect(r.reason).toContain('shapley-sampled');
    const claims = Object.fromEntries(names(26).map((p) => [p, 1]));
    const c = reason({ method: 'shapley', claims: { estate: 10, claims } });
    expect(c.code).toBe('too-large');
    expect(c.reason).toContain('at most 25 players (got 26, 2^26 coalitions); use shapley-sampled');
  });

  it('refuses the nucleolus beyond 12 players', () => {
    const weights = Object.fromEntries(names(13).map((p) => [p, 1]));
    const r = reason({ method: 'nucleolus', voting: { weights, quota: 7 } });
    expect(r.code).toBe('too-large');
    expect(r.reason).toContain('at most 12 players');
  });

  it('speaks Chinese to Chinese users', () => {
    expect(reason(base({ game: without('B') }), 'zh-CN').reason).toBe('game 缺少联盟 "B"');
    expect(reason(base({ method: 'x' }), 'zh-CN').reason).toMatch(/^未知方法 "x"/);
  });

  it('refuses malformed and duplicate-key JSON text', () => {
    const bad = solveAllocationJson('{"method": "shapley",', 'en');
    expect(!bad.ok && bad.code).toBe('invalid-json');
    const dup = solveAllocationJson('{"method": "equal", "players": ["A"], "game": {"A": 1, "A": 2}}', 'en');
    expect(!dup.ok && dup.reason).toContain('duplicate key "A"');
  });
});
