/** An exact non-negative rational num/den with den > 0 (bigint so that products never overflow). */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const FRACTION = /^(\d{1,9})\/([1-9]\d{0,8})$/;
const INTEGER = /^(0|1)$/;
const PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?%$/;

/** Parses "2/3", "0", "1" or "66.67%" into an exact rational in [0, 1]; undefined when malformed or out of range. */
export function parseRatio(text: string): Rational | undefined {
  let r: Rational | undefined;
  const f = FRACTION.exec(text);
  const p = PERCENT.exec(text);
  if (f?.[1] !== undefined && f[2] !== undefined) r = { num: BigInt(f[1]), den: BigInt(f[2]) };
  else if (INTEGER.test(text)) r = { num: BigInt(text), den: 1n };
  else if (p?.[1] !== undefined) {
    const decimals = p[2] ?? '';
    r = { num: BigInt(p[1] + decimals), den: 100n * 10n ** BigInt(decimals.length) };
  }
  if (r === undefined || r.num > r.den) return undefined;
  return r;
}

/** Like parseRatio but throws; for values that already passed RatioSchema. */
export function getRatio(text: string): Rational {
  const r = parseRatio(text);
  if (r === undefined) throw new RangeError(`not a ratio: ${text}`);
  return r;
}

/** Compares a/b with the rational r exactly: -1, 0 or 1 (b > 0). */
export function compareFraction(a: bigint, b: bigint, r: Rational): -1 | 0 | 1 {
  const left = a * r.den;
  const right = r.num * b;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The rational in lowest terms as "a/b" (or "0"/"1"). */
export function formatRational(r: Rational): string {
  const g = gcd(r.num, r.den);
  const n = r.num / g;
  const d = r.den / g;
  return d === 1n ? `${n}` : `${n}/${d}`;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? (a === 0n ? 1n : a) : gcd(b, a % b);
}
