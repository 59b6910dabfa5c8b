import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys by code unit and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], é: { z: 0, y: '1.50' } })).toBe(
      '{"a":[true,null,"x"],"b":1,"é":{"y":"1.50","z":0}}',
    );
  });

  it('omits undefined object members but refuses what JSON cannot carry faithfully', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/plain object/);
    expect(() => canonicalJson([1, undefined])).toThrow(/undefined/);
    expect(() => canonicalJson(1.5)).toThrow(/non-integer/);
    expect(() => canonicalJson('\uD800')).toThrow(/surrogate/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/);
  });

  it('is the same for the same data whatever the key order, and parses back to it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(obj);
      }),
    );
  });
});
