// An exact linear-programme solver over the rationals: revised simplex, two phases.
//
// The basis inverse is kept as exact rationals; pricing (the hot part: one dot product per column)
// is done in integers, by scaling each column once to integers and the multipliers π to one common
// denominator, since only the sign and the order of reduced costs matter there.
// Pivoting rule: Dantzig's (most negative reduced cost) after a non-degenerate pivot, Bland's
// (lowest index enters, lowest basic index leaves on ties) for as long as pivots are degenerate.
// A cycle could only be made of degenerate pivots, all of which then follow Bland's rule, which
// never cycles; so the method terminates.
import { lcmBig, Rational } from './rational';

/** One column of A with its cost: sparse (row, value) entries. */
export interface LpColumn {
  readonly cost: Rational;
  readonly entries: ReadonlyArray<readonly [row: number, value: Rational]>;
}

/** minimise c·x subject to A x = rhs, x ≥ 0 (A given by columns). */
export interface LpProblem {
  readonly rows: number;
  readonly rhs: readonly Rational[];
  readonly columns: readonly LpColumn[];
}

/** The solver's answer; `duals` are the simplex multipliers y with yᵀA ≤ c and yᵀb = objective. */
export type LpSolution =
  | { status: 'optimal'; objective: Rational; x: Rational[]; duals: Rational[]; basis: number[] }
  | { status: 'infeasible' }
  | { status: 'unbounded' };

interface IntColumn {
  cost: bigint;
  entries: Array<[number, bigint]>;
  /** The positive factor this integer column is the rational one multiplied by. */
  scale: bigint;
}

const UNIT = (r: number): IntColumn => ({ cost: 1n, entries: [[r, 1n]], scale: 1n });

/** Solves an LP exactly (see the module comment for the method). */
export function solveLp(p: LpProblem): LpSolution {
  const m = p.rows;
  const N = p.columns.length;
  // Rows with a negative right-hand side are negated so the artificial start basis is feasible.
  const flip = p.rhs.map((b) => b.sign() < 0);
  const cols = p.columns.map((c) => ({
    cost: c.cost,
    entries: c.entries.map(([r, v]) => [r, flip[r] ? v.neg() : v] as [number, Rational]),
  }));
  const ints = cols.map(toIntColumn);
  // Artificial r is column N + r, the unit vector e_r. A structural unit column (a slack) starts in
  // the basis instead where there is one, so phase 1 only has to remove the other artificials.
  const colOf = (j: number): Array<[number, Rational]> =>
    j >= N ? [[j - N, Rational.ONE]] : cols[j]!.entries;
  const start = Array.from({ length: m }, (_, r) => N + r);
  cols.forEach((c, j) => {
    const [only] = c.entries;
    if (c.entries.length === 1 && only![1].eq(Rational.ONE) && start[only![0]]! >= N) start[only![0]] = j;
  });
  const t = new Tableau(
    p.rhs.map((b) => b.abs()),
    start,
  );

  // Phase 1: minimise the sum of the artificials.
  const phase1 = (j: number) => (j >= N ? Rational.ONE : Rational.ZERO);
  run(t, N + m, phase1, (j) => (j >= N ? UNIT(j - N) : { ...ints[j]!, cost: 0n }), colOf);
  let infeasibility = Rational.ZERO;
  t.basis.forEach((j, r) => {
    if (j >= N) infeasibility = infeasibility.add(t.xB[r]!);
  });
  if (infeasibility.sign() > 0) return { status: 'infeasible' };
  // Pivot zero-level artificials out where some structural column can replace them.
  for (let r = 0; r < m; r++) {
    if (t.basis[r]! < N) continue;
    for (let j = 0; j < N; j++) {
      if (t.isBasic(j)) continue;
      const u = t.column(colOf(j));
      if (!u[r]!.isZero()) {
        t.pivot(r, j, u);
        break;
      }
    }
  }
  // Phase 2: real costs; artificials may not re-enter (one left basic sits on a redundant row at 0).
  const cost = (j: number) => (j >= N ? Rational.ZERO : cols[j]!.cost);
  if (run(t, N, cost, (j) => ints[j]!, colOf) === 'unbounded') return { status: 'unbounded' };
  const x = Array.from({ length: N }, () => Rational.ZERO);
  t.basis.forEach((j, r) => {
    if (j < N) x[j] = t.xB[r]!;
  });
  const pi = t.multipliers(cost);
  let objective = Rational.ZERO;
  for (let j = 0; j < N; j++) if (!x[j]!.isZero()) objective = objective.add(x[j]!.mul(cols[j]!.cost));
  return {
    status: 'optimal',
    objective,
    x,
    duals: pi.map((y, r) => (flip[r] ? y.neg() : y)),
    basis: [...t.basis],
  };
}

