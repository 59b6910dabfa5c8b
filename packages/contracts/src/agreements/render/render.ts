import type { Agreement } from '../agreement';
import type { Bilingual } from '../labels';
import {
  definitionsArticle,
  generalArticle,
  goalsArticle,
  tasksArticle,
  termArticle,
} from './articles-general';
import { bodiesArticle, meetingsArticle, votingArticle } from './articles-governance';
import { backgroundArticle, fundingArticle, resultsArticle } from './articles-ip';
import { breachArticle, finalArticle, legalArticle, membershipArticle } from './articles-legal';
import { revenueArticle } from './articles-revenue';
import { vetoArticle, writtenArticle } from './articles-veto';
import { bi, BLANK, loc } from './format';
import { itemLabel, partyDesignation, toChineseNumeral } from './numerals';
import type {
  ArticleBuilder,
  ArticleSource,
  ClauseRef,
  Locale,
  RenderContext,
  RenderedAgreement,
  RenderedArticle,
} from './types';

// The order of the articles; an article with nothing to say is left out and the rest renumbered.
const BUILDERS: ArticleBuilder[] = [
  generalArticle,
  definitionsArticle,
  goalsArticle,
  tasksArticle,
  bodiesArticle,
  meetingsArticle,
  votingArticle,
  vetoArticle,
  writtenArticle,
  fundingArticle,
  backgroundArticle,
  resultsArticle,
  revenueArticle,
  membershipArticle,
  breachArticle,
  legalArticle,
  termArticle,
  finalArticle,
];

const WHOLE: ClauseRef = { zh: '本协议', en: 'this Agreement' };

/**
 * Every party's designation, by its position in the agreement. The body text, the preamble and the
 * signature block (and their `designation` fields) all take it from here, so they cannot disagree.
 */
function designations(a: Agreement): Bilingual[] {
  return a.parties.map((_, i) => partyDesignation(i));
}

function partyNames(a: Agreement): Map<string, Bilingual> {
  const ds = designations(a);
  return new Map(
    a.parties.map((p, i) => {
      const d = ds[i]!;
      return [
        p.organisationId,
        bi(`${p.legalName.zh}（${d.zh}）`, `${p.legalName.en ?? p.legalName.zh} (${d.en})`),
      ];
    }),
  );
}

function build(a: Agreement, ref: (key: string) => Bilingual): ArticleSource[] {
  const names = partyNames(a);
  const ctx: RenderContext = { party: (id) => names.get(id) ?? bi(id, id), ref };
  return BUILDERS.map((b) => b(a, ctx)).filter(
    (x): x is ArticleSource => x !== undefined && x.clauses.length > 0,
  );
}

function refsOf(sources: ArticleSource[]): Map<string, ClauseRef> {
  const refs = new Map<string, ClauseRef>();
  sources.forEach((art, i) => {
    const n = i + 1;
    const article = { zh: `第${toChineseNumeral(n)}条`, en: `art. ${n}` };
    refs.set(art.key, article);
    art.clauses.forEach((c, j) => {
      // An article with a single paragraph is cited by its article number alone.
      refs.set(
        c.key,
        art.clauses.length === 1
          ? article
          : { zh: `${article.zh}第${toChineseNumeral(j + 1)}款`, en: `art. ${n}.${j + 1}` },
      );
    });
  });
  return refs;
}

/** Looks a key up, falling back to its enclosing article, then to the agreement as a whole. */
export function resolveRef(refs: ReadonlyMap<string, ClauseRef>, key: string): ClauseRef {
  for (let k = key; k !== ''; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
    const r = refs.get(k);
    if (r !== undefined) return r;
  }
  return WHOLE;
}

function numbered(a: Agreement): { sources: ArticleSource[]; refs: Map<string, ClauseRef> } {
  // Which articles and clauses exist never depends on cross-references, so two passes agree.
  const refs = refsOf(build(a, () => WHOLE));
  return { sources: build(a, (k) => resolveRef(refs, k)), refs };
}

/** Every article and clause key of the rendered agreement mapped to its reference (第九条第二款 / art. 9.2). */
export function clauseRefs(a: Agreement): ReadonlyMap<string, ClauseRef> {
  return refsOf(build(a, () => WHOLE));
}

/** The reference of one clause key, as rendered (falls back to its article, then to "this Agreement"). */
export function clauseRef(a: Agreement, key: string): ClauseRef {
  return resolveRef(clauseRefs(a), key);
}

function pick(t: Bilingual, locale: Locale): string {
  return locale === 'zh-CN' ? t.zh : t.en;
}

