import { describe, expect, it } from 'vitest';
import {
  candidateQuerySchema,
  demandFieldsSchema,
  partnerRequestSchema,
  updateDemandRequestSchema,
} from './matching';

const reasons = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; params?: unknown }[] } }) =>
  (r.error?.issues ?? []).map((i) => ({
    path: i.path.join('.'),
    code: (i.params as { reason?: { code: string } } | undefined)?.reason?.code,
  }));

describe('demand fields', () => {
  const base = { title: '需求', description: '说明' };

  it('defaults to a public demand without tags', () => {
    expect(demandFieldsSchema.parse(base)).toMatchObject({ tags: [], visibility: 'public' });
  });

  it('compares budgets exactly, as money, not as text or floats', () => {
    expect(demandFieldsSchema.safeParse({ ...base, budgetMin: '9.99', budgetMax: '10' }).success).toBe(true);
    expect(demandFieldsSchema.safeParse({ ...base, budgetMin: '0.10', budgetMax: '0.1' }).success).toBe(true);
    expect(
      reasons(
        demandFieldsSchema.safeParse({
          ...base,
          // Equal as floats (doubles are 0.125 apart here), apart by a fen as money.
          budgetMin: '999999999999999.99',
          budgetMax: '999999999999999.98',
        }),
      ),
    ).toEqual([{ path: 'budgetMax', code: 'demand.budget_order' }]);
    expect(reasons(updateDemandRequestSchema.safeParse({ budgetMin: '2', budgetMax: '1.99' }))).toEqual([
      { path: 'budgetMax', code: 'demand.budget_order' },
    ]);
  });

  it('needs a consortium for consortium visibility, and a known region code', () => {
    expect(reasons(demandFieldsSchema.safeParse({ ...base, visibility: 'consortium' }))).toEqual([
      { path: 'consortiumId', code: 'demand.consortium_required' },
    ]);
    expect(reasons(demandFieldsSchema.safeParse({ ...base, regionPreference: '350299' }))[0]).toEqual({
      path: 'regionPreference',
      code: 'region.unknown',
    });
  });

  it('rejects unknown fields and TRLs outside 1–9', () => {
    expect(demandFieldsSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(demandFieldsSchema.safeParse({ ...base, trlNeeded: 0 }).success).toBe(false);
    expect(demandFieldsSchema.safeParse({ ...base, trlNeeded: 9 }).success).toBe(true);
  });
});

describe('ranking filters and workflow requests', () => {
  it('splits comma-separated kinds and tags (also the full-width comma)', () => {
    expect(
      candidateQuerySchema.parse({ kind: 'university, research_institute', tags: '碳化硅，封装测试' }),
    ).toEqual({
      top: 10,
      kind: ['university', 'research_institute'],
      tags: ['碳化硅', '封装测试'],
    });
    expect(candidateQuerySchema.safeParse({ kind: 'startup' }).success).toBe(false);
    expect(candidateQuerySchema.safeParse({ top: '51' }).success).toBe(false);
  });

  it('needs a contract reference for a contract', () => {
    expect(reasons(partnerRequestSchema.safeParse({ outcome: 'contract' }))).toEqual([
      { path: 'contractReference', code: 'match.contract_reference' },
    ]);
    expect(partnerRequestSchema.parse({ outcome: 'joined_consortium' })).toMatchObject({
      role: 'member',
      tier: 'general',
    });
  });
});
