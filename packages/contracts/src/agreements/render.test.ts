import { describe, expect, it } from 'vitest';
import { makeExampleUscc } from '../identifiers/uscc';
import type { Agreement } from './agreement';
import { AgreementSchema } from './agreement';
import * as enums from './enums';
import { completeAgreement, IDS, richAgreement } from './test-fixtures';
import { clauseRef, clauseRefs, renderAgreement, renderedText } from './render/render';
import { partyDesignation, toChineseNumeral } from './render/numerals';

const text = (a: Agreement, locale: 'zh-CN' | 'en') => renderedText(renderAgreement(a, locale));

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [2025, '二千零二十五'],
  ])('writes %i as %s', (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
  });

  it('designates parties 甲方…癸方 then 第十一方, and Party A…Party Z then Party 27', () => {
    expect([0, 1, 9, 10, 11, 25, 26].map((i) => partyDesignation(i).zh)).toEqual([
      '甲方',
      '乙方',
      '癸方',
      '第十一方',
      '第十二方',
      '第二十六方',
      '第二十七方',
    ]);
    expect([0, 1, 9, 10, 11, 25, 26].map((i) => partyDesignation(i).en)).toEqual([
      'Party A',
      'Party B',
      'Party J',
      'Party K',
      'Party L',
      'Party Z',
      'Party 27',
    ]);
  });
});

