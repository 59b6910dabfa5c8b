import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLp, type LpColumn, type LpProblem } from './lp';
import { Rational } from './rational';

const R = (n: number, d = 1) => Rational.of(n, d);

/** Columns from a dense matrix (rows × cols) and costs. */
function dense(A: number[][], b: number[], c: number[]): LpProblem {
  const columns: LpColumn[] = c.map((cost, j) => ({
    cost: R(cost),
    entries: A.map((row, r) => [r, R(row[j]!)] as const).filter(([, v]) => !v.isZero()),
  }));
  return { rows: A.length, rhs: b.map((x) => R(x)), columns };
}

describe('solveLp (exact two-phase simplex)', () => {
  it('solves a textbook LP exactly', () => {
    // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 (slacks s1..s3): optimum 36 at (2, 6).
    const p = dense(
      [
        [1, 0, 1, 0, 0],
        [0, 2, 0, 1, 0],
        [3, 2, 0, 0, 1],
      ],
      [4, 12, 18],
      [-3, -5, 0, 0, 0],
    );
    const s = solveLp(p);
    expect(s.status).toBe('optimal');
    if (s.status !== 'optimal') return;
    expect(s.objective.toFraction()).toBe('-36');
    expect(s.x.slice(0, 2).map((x) => x.toFraction())).toEqual(['2', '6']);
    // Duals of the three constraints: 0, -3/2, -1 (shadow prices of the max problem, negated).
    expect(s.duals.map((y) => y.toFraction())).toEqual(['0', '-3/2', '-1']);
  });

  it('does not cycle on Beale’s degenerate example', () => {
    // min −3/4 x4 + 20 x5 − 1/2 x6 + 6 x7; Dantzig's rule alone cycles here. Optimum −5/4.
    const p: LpProblem = {
      rows: 3,
      rhs: [R(0), R(0), R(1)],
      columns: [
        { cost: R(0), entries: [[0, R(1)]] },
        { cost: R(0), entries: [[1, R(1)]] },
        { cost: R(0), entries: [[2, R(1)]] },
        {
          cost: R(-3, 4),
          entries: [
            [0, R(1, 4)],
            [1, R(1, 2)],
          ],
        },
        {
          cost: R(20),
          entries: [
            [0, R(-8)],
            [1, R(-12)],
          ],
        },
        {
          cost: R(-1, 2),
          entries: [
            [0, R(-1)],
            [1, R(-1, 2)],
            [2, R(1)],
          ],
        },
        {
          cost: R(6),
          entries: [
            [0, R(9)],
            [1, R(3)],
          ],
        },
      ],
    };
    const s = solveLp(p);
    expect(s.status).toBe('optimal');
    if (s.status === 'optimal') expect(s.objective.toFraction()).toBe('-5/4');
  });

  it('reports infeasible and unbounded problems', () => {
    // x1 + x2 = −1 with x ≥ 0 is infeasible.
    expect(solveLp(dense([[1, 1]], [-1], [0, 0])).status).toBe('infeasible');
    // min −x1 s.t. x1 − x2 = 0 is unbounded.
    expect(solveLp(dense([[1, -1]], [0], [-1, 0])).status).toBe('unbounded');
  });

  it('handles redundant equality rows', () => {
    const s = solveLp(
      dense(
        [
          [1, 1],
          [2, 2],
        ],
        [3, 6],
        [1, 2],
      ),
    );
    expect(s.status).toBe('optimal');
    if (s.status === 'optimal') expect(s.objective.toFraction()).toBe('3');
  });

  it('returns a primal and dual pair with equal objectives (strong duality, property)', () => {
    const arb = fc.record({
      A: fc.array(fc.array(fc.integer({ min: -4, max: 6 }), { minLength: 4, maxLength: 4 }), {
        minLength: 1,
        maxLength: 3,
      }),
      x0: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
      c: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ A, x0, c }) => {
        // b = A·x0 makes the problem feasible; c ≥ 0 makes it bounded below by 0.
        const b = A.map((row) => row.reduce((s, a, j) => s + a * x0[j]!, 0));
        const s = solveLp(dense(A, b, c));
        expect(s.status).toBe('optimal');
        if (s.status !== 'optimal') return;
        A.forEach((row, r) =>
          expect(Rational.sum(row.map((a, j) => R(a).mul(s.x[j]!))).eq(R(b[r]!))).toBe(true),
        );
        s.x.forEach((x) => expect(x.sign() >= 0).toBe(true));
        const yb = Rational.sum(s.duals.map((y, r) => y.mul(R(b[r]!))));
        expect(yb.eq(s.objective)).toBe(true);
        c.forEach((cj, j) =>
          expect(Rational.sum(A.map((row, r) => s.duals[r]!.mul(R(row[j]!)))).le(R(cj))).toBe(true),
        );
        expect(s.objective.le(Rational.sum(c.map((cj, j) => R(cj * x0[j]!))))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
