/** Milliseconds in a day; agreement periods are whole days of 24 hours from the triggering instant. */
export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO instant (already validated by the contracts). */
export function ms(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`not an instant: ${iso}`);
  return t;
}

/** The instant `days` days after `t` (ms). */
export function plusDays(t: number, days: number): number {
  return t + days * DAY_MS;
}

/** An instant as ISO 8601 UTC. */
export function iso(t: number): string {
  return new Date(t).toISOString();
}

/** The end (24:00 Beijing time, UTC+8) of the date `months` calendar months after a YYYY-MM-DD date, clamped to month ends. */
export function endOfDatePlusMonths(date: string, months: number): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  // China has no daylight saving: 24:00 at UTC+8 is 16:00 UTC of the same date.
  return Date.UTC(year, month, Math.min(d, lastDay)) + 16 * 3_600_000;
}
