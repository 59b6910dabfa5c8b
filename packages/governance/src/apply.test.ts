import { describe, expect, it } from 'vitest';
import type { Motion } from '@huahe/contracts';
import { agreementDigest, checkCompleteness, clauseRef } from '@huahe/contracts';
import { applyMotion } from './apply';
import { agreement, day, MEETING, MOTION, P, parties, withRule } from './test-fixtures';
import { applyJsonPatch } from './json-patch';

const desca = agreement(6);
const base = {
  id: MOTION,
  title: { zh: '议案' },
  procedure: { mode: 'meeting' as const, meetingId: MEETING },
};
const [newcomer] = parties(7).slice(6);
if (!newcomer) throw new Error('fixture');

describe('applyMotion', () => {
  it('admits a new party with its commitment and background, for a new version to sign', async () => {
    const m: Motion = {
      ...base,
      kind: 'accession',
      party: newcomer,
      commitment: { partyId: newcomer.organisationId, cashYuan: '100000.00', inKind: [], personMonths: '6' },
      background: { partyId: newcomer.organisationId, items: [], exclusions: [] },
    };
    const r = applyMotion(desca, m);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.agreement.parties.map((p) => p.organisationId)).toEqual([
      ...P.slice(0, 6),
      newcomer.organisationId,
    ]);
    expect(r.membership).toEqual([
      {
        kind: 'joined',
        partyId: newcomer.organisationId,
        consequences: [],
        clauseKey: 'membership.admission',
        clauseRef: clauseRef(desca, 'membership.admission'),
      },
    ]);
    expect(await agreementDigest(r.agreement)).not.toBe(await agreementDigest(desca));
  });

  it('gives a newcomer its weight under weighted rules, and insists on one', () => {
    const weighted = withRule(desca, 'ordinary', {
      weights: { kind: 'weighted', weights: P.slice(0, 6).map((partyId) => ({ partyId, weight: 2 })) },
    });
    const m: Motion = { ...base, kind: 'accession', party: newcomer };
    expect(applyMotion(weighted, m)).toMatchObject({
      ok: false,
      problems: [{ code: 'accession.weight_missing' }],
    });
    const r = applyMotion(weighted, { ...m, votingWeight: 1 });
    if (!r.ok) throw new Error('expected ok');
    const rule = r.agreement.governance.decisionRules.find((x) => x.type === 'ordinary');
    expect(
      rule?.procedure === 'vote' && rule.weights.kind === 'weighted'
        ? rule.weights.weights.at(-1)
        : undefined,
    ).toEqual({ partyId: newcomer.organisationId, weight: 1 });
  });

  it('removes a leaving party everywhere it is listed and dates the exit by its notice', () => {
    const m: Motion = { ...base, kind: 'exit', partyId: P[3] ?? '', noticeGivenAt: day(0) };
    const r = applyMotion(desca, m);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.agreement.parties.some((p) => p.organisationId === P[3])).toBe(false);
    expect(JSON.stringify(r.agreement)).not.toContain(P[3]);
    expect(r.membership[0]).toMatchObject({
      kind: 'left',
      effectiveAt: day(90),
      clauseKey: 'membership.exit_consequences',
    });
    expect(r.membership[0]?.consequences.map((c) => c.zh)).toContain('继续向其他成员单位授予使用权');
    expect(r.incomplete).toEqual(checkCompleteness(r.agreement));
  });

  it('refuses to drop the lead unit while it chairs, hosts the secretariat and bears external liability', () => {
    const r = applyMotion(desca, { ...base, kind: 'exit', partyId: P[0] ?? '', noticeGivenAt: day(0) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        '/governance/decisionBody/chairPartyId',
        '/governance/secretariat/hostPartyId',
        '/externalLiabilityPartyId',
      ]),
    );
    expect(r.problems.map((p) => p.code)).toContain('agreement.unknown_party');
    // The lead was the executive board's only member: the board would be empty.
    expect(r.problems).toContainEqual(
      expect.objectContaining({ path: '/governance/executiveBoard/memberPartyIds', code: 'too_small' }),
    );
  });

  it('lists the consequences of an expulsion from the breach clause', () => {
    const r = applyMotion(
      desca,
      { ...base, kind: 'expulsion', partyId: P[5] ?? '' },
      { effectiveAt: day(70) },
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.membership[0]).toMatchObject({
      kind: 'expelled',
      effectiveAt: day(70),
      clauseRef: clauseRef(desca, 'breach.consequences'),
    });
    expect(r.membership[0]?.consequences.map((c) => c.en)).toContain('funds it contributed are not refunded');
  });

  it('applies an amendment patch or replacement, validating the result', () => {
    const patched = applyMotion(desca, {
      ...base,
      kind: 'amendment',
      change: {
        format: 'json_patch',
        ops: [{ op: 'replace', path: '/confidentiality/termYears', value: 6 }],
      },
    });
    expect(patched.ok && patched.agreement.confidentiality).toEqual({ termYears: 6 });
    const replaced = applyMotion(desca, {
      ...base,
      kind: 'amendment',
      change: { format: 'replacement', agreement: agreement(6, 'xiamen') },
    });
    expect(replaced.ok && replaced.agreement.template).toBe('xiamen');
    const broken = applyMotion(desca, {
      ...base,
      kind: 'amendment',
      change: { format: 'json_patch', ops: [{ op: 'add', path: '/unknownKey', value: 1 }] },
    });
    expect(broken).toMatchObject({ ok: false, problems: [{ code: 'unrecognized_keys' }] });
  });

  it('leaves the agreement alone for a resolution', () => {
    expect(applyMotion(desca, { ...base, kind: 'resolution', decisionType: 'ordinary' })).toMatchObject({
      ok: true,
      changed: false,
      agreement: desca,
    });
  });
});

describe('applyJsonPatch', () => {
  it.each([
    [{ a: [1, 2] }, [{ op: 'add', path: '/a/1', value: 9 }], { a: [1, 9, 2] }],
    [{ a: [1, 2] }, [{ op: 'add', path: '/a/-', value: 3 }], { a: [1, 2, 3] }],
    [{ a: [1, 2] }, [{ op: 'remove', path: '/a/0' }], { a: [2] }],
    [{ 'a/b': { '~': 1 } }, [{ op: 'replace', path: '/a~1b/~0', value: 2 }], { 'a/b': { '~': 2 } }],
    [{ a: 1 }, [{ op: 'replace', path: '', value: { b: 2 } }], { b: 2 }],
  ] as const)('patches %j with %j', (doc, ops, expected) => {
    expect(applyJsonPatch(doc, ops as never)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ a: 1 }, [{ op: 'replace', path: '/b', value: 2 }]],
    [{ a: [1] }, [{ op: 'replace', path: '/a/5', value: 2 }]],
    [{ a: 1 }, [{ op: 'add', path: 'a', value: 2 }]],
    [{ a: 1 }, [{ op: 'add', path: '/__proto__/x', value: 2 }]],
    [{ a: 1 }, [{ op: 'remove', path: '' }]],
  ] as const)('refuses %j with %j', (doc, ops) => {
    expect(applyJsonPatch(doc, ops as never).ok).toBe(false);
  });

  it('leaves the original document untouched', () => {
    const doc = { a: [1] };
    applyJsonPatch(doc, [{ op: 'add', path: '/a/-', value: 2 }]);
    expect(doc).toEqual({ a: [1] });
  });
});
