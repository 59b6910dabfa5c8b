import { describe, expect, it } from 'vitest';
import { JsonNumber, keyOrder, parseJsonExact } from './json';

describe('parseJsonExact', () => {
  it('keeps numbers as their source text', () => {
    const r = parseJsonExact('{"a": 0.1, "b": [1e-7, -0, 123456789012345678901234567890]}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { a: JsonNumber; b: JsonNumber[] };
    expect(v.a).toBeInstanceOf(JsonNumber);
    expect(v.a.text).toBe('0.1');
    expect(v.b.map((x) => x.text)).toEqual(['1e-7', '-0', '123456789012345678901234567890']);
  });

  it('reads strings, escapes, literals and Unicode keys', () => {
    const r = parseJsonExact('{"甲,乙": "x\\n\\u4e19", "t": true, "f": false, "z": null}');
    expect(r.ok && r.value).toEqual({ '甲,乙': 'x\n丙', t: true, f: false, z: null });
  });

  it('refuses duplicate keys instead of letting the last one win', () => {
    const r = parseJsonExact('{"甲": 1, "甲": 2}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('duplicate key "甲"');
  });

  it('stores a "__proto__" key as data', () => {
    const r = parseJsonExact('{"__proto__": 1}');
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value as object)).toEqual(['__proto__']);
  });

  it('reports the position of malformed input in both languages', () => {
    for (const bad of ['', '{', '{"a" 1}', '[1,]', '{"a": 01}', '"abc', '{"a": 1} x', 'NaN', '[.5]']) {
      const r = parseJsonExact(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid-json');
        expect(r.message.en).toMatch(/^invalid JSON at character \d+/);
        expect(r.message['zh-CN']).toMatch(/^JSON 无效/);
      }
    }
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(parseJsonExact('['.repeat(10_000) + ']'.repeat(10_000)).ok).toBe(false);
  });
});

describe('keyOrder', () => {
  it('remembers the source order of keys, even integer-like ones', () => {
    const r = parseJsonExact('{"10": 1, "2": 2, "b": 3, "a": 4}');
    expect(r.ok && keyOrder(r.value as object)).toEqual(['10', '2', 'b', 'a']);
    expect(keyOrder({ b: 1, a: 2 })).toEqual(['b', 'a']);
  });
});
