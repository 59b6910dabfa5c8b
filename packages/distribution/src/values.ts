// Reading numbers and player-keyed maps from an untrusted problem (CLI JSON or a server body).
import { JsonNumber } from './json';
import { parseRational, Rational } from './rational';
import { fail, ok, type Result } from './result';

/** A plain JSON-like object. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    !(x instanceof JsonNumber) &&
    !(x instanceof Rational)
  );
}

/**
 * An exact rational from a JSON number (exact source text), a JS number (through its shortest
 * decimal text, so 0.1 → 1/10), a decimal or fraction string ("2.5", "13/3"), a bigint or a Rational.
 */
export function readRational(x: unknown): Rational | undefined {
  if (x instanceof Rational) return x;
  if (x instanceof JsonNumber) return parseRational(x.text);
  if (typeof x === 'number') return Rational.fromNumber(x);
  if (typeof x === 'string') return parseRational(x);
  if (typeof x === 'bigint') return Rational.of(x);
  return undefined;
}

/** Shows a value in a message, shortened. */
export function show(x: unknown): string {
  const s =
    x instanceof JsonNumber
      ? x.text
      : typeof x === 'string'
        ? JSON.stringify(x)
        : typeof x === 'bigint'
          ? x.toString()
          : (JSON.stringify(x) ?? String(x));
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** A number at a named place, or a failure naming the place and the bad value. */
export function readNumberAt(x: unknown, zhWhere: string, enWhere: string): Result<Rational> {
  const r = readRational(x);
  if (r !== undefined) return ok(r);
  return fail('invalid-number', `${zhWhere} 不是数字:${show(x)}`, `${enWhere} is not a number: ${show(x)}`);
}

/** Reads {player: number} with exactly the players as keys, in players' order. */
export function readPlayerMap(x: unknown, players: readonly string[], field: string): Result<Rational[]> {
  if (!isRecord(x))
    return fail(
      'invalid-problem',
      `${field} 应为以成员名为键的对象`,
      `${field} must be an object keyed by player names`,
    );
  const known = new Set(players);
  for (const key of Object.keys(x)) {
    if (!known.has(key))
      return fail(
        'invalid-problem',
        `${field} 中有未知成员 "${key}"`,
        `${field} names an unknown player "${key}"`,
      );
  }
  const out: Rational[] = [];
  for (const p of players) {
    if (!Object.prototype.hasOwnProperty.call(x, p)) {
      return fail('invalid-problem', `${field} 缺少成员 "${p}"`, `${field} has no entry for player "${p}"`);
    }
    const r = readNumberAt(x[p], `${field}["${p}"]`, `${field}["${p}"]`);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

/** A non-negative integer that fits comfortably in a JS number (samples) or a bigint (seed). */
export function readInteger(x: unknown, field: string, max: bigint): Result<bigint> {
  const r = readRational(x);
  if (r === undefined || !r.isInteger() || r.sign() < 0 || r.num > max) {
    return fail(
      'invalid-problem',
      `${field} 应为 0 到 ${max} 之间的整数:${show(x)}`,
      `${field} must be an integer from 0 to ${max}: ${show(x)}`,
    );
  }
  return ok(r.num);
}