/** Renders the agreement to structured legal text in Chinese or English, from its data alone. */
export function renderAgreement(a: Agreement, locale: Locale): RenderedAgreement {
  const { sources, refs } = numbered(a);
  const zh = locale === 'zh-CN';
  const articles: RenderedArticle[] = sources.map((art, i) => {
    const n = i + 1;
    const label = zh ? `第${toChineseNumeral(n)}条` : `Article ${n}`;
    const title = pick(art.title, locale);
    return {
      key: art.key,
      number: n,
      label,
      title,
      heading: `${label} ${title}`,
      ref: pick(resolveRef(refs, art.key), locale),
      clauses: art.clauses.map((c, j) => ({
        key: c.key,
        number: j + 1,
        label: art.clauses.length === 1 ? '' : `${n}.${j + 1}`,
        ref: pick(resolveRef(refs, c.key), locale),
        text: pick(c.text, locale),
        items: (c.items ?? []).map((it, k) => ({
          label: pick(itemLabel(k), locale),
          text: pick(it, locale),
        })),
      })),
    };
  });
  const name = a.consortium.name;
  const ds = designations(a);
  const parties = a.parties.map((p, i) => {
    const d = ds[i]!;
    const blank = pick(BLANK, locale);
    const dom = p.domicile ? pick(loc(p.domicile), locale) : blank;
    const lines = zh
      ? [
          `${d.zh}：${p.legalName.zh}`,
          ...(p.legalName.en ? [`英文名称：${p.legalName.en}`] : []),
          `统一社会信用代码：${p.creditCode ?? blank}`,
          `住所：${dom}`,
          `法定代表人：${p.legalRepresentative ?? blank}`,
        ]
      : [
          `${d.en}: ${p.legalName.en ? `${p.legalName.en} (${p.legalName.zh})` : p.legalName.zh}`,
          `Unified social credit code: ${p.creditCode ?? blank}`,
          `Domicile: ${dom}`,
          `Legal representative: ${p.legalRepresentative ?? blank}`,
        ];
    return { partyId: p.organisationId, designation: pick(d, locale), lines };
  });
  const recitals = zh
    ? [
        '各方均为依法设立、具有独立法人资格的单位；',
        '各方愿意按照“龙头企业牵头、高校院所支撑、各创新主体相互协同”的原则组建创新联合体，协同开展关键核心技术攻关；',
        '为明确各方的权利和义务，各方经平等协商，订立本协议，共同遵守。',
      ]
    : [
        'Each Party is an independent legal person duly established;',
        'The Parties wish to form an innovation consortium, led by enterprises, supported by universities and research institutes, to attack key core technologies together;',
        'To set out their rights and obligations, the Parties have negotiated on an equal footing and agree as follows.',
      ];
  const signatures = a.parties.map((p, i) => {
    const d = pick(ds[i]!, locale);
    const legalName = zh ? p.legalName.zh : (p.legalName.en ?? p.legalName.zh);
    const signer = p.authorisedSigner
      ? `${p.authorisedSigner.name}${p.authorisedSigner.title ? (zh ? `（${p.authorisedSigner.title}）` : ` (${p.authorisedSigner.title})`) : ''}`
      : '__________';
    const commitment = pick(resolveRef(refs, `funding.commitment.${p.organisationId}`), locale);
    const lines = zh
      ? [
          `${d}：${legalName}（盖章）`,
          `法定代表人或授权签字人：${signer}`,
          '签字：__________',
          '日期：______年____月____日',
          `投入承诺：见${commitment}`,
        ]
      : [
          `${d}: ${legalName} (seal)`,
          `Legal representative or authorised signer: ${signer}`,
          'Signature: __________',
          'Date: __________',
          `Input commitment: see ${commitment}`,
        ];
    return { partyId: p.organisationId, designation: d, legalName, lines };
  });
  return {
    locale,
    title: zh ? `${name.zh}组建协议` : `Consortium Agreement of the ${name.en ?? name.zh}`,
    preamble: { parties, recitals },
    articles,
    signatures,
  };
}

/** The rendered agreement as plain text (for previews, tests and full-text search). */
export function renderedText(r: RenderedAgreement): string {
  const out = [
    r.title,
    '',
    ...r.preamble.parties.flatMap((p) => [...p.lines, '']),
    ...r.preamble.recitals,
    '',
  ];
  for (const art of r.articles) {
    out.push(art.heading);
    for (const c of art.clauses) {
      out.push(c.label === '' ? c.text : `${c.label} ${c.text}`);
      for (const it of c.items)
        out.push(r.locale === 'zh-CN' ? `${it.label}${it.text}` : `${it.label} ${it.text}`);
    }
    out.push('');
  }
  for (const s of r.signatures) out.push(...s.lines, '');
  return out.join('\n');
}
