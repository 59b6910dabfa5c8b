// The counting DP behind votingPower, in multi-modular integer arithmetic.
//
// The counts are huge (up to 2^(n−1)) but only ever added and subtracted, so the table is run once
// per prime p < 2^30 in Int32Arrays (exact residues, no bigint allocation in the hot loops) and the
// few counts that are needed are rebuilt exactly by the Chinese remainder theorem, with enough
// primes that their product exceeds every possible count. Nothing here is approximate.

/** A weight class: the (capped) weight to remove and the window [lo, hi] of weights to count. */
export interface WeightClass {
  weight: number;
  lo: number;
  hi: number;
}

const PRIME_CEILING = 2 ** 30;

/** Primes just below 2^30, as many as needed so their product exceeds 2^bits. */
export function primesAbove(bits: number): number[] {
  const out: number[] = [];
  let product = 1n;
  for (let c = PRIME_CEILING - 1; product <= 1n << BigInt(bits); c -= 2) {
    if (isPrime(c)) {
      out.push(c);
      product *= BigInt(c);
    }
  }
  return out;
}

function isPrime(c: number): boolean {
  for (let d = 3; d * d <= c; d += 2) if (c % d === 0) return false;
  return c % 2 === 1;
}

/**
 * For each class: counts[s] = number of coalitions of s members among everyone except one member of
 * that class whose total (capped) weight lies in [lo, hi]. `limit` bounds every weight that matters:
 * weights are capped at it and windows lie below it.
 */
export function windowCounts(
  weights: readonly number[],
  limit: number,
  classes: readonly WeightClass[],
): bigint[][] {
  const n = weights.length;
  const primes = primesAbove(Math.max(1, n - 1));
  const residues = classes.map(() =>
    Array.from({ length: n }, () => new Array<number>(primes.length).fill(0)),
  );
  const C = new Int32Array((n + 1) * limit);
  const D = new Int32Array((n + 1) * limit);
  const { lo, hi } = supports(weights, limit);
  primes.forEach((p, pi) => {
    fillTable(C, weights, limit, p, lo, hi);
    classes.forEach((cls, ci) => {
      removeOne(C, D, cls.weight, limit, n, p, lo, hi);
      if (cls.lo > cls.hi) return;
      for (let s = 0; s < n; s++) {
        const row = s * limit;
        let acc = 0;
        for (let x = Math.max(cls.lo, lo[s]!); x <= Math.min(cls.hi, hi[s]!); x++) {
          acc += D[row + x]!;
          if (acc >= p) acc -= p;
        }
        residues[ci]![s]![pi] = acc;
      }
    });
  });
  return residues.map((bySize) => bySize.map((r) => crt(r, primes)));
}

/** Row k of the table is zero outside [lo[k], hi[k]] (weights of k-member coalitions below limit). */
function supports(weights: readonly number[], limit: number): { lo: number[]; hi: number[] } {
  const n = weights.length;
  const lo = new Array<number>(n + 1).fill(limit);
  const hi = new Array<number>(n + 1).fill(-1);
  lo[0] = 0;
  hi[0] = 0;
  weights.forEach((w, j) => {
    if (w >= limit) return;
    for (let k = j; k >= 0; k--) {
      if (hi[k]! < 0 || lo[k]! + w >= limit) continue;
      lo[k + 1] = Math.min(lo[k + 1]!, lo[k]! + w);
      hi[k + 1] = Math.max(hi[k + 1]!, Math.min(hi[k]! + w, limit - 1));
    }
  });
  return { lo, hi };
}

/** C[k*limit + x] = (number of k-member coalitions of weight x) mod p, for x < limit. */
function fillTable(
  C: Int32Array,
  weights: readonly number[],
  limit: number,
  p: number,
  lo: number[],
  hi: number[],
): void {
  C.fill(0);
  C[0] = 1;
  const reached = new Array<number>(weights.length + 1).fill(-1);
  reached[0] = 0;
  weights.forEach((w, j) => {
    if (w >= limit) return; // joining pushes a coalition to ≥ limit: nothing counted changes
    // Downward in k so row k is still "before member j" when row k+1 reads it.
    for (let k = Math.min(j, weights.length - 1); k >= 0; k--) {
      if (reached[k]! < 0) continue;
      const from = k * limit;
      const to = (k + 1) * limit + w;
      const top = Math.min(hi[k]!, limit - 1 - w);
      for (let x = top; x >= lo[k]!; x--) {
        const c = C[from + x]!;
        if (c === 0) continue;
        let v = C[to + x]! + c;
        if (v >= p) v -= p;
        C[to + x] = v;
      }
      if (top >= lo[k]!) reached[k + 1] = 0;
    }
  });
}

/** D = the table without one member of weight w: D[k][x] = C[k][x] − D[k−1][x−w] (mod p). */
function removeOne(
  C: Int32Array,
  D: Int32Array,
  w: number,
  limit: number,
  n: number,
  p: number,
  lo: number[],
  hi: number[],
): void {
  D.fill(0);
  D[0] = C[0]!;
  for (let k = 1; k <= n; k++) {
    const row = k * limit;
    const prev = (k - 1) * limit;
    for (let x = lo[k]!; x <= hi[k]!; x++) {
      let v = C[row + x]!;
      if (x >= w) {
        v -= D[prev + x - w]!;
        if (v < 0) v += p;
      }
      D[row + x] = v;
    }
  }
}

/** The integer in [0, Π p) with the given residues (Garner's mixed-radix form). */
function crt(residues: readonly number[], primes: readonly number[]): bigint {
  let x = 0n;
  let M = 1n;
  primes.forEach((pn, j) => {
    const p = BigInt(pn);
    const r = BigInt(residues[j]!);
    const t = (((((r - (x % p)) % p) + p) % p) * modInverse(M % p, p)) % p;
    x += M * t;
    M *= p;
  });
  return x;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
