import { describe, expect, it } from 'vitest';
import {
  amountSchema,
  dealFieldsSchema,
  revenueEventFieldsSchema,
  whatIfRequestSchema,
} from './commercialisation';
import { makeCnPatentApplication } from './identifiers/cn-patent';
import { makeExampleUscc } from './identifiers/uscc';
import {
  accessDecisionRequestSchema,
  accessRequestFieldsSchema,
  checkResultIdentifier,
  ownershipChangeRequestSchema,
  resultFieldsSchema,
} from './results';

const org = '00000000-0000-4000-8000-000000000001';
const result = (over: Record<string, unknown> = {}) => ({
  type: 'invention_patent',
  title: '示例发明',
  creators: [{ organisationId: org }],
  ...over,
});
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('result identifiers by type', () => {
  it('takes a patent application number with its check digit and a matching type digit', () => {
    const invention = makeCnPatentApplication('202310123456');
    expect(checkResultIdentifier('invention_patent', `CN${invention.replace('.', '')}`)).toEqual({
      ok: true,
      canonical: invention,
    });
    const utility = makeCnPatentApplication('202320123456');
    expect(checkResultIdentifier('utility_model', utility)).toMatchObject({ ok: true });
    const mismatch = checkResultIdentifier('invention_patent', utility);
    expect(mismatch).toMatchObject({ ok: false, reason: { code: 'result.patent_type' } });
    const wrong = invention.slice(0, -1) + (invention.endsWith('1') ? '2' : '1');
    expect(checkResultIdentifier('invention_patent', wrong)).toMatchObject({ ok: false });
  });

  it('canonicalises software copyrights and standards, and leaves other types alone', () => {
    expect(checkResultIdentifier('software_copyright', '软著登字第 1234567 号')).toEqual({
      ok: true,
      canonical: '软著登字第1234567号',
    });
    expect(checkResultIdentifier('standard', 'GB／T 12345—2020')).toMatchObject({ ok: true });
    expect(checkResultIdentifier('standard', 'GB/T 12345')).toMatchObject({ ok: false });
    expect(checkResultIdentifier('award', ' 闽政文〔2024〕示例号 ')).toEqual({
      ok: true,
      canonical: '闽政文〔2024〕示例号',
    });
  });
});

describe('result contracts', () => {
  it('checks the identifier against the type and reports it at `identifier`', () => {
    expect(resultFieldsSchema.safeParse(result({ identifier: '2023SR0123456' })).success).toBe(false);
    expect(paths(resultFieldsSchema.safeParse(result({ identifier: '2023SR0123456' })))).toEqual([
      'identifier',
    ]);
    const ok = resultFieldsSchema.parse(result({ identifier: makeCnPatentApplication('202410123456') }));
    expect(ok).toMatchObject({ status: 'in_progress', confidentiality: 'consortium', linkedTasks: [] });
  });

  it('refuses TRL outside 1–9, unknown fields and results without a creator', () => {
    expect(paths(resultFieldsSchema.safeParse(result({ trl: 0 })))).toEqual(['trl']);
    expect(paths(resultFieldsSchema.safeParse(result({ creators: [] })))).toEqual(['creators']);
    expect(resultFieldsSchema.safeParse(result({ secret: true })).success).toBe(false);
  });

  it('takes owner shares as exact fractions or percentages, never floats', () => {
    const change = (share: unknown) =>
      ownershipChangeRequestSchema.safeParse({ owners: [{ organisationId: org, share }], reason: 'x' });
    expect(change('1/3').success).toBe(true);
    expect(change('33.3333%').success).toBe(true);
    expect(change(0.5).success).toBe(false);
    expect(change('4/3').success).toBe(false);
  });

  it('asks access requests for one target and a real justification, and refusals for a reason', () => {
    const base = {
      requesterOrganisationId: org,
      purpose: 'work',
      justification: '没有该背景知识产权无法完成任务二',
    };
    expect(paths(accessRequestFieldsSchema.safeParse(base))).toEqual(['resultId']);
    expect(accessRequestFieldsSchema.safeParse({ ...base, resultId: org }).success).toBe(true);
    expect(
      paths(accessRequestFieldsSchema.safeParse({ ...base, resultId: org, justification: '需要' })),
    ).toEqual(['justification']);
    expect(paths(accessDecisionRequestSchema.safeParse({ decision: 'refused' }))).toEqual(['note']);
  });
});

describe('commercialisation contracts', () => {
  it('keeps money as decimal strings with at most two decimals, never negative', () => {
    expect(amountSchema.safeParse('1100000.00').success).toBe(true);
    expect(amountSchema.safeParse('-1.00').success).toBe(false);
    expect(amountSchema.safeParse('1.234').success).toBe(false);
    expect(amountSchema.safeParse(1100000).success).toBe(false);
    expect(revenueEventFieldsSchema.parse({ receivedOn: '2026-01-01', amount: '1' }).deductibleCosts).toBe(
      '0.00',
    );
  });

  it('checks the counterparty’s credit code when given', () => {
    const deal = { kind: 'licence', title: '许可', counterparty: '示例公司' };
    expect(
      dealFieldsSchema.safeParse({ ...deal, counterpartyUscc: makeExampleUscc('350200', 1) }).success,
    ).toBe(true);
    expect(paths(dealFieldsSchema.safeParse({ ...deal, counterpartyUscc: '91350200MA12345678' }))).toEqual([
      'counterpartyUscc',
    ]);
    expect(paths(dealFieldsSchema.safeParse({ ...deal, kind: 'gift' }))).toEqual(['kind']);
  });

  it('takes what-if inputs as exact decimals', () => {
    const r = whatIfRequestSchema.safeParse({
      amount: '10.00',
      factorScores: [{ factor: 'risk', organisationId: org, score: '0.5' }],
      contributions: [{ organisationId: org, category: 'cash', amount: '1e3' }],
    });
    expect(paths(r)).toEqual(['contributions.0.amount']);
  });
});