describe('renderAgreement', () => {
  it('numbers articles 第一条… in Chinese and Article 1… in English, with the same structure', () => {
    const a = richAgreement();
    const zh = renderAgreement(a, 'zh-CN');
    const en = renderAgreement(a, 'en');
    expect(zh.articles[0]?.heading).toBe('第一条 联合体名称与宗旨');
    expect(en.articles[0]?.heading).toBe('Article 1 Name and purpose');
    expect(zh.articles.map((x) => x.key)).toEqual(en.articles.map((x) => x.key));
    expect(zh.articles.flatMap((x) => x.clauses.map((c) => c.key))).toEqual(
      en.articles.flatMap((x) => x.clauses.map((c) => c.key)),
    );
    expect(zh.articles.map((x) => x.label)).toEqual(
      zh.articles.map((_, i) => `第${toChineseNumeral(i + 1)}条`),
    );
  });

  it('cites clauses as 第X条第Y款 / art. X.Y, and a one-clause article by its number alone', () => {
    const a = completeAgreement();
    const zh = renderAgreement(a, 'zh-CN');
    const voting = zh.articles.find((x) => x.key === 'voting');
    const admission = voting?.clauses.find((c) => c.key === 'voting.rule.admission');
    expect(admission?.ref).toBe(
      `第${toChineseNumeral(voting?.number ?? 0)}条第${toChineseNumeral(admission?.number ?? 0)}款`,
    );
    expect(clauseRef(a, 'voting.rule.admission')).toEqual({
      zh: admission?.ref,
      en: `art. ${voting?.number}.${admission?.number}`,
    });
    const written = zh.articles.find((x) => x.key === 'written');
    expect(written?.clauses).toHaveLength(1);
    expect(clauseRef(a, 'written.procedure').zh).toBe(written?.label);
  });

  it('falls back to the article, then to the agreement, for keys without a clause', () => {
    const a = completeAgreement();
    expect(clauseRef(a, 'voting.rule.nonexistent')).toEqual(clauseRef(a, 'voting'));
    expect(clauseRef(a, 'nothing.here')).toEqual({ zh: '本协议', en: 'this Agreement' });
  });

  it('cross-references the decision rules by their rendered numbers', () => {
    const a = completeAgreement();
    const zh = text(a, 'zh-CN');
    expect(zh).toContain(`经决策机构依${clauseRef(a, 'voting.rule.admission').zh}决议同意`);
    expect(text(a, 'en')).toContain(`under ${clauseRef(a, 'voting.rule.amendment').en} and take effect`);
  });

  it('renumbers when data adds an article, and the references follow', () => {
    const a = completeAgreement();
    const fewer = { ...a, goals: [], tasks: [] };
    expect(clauseRef(a, 'voting.rule.ordinary').zh).not.toBe(clauseRef(fewer, 'voting.rule.ordinary').zh);
    for (const x of [a, fewer]) {
      const refs = new Set(
        renderAgreement(x, 'zh-CN').articles.flatMap((art) => [art.ref, ...art.clauses.map((c) => c.ref)]),
      );
      for (const r of clauseRefs(x).values()) expect(refs.has(r.zh)).toBe(true);
    }
  });

  it('designates many parties one way in the preamble, the body and the signature block', () => {
    const a = completeAgreement();
    // A copy of the last party without its credit code (which must be unique), 28 parties in all.
    const { creditCode: _unique, ...last } = a.parties[a.parties.length - 1]!;
    const extra = Array.from({ length: 28 - a.parties.length }, (_, i) => ({
      ...last,
      organisationId: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      legalName: { zh: `测试单位${i + 1}`, en: `Test Organisation ${i + 1}` },
      role: 'member' as const,
    }));
    const many = AgreementSchema.parse({ ...a, parties: [...a.parties, ...extra] });
    for (const locale of ['zh-CN', 'en'] as const) {
      const r = renderAgreement(many, locale);
      const ds = many.parties.map((_, i) => partyDesignation(i)[locale === 'zh-CN' ? 'zh' : 'en']);
      expect(r.preamble.parties.map((p) => p.designation)).toEqual(ds);
      expect(r.signatures.map((p) => p.designation)).toEqual(ds);
      r.preamble.parties.forEach((p, i) => expect(p.lines[0]!.startsWith(ds[i]!)).toBe(true));
      r.signatures.forEach((p, i) => expect(p.lines[0]!.startsWith(ds[i]!)).toBe(true));
    }
    const en = text(many, 'en');
    expect(en).toContain('Party Z: Test Organisation');
    expect(en).toContain('Party 27: Test Organisation');
    expect(en).not.toMatch(/Party 1[1-9]\b/);
    const zh = text(many, 'zh-CN');
    expect(zh).toContain('癸方：');
    expect(zh).toContain('第十一方：');
    expect(zh).toContain('第二十八方：');
  });

  it('gives the correction factors an English meaning beside the agreed label', () => {
    const en = text(completeAgreement('xiamen'), 'en');
    expect(en).toContain('risk borne / 风险承担 (risk)');
    expect(text(completeAgreement('xiamen'), 'zh-CN')).toContain('风险承担（risk）');
  });

  it('lists every party in the preamble and the signature block, with its commitment clause', () => {
    const a = richAgreement();
    const r = renderAgreement(a, 'zh-CN');
    expect(r.signatures.map((s) => s.partyId)).toEqual(a.parties.map((p) => p.organisationId));
    expect(r.preamble.parties.map((s) => s.designation)).toEqual(['甲方', '乙方', '丙方', '丁方']);
    for (const p of a.parties) {
      const all = text(a, 'zh-CN');
      for (const datum of [
        p.legalName.zh,
        p.creditCode ?? '?',
        p.legalRepresentative ?? '?',
        p.domicile?.zh ?? '?',
        p.authorisedSigner?.name ?? '?',
      ])
        expect(all).toContain(datum);
    }
    expect(r.signatures[1]?.lines).toContain(
      `投入承诺：见${clauseRef(a, `funding.commitment.${IDS.zju}`).zh}`,
    );
  });

  it('writes DESCA numbers and thresholds into the Chinese text', () => {
    const zh = text(completeAgreement('desca'), 'zh-CN');
    expect(zh).toContain('应至少提前45日书面通知');
    expect(zh).toContain('应至少提前15日书面通知');
    expect(zh).toContain('三分之二以上（含本数）同意');
    expect(zh).toContain('会议纪要草案发出后15日内');
    expect(zh).toContain('发表最长推迟90日');
    expect(zh).toContain('保密期限至本协议终止后4年');
  });

  it('marks data not yet filled in', () => {
    const a = completeAgreement();
    const { externalLiabilityPartyId: _x, ...rest } = a;
    expect(text({ ...rest, dispute: { negotiationDays: 30 } }, 'zh-CN')).toContain(
      '（待填写）为联合体对外承担责任的主体单位',
    );
  });
});

// Leaves that never reach the text: identifiers of records elsewhere on the platform.
const NOT_RENDERED = [/^\/schemaVersion$/, /^\/consortium\/consortiumId$/, /^\/tasks\/\d+\/taskId$/];
// Leaves that cannot change alone without making the agreement invalid (ids, unique keys, discriminators).
const UNCHANGEABLE = [
  /organisationId$/,
  /partyId$/i,
  /PartyIds\/\d+$/,
  /holders\/\d+$/,
  /\/(procedure|kind|method|basis|mode|format|allowed)$/,
  /^\/ip\/ownership\/\d+\/resultType$/,
  /^\/governance\/decisionRules\/\d+\/(type|body)$/,
  /^\/governance\/decisionBody\/kind$/,
];

