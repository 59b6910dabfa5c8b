/**
 * A decimal money string with thousands separators and exactly two decimals ("1234.5" → "1,234.50"),
 * kept exact (no float round trip).
 */
export function formatMoney(v: string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '-';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) return v;
  const int = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m[1] ?? ''}${int}.${(m[3] ?? '').padEnd(2, '0')}`;
}

/** Yuan as a number of 万元 (ten thousands), for charts only: display, never arithmetic. */
export function toWan(v: string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? Math.round(n / 100) / 100 : null;
}

/** A percentage string ("6.25") as "6.25%"; '-' for none. */
export const formatPercent = (v: string | null | undefined): string => (v ? `${v}%` : '-');

/** An ISO date or timestamp as YYYY-MM-DD; '-' for none. */
export const formatDate = (v: string | null | undefined): string => (v ? v.slice(0, 10) : '-');

/** Today as YYYY-MM-DD in the local time zone. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** An instant as "YYYY-MM-DD HH:mm" in the browser's time zone. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '-';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
