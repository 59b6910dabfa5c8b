import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { improvedShapley, type Factor } from './improved';
import { Rational } from './rational';
import { fr, must } from './test-games';

const R = (n: number, d = 1) => Rational.of(n, d);

describe('improvedShapley', () => {
  it('applies φ′ = φ + (R − 1/n)·v(N) with R = Σ w·x/Σx, exactly', () => {
    // φ = (13/3, 23/6, 17/6), v(N) = 11; risk (0.6): 3, 2, 1; investment (0.4): 1, 1, 2.
    const factors: Factor[] = [
      { name: 'risk', weight: R(3, 5), scores: [R(3), R(2), R(1)] },
      { name: 'investment', weight: R(2, 5), scores: [R(1), R(1), R(2)] },
    ];
    const r = must(improvedShapley({ base: [R(13, 3), R(23, 6), R(17, 6)], total: R(11), factors }));
    // R = (0.3 + 0.1, 0.2 + 0.1, 0.1 + 0.2) = (2/5, 3/10, 3/10).
    expect(fr(r.share)).toEqual(['2/5', '3/10', '3/10']);
    expect(fr(r.delta)).toEqual(['11/15', '-11/30', '-11/30']);
    expect(fr(r.values)).toEqual(['76/15', '52/15', '37/15']);
  });

  it('warns when a corrected value falls below v({i}) or below 0', () => {
    const factors: Factor[] = [{ name: 'risk', weight: R(1), scores: [R(1), R(0)] }];
    const r = must(improvedShapley({ base: [R(5), R(1)], total: R(6), factors, standalone: [R(1), R(1)] }));
    expect(fr(r.values)).toEqual(['8', '-2']);
    expect(r.warnings[0]).toEqual([]);
    expect(r.warnings[1]!.map((w) => w.en)).toEqual([
      'the corrected value -2 is below its stand-alone value v({i}) = 1 (not individually rational)',
      'the corrected value -2 is negative',
    ]);
  });

  it('refuses factor weights that do not sum to exactly 1, and bad scores', () => {
    const base = [R(1), R(1)];
    const f = (weight: Rational, scores = [R(1), R(1)]): Factor => ({
      name: `f${weight.toFraction()}`,
      weight,
      scores,
    });
    const bad = improvedShapley({ base, total: R(2), factors: [f(R(3, 5)), f(R(3, 10))] });
    expect(!bad.ok && bad.message.en).toBe('factor weights must sum to exactly 1, they sum to 9/10');
    expect(improvedShapley({ base, total: R(2), factors: [f(R(1), [R(0), R(0)])] }).ok).toBe(false);
    expect(improvedShapley({ base, total: R(2), factors: [f(R(1), [R(-1), R(2)])] }).ok).toBe(false);
    expect(improvedShapley({ base, total: R(2), factors: [] }).ok).toBe(false);
  });

  it('preserves the total (efficiency, property)', () => {
    const arb = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        base: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }),
        scores: fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ base, scores }) => {
        const k = scores.length;
        const factors = scores.map((s, j) => ({
          name: `f${j}`,
          weight: R(1, k),
          scores: s.map((x) => R(x)),
        }));
        const phi = base.map((b) => R(b));
        const total = Rational.sum(phi);
        const r = must(improvedShapley({ base: phi, total, factors }));
        expect(Rational.sum(r.values).eq(total)).toBe(true);
        expect(Rational.sum(r.share).toFraction()).toBe('1');
      }),
    );
  });
});
