import type { Agreement } from '../agreement';
import type { Bilingual } from '../labels';

/** Languages an agreement renders to. */
export type Locale = 'zh-CN' | 'en';

/** A clause before numbering, in both languages. */
export interface ClauseSource {
  key: string;
  text: Bilingual;
  items?: Bilingual[];
}

/** An article before numbering. */
export interface ArticleSource {
  key: string;
  title: Bilingual;
  clauses: ClauseSource[];
}

/** What article builders may ask of the renderer. */
export interface RenderContext {
  /** A party's name as used in the body text, with its designation (甲方). */
  party(id: string): Bilingual;
  /** The reference of a clause by key (第九条第二款 / art. 9.2), for cross-references. */
  ref(key: string): Bilingual;
}

/** Builds one article from the data; undefined when the data gives it nothing to say. */
export type ArticleBuilder = (a: Agreement, c: RenderContext) => ArticleSource | undefined;

/** A reference to an article or clause in both languages. */
export interface ClauseRef {
  zh: string;
  en: string;
}

/** A numbered clause (款) of the rendered text. */
export interface RenderedClause {
  key: string;
  number: number;
  label: string;
  ref: string;
  text: string;
  items: { label: string; text: string }[];
}

/** A numbered article (条) of the rendered text. */
export interface RenderedArticle {
  key: string;
  number: number;
  label: string;
  title: string;
  heading: string;
  ref: string;
  clauses: RenderedClause[];
}

/** A party as named in the preamble. */
export interface RenderedPartyBlock {
  partyId: string;
  designation: string;
  lines: string[];
}

/** A party's signature block. */
export interface RenderedSignatureBlock {
  partyId: string;
  designation: string;
  legalName: string;
  lines: string[];
}

/** The agreement as structured text: what the browser shows and the PDF prints. */
export interface RenderedAgreement {
  locale: Locale;
  title: string;
  preamble: { parties: RenderedPartyBlock[]; recitals: string[] };
  articles: RenderedArticle[];
  signatures: RenderedSignatureBlock[];
}
