import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCollaborationGraph, buildMatchingIndex, matchProfiles } from './match';
import { createTokenizer } from './tokenizer';
import { ORGANISATION_KINDS, type CapabilityProfile, type MatchResult } from './types';

const tokenizer = createTokenizer();

const profiles: CapabilityProfile[] = [
  {
    id: 'xmu',
    name: '厦门大学',
    text: '宽禁带半导体 碳化硅 功率器件',
    kind: 'university',
    region: '350203',
    tags: ['碳化硅'],
  },
  {
    id: 'sanan',
    name: '三安光电',
    text: '碳化硅 外延 芯片 量产',
    kind: 'enterprise',
    region: '350206',
    trl: [6, 9],
  },
  {
    id: 'fzu',
    name: '福州大学',
    text: '功率芯片 封装',
    kind: 'university',
    region: '350102',
    passages: ['碳化硅功率模块封装可靠性', '电池 回收'],
    qualifications: ['国家重点实验室'],
  },
];
const index = buildMatchingIndex(profiles, { tokenizer, bigramWeight: 0.5 });
const history = buildCollaborationGraph([['sanan', 'fzu']]);

const sumOfPoints = (r: MatchResult) => r.reasons.reduce((s, x) => s + x.points, 0);

describe('reasons', () => {
  const results = matchProfiles(
    index,
    {
      text: '碳化硅功率芯片国产化',
      tags: ['碳化硅'],
      kind: 'enterprise',
      region: '350211',
      trl: 7,
      qualifications: ['国家重点实验室'],
      members: ['sanan'],
    },
    { history },
  );

  it('gives every result reasons in zh and en whose points add up to its score', () => {
    expect(results.length).toBe(2);
    for (const r of results) {
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const reason of r.reasons) {
        expect(reason.zh).toMatch(/\p{Script=Han}/u);
        expect(reason.en).toMatch(/[a-z]/);
        expect(reason.en).not.toMatch(/[匹配标签类型同城]/);
      }
      expect(sumOfPoints(r)).toBeCloseTo(r.score, 9);
    }
  });

  it('names the matched terms with their points, as in the score', () => {
    const xmu = results.find((r) => r.id === 'xmu')!;
    const terms = xmu.reasons.find((r) => r.code === 'terms')!;
    expect(terms.zh).toContain('碳化硅');
    const sic = xmu.terms.find((t) => t.term === '碳化硅')!;
    expect(terms.en).toContain(`碳化硅 +${sic.points.toFixed(2)}`);
    expect(xmu.reasons.find((r) => r.code === 'tags')?.zh).toContain('碳化硅');
  });

  it('explains each fit part that is non-zero, and only those', () => {
    const fzu = results.find((r) => r.id === 'fzu')!;
    const codes = fzu.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['kind', 'region', 'qualifications', 'history', 'passage']));
    expect(codes).not.toContain('trl');
    expect(fzu.reasons.find((r) => r.code === 'region')?.en).toContain('same province');
    expect(fzu.reasons.find((r) => r.code === 'history')?.zh).toContain('三安光电');
    expect(fzu.reasons.find((r) => r.code === 'passage')?.zh).toContain('碳化硅功率模块封装可靠性');
    const kind = fzu.reasons.find((r) => r.code === 'kind')!;
    expect(kind.points).toBeCloseTo(fzu.relevance * fzu.fit.kind, 10);
  });

  it('shows the coverage discount as negative points naming the covered terms', () => {
    const xmu = results.find((r) => r.id === 'xmu')!;
    const coverage = xmu.reasons.find((r) => r.code === 'coverage')!;
    expect(coverage.points).toBeLessThan(0);
    expect(coverage.en).toContain('碳化硅');
  });
});

describe('reasons, as a property', () => {
  const words = ['碳化硅', '芯片', '电池', '热失控', '封装', 'power', 'sensor'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
  const profile = fc.record({
    id: fc.stringMatching(/^[a-z]{1,3}$/),
    text,
    kind: fc.constantFrom(...ORGANISATION_KINDS),
    region: fc.constantFrom('350203', '350102', '110108', 'DE'),
  });

  it('always sum to the score, for any corpus, query, members and fit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(profile, { minLength: 2, maxLength: 12, selector: (p) => p.id }),
        text,
        fc.constantFrom(...ORGANISATION_KINDS),
        (ps, q, kind) => {
          const idx = buildMatchingIndex(ps, { tokenizer, bigramWeight: 0.5 });
          const graph = buildCollaborationGraph([ps.slice(0, 3).map((p) => p.id)]);
          const members = [ps[0]!.id];
          for (const r of matchProfiles(
            idx,
            { text: q, kind, region: '350211', members, top: 20 },
            { history: graph },
          )) {
            expect(sumOfPoints(r)).toBeCloseTo(r.score, 9);
            expect(r.reasons.every((x) => x.zh !== '' && x.en !== '')).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
