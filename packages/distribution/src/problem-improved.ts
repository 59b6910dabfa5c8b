// The improved-shapley fields of a §6.2 problem: factors, their weights or an AHP matrix, and base/total.
import { ahpWeights, type AhpResult } from './ahp';
import type { Factor } from './improved';
import type { Problem } from './problem';
import type { Rational } from './rational';
import { fail, type Result } from './result';
import { isRecord, readNumberAt, readPlayerMap, readRational } from './values';

/** Fills p.base, p.factors and p.ahp from the raw problem, or returns why it cannot. */
export function readImproved(raw: Record<string, unknown>, p: Problem): Result<never> | undefined {
  if (raw.base !== undefined) {
    if (p.source.kind !== 'none')
      return fail(
        'invalid-problem',
        'base 与 game/voting/claims 只能给出一个',
        'give either base (with total) or game/voting/claims, not both',
      );
    if (p.total === undefined)
      return fail('invalid-problem', '给出 base 时必须给出 total = v(N)', 'base needs "total" = v(N)');
    const b = readPlayerMap(raw.base, p.players, 'base');
    if (!b.ok) return b;
    p.base = b.value;
  } else if (p.source.kind === 'none') {
    return fail(
      'invalid-problem',
      'improved-shapley 需要 game(或 base 与 total)',
      'improved-shapley needs game (or base with total)',
    );
  }
  if (!Array.isArray(raw.factors) || raw.factors.length === 0) {
    return fail(
      'invalid-factors',
      'improved-shapley 需要非空的 factors 数组',
      'improved-shapley needs a non-empty "factors" array',
    );
  }
  let weights: (Rational | undefined)[] = [];
  if (raw.ahp !== undefined) {
    const a = readAhp(raw.ahp, raw.factors.length);
    if (!a.ok) return a;
    p.ahp = a.value;
    weights = a.value.weights;
  }
  const factors: Factor[] = [];
  for (const [k, f] of raw.factors.entries()) {
    if (!isRecord(f) || typeof f.name !== 'string') {
      return fail(
        'invalid-factors',
        `factors[${k}] 应为 {"name", "weight", "scores"}`,
        `factors[${k}] must be {"name", "weight", "scores"}`,
      );
    }
    const extra = Object.keys(f).find((key) => !['name', 'weight', 'scores'].includes(key));
    if (extra !== undefined)
      return fail(
        'invalid-factors',
        `factors[${k}] 有未知字段 "${extra}"`,
        `factors[${k}] has an unknown field "${extra}"`,
      );
    if (p.ahp !== undefined && f.weight !== undefined) {
      return fail(
        'invalid-factors',
        '使用 ahp 时因素不能再给 weight',
        'with "ahp" the factors must not carry a weight',
      );
    }
    const weight = p.ahp !== undefined ? weights[k] : readRational(f.weight);
    if (weight === undefined) {
      return fail(
        'invalid-factors',
        `因素 ${f.name} 的 weight 不是数字`,
        `factor ${f.name}: weight is not a number`,
      );
    }
    const scores = readPlayerMap(f.scores, p.players, `factors[${k}].scores`);
    if (!scores.ok) return scores;
    factors.push({ name: f.name, weight, scores: scores.value });
  }
  p.factors = factors;
  return undefined;
}

function readAhp(x: unknown, factors: number): Result<AhpResult> {
  if (
    !Array.isArray(x) ||
    x.length !== factors ||
    !x.every((row) => Array.isArray(row) && row.length === factors)
  ) {
    return fail(
      'invalid-matrix',
      `ahp 应为 ${factors}×${factors} 的判断矩阵(每个因素一行)`,
      `ahp must be a ${factors}×${factors} comparison matrix (one row per factor)`,
    );
  }
  const rows: Rational[][] = [];
  for (const [i, row] of (x as unknown[][]).entries()) {
    const out: Rational[] = [];
    for (const [j, a] of row.entries()) {
      const r = readNumberAt(a, `ahp[${i}][${j}]`, `ahp[${i}][${j}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    rows.push(out);
  }
  return ahpWeights(rows);
}
