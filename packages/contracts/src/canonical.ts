/**
 * Canonical JSON (RFC 8785 style): object keys sorted by UTF-16 code unit, no whitespace, strings as
 * JSON.stringify writes them. Numbers must be safe integers: decimals travel as strings, so a
 * digest never depends on float formatting. Anything JSON cannot carry faithfully (Dates, Maps,
 * class instances, undefined in arrays, lone surrogates, cycles) is refused rather than guessed.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new TypeError('canonicalJson: lone surrogate in string');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`canonicalJson: non-integer number ${value}`);
      return String(value);
    case 'object': {
      if (seen.has(value)) throw new TypeError('canonicalJson: cyclic value');
      seen.add(value);
      let out: string;
      if (Array.isArray(value)) {
        out = `[${value
          .map((v) => {
            if (v === undefined) throw new TypeError('canonicalJson: undefined in an array');
            return write(v, seen);
          })
          .join(',')}]`;
      } else {
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) {
          throw new TypeError(`canonicalJson: not a plain object (${value.constructor?.name ?? 'unknown'})`);
        }
        const entries = Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        out = `{${entries.map(([k, v]) => `${write(k, seen)}:${write(v, seen)}`).join(',')}}`;
      }
      seen.delete(value);
      return out;
    }
    default:
      throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
  }
}