// The enums' value sets, plus those of the enums declared inline in the schemas.
const ENUM_SETS: string[][] = [
  ...Object.values(enums).flatMap((v) =>
    typeof v === 'object' && v !== null && 'options' in v && Array.isArray(v.options)
      ? [v.options as string[]]
      : [],
  ),
  ['as_background', 'none'],
  ['unanimity', 'same_majority'],
  ['members', 'weights'],
  ['ahp', 'agreed'],
  ['core', 'close', 'general'],
];

function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([k, v]) =>
    leaves(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

function setAt(root: unknown, path: (string | number)[], v: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let cur = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path.at(-1) ?? ''] = v;
  return copy;
}

function candidates(v: unknown): unknown[] {
  if (typeof v === 'boolean') return [!v];
  if (typeof v === 'number') return [v + 1, v - 1];
  if (typeof v !== 'string') return [];
  if (v === 'all_parties') return [[IDS.lead]];
  const sets = ENUM_SETS.filter((set) => set.includes(v));
  if (sets.length > 0) return sets.flat();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v))
    return [
      v.replace(/\d{2}$/, (d) => String(Number(d) >= 28 ? Number(d) - 1 : Number(d) + 1).padStart(2, '0')),
    ];
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return [makeExampleUscc('350200', 999)];
  if (/^\d+(\.\d+)?$/.test(v)) return [v.replace(/^\d/, (d) => String((Number(d) % 9) + 1))];
  if (/^\d+(\/\d+|%)$/.test(v)) return ['1/3', '3/5', '1/2', '2/5', '1/4'];
  if (/^[a-z][a-z0-9_]*$/.test(v)) return [`${v}_x`];
  return [`${v}甲`];
}

describe('rendering covers every datum', () => {
  it('changes the text when a variant changes (discriminators are not mutated one by one below)', () => {
    const a = completeAgreement();
    const base = text(a, 'zh-CN');
    const g = a.governance;
    const variants: Agreement[] = [
      {
        ...a,
        governance: {
          ...g,
          decisionRules: g.decisionRules.map((r) =>
            r.procedure === 'vote' && r.type === 'exit' ? { ...r, written: { allowed: false } } : r,
          ),
        },
      },
      {
        ...a,
        governance: {
          ...g,
          decisionRules: g.decisionRules.map((r) =>
            r.procedure === 'vote' && r.type === 'exit'
              ? { ...r, weights: { kind: 'weighted', weights: [{ partyId: IDS.lead, weight: 1 }] } }
              : r,
          ),
        },
      },
      { ...a, dispute: { negotiationDays: 60, forum: { kind: 'litigation', court: '厦门仲裁委员会' } } },
      { ...a, revenue: { ...a.revenue, sharing: { method: 'equal' } } },
      { ...a, revenue: { ...a.revenue, inventorReward: { mode: 'share', share: '1/2' } } },
    ];
    for (const v of variants) {
      expect(AgreementSchema.safeParse(v).success).toBe(true);
      expect(text(v, 'zh-CN')).not.toBe(base);
    }
  });

  it.each(['desca', 'xiamen', 'rich'] as const)(
    'changes the text when any datum of the %s agreement changes',
    (which) => {
      const a = which === 'rich' ? richAgreement() : completeAgreement(which);
      const before = { zh: text(a, 'zh-CN'), en: text(a, 'en') };
      const unchanged: string[] = [];
      let mutated = 0;
      for (const path of leaves(a)) {
        const pointer = `/${path.join('/')}`;
        if (NOT_RENDERED.some((r) => r.test(pointer))) continue;
        const original: unknown = path.reduce<unknown>(
          (o, k) => (o as Record<string | number, unknown>)[k],
          a,
        );
        const next = candidates(original)
          .filter((c) => c !== original)
          .map((c) => AgreementSchema.safeParse(setAt(a, path, c)))
          .find((r) => r.success);
        if (!next?.success) {
          if (!UNCHANGEABLE.some((r) => r.test(pointer))) unchanged.push(`${pointer} (no valid change)`);
          continue;
        }
        mutated++;
        // A Chinese text need only show in the Chinese document, its translation in the English one.
        if (!pointer.endsWith('/en') && text(next.data, 'zh-CN') === before.zh)
          unchanged.push(`${pointer} (zh)`);
        if (!pointer.endsWith('/zh') && text(next.data, 'en') === before.en)
          unchanged.push(`${pointer} (en)`);
      }
      expect(unchanged).toEqual([]);
      expect(mutated).toBeGreaterThan(100);
    },
  );
});
