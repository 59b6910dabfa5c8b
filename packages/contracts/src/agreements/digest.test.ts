import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical';
import { agreementDigest, sha256Hex } from './digest';
import { completeAgreement } from './test-fixtures';

describe('canonical JSON of agreement data', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 2, x: 1 }, a: '中文' }, '{"a":"中文","z":{"x":1,"y":2}}'],
    [{ s: 'line\n"quoted"\u0001' }, '{"s":"line\\n\\"quoted\\"\\u0001"}'],
    [{ a: undefined, b: 0 }, '{"b":0}'],
    [[], '[]'],
    [{}, '{}'],
  ])('writes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('sorts keys by UTF-16 code units as RFC 8785 §3.2.3 does', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Read the order from the string: Object.keys would list the integer-like key "1" first.
    const out = canonicalJson(value);
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) =>
      out.indexOf(`${JSON.stringify(k)}:`),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])(
    'refuses the number %s (decimals travel as strings)',
    (n) => {
      expect(() => canonicalJson({ n })).toThrow();
    },
  );

  it('is the same for the same data whatever the key order', () => {
    const a = completeAgreement();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(canonicalJson(reordered)).toBe(canonicalJson(a));
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['中文', '72726d8818f693066ceb69afa364218b692e62ea92b385782363780f47529c21'],
  ])('hashes %j with Web Crypto', async (input, hex) => {
    expect(await sha256Hex(input)).toBe(hex);
  });
});

describe('agreementDigest', () => {
  it('changes when one datum changes and not when keys are reordered', async () => {
    const a = completeAgreement();
    const d = await agreementDigest(a);
    expect(d).toMatch(/^[0-9a-f]{64}$/);
    expect(await agreementDigest(Object.fromEntries(Object.entries(a).reverse()))).toBe(d);
    expect(await agreementDigest({ ...a, confidentiality: { termYears: 5 } })).not.toBe(d);
  });
});
