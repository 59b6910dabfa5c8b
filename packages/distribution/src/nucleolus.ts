// The nucleolus (and prenucleolus) by the Maschler–Peleg–Shapley sequence of LPs, solved exactly.
//
// Stage k: minimise t subject to e(S, x) = v(S) − x(S) ≤ t for the free coalitions F, e(S, x) fixed
// at its earlier level for the fixed ones, x(N) = v(N) and (nucleolus only) x_i ≥ v({i}).
// We solve the LP's dual, which has n + 1 rows however many coalitions there are:
//   max Σ_F λ_S b_S + Σ_G μ_S c_S  s.t.  Σ_F λ_S = 1,  Σ_{F∋i} λ_S + Σ_{G∋i} μ_S (+ s_i) = 0,  λ ≥ 0.
// Its simplex multipliers are the primal solution (x, t), and complementary slackness says a
// coalition with λ_S > 0 is tight in EVERY primal optimum, so it is fixed at level t exactly.
// Coalitions whose indicator vector lies in the span of the fixed ones have a constant excess and
// leave F. Each stage fixes at least one independent coalition (Σλ = 1), so at most n stages run,
// and when F is empty the fixed equations pin x down to a single point: the (pre)nucleolus.
import { fullMask, type Game } from './game';
import { solveLp, type LpColumn } from './lp';
import { gcdBig, Rational } from './rational';
import { fail, ok, type Result } from './result';

/** Nucleolus via ≤ n LPs over up to 2^n − 2 coalitions; bounded so one call stays in seconds. */
export const MAX_NUCLEOLUS_PLAYERS = 12;

/** One stage of the sequence: the minimised maximal excess and the coalitions fixed at it. */
export interface NucleolusStage {
  level: Rational;
  fixed: number[];
}

/** The (pre)nucleolus with the stages that determined it (for explanations). */
export interface NucleolusResult {
  allocation: Rational[];
  stages: NucleolusStage[];
}

/** The nucleolus: lexicographically minimal excesses over imputations (x_i ≥ v({i}), Σx = v(N)). */
export function nucleolus(g: Game): Result<NucleolusResult> {
  return sequence(g, true);
}

/** The prenucleolus: as the nucleolus but over all pre-imputations (no x_i ≥ v({i}) bounds). */
export function prenucleolus(g: Game): Result<NucleolusResult> {
  return sequence(g, false);
}

/** The least-core value ε (min over pre-imputations of the maximal excess); the core is non-empty iff ε ≤ 0. */
export function leastCoreValue(g: Game): Result<Rational> {
  const r = sequence(g, false, 1);
  return r.ok ? ok(r.value.stages[0]?.level ?? Rational.ZERO) : r;
}

/** Whether x is in the core: Σx = v(N) and x(S) ≥ v(S) for every coalition. */
export function isInCore(g: Game, x: readonly Rational[]): boolean {
  const n = g.players.length;
  const sums: Rational[] = [Rational.ZERO];
  for (let m = 1; m < 2 ** n; m++) {
    const low = m & -m;
    sums.push(sums[m ^ low]!.add(x[31 - Math.clz32(low)]!));
    if (sums[m]!.lt(Rational.of(g.num[m]!, g.den))) return false;
  }
  return sums[fullMask(n)]!.eq(Rational.of(g.num[fullMask(n)]!, g.den));
}

