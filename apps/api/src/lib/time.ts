/** PostgreSQL's text form of timestamptz ('2026-01-02 03:04:05.678+00') as ISO-8601. */
export function toIso(value: string | Date): string;
export function toIso(value: string | Date | null): string | null;
export function toIso(value: string | Date | null): string | null {
  if (value === null) return null;
  return (
    value instanceof Date
      ? value
      : new Date(value.includes('T') ? value : value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'))
  ).toISOString();
}
