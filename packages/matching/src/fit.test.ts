import { describe, expect, it } from 'vitest';
import { historyFit, kindComplementarity, regionFit, trlFit, trlRange } from './fit';
import { buildMatchingIndex, matchProfiles } from './match';
import type { IndexSettings } from './matching-index';
import { createTokenizer } from './tokenizer';
import type { CapabilityProfile } from './types';

const settings: IndexSettings = { tokenizer: createTokenizer(), bigramWeight: 0, passageWeight: 0 };
const same = '碳化硅 功率 芯片';

describe('structured fit', () => {
  it.each([
    ['enterprise', 'university', 1],
    ['sme', 'research_institute', 1],
    ['leading_enterprise', 'new_rd_institution', 1],
    ['enterprise', 'testing_body', 0.5],
    ['enterprise', 'enterprise', 0],
    ['university', 'enterprise', 1],
    ['government', 'university', 0],
  ] as const)('kind complementarity %s → %s is %d', (from, to, value) => {
    expect(kindComplementarity(from, to)).toBe(value);
  });

  it('scores region: same city 1, same province 0.5, other province 0; other codes by equality', () => {
    expect(regionFit('350203', '350206')).toBe(1);
    expect(regionFit('350203', '350102')).toBe(0.5);
    expect(regionFit('350203', '440300')).toBe(0);
    expect(regionFit('DE', 'de')).toBe(1);
    expect(regionFit('DE', 'FR')).toBe(0);
  });

  it('scores TRL inside the range 1, one level off 0.5, else 0, and unknown 0', () => {
    const [lo, hi] = trlRange([7, 4]);
    expect([lo, hi]).toEqual([4, 7]);
    expect(trlFit(5, lo, hi)).toBe(1);
    expect(trlFit(8, lo, hi)).toBe(0.5);
    expect(trlFit(2, lo, hi)).toBe(0);
    expect(trlFit(5, 0, 0)).toBe(0);
  });

  it('gives history diminishing returns', () => {
    expect(historyFit(0)).toBe(0);
    expect(historyFit(1)).toBe(0.5);
    expect(historyFit(3)).toBeGreaterThan(historyFit(1));
    expect(historyFit(100)).toBeLessThan(1);
  });
});

describe('structured fit in ranking', () => {
  const twins: CapabilityProfile[] = [
    { id: 'corp', text: same, kind: 'enterprise', region: '440300' },
    { id: 'uni', text: same, kind: 'university', region: '440300' },
  ];

  it("puts a university above an enterprise with the same text for an enterprise's demand", () => {
    const index = buildMatchingIndex(twins, settings);
    const [first, second] = matchProfiles(index, { text: same, kind: 'enterprise' });
    expect(first?.id).toBe('uni');
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(second?.fit.kind).toBe(0);
  });

  it('puts the enterprise first when a university asks', () => {
    const index = buildMatchingIndex(twins, settings);
    expect(matchProfiles(index, { text: same, kind: 'university' })[0]?.id).toBe('corp');
  });

  it('orders same city > same province > elsewhere at equal text', () => {
    const profiles: CapabilityProfile[] = [
      { id: 'far', text: same, region: '110108' },
      { id: 'province', text: same, region: '350102' },
      { id: 'city', text: same, region: '350206' },
    ];
    const index = buildMatchingIndex(profiles, settings);
    expect(matchProfiles(index, { text: same, region: '350203' }).map((r) => r.id)).toEqual([
      'city',
      'province',
      'far',
    ]);
  });

  it('prefers the TRL and qualifications the demand asks for', () => {
    const profiles: CapabilityProfile[] = [
      { id: 'lab', text: same, trl: [1, 3] },
      { id: 'pilot', text: same, trl: [5, 7], qualifications: ['高新技术企业'] },
    ];
    const index = buildMatchingIndex(profiles, settings);
    expect(matchProfiles(index, { text: same, trl: 6 })[0]?.id).toBe('pilot');
    expect(matchProfiles(index, { text: same, trl: 2 })[0]?.id).toBe('lab');
    const [top] = matchProfiles(index, { text: same, qualifications: ['高新技术企业'] });
    expect(top?.id).toBe('pilot');
    expect(top?.fit.qualifications).toBeGreaterThan(0);
  });

  it('never lifts a profile without a shared term, however well it fits', () => {
    const profiles: CapabilityProfile[] = [
      { id: 'fits', text: '量子 通信', kind: 'university', region: '350203' },
      { id: 'text', text: same, kind: 'enterprise', region: '110108' },
    ];
    const index = buildMatchingIndex(profiles, settings);
    expect(
      matchProfiles(index, { text: same, kind: 'enterprise', region: '350203' }).map((r) => r.id),
    ).toEqual(['text']);
  });
});

describe('filters', () => {
  const profiles: CapabilityProfile[] = [
    { id: 'xmu', text: same, kind: 'university', region: '350203', tags: ['碳化硅', '半导体'] },
    { id: 'fzu', text: same, kind: 'university', region: '350102', tags: ['半导体'] },
    { id: 'sanan', text: same, kind: 'enterprise', region: '350206', tags: ['碳化硅'] },
    { id: 'szu', text: same, kind: 'university', region: '440305' },
  ];
  const index = buildMatchingIndex(profiles, settings);
  const ids = (filters: object) =>
    matchProfiles(index, { text: same, filters })
      .map((r) => r.id)
      .sort();

  it('filters by kind', () => expect(ids({ kinds: ['enterprise'] })).toEqual(['sanan']));
  it('filters by region prefix', () => expect(ids({ regionPrefix: '3502' })).toEqual(['sanan', 'xmu']));
  it('requires every listed tag', () => expect(ids({ tags: ['碳化硅', '半导体'] })).toEqual(['xmu']));
  it('excludes ids', () => expect(ids({ excludeIds: ['xmu', 'szu'] })).toEqual(['fzu', 'sanan']));
  it('combines filters', () =>
    expect(ids({ kinds: ['university'], regionPrefix: '35' })).toEqual(['fzu', 'xmu']));
});