function sequence(g: Game, bounded: boolean, maxStages = Infinity): Result<NucleolusResult> {
  const n = g.players.length;
  if (n > MAX_NUCLEOLUS_PLAYERS) {
    return fail(
      'too-large',
      `核仁最多支持 ${MAX_NUCLEOLUS_PLAYERS} 名成员(需逐轮求解 2^n 个联盟的线性规划);此处 ${n} 名`,
      `the nucleolus supports at most ${MAX_NUCLEOLUS_PLAYERS} players (LPs over 2^n coalitions); got ${n}`,
    );
  }
  const full = fullMask(n);
  const V = (m: number) => g.num[m]!;
  // Shift by v({i}) so the imputation bounds become y ≥ 0 (the natural sign of LP variables).
  const shift = Array.from({ length: n }, (_, i) => (bounded ? V(1 << i) : 0n));
  const shiftOf = (m: number) => {
    let s = 0n;
    for (let r = m; r !== 0; r &= r - 1) s += shift[31 - Math.clz32(r & -r)]!;
    return s;
  };
  if (bounded && shiftOf(full) > V(full)) {
    return fail(
      'no-solution',
      '分配集为空(Σv({i}) > v(N)),核仁无定义',
      'no imputation exists (Σv({i}) > v(N)), so the nucleolus is undefined',
    );
  }
  if (n === 1) return ok({ allocation: [Rational.of(V(1), g.den)], stages: [] });

  const b = (m: number) => V(m) - shiftOf(m);
  // Fixed coalitions S with their required y(S) = c_S (levels may be fractional, hence rationals).
  const fixed: Array<{ mask: number; c: Rational }> = [{ mask: full, c: Rational.of(b(full)) }];
  const span = new Span(n);
  span.add(full);
  let free: number[] = [];
  for (let m = 1; m < full; m++) free.push(m);
  const stages: NucleolusStage[] = [];
  const ONE = Rational.ONE;
  const MINUS = Rational.MINUS_ONE;

  for (;;) {
    const columns: LpColumn[] = [];
    for (const m of free)
      columns.push({ cost: Rational.of(-b(m)), entries: [[0, ONE], ...memberRows(m, ONE)] });
    for (const f of fixed) {
      // μ_S is free: μ⁺ − μ⁻.
      columns.push({ cost: f.c.neg(), entries: memberRows(f.mask, ONE) });
      columns.push({ cost: f.c, entries: memberRows(f.mask, MINUS) });
    }
    if (bounded) for (let i = 0; i < n; i++) columns.push({ cost: Rational.ZERO, entries: [[i + 1, ONE]] });
    const rhs = [ONE, ...Array.from({ length: n }, () => Rational.ZERO)];
    const sol = solveLp({ rows: n + 1, rhs, columns });
    // The primal is feasible (an imputation exists) and bounded below, so its dual has an optimum.
    if (sol.status !== 'optimal') throw new Error(`nucleolus LP ${sol.status}: unreachable`);
    const t = sol.objective.neg();
    const y = sol.duals.slice(1).map((d) => d.neg());
    const now = free.filter((_, k) => sol.x[k]!.sign() > 0);
    stages.push({ level: t.div(Rational.of(g.den)), fixed: now });
    for (const m of now) {
      fixed.push({ mask: m, c: Rational.of(b(m)).sub(t) });
      span.add(m);
    }
    free = free.filter((m) => !span.contains(m));
    if (free.length === 0 || stages.length >= maxStages) {
      const allocation = y.map((yi, i) => yi.add(Rational.of(shift[i]!)).div(Rational.of(g.den)));
      return ok({ allocation, stages });
    }
  }
}

function memberRows(mask: number, v: Rational): Array<[number, Rational]> {
  const out: Array<[number, Rational]> = [];
  for (let r = mask; r !== 0; r &= r - 1) out.push([32 - Math.clz32(r & -r), v]);
  return out;
}

/** Exact linear span of 0/1 coalition vectors, in integer echelon form. */
class Span {
  private readonly rows: Array<{ pivot: number; v: bigint[] }> = [];
  constructor(private readonly n: number) {}

  private reduce(mask: number): bigint[] {
    let v: bigint[] = Array.from({ length: this.n }, (_, i) => ((mask >> i) & 1 ? 1n : 0n));
    for (const row of this.rows) {
      const a = v[row.pivot]!;
      if (a === 0n) continue;
      const p = row.v[row.pivot]!;
      v = v.map((x, i) => x * p - row.v[i]! * a);
      const g = v.reduce((s, x) => gcdBig(s, x), 0n);
      if (g > 1n) v = v.map((x) => x / g);
    }
    return v;
  }

  contains(mask: number): boolean {
    return this.reduce(mask).every((x) => x === 0n);
  }

  add(mask: number): void {
    const v = this.reduce(mask);
    const pivot = v.findIndex((x) => x !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, v });
  }
}
