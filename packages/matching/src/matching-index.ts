// The index: a forward store (each profile's word and tag terms) plus postings in two segments.
// Character bigrams are not posted: they are counted from the stored text when a query re-ranks
// its candidate pool (see match.ts), which keeps the index small and queries fast. The base
// segment is compressed-sparse-row typed arrays, docs ascending, built in one pass at `compact`;
// profiles added since sit in a small delta segment. Removal is a tombstone. Cost:
//   add / update   O(terms of the profile), visible to the next query;
//   remove         O(terms of the profile) (document frequencies stay exact);
//   compact        O(all postings), run automatically once the delta or the tombstones pass a
//                  quarter of the base, so the amortised cost of an update stays O(its terms).
import { DEFAULT_FIT_WEIGHTS, DEFAULT_PARTNER_FIT_WEIGHTS, kindCode, kindOf, trlRange } from './fit';
import { DEFAULT_MATCHING_OPTIONS, type IndexSettings } from './options';
import { compactIndex } from './compaction';
import { Growable } from './growable';
import { PassageStats, storePassage, type StoredPassage } from './passages';
import { RegionStats } from './region-stats';
import { BIGRAM_PREFIX, charBigrams, createTokenizer, tagTerm, type Tokenizer } from './tokenizer';

export { DEFAULT_MATCHING_OPTIONS, type IndexSettings } from './options';
import type { CapabilityProfile, MatchingOptions, OrganisationKind } from './types';

const MAX_TF = 65535;
const AUTO_COMPACT_MIN = 1024;

/** An incremental BM25 index of capability profiles with their structured facts. */
export class MatchingIndex {
  readonly options: MatchingOptions;
  readonly tokenizer: Tokenizer;
  private readonly autoCompact: boolean;
  /** Whether bigram statistics are kept (decided at construction by `bigramWeight` > 0). */
  readonly bigrams: boolean;

  // Terms.
  readonly termIds = new Map<string, number>();
  readonly termText: string[] = [];
  /** Document frequency among live profiles. */
  readonly df = new Growable(Int32Array, 1024);

  // Profiles, by internal number (dense, assigned in order of addition).
  ids: string[] = [];
  names: (string | undefined)[] = [];
  readonly byId = new Map<string, number>();
  alive = new Growable(Uint8Array, 1024);
  docLen = new Growable(Float32Array, 1024);
  kind = new Growable(Uint8Array, 1024);
  trlLo = new Growable(Uint8Array, 1024);
  trlHi = new Growable(Uint8Array, 1024);
  prior = new Growable(Float32Array, 1024);
  region: (string | undefined)[] = [];
  tags: (readonly string[] | undefined)[] = [];
  quals: (readonly string[] | undefined)[] = [];
  passages: (readonly StoredPassage[] | undefined)[] = [];
  /** The text bigrams are counted from (text and passages), kept only when bigrams are on. */
  texts: (string | undefined)[] = [];
  readonly passageStats = new PassageStats();
  /** Live profiles per region (partner search's base rates). */
  readonly regionStats = new RegionStats();

  // Forward store: profile d's terms are fwdTerm[fwdStart[d] .. fwdStart[d] + fwdCount[d]).
  fwdStart = new Growable(Float64Array, 1024);
  fwdCount = new Growable(Uint32Array, 1024);
  fwdTerm = new Growable(Int32Array, 1 << 14);
  fwdTf = new Growable(Uint16Array, 1 << 14);

  // Base segment (CSR over term ids < baseTerms, profiles < baseDocs).
  baseDocs = 0;
  baseTerms = 0;
  baseStart = new Float64Array(1);
  basePostDoc = new Int32Array(0);
  basePostTf = new Uint16Array(0);
  /** Per term: largest tf and smallest profile length in its base postings (for score bounds). */
  baseMaxTf = new Uint16Array(0);
  baseMinLen = new Float32Array(0);
  /** Delta segment: term id → [doc, tf, doc, tf, …] for profiles ≥ baseDocs. */
  delta = new Map<number, number[]>();

  liveCount = 0;
  totalLen = 0;

