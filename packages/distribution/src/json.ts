// JSON.parse turns 0.1 into a binary float and silently rounds long numbers, so the CLI reads problems
// with this parser instead: numbers keep their source text and become exact rationals later.
import { fail, ok, type Result } from './result';

/** A JSON number kept as its source text (e.g. "0.1", "1e-7"), never converted to a float. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** What parseJsonExact returns: plain objects/arrays/strings/booleans/null, numbers as JsonNumber. */
export type ExactJson = null | boolean | string | JsonNumber | ExactJson[] | { [key: string]: ExactJson };

const MAX_DEPTH = 64;
const KEY_ORDER = Symbol('keyOrder');

/**
 * An object's keys in source order. JS enumerates integer-like keys ("2", "10") first and ascending,
 * whatever the JSON text said; objects from parseJsonExact remember the text's order.
 */
export function keyOrder(obj: object): string[] {
  const recorded = (obj as { [KEY_ORDER]?: string[] })[KEY_ORDER];
  return recorded ? [...recorded] : Object.keys(obj);
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class ParseError extends Error {
  constructor(
    readonly at: number,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Parses RFC 8259 JSON exactly: numbers stay text (JsonNumber) and duplicate object keys are
 * refused, because with JSON.parse the last one would silently win.
 */
export function parseJsonExact(text: string): Result<ExactJson> {
  const p = new Parser(text);
  try {
    p.ws();
    const v = p.value(0);
    p.ws();
    if (p.i < text.length) throw new ParseError(p.i, '多余的内容', 'unexpected trailing content');
    return ok(v);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return fail(
      'invalid-json',
      `JSON 无效(第 ${e.at + 1} 个字符):${e.zh}`,
      `invalid JSON at character ${e.at + 1}: ${e.en}`,
    );
  }
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  value(depth: number): ExactJson {
    if (depth > MAX_DEPTH) throw new ParseError(this.i, '嵌套过深', 'nested too deeply');
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    throw new ParseError(this.i, '此处应为一个值', 'expected a value');
  }

  object(depth: number): { [key: string]: ExactJson } {
    const out: { [key: string]: ExactJson } = {};
    const keys: string[] = [];
    Object.defineProperty(out, KEY_ORDER, { value: keys, enumerable: false });
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') throw new ParseError(this.i, '此处应为带引号的键', 'expected a quoted key');
      const at = this.i;
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        throw new ParseError(at, `重复的键 "${key}"`, `duplicate key "${key}"`);
      }
      this.ws();
      this.expect(':');
      this.ws();
      // defineProperty, not assignment, so a key named "__proto__" is data rather than a prototype.
      keys.push(key);
      Object.defineProperty(out, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect('}');
      return out;
    }
  }

  array(depth: number): ExactJson[] {
    const out: ExactJson[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      out.push(this.value(depth + 1));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect(']');
      return out;
    }
  }

  string(): string {
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) throw new ParseError(this.i, '字符串未结束', 'unterminated string');
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c < ' ') throw new ParseError(this.i, '字符串中有控制字符', 'control character in string');
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const e = this.s[this.i + 1] ?? '';
      if (e === 'u') {
        const hex = this.s.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          throw new ParseError(this.i, '无效的 \\u 转义', 'invalid \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 6;
      } else if (e in ESCAPES) {
        out += ESCAPES[e];
        this.i += 2;
      } else {
        throw new ParseError(this.i, '无效的转义', 'invalid escape');
      }
    }
  }

  number(): JsonNumber {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) throw new ParseError(this.i, '无效的数字', 'invalid number');
    this.i += m[0].length;
    return new JsonNumber(m[0]);
  }

  expect(ch: string): void {
    if (this.s[this.i] !== ch) throw new ParseError(this.i, `此处应为 "${ch}"`, `expected "${ch}"`);
    this.i++;
  }
}
