// Money: yuan as decimal text, fen as bigint. Never a float.
import type { JsonNumber } from './json';
import { parseRational, Rational } from './rational';
import { fail, ok, type Result } from './result';

const AMOUNT = /^-?\d{1,20}(\.\d+)?$/;

/**
 * Parses an amount in yuan ("1100000.00", 1100000, "-12.5") into fen. At most 2 decimals of value
 * ("1.230" is 1.23 and passes; "1.234" does not); no exponent, no fraction. Negative amounts (a loss to
 * share) are allowed.
 */
export function parseAmountFen(x: string | JsonNumber | number): Result<bigint> {
  const text =
    typeof x === 'string' ? x : typeof x === 'number' ? (Number.isFinite(x) ? String(x) : '') : x.text;
  const bad = () =>
    fail(
      'invalid-amount',
      `金额 "${text}" 无效:应为以元为单位、最多两位小数的十进制数`,
      `invalid amount "${text}": expected a decimal number of yuan with at most 2 decimals`,
    );
  if (!AMOUNT.test(text)) return bad();
  const r = parseRational(text);
  if (r === undefined) return bad();
  const fen = r.mul(Rational.of(100));
  return fen.isInteger() ? ok(fen.num) : bad();
}

/** "433333.34" / "-0.05" from fen. */
export function formatFen(fen: bigint): string {
  return Rational.of(fen, 100).toDecimalString(2);
}

/** Fen as yuan for people to read: thousands separated, two decimals (-1,234,567.80). */
export function formatFenGrouped(fen: bigint): string {
  const [whole = '', cents = ''] = formatFen(fen < 0n ? -fen : fen).split('.');
  return `${fen < 0n ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

/**
 * Splits amountFen in proportion to the weights, exactly to the fen, by largest remainder: everyone
 * gets ⌊share⌋, and the fen left over go one each to the largest fractional remainders, ties to the
 * earlier player. Σ result = amountFen always. Weights may be negative (a member who pays in); only
 * their sum must not be 0 (unless the amount is 0 too).
 */
export function splitMoney(amountFen: bigint, weights: readonly Rational[]): Result<bigint[]> {
  const total = Rational.sum(weights);
  if (total.isZero()) {
    if (amountFen === 0n) return ok(weights.map(() => 0n));
    return fail(
      'no-solution',
      '分配值之和为 0,无法按比例拆分金额',
      'the allocation sums to 0, so the amount cannot be split in proportion to it',
    );
  }
  const amount = Rational.of(amountFen);
  const shares = weights.map((w) => amount.mul(w).div(total));
  const fen = shares.map((s) => s.floor());
  const remainders = shares.map((s, i) => s.sub(Rational.of(fen[i]!)));
  let left = amountFen - fen.reduce((a, b) => a + b, 0n);
  const order = remainders.map((_, i) => i).sort((a, b) => remainders[b]!.cmp(remainders[a]!) || a - b);
  for (const i of order) {
    if (left <= 0n) break;
    fen[i]! += 1n;
    left -= 1n;
  }
  return ok(fen);
}
