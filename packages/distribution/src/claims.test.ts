import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cea, cel, checkClaims, claimsProportional, talmud, type ClaimsProblem } from './claims';
import { Rational } from './rational';
import { fr } from './test-games';

const R = (n: number, d = 1) => Rational.of(n, d);
const talmudClaims = [100, 200, 300].map((c) => R(c));
const p = (estate: number): ClaimsProblem => ({ estate: R(estate), claims: talmudClaims });

describe('claims rules on the Talmud estates (claims 100, 200, 300)', () => {
  it('Talmud rule: 33⅓ each; 50/75/75; 50/100/150 (Aumann & Maschler 1985)', () => {
    expect(fr(talmud(p(100)).awards)).toEqual(['100/3', '100/3', '100/3']);
    expect(fr(talmud(p(200)).awards)).toEqual(['50', '75', '75']);
    expect(fr(talmud(p(300)).awards)).toEqual(['50', '100', '150']);
  });

  it('constrained equal awards: 33⅓ each; 66⅔ each; 100 each', () => {
    expect(fr(cea(p(100)).awards)).toEqual(['100/3', '100/3', '100/3']);
    expect(fr(cea(p(200)).awards)).toEqual(['200/3', '200/3', '200/3']);
    expect(fr(cea(p(300)).awards)).toEqual(['100', '100', '100']);
    expect(cea(p(200)).lambda!.toFraction()).toBe('200/3');
  });

  it('constrained equal losses: 0/0/100; 0/50/150; 0/100/200', () => {
    expect(fr(cel(p(100)).awards)).toEqual(['0', '0', '100']);
    expect(fr(cel(p(200)).awards)).toEqual(['0', '50', '150']);
    expect(fr(cel(p(300)).awards)).toEqual(['0', '100', '200']);
  });

  it('proportional: 50/100/150 for the estate 300', () => {
    expect(fr(claimsProportional(p(300)).awards)).toEqual(['50', '100', '150']);
  });

  it('refuses negative claims and an estate above the claims', () => {
    expect(checkClaims({ estate: R(700), claims: talmudClaims })?.code).toBe('invalid-claims');
    expect(checkClaims({ estate: R(1), claims: [R(-1), R(5)] })?.code).toBe('invalid-claims');
    expect(checkClaims(p(600))).toBeUndefined();
  });

  it('awards sum to the estate, stay within the claims and keep their order (property)', () => {
    const arb = fc
      .array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 })
      .chain((c) => fc.tuple(fc.constant(c), fc.integer({ min: 0, max: c.reduce((a, b) => a + b, 0) })));
    fc.assert(
      fc.property(arb, ([c, e]) => {
        const problem = { estate: R(e, 3), claims: c.map((x) => R(x, 3)) };
        for (const rule of [cea, cel, talmud, claimsProportional]) {
          const x = rule(problem).awards;
          expect(Rational.sum(x).eq(problem.estate)).toBe(true);
          x.forEach((xi, i) => {
            expect(xi.sign() >= 0 && xi.le(problem.claims[i]!)).toBe(true);
            // Order preservation: a larger claim never gets less, nor loses less.
            problem.claims.forEach((cj, j) => {
              if (problem.claims[i]!.ge(cj)) {
                expect(xi.ge(x[j]!)).toBe(true);
                expect(problem.claims[i]!.sub(xi).ge(cj.sub(x[j]!))).toBe(true);
              }
            });
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('CEA and CEL are dual: CEL awards = claims − CEA of the losses (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (c, k) => {
          const claims = c.map((x) => R(x));
          const total = c.reduce((a, b) => a + b, 0);
          const estate = R(k % (total + 1));
          const losses = cea({ estate: R(total).sub(estate), claims }).awards;
          expect(fr(cel({ estate, claims }).awards)).toEqual(fr(claims.map((ci, i) => ci.sub(losses[i]!))));
        },
      ),
    );
  });
});
