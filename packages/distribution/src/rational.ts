// Exact rationals on bigint. Every value computation of the engine goes through here (or through
// integers scaled by a common denominator), so that no allocation is ever touched by a float.

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Greatest common divisor of two bigints (non-negative; gcd(0, 0) = 0). */
export function gcdBig(a: bigint, b: bigint): bigint {
  return gcd(a, b);
}

/** Least common multiple of two positive bigints. */
export function lcmBig(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

// Decimal formatting asks for the same powers again and again.
const pow10Cache: bigint[] = [1n];
/** 10^k as a bigint (cached). */
export function pow10(k: number): bigint {
  for (let i = pow10Cache.length; i <= k; i++) pow10Cache.push(pow10Cache[i - 1]! * 10n);
  return pow10Cache[k]!;
}

// Exponents beyond this would let a 10-byte input ("1e999999999") allocate gigabytes.
const MAX_EXPONENT = 400;

/** An exact rational number num/den, always normalised: den > 0 and gcd(num, den) = 1. */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);
  static readonly MINUS_ONE = new Rational(-1n, 1n);

  /** num/den normalised; den = 0 is a programming error and throws RangeError. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    const n = toBig(num);
    let d = toBig(den);
    if (d === 0n) throw new RangeError('Rational: zero denominator');
    if (d === 1n) return n === 0n ? Rational.ZERO : new Rational(n, 1n);
    let m = n;
    if (d < 0n) {
      d = -d;
      m = -m;
    }
    const g = gcd(m, d);
    return g === 1n ? new Rational(m, d) : new Rational(m / g, d / g);
  }

  /** Builds from parts already known to be normalised (internal fast path; checked in tests). */
  static unsafe(num: bigint, den: bigint): Rational {
    return new Rational(num, den);
  }

  add(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    if (this.num === 0n || o.num === 0n) return Rational.ZERO;
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  /** Division; dividing by zero is a programming error and throws RangeError. */
  div(o: Rational): Rational {
    if (o.num === 0n) throw new RangeError('Rational: division by zero');
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  neg(): Rational {
    return this.num === 0n ? this : new Rational(-this.num, this.den);
  }
  abs(): Rational {
    return this.num < 0n ? new Rational(-this.num, this.den) : this;
  }
  /** -1, 0 or 1. */
  cmp(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  le(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  ge(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }
  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** "13/3", "-1/2" or "5". */
  toFraction(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
  toString(): string {
    return this.toFraction();
  }
  toJSON(): string {
    return this.toFraction();
  }

  /**
   * Fixed-point decimal with `digits` fraction digits, rounded half away from zero
   * (commercial rounding, 四舍五入): 1/8 → "0.13" at 2 digits, -1/8 → "-0.13".
   */
  toDecimalString(digits: number): string {
    const neg = this.num < 0n;
    const a = neg ? -this.num : this.num;
    const scaled = a * pow10(digits);
    let q = scaled / this.den;
    if ((scaled % this.den) * 2n >= this.den) q += 1n;
    return (neg && q !== 0n ? '-' : '') + placePoint(q, digits);
  }

  /** From a finite JS number through its shortest round-trip decimal text, so 0.1 is exactly 1/10. */
  static fromNumber(x: number): Rational | undefined {
    if (!Number.isFinite(x)) return undefined;
    if (Number.isSafeInteger(x)) return Rational.of(BigInt(x));
    return parseRational(String(x));
  }

  static min(a: Rational, b: Rational): Rational {
    return a.le(b) ? a : b;
  }
  static max(a: Rational, b: Rational): Rational {
    return a.ge(b) ? a : b;
  }
  /** Σ of a list (0 for an empty list). */
  static sum(xs: Iterable<Rational>): Rational {
    let s = Rational.ZERO;
    for (const x of xs) s = s.add(x);
    return s;
  }
}

function toBig(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`Rational: ${x} is not a safe integer`);
  return BigInt(x);
}

/** Writes the non-negative integer q / 10^digits as a decimal string. */
function placePoint(q: bigint, digits: number): string {
  if (digits === 0) return q.toString();
  const s = q.toString().padStart(digits + 1, '0');
  return `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;

/**
 * Parses a decimal ("12", "-0.125", "1.5e3", ".5") or a fraction ("13/3") exactly.
 * Returns undefined for anything else (including whitespace, "NaN", "0x10", a zero denominator).
 */
export function parseRational(text: string): Rational | undefined {
  const f = FRACTION.exec(text);
  if (f) {
    const den = BigInt(f[2]!);
    return den === 0n ? undefined : Rational.of(BigInt(f[1]!), den);
  }
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const sign = m[1] ?? m[5] ?? '';
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? m[6] ?? '';
  const expText = m[4] ?? m[7];
  const exp = expText === undefined ? 0 : Number(expText);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > MAX_EXPONENT) return undefined;
  // Long digit strings are fine for BigInt, but cap them like exponents to bound the work.
  if (intPart.length + frac.length > 10_000) return undefined;
  let num = BigInt(intPart + frac);
  if (sign === '-') num = -num;
  const shift = exp - frac.length;
  return shift >= 0 ? Rational.of(num * pow10(shift)) : Rational.of(num, pow10(-shift));
}

/** Number of zeros between the decimal point and the first significant digit of |x| < 1. */
function leadingFractionZeros(x: Rational): number {
  const a = x.abs();
  let z = 0;
  while (a.num * pow10(z + 1) < a.den) z++;
  return z;
}

/**
 * The SPEC §6.2 `allocation` form: 12 fraction digits, and more for small magnitudes so that every
 * non-zero value shows at least 12 significant digits (4/2145 → "0.00186480186480").
 */
export function formatDecimal(x: Rational, significant = 12): string {
  if (x.isZero()) return `0.${'0'.repeat(significant)}`;
  const a = x.abs();
  const digits = a.num >= a.den ? significant : significant + leadingFractionZeros(x);
  return x.toDecimalString(digits);
}
