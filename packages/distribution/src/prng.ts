// Seeded randomness: xoshiro128** (Blackman & Vigna, 2018) with its 128-bit state filled by
// SplitMix64 from the seed, as the xoshiro authors recommend. Same seed → same stream, on every
// platform, because only 32-bit integer operations (Math.imul, >>> 0) are used.

const MASK64 = (1n << 64n) - 1n;

function splitMix64(state: bigint): [bigint, bigint] {
  const s = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = s;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return [s, z ^ (z >> 31n)];
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** xoshiro128** seeded by SplitMix64(seed); seed is any integer in [0, 2^64). */
export class Xoshiro128 {
  private s: [number, number, number, number];

  constructor(seed: bigint) {
    let st = seed & MASK64;
    const words: number[] = [];
    for (let k = 0; k < 2; k++) {
      const [next, out] = splitMix64(st);
      st = next;
      words.push(Number(out & 0xffffffffn), Number(out >> 32n));
    }
    this.s = words as [number, number, number, number];
    // SplitMix64 never yields an all-zero state in practice; guard anyway (xoshiro would stay at 0).
    if (this.s.every((w) => w === 0)) this.s[0] = 1;
  }

  /** A generator with its raw 128-bit state (for reference test vectors); not all zero. */
  static fromState(a: number, b: number, c: number, d: number): Xoshiro128 {
    const g = new Xoshiro128(0n);
    g.s = [a >>> 0, b >>> 0, c >>> 0, d >>> 0];
    return g;
  }

  /** The next uniform 32-bit unsigned integer. */
  nextU32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] = (s[2] ^ s[0]) >>> 0;
    s[3] = (s[3] ^ s[1]) >>> 0;
    s[1] = (s[1] ^ s[2]) >>> 0;
    s[0] = (s[0] ^ s[3]) >>> 0;
    s[2] = (s[2] ^ t) >>> 0;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** A uniform integer in [0, bound), 1 ≤ bound ≤ 2^32, by rejection (no modulo bias). */
  below(bound: number): number {
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = this.nextU32();
      if (x < limit) return x % bound;
    }
  }
}
