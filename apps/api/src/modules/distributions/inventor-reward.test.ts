import { describe, expect, it } from 'vitest';
import { contributionGame, explicitGame, type Party } from './game';
import { agreedReward, statutoryRewards } from './inventor-reward';
import { allocate, methodOf } from './methods';

const names = [
  { zh: '企业', en: 'company' },
  { zh: '大学', en: 'university' },
  { zh: '研究院', en: 'institute' },
];
const kinds = ['enterprise', 'university', 'research_institute'];
const parties: Party[] = kinds.map((kind, i) => ({
  organisationId: `00000000-0000-4000-8000-00000000000${i + 1}`,
  nameZh: names[i]!.zh,
  nameEn: names[i]!.en,
  kind,
}));

describe('the art. 45 inventor-reward floors', () => {
  it('takes at least half of a university’s or institute’s share of a licence, rounded up to the fen', () => {
    const r = statutoryRewards(kinds, names, [1001n, 333n, 101n], {
      kind: 'licence',
      startedOn: null,
      receivedOn: '2026-01-01',
    });
    expect(r.member).toEqual([1001n, 166n, 50n]);
    expect(r.lines.map((l) => [l.index, l.fen])).toEqual([
      [1, 167n],
      [2, 51n],
    ]);
    expect(r.lines[0]!.explanation.zh).toContain('第四十五条第一款第（一）项');
  });

  it('takes 5 % of self-implementation profit for five years after the start, then nothing', () => {
    const within = statutoryRewards(kinds, names, [0n, 1999n, 0n], {
      kind: 'self_implementation',
      startedOn: '2021-03-01',
      receivedOn: '2026-03-01',
    });
    expect(within.lines.map((l) => l.fen)).toEqual([100n]); // ⌈99.95⌉
    const after = statutoryRewards(kinds, names, [0n, 1999n, 0n], {
      kind: 'self_implementation',
      startedOn: '2021-03-01',
      receivedOn: '2026-03-02',
    });
    expect(after.lines).toEqual([]);
    expect(after.note?.en).toContain('reward period of art. 45(1)(iii) is over');
  });

  it('sets an agreed share aside, rounded half up', () => {
    const clause = { zh: '第十三条第二款', en: 'art. 13.2' };
    expect(agreedReward(10001n, '1/5', clause).fen).toBe(2000n);
    expect(agreedReward(10003n, '1/2', clause).fen).toBe(5002n);
    expect(agreedReward(10003n, '15%', clause).explanation.en).toContain('15.00% of the net income');
  });
});

describe('the agreement’s method on the engine', () => {
  it('maps every sharing clause to a method', () => {
    expect(methodOf(undefined)).toBe('owners');
    expect(methodOf({ method: 'equal' })).toBe('equal');
    expect(methodOf({ method: 'proportional', basis: 'weights', weights: [] })).toBe('weights');
    expect(
      methodOf({
        method: 'proportional',
        basis: 'contributions',
        categoryWeights: [{ category: 'cash', weight: '1' }],
      }),
    ).toBe('proportional');
  });

  it('builds the additive game from weighted category shares, leaving out empty categories', () => {
    const g = contributionGame(
      parties,
      [
        { organisationId: parties[0]!.organisationId, category: 'cash', amount: '300' },
        { organisationId: parties[1]!.organisationId, category: 'cash', amount: '100' },
        { organisationId: parties[1]!.organisationId, category: 'person_months', amount: '10' },
        { organisationId: parties[2]!.organisationId, category: 'person_months', amount: '30' },
      ],
      [
        { category: 'cash', weight: '1/2' },
        { category: 'person_months', weight: '1/2' },
        { category: 'data', weight: '1/4' },
      ],
      { zh: '测试', en: 'test' },
    );
    expect('ok' in g).toBe(false);
    if ('ok' in g) return;
    expect(g.standalone.map((x) => x.toFraction())).toEqual(['3/8', '1/4', '3/8']);
    expect(g.basis.zh).toContain('数据无记录');
  });

  it('splits exactly to the fen by the Shapley value of an entered game', () => {
    const [a, b, c] = parties.map((p) => p.organisationId);
    const game = explicitGame(parties, [
      { organisationIds: [a!], value: '1' },
      { organisationIds: [b!], value: '1' },
      { organisationIds: [c!], value: '1' },
      { organisationIds: [a!, b!], value: '7' },
      { organisationIds: [a!, c!], value: '5' },
      { organisationIds: [b!, c!], value: '4' },
      { organisationIds: [a!, b!, c!], value: '11' },
    ]);
    const weighted = { ok: false as const, reason: { zh: '', en: '' } };
    const r = allocate('shapley', { parties, game, weighted }, 110000000n);
    expect(r.ok && r.value.fen).toEqual([43333334n, 38333333n, 28333333n]);
    const missing = explicitGame(parties, [{ organisationIds: [a!], value: '1' }]);
    expect(missing).toMatchObject({ ok: false, path: 'body.coalitions' });
  });
});
