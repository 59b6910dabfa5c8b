// AHP (层次分析法) factor weights from a pairwise comparison matrix. The principal eigenvector and
// the consistency ratio are statistics, so floats are used HERE only; the weights handed back are
// exact decimals (multiples of 10⁻⁶) fixed by largest remainder to sum to exactly 1.
import { Rational } from './rational';
import { fail, ok, type Result } from './result';

/** Saaty's random consistency index RI by matrix order (1-based index; orders 1–2 are always consistent). */
export const SAATY_RI = [
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
] as const;

/** Weights are rounded to this many units (10⁻⁶). */
const UNITS = 1_000_000;

/** AHP weights with the consistency statistics. */
export interface AhpResult {
  /** Exact multiples of 10⁻⁶, Σ = 1. */
  weights: Rational[];
  lambdaMax: number;
  ci: number;
  cr: number;
}

/**
 * Factor weights from a positive reciprocal matrix (a_ji = 1/a_ij, a_ii = 1). Reciprocity is
 * checked to 1% so that decimals like 0.33 for 1/3 pass; the upper triangle is authoritative.
 * Refuses a consistency ratio CR ≥ 0.1 (Saaty's threshold).
 */
export function ahpWeights(matrix: readonly (readonly Rational[])[]): Result<AhpResult> {
  const n = matrix.length;
  if (n === 0 || n >= SAATY_RI.length) {
    return fail(
      'invalid-matrix',
      `判断矩阵阶数须在 1 到 ${SAATY_RI.length - 1} 之间`,
      `the comparison matrix must have 1 to ${SAATY_RI.length - 1} rows`,
    );
  }
  const tolerance = Rational.of(1, 100);
  for (let i = 0; i < n; i++) {
    const row = matrix[i]!;
    if (row.length !== n)
      return fail('invalid-matrix', '判断矩阵必须是方阵', 'the comparison matrix must be square');
    if (!row[i]!.eq(Rational.ONE))
      return fail(
        'invalid-matrix',
        `对角线元素 a${i + 1}${i + 1} 必须为 1`,
        `diagonal entry a${i + 1}${i + 1} must be 1`,
      );
    for (let j = 0; j < n; j++) {
      const a = row[j]!;
      if (a.sign() <= 0)
        return fail(
          'invalid-matrix',
          `元素 a${i + 1}${j + 1} 必须为正`,
          `entry a${i + 1}${j + 1} must be positive`,
        );
      const back = matrix[j]?.[i];
      if (back !== undefined && a.mul(back).sub(Rational.ONE).abs().gt(tolerance)) {
        return fail(
          'invalid-matrix',
          `判断矩阵不互反:a${i + 1}${j + 1}·a${j + 1}${i + 1} 应为 1`,
          `the matrix is not reciprocal: a${i + 1}${j + 1}·a${j + 1}${i + 1} should be 1`,
        );
      }
    }
  }
  const A = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i <= j ? toFloat(matrix[i]![j]!) : 1 / toFloat(matrix[j]![i]!))),
  );
  if (A.some((row) => row.some((a) => !Number.isFinite(a) || a <= 0))) {
    return fail('invalid-matrix', '判断矩阵元素超出可计算范围', 'a comparison matrix entry is out of range');
  }
  const w = principalEigenvector(A);
  const Aw = A.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
  const lambdaMax = Aw.reduce((s, x, i) => s + x / w[i]!, 0) / n;
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const cr = n <= 2 ? 0 : ci / SAATY_RI[n]!;
  if (cr >= 0.1) {
    return fail(
      'inconsistent-matrix',
      `判断矩阵一致性不可接受:一致性比率 CR = ${cr.toFixed(3)} ≥ 0.1,请调整两两比较值`,
      `the comparison matrix is inconsistent: consistency ratio CR = ${cr.toFixed(3)} ≥ 0.1; revise the pairwise judgements`,
    );
  }
  return ok({ weights: roundToUnits(w), lambdaMax, ci: Math.max(0, ci), cr: Math.max(0, cr) });
}

function toFloat(r: Rational): number {
  return Number(r.num) / Number(r.den);
}

/** Power iteration; a positive matrix has a unique positive principal eigenvector (Perron). */
function principalEigenvector(A: number[][]): number[] {
  const n = A.length;
  let w = Array.from({ length: n }, () => 1 / n);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = A.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
    const sum = next.reduce((s, x) => s + x, 0);
    const norm = next.map((x) => x / sum);
    const change = norm.reduce((s, x, i) => Math.max(s, Math.abs(x - w[i]!)), 0);
    w = norm;
    if (change < 1e-15) break;
  }
  return w;
}

/** Largest remainder at 10⁻⁶, ties to the earlier factor, so the weights sum to exactly 1. */
function roundToUnits(w: number[]): Rational[] {
  const scaled = w.map((x) => x * UNITS);
  const units = scaled.map((x) => Math.floor(x));
  let missing = UNITS - units.reduce((s, x) => s + x, 0);
  const order = scaled.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    units[i]!++;
    missing--;
  }
  return units.map((u) => Rational.of(u, UNITS));
}
