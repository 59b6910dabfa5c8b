/** Exact decimal helpers for yuan amounts held as strings (never floats). */

/** Parses "1234.5" / "-0.07" into fen (integer hundredths). */
export function toFen(amount: string): bigint {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!m) throw new RangeError(`not a money amount: ${amount}`);
  const fen = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -fen : fen;
}

/** Fen back to a yuan string with two decimals. */
export function fromFen(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * An amount for text people read: thousands separated and two decimals ("552000" → "552,000.00",
 * -1234.5 fen-exact → "-1,234.50"). Takes a yuan decimal string or fen.
 */
export function formatYuan(amount: string | bigint): string {
  const text = fromFen(typeof amount === 'bigint' ? amount : toFen(amount));
  const [int = '', dec = ''] = text.replace(/^-/, '').split('.');
  return `${text.startsWith('-') ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** a / b as a percentage with `digits` decimals, rounded half up; null when b is zero. */
export function percent(a: string, b: string, digits = 2): string | null {
  const x = toFen(a);
  const y = toFen(b);
  if (y === 0n) return null;
  const scale = 10n ** BigInt(digits);
  const num = x * 100n * scale;
  const neg = num < 0n !== y < 0n;
  const [n, d] = [num < 0n ? -num : num, y < 0n ? -y : y];
  const q = (n * 2n + d) / (2n * d);
  const s = q.toString().padStart(digits + 1, '0');
  return `${neg && q !== 0n ? '-' : ''}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}