function toIntColumn(c: { cost: Rational; entries: Array<[number, Rational]> }): IntColumn {
  let s = c.cost.den;
  for (const [, v] of c.entries) s = lcmBig(s, v.den);
  return {
    cost: c.cost.num * (s / c.cost.den),
    entries: c.entries.map(([r, v]) => [r, v.num * (s / v.den)]),
    scale: s,
  };
}

/** Simplex iterations until optimal or unbounded; only columns j < limit may enter. */
function run(
  t: Tableau,
  limit: number,
  cost: (j: number) => Rational,
  intCol: (j: number) => IntColumn,
  colOf: (j: number) => Array<[number, Rational]>,
): 'optimal' | 'unbounded' {
  let bland = false;
  for (;;) {
    const pi = t.multipliers(cost);
    let D = 1n;
    for (const y of pi) D = lcmBig(D, y.den);
    const P = pi.map((y) => y.num * (D / y.den));
    let enter = -1;
    let best = 0n;
    let bestScale = 1n;
    for (let j = 0; j < limit; j++) {
      if (t.isBasic(j)) continue;
      const c = intCol(j);
      // d = reduced cost · D · scale; its sign is the reduced cost's sign.
      let d = c.cost * D;
      for (const [r, a] of c.entries) d -= a === 1n ? P[r]! : P[r]! * a;
      if (d >= 0n) continue;
      if (bland) {
        enter = j;
        break;
      }
      // Dantzig: the most negative true reduced cost d / scale (scales are positive).
      if (enter < 0 || d * bestScale < best * c.scale) {
        enter = j;
        best = d;
        bestScale = c.scale;
      }
    }
    if (enter < 0) return 'optimal';
    const u = t.column(colOf(enter));
    let leave = -1;
    let ratio: Rational | undefined;
    for (let r = 0; r < t.m; r++) {
      if (u[r]!.sign() <= 0) continue;
      const q = t.xB[r]!.div(u[r]!);
      const c = ratio === undefined ? -1 : q.cmp(ratio);
      if (c < 0 || (c === 0 && t.basis[r]! < t.basis[leave]!)) {
        leave = r;
        ratio = q;
      }
    }
    if (leave < 0) return 'unbounded';
    bland = ratio!.isZero();
    t.pivot(leave, enter, u);
  }
}

/** Basis, basic values and the exact basis inverse. */
class Tableau {
  readonly m: number;
  readonly binv: Rational[][];
  private readonly basic: Set<number>;

  constructor(
    readonly xB: Rational[],
    readonly basis: number[],
  ) {
    this.m = basis.length;
    this.binv = Array.from({ length: this.m }, (_, r) =>
      Array.from({ length: this.m }, (_, c) => (r === c ? Rational.ONE : Rational.ZERO)),
    );
    this.basic = new Set(basis);
  }
  isBasic(j: number): boolean {
    return this.basic.has(j);
  }

  /** B⁻¹ a for a sparse column a. */
  column(entries: Array<[number, Rational]>): Rational[] {
    const out: Rational[] = [];
    for (let r = 0; r < this.m; r++) {
      let s = Rational.ZERO;
      for (const [k, a] of entries) {
        const b = this.binv[r]![k]!;
        if (!b.isZero()) s = s.add(b.mul(a));
      }
      out.push(s);
    }
    return out;
  }

  /** π = c_B B⁻¹. */
  multipliers(cost: (j: number) => Rational): Rational[] {
    const cB = this.basis.map((j) => cost(j));
    const out: Rational[] = [];
    for (let c = 0; c < this.m; c++) {
      let s = Rational.ZERO;
      for (let r = 0; r < this.m; r++) {
        if (!cB[r]!.isZero() && !this.binv[r]![c]!.isZero()) s = s.add(cB[r]!.mul(this.binv[r]![c]!));
      }
      out.push(s);
    }
    return out;
  }

  pivot(r: number, j: number, u: Rational[]): void {
    const piv = u[r]!;
    const theta = this.xB[r]!.div(piv);
    const rowR = this.binv[r]!.map((x) => x.div(piv));
    this.binv[r] = rowR;
    for (let k = 0; k < this.m; k++) {
      if (k === r || u[k]!.isZero()) continue;
      const f = u[k]!;
      this.binv[k] = this.binv[k]!.map((x, c) => (rowR[c]!.isZero() ? x : x.sub(f.mul(rowR[c]!))));
      this.xB[k] = this.xB[k]!.sub(f.mul(theta));
    }
    this.xB[r] = theta;
    this.basic.delete(this.basis[r]!);
    this.basis[r] = j;
    this.basic.add(j);
  }
}
