// Shared pieces of the per-player explanations (one line per player, zh-CN or en).
import { formatDecimal, Rational } from './rational';
import type { Text } from './result';

/** What a method hands back before the answer is assembled. */
export interface Outcome {
  values: Rational[];
  /** Whether `values` are exact on rational input (false for sampled estimates). */
  exact: boolean;
  standardErrors?: Rational[];
  /** The method-specific reason per player, without the name prefix and the share/amount tail; "{i}" names the player. */
  lines: Text[];
  warnings: Text[];
  /** v({i}) where known, for the individual-rationality warnings. */
  standalone?: Rational[];
}

/** A bilingual text. */
export function t(zh: string, en: string): Text {
  return { 'zh-CN': zh, en };
}

/** A rational for reading: the fraction when short ("13/3"), else 12 significant decimals. */
export function fmt(x: Rational): string {
  const f = x.toFraction();
  return f.length <= 24 ? f : formatDecimal(x);
}

/** The fraction with its decimal value when that adds something: "13/3(≈4.333333333333)". */
export function fmtApprox(x: Rational, lang: 'zh' | 'en'): string {
  const f = fmt(x);
  if (x.isInteger() || f.includes('.')) return f;
  const d = formatDecimal(x);
  return lang === 'zh' ? `${f}(≈${d})` : `${f} (≈${d})`;
}

/** A big count for reading: exact up to 20 digits, then "≈1.234×10^59". */
export function fmtCount(c: bigint): string {
  const s = c.toString();
  if (s.length <= 20) return s;
  return `≈${s[0]}.${s.slice(1, 4)}×10^${s.length - 1}`;
}

/** "{甲,乙}" for a coalition bitmask. */
export function coalition(players: readonly string[], mask: number): string {
  const names: string[] = [];
  for (let i = 0; i < players.length; i++) if (mask & (1 << i)) names.push(players[i]!);
  return `{${names.join(',')}}`;
}

/** Share of the total as a percentage with 2 decimals ("39.39%"), or undefined when Σ = 0. */
export function percent(x: Rational, total: Rational): string | undefined {
  if (total.isZero()) return undefined;
  return `${x.div(total).mul(Rational.of(100)).toDecimalString(2)}%`;
}
