// A seeded generator of capability profiles and queries whose text follows the real data: word
// chains learnt from the NSFC titles (Chinese) and the CORDIS objectives (English), with the
// curated technical terms as tags. Same seed, same profiles, in every process.
import type { CapabilityProfile, MatchQuery, OrganisationKind } from '@huahe/matching';

/** mulberry32: a small, fast, seedable PRNG (the engine never sees randomness). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A first-order word chain: successors of each word, with repeats as weights. */
export class WordChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(
    sentences: Iterable<readonly string[]>,
    private readonly joiner: string,
  ) {
    for (const words of sentences) {
      if (words.length === 0) continue;
      this.starts.push(words[0]!);
      for (let i = 0; i + 1 < words.length; i++) {
        let list = this.next.get(words[i]!);
        if (!list) this.next.set(words[i]!, (list = []));
        list.push(words[i + 1]!);
      }
    }
  }

  /** A random walk of up to `max` words (it restarts at dead ends). */
  sentence(rand: () => number, min: number, max: number): string {
    const len = min + Math.floor(rand() * (max - min + 1));
    const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)]!;
    const out: string[] = [pick(this.starts)];
    while (out.length < len) {
      const list = this.next.get(out[out.length - 1]!);
      out.push(list && list.length > 0 && rand() < 0.92 ? pick(list) : pick(this.starts));
    }
    return out.join(this.joiner);
  }
}

/** Real GB/T 2260 city codes (a spread of provinces) for generated regions. */
export const CITY_CODES = [
  '110108',
  '310115',
  '320102',
  '320505',
  '330106',
  '340104',
  '350203',
  '350206',
  '350102',
  '350902',
  '360103',
  '370212',
  '410105',
  '420111',
  '430104',
  '440305',
  '440106',
  '450103',
  '500106',
  '510107',
  '520102',
  '530102',
  '610113',
  '620102',
  '650102',
  '120116',
  '210202',
  '220104',
  '230103',
  '460108',
];

const KIND_WEIGHTS: Array<[OrganisationKind, number]> = [
  ['enterprise', 40],
  ['sme', 25],
  ['university', 12],
  ['research_institute', 8],
  ['leading_enterprise', 4],
  ['new_rd_institution', 4],
  ['testing_body', 3],
  ['financial', 2],
  ['government', 1],
  ['other', 1],
];

const pickKind = (rand: () => number): OrganisationKind => {
  let x = rand() * 100;
  for (const [kind, w] of KIND_WEIGHTS) if ((x -= w) < 0) return kind;
  return 'other';
};

/** What the generator learns from. */
export interface GeneratorSources {
  zh: WordChain;
  en: WordChain;
  terms: readonly string[];
}

const language = (rand: () => number): 'zh' | 'en' | 'mixed' => {
  const x = rand();
  return x < 0.6 ? 'zh' : x < 0.85 ? 'en' : 'mixed';
};

function text(src: GeneratorSources, rand: () => number, sentences: number): string {
  const lang = language(rand);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const zh = lang === 'zh' || (lang === 'mixed' && i % 2 === 0);
    parts.push(zh ? src.zh.sentence(rand, 4, 12) : src.en.sentence(rand, 8, 22));
  }
  return parts.join(lang === 'en' ? '. ' : '。');
}

/** The i-th profile of a seeded stream (deterministic in `seed` and `i`). */
export function generateProfile(src: GeneratorSources, seed: number, i: number): CapabilityProfile {
  const rand = prng(seed * 1_000_003 + i);
  const tags = Array.from(
    { length: 1 + Math.floor(rand() * 3) },
    () => src.terms[Math.floor(rand() * src.terms.length)]!,
  );
  const lo = 1 + Math.floor(rand() * 7);
  return {
    id: `org-${i}`,
    text: text(src, rand, 2 + Math.floor(rand() * 5)),
    tags: [...new Set(tags)],
    kind: pickKind(rand),
    region: CITY_CODES[Math.floor(rand() * CITY_CODES.length)]!,
    trl: [lo, Math.min(9, lo + Math.floor(rand() * 3))],
  };
}

/** Profiles 0 … n−1, lazily, so a million never sit in memory at once. */
export function* generateProfiles(
  src: GeneratorSources,
  seed: number,
  n: number,
): Generator<CapabilityProfile> {
  for (let i = 0; i < n; i++) yield generateProfile(src, seed, i);
}

/** A demand-like query: one sentence, sometimes a tag, a requester kind and a region. */
export function generateQuery(src: GeneratorSources, seed: number, i: number): MatchQuery {
  const rand = prng(seed * 7_919 + i + 1);
  const query: MatchQuery = { text: text(src, rand, 1), top: 10 };
  if (rand() < 0.5) query.tags = [src.terms[Math.floor(rand() * src.terms.length)]!];
  if (rand() < 0.5) query.kind = pickKind(rand);
  if (rand() < 0.5) query.region = CITY_CODES[Math.floor(rand() * CITY_CODES.length)]!;
  return query;
}
