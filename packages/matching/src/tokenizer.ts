// Turns zh/en/mixed text into index terms. Chinese goes through jieba with a technical dictionary
// (Intl.Segmenter splits 芯片 into 芯/片); English is lowercased and lightly stemmed. Term
// namespaces: plain words, `#tag` for exact tags, `~xy` for Chinese character bigrams.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { stemEnglish } from './stem';
import { EN_STOP_WORDS, ZH_STOP_WORDS } from './stopwords';
import { TECHNICAL_TERMS } from './terms';

/** Options of a tokenizer. */
export interface TokenizerOptions {
  /** Extra dictionary terms, on top of TECHNICAL_TERMS. */
  terms?: readonly string[];
  /** Also emit the dictionary sub-words of long words (碳化硅 → 碳化, 碳化硅). */
  subwords?: boolean;
  /** Also emit Chinese character bigrams (`~` + two characters). */
  bigrams?: boolean;
}

/** A text-to-terms function with a growable dictionary. */
export interface Tokenizer {
  /** Index terms of a text, in order, with repeats. */
  terms(text: string): string[];
  /** Raw segmentation (lowercased, punctuation kept), for mining terms. */
  words(text: string): string[];
  /** Adds dictionary terms; texts already indexed keep their old terms, so add before indexing. */
  addTerms(terms: readonly string[]): void;
}

/** Prefix of exact-tag terms. */
export const TAG_PREFIX = '#';
/** Prefix of character-bigram terms. */
export const BIGRAM_PREFIX = '~';

const HAN_CHAR = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}{2,}/gu;
const LATIN = /^[a-z0-9][a-z0-9+.-]*$/;
// High enough that a listed term beats the general dictionary's split, as jieba's suggest_freq does.
const TERM_FREQ = 30000;

/** The term for an exact tag (trimmed, NFKC, lowercased). */
export const tagTerm = (tag: string): string => TAG_PREFIX + tag.normalize('NFKC').trim().toLowerCase();

const toDict = (terms: readonly string[]): Uint8Array =>
  new TextEncoder().encode(
    terms
      .map((t) => t.trim())
      .filter((t) => t !== '' && !/\s/.test(t))
      .map((t) => `${t} ${TERM_FREQ} n`)
      .join('\n') + '\n',
  );

const englishTerm = (token: string): string | undefined => {
  const w = token.replace(/^[.+-]+|[.+-]+$/g, '');
  if (w.length < 2 || EN_STOP_WORDS.has(w)) return undefined;
  if (/^\d+$/.test(w)) return w.length <= 4 ? w : undefined;
  return stemEnglish(w);
};

/** Chinese character bigrams of a text (`~` + two characters), across word boundaries. */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.normalize('NFKC').match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(BIGRAM_PREFIX + run.slice(i, i + 2));
  }
  return out;
}

/** Creates a tokenizer with the technical dictionary (one jieba instance each: ~0.2 s to load). */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(toDict([...TECHNICAL_TERMS, ...(options.terms ?? [])]));
  const subwords = options.subwords ?? false;
  const bigrams = options.bigrams ?? false;

  const words = (text: string): string[] => jieba.cut(text.normalize('NFKC').toLowerCase(), true);

  const terms = (text: string): string[] => {
    const norm = text.normalize('NFKC').toLowerCase();
    const out: string[] = [];
    const raw = subwords ? jieba.cutForSearch(norm, true) : jieba.cut(norm, true);
    for (const token of raw) {
      if (HAN_CHAR.test(token)) {
        if (!ZH_STOP_WORDS.has(token)) out.push(token);
      } else if (LATIN.test(token)) {
        const t = englishTerm(token);
        if (t !== undefined) out.push(t);
      }
    }
    if (bigrams) out.push(...charBigrams(norm));
    return out;
  };

  return { terms, words, addTerms: (more) => jieba.loadDict(toDict(more)) };
}