  constructor(settings: IndexSettings = {}) {
    const { tokenizer, terms, autoCompact, fitWeights, partnerFitWeights, ...rest } = settings;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    this.options = {
      ...DEFAULT_MATCHING_OPTIONS,
      ...defined,
      fitWeights: { ...DEFAULT_FIT_WEIGHTS, ...fitWeights },
      partnerFitWeights: { ...DEFAULT_PARTNER_FIT_WEIGHTS, ...partnerFitWeights },
    };
    this.tokenizer = tokenizer ?? createTokenizer({ terms: terms ?? [], subwords: this.options.subwords });
    this.bigrams = this.options.bigramWeight > 0;
    this.autoCompact = autoCompact ?? true;
  }

  /** Changes query-time tuning (k1, b, weights) without re-indexing; tokenizer options stay. */
  tune(
    options: Partial<Omit<MatchingOptions, 'fitWeights' | 'subwords'>> & {
      fitWeights?: Partial<MatchingOptions['fitWeights']>;
    },
  ): void {
    const { fitWeights, partnerFitWeights, ...rest } = options;
    Object.assign(this.options, rest, {
      fitWeights: { ...this.options.fitWeights, ...fitWeights },
      partnerFitWeights: { ...this.options.partnerFitWeights, ...partnerFitWeights },
    });
  }

  /** Number of live profiles. */
  get size(): number {
    return this.liveCount;
  }

  /** Average live profile length in terms (1 when empty, to keep BM25 finite). */
  get avgLen(): number {
    return this.liveCount === 0 ? 1 : this.totalLen / this.liveCount;
  }

  /** Whether a profile with this id is indexed. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Internal number of a live profile. */
  docOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Kind of a profile by internal number. */
  kindOfDoc(doc: number): OrganisationKind | undefined {
    return kindOf(this.kind.at(doc));
  }

  /** Term counts of a text. */
  private count(text: string, into = new Map<string, number>(), by = 1): Map<string, number> {
    for (const t of this.tokenizer.terms(text)) {
      // Bigrams are counted from the stored text, never posted, even if the tokenizer emits them.
      if (!t.startsWith(BIGRAM_PREFIX)) into.set(t, (into.get(t) ?? 0) + by);
    }
    return into;
  }

  /** Bigram counts of a stored text. */
  bigramCounts(text: string | undefined): Map<string, number> {
    const counts = new Map<string, number>();
    if (text !== undefined) for (const g of charBigrams(text)) counts.set(g, (counts.get(g) ?? 0) + 1);
    return counts;
  }

