// Calendar arithmetic for the agreement's periods. Dates in agreements are Chinese calendar dates,
// so a date ends at midnight in China (UTC+8), whatever the server's time zone.

const DAY = 24 * 60 * 60 * 1000;

/** The first instant of a calendar date in China. */
export const startOfDayCn = (date: string): Date => new Date(`${date}T00:00:00.000+08:00`);

/** The last instant of a calendar date in China. */
export const endOfDayCn = (date: string): Date => new Date(`${date}T23:59:59.999+08:00`);

/** The calendar date (YYYY-MM-DD) of an instant in China. */
export const dateCn = (at: Date): string =>
  new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The instant `days` calendar days later. */
export const addDays = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY);

/** The date `months` calendar months later; the 31st of a shorter month becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
