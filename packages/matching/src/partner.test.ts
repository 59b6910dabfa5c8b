import { describe, expect, it } from 'vitest';
import { buildCollaborationGraph, buildMatchingIndex, matchProfiles } from './match';
import type { IndexSettings } from './matching-index';
import { createTokenizer } from './tokenizer';
import type { CapabilityProfile } from './types';

const settings: IndexSettings = {
  tokenizer: createTokenizer(),
  bigramWeight: 0,
  passageWeight: 0,
  fitWeights: { kind: 0 },
};

const profiles: CapabilityProfile[] = [
  { id: 'lead', text: '动力电池 电芯 制造', kind: 'leading_enterprise' },
  { id: 'cells', text: '动力电池 电芯 工艺', kind: 'enterprise' },
  { id: 'safety', text: '热失控 安全', kind: 'research_institute' },
  { id: 'bms', text: '电池管理 热失控 算法', kind: 'university' },
  { id: 'recycle', text: '电池 回收 材料', kind: 'enterprise' },
];
const query = '动力电池 电芯 热失控';

describe('partner recommendation', () => {
  it('never returns the current members', () => {
    const index = buildMatchingIndex(profiles, settings);
    const ids = matchProfiles(index, { text: query, members: ['lead', 'safety'], top: 10 }).map((r) => r.id);
    expect(ids).not.toContain('lead');
    expect(ids).not.toContain('safety');
    expect(ids.length).toBeGreaterThan(0);
  });

  it('weights down terms the members already cover (coverage gap)', () => {
    const index = buildMatchingIndex(profiles, settings);
    const alone = matchProfiles(index, { text: query, filters: { excludeIds: ['lead'] } });
    const withLead = matchProfiles(index, { text: query, members: ['lead'] });
    const cellsAlone = alone.find((r) => r.id === 'cells')!;
    const cellsWithLead = withLead.find((r) => r.id === 'cells')!;
    // cells matches 动力电池/电芯, which the lead already covers; safety matches 热失控, which it does not.
    expect(cellsWithLead.score).toBeLessThan(cellsAlone.score);
    expect(withLead.find((r) => r.id === 'safety')!.score).toBeCloseTo(
      alone.find((r) => r.id === 'safety')!.score,
      10,
    );
    expect(cellsWithLead.terms.find((t) => t.term === '动力电池')!.discount).toBeGreaterThan(0);
    expect(alone[0]?.id).toBe('cells');
    expect(withLead[0]?.id).toBe('safety');
  });

  it('discounts nothing with coverageDiscount 0', () => {
    const index = buildMatchingIndex(profiles, { ...settings, coverageDiscount: 0 });
    const [top] = matchProfiles(index, { text: query, members: ['lead'] });
    expect(top?.id).toBe('cells');
    expect(top?.terms.every((t) => t.discount === 0)).toBe(true);
  });

  it('adds a kind the consortium lacks when the kind weight is on', () => {
    const twins: CapabilityProfile[] = [
      { id: 'lead', text: '电芯', kind: 'leading_enterprise' },
      { id: 'corp', text: '热失控', kind: 'enterprise' },
      { id: 'uni', text: '热失控', kind: 'university' },
    ];
    const index = buildMatchingIndex(twins, { ...settings, fitWeights: { kind: 0.3 } });
    const results = matchProfiles(index, { text: '热失控', members: ['lead'] });
    expect(results.map((r) => r.id)).toEqual(['uni', 'corp']);
    expect(results[0]?.fit.kind).toBeCloseTo(0.3, 10);
  });

  it('boosts past partners of the members, more for closer collaboration', () => {
    const twins: CapabilityProfile[] = [
      { id: 'lead', text: '电芯' },
      { id: 'x', text: '热失控' },
      { id: 'y', text: '热失控' },
      { id: 'z', text: '热失控' },
    ];
    const history = buildCollaborationGraph([
      ['lead', 'x'],
      ['lead', 'y', 'a', 'b', 'c'],
    ]);
    const index = buildMatchingIndex(twins, settings);
    const results = matchProfiles(index, { text: '热失控', members: ['lead'] }, { history });
    expect(results.map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(results[0]!.fit.history).toBeGreaterThan(results[1]!.fit.history);
    expect(results[2]!.fit.history).toBe(0);
  });

  it('weights a shared project by 1/(n − 1) in the collaboration graph', () => {
    const graph = buildCollaborationGraph([
      ['a', 'b'],
      ['a', 'b', 'c', 'd', 'e'],
    ]);
    expect(graph.get('a')?.get('b')).toBeCloseTo(1.25, 10);
    expect(graph.get('c')?.get('a')).toBeCloseTo(0.25, 10);
    expect(graph.get('a')?.has('a')).toBe(false);
  });
});