  /**
   * The term counts of a profile's words and tags (what gets posted), and of each passage (words
   * and, when on, bigrams: passages are scored from these counts alone).
   */
  profileTerms(profile: Pick<CapabilityProfile, 'text' | 'tags' | 'passages'>): {
    counts: Map<string, number>;
    passages: Map<string, number>[];
  } {
    const counts = this.count(profile.text);
    const passages = (profile.passages ?? []).map((text) => this.count(text));
    for (const p of passages) for (const [t, tf] of p) counts.set(t, (counts.get(t) ?? 0) + tf);
    if (this.bigrams) {
      (profile.passages ?? []).forEach((text, i) => {
        for (const [g, tf] of this.bigramCounts(text)) passages[i]!.set(g, tf);
      });
    }
    for (const tag of profile.tags ?? []) {
      counts.set(tagTerm(tag), (counts.get(tagTerm(tag)) ?? 0) + 1);
      this.count(tag, counts, this.options.tagTextRepeat);
    }
    return { counts, passages };
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termText.length;
      this.termIds.set(term, id);
      this.termText.push(term);
      this.df.set(id, 0);
    }
    return id;
  }

  /** Appends a profile to the forward store; postings are the caller's business. */
  private append(profile: CapabilityProfile): number {
    const d = this.ids.length;
    this.ids.push(profile.id);
    this.names.push(profile.name);
    this.byId.set(profile.id, d);
    this.region.push(profile.region);
    this.regionStats.apply(profile.region, 1);
    this.tags.push(profile.tags && profile.tags.length > 0 ? profile.tags : undefined);
    this.quals.push(
      profile.qualifications && profile.qualifications.length > 0 ? profile.qualifications : undefined,
    );
    this.kind.set(d, kindCode(profile.kind));
    const [lo, hi] = trlRange(profile.trl);
    this.trlLo.set(d, lo);
    this.trlHi.set(d, hi);
    this.prior.set(d, Math.min(1, Math.max(0, profile.prior ?? 0)));
    this.alive.set(d, 1);
    this.fwdStart.set(d, this.fwdTerm.length);
    let len = 0;
    let n = 0;
    const { counts, passages } = this.profileTerms(profile);
    const stored = passages.map((p, i) => {
      const ids = new Map<number, number>();
      for (const [term, tf] of p) ids.set(this.termId(term), tf);
      return storePassage(profile.passages?.[i] ?? '', ids);
    });
    this.passages.push(stored.length > 0 ? stored : undefined);
    this.passageStats.apply(stored, 1);
    const source = this.bigrams
      ? [profile.text, ...(profile.passages ?? [])].join('\n').normalize('NFKC')
      : undefined;
    this.texts.push(source);
    for (const [g, tf] of this.bigramCounts(source)) {
      const t = this.termId(g);
      this.df.data[t] = this.df.at(t) + 1;
      len += tf;
    }
    for (const [term, tf] of counts) {
      const t = this.termId(term);
      this.fwdTerm.push(t);
      this.fwdTf.push(Math.min(MAX_TF, tf));
      this.df.data[t] = this.df.at(t) + 1;
      len += tf;
      n++;
    }
    this.fwdCount.set(d, n);
    this.docLen.set(d, len);
    this.liveCount++;
    this.totalLen += len;
    return d;
  }

  /** Adds a profile, or replaces the one with the same id; the next query sees it. */
  add(profile: CapabilityProfile): void {
    if (this.byId.has(profile.id)) this.tombstone(profile.id);
    const d = this.append(profile);
    const start = this.fwdStart.at(d);
    for (let i = start; i < start + this.fwdCount.at(d); i++) {
      const t = this.fwdTerm.at(i);
      let list = this.delta.get(t);
      if (list === undefined) this.delta.set(t, (list = []));
      list.push(d, this.fwdTf.at(i));
    }
    this.maybeCompact();
  }

  /** Same as `add`: an update is a tombstone plus an append. */
  update(profile: CapabilityProfile): void {
    this.add(profile);
  }

  /** Adds many profiles at once and compacts: the way to build an index. */
  addAll(profiles: Iterable<CapabilityProfile>): void {
    for (const p of profiles) {
      if (this.byId.has(p.id)) this.tombstone(p.id);
      this.append(p);
    }
    this.compact();
  }

  /** Removes a profile; returns whether it was there. */
  remove(id: string): boolean {
    const removed = this.tombstone(id);
    if (removed) this.maybeCompact();
    return removed;
  }

  private tombstone(id: string): boolean {
    const d = this.byId.get(id);
    if (d === undefined) return false;
    this.byId.delete(id);
    this.alive.data[d] = 0;
    const start = this.fwdStart.at(d);
    for (let i = start; i < start + this.fwdCount.at(d); i++) {
      const t = this.fwdTerm.at(i);
      this.df.data[t] = this.df.at(t) - 1;
    }
    this.liveCount--;
    this.totalLen -= this.docLen.at(d);
    this.passageStats.apply(this.passages[d], -1);
    this.regionStats.apply(this.region[d], -1);
    this.passages[d] = undefined;
    for (const g of this.bigramCounts(this.texts[d]).keys()) {
      const t = this.termIds.get(g)!;
      this.df.data[t] = this.df.at(t) - 1;
    }
    this.texts[d] = undefined;
    return true;
  }

  private maybeCompact(): void {
    if (!this.autoCompact) return;
    const pending = this.ids.length - this.baseDocs;
    const dead = this.ids.length - this.liveCount;
    const quarter = Math.max(AUTO_COMPACT_MIN, this.baseDocs / 4);
    if (pending > quarter || dead > quarter) this.compact();
  }

  /** Drops tombstones, renumbers profiles densely and rebuilds the base segment: O(all postings). */
  compact(): void {
    compactIndex(this);
  }
}
