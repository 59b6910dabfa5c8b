// Money on screen is a decimal string from the API. Totals are summed as integer fen (BigInt), never
// as floats; the display keeps the API's digits with thousands separators.

/** Yuan as a decimal string ("-1234.5", "1,234.56") to integer fen; undefined when it is not money. */
export function toFen(v: string): bigint | undefined {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(v.replace(/[,\s]/g, ''));
  if (!m) return undefined;
  const fen = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -fen : fen;
}

/** Integer fen as a yuan decimal string with two decimals ("1234.50"). */
export function fenToYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The exact sum of decimal money strings, in fen (unparseable values count as an error: undefined). */
export function sumFen(values: string[]): bigint | undefined {
  let total = 0n;
  for (const v of values) {
    const f = toFen(v);
    if (f === undefined) return undefined;
    total += f;
  }
  return total;
}

/** What a user typed as an amount, cleaned for the API ("1,200,000" → "1200000"), or undefined. */
export function cleanAmount(v: string | undefined | null): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = v.replace(/[,\s，]/g, '');
  return /^\d{1,15}(\.\d{1,2})?$/.test(s) ? s : undefined;
}
