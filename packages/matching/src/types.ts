// The shapes the matching engine takes and gives. The server maps its organisations, demands and
// consortia onto these; the CLI reads them from JSON lines (SPEC §6.3).

/** Organisation kinds of SPEC §2, in the spelling used across the product. */
export const ORGANISATION_KINDS = [
  'leading_enterprise',
  'enterprise',
  'sme',
  'university',
  'research_institute',
  'new_rd_institution',
  'testing_body',
  'government',
  'financial',
  'other',
] as const;

/** One of SPEC §2's organisation kinds. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A capability profile: what one organisation can do, as text plus structured facts. */
export interface CapabilityProfile {
  /** Stable id (the organisation's id on the server). */
  id: string;
  /** Free text, zh and/or en: description, people's expertise, results, tasks. */
  text: string;
  name?: string;
  tags?: readonly string[];
  kind?: OrganisationKind;
  /** GB/T 2260 code (6 digits: same city > same province), or any other region code compared exactly. */
  region?: string;
  /** Technology readiness level the organisation works at: one level or an inclusive range (1–9). */
  trl?: number | readonly [number, number];
  /** Held qualifications, e.g. 高新技术企业, 国家重点实验室. */
  qualifications?: readonly string[];
  /**
   * Separate pieces of evidence (past projects, results, tasks). They count as part of the text,
   * and the one closest to a query also counts on its own and is cited in the reasons.
   */
  passages?: readonly string[];
  /** Activity or size prior in [0, 1] (e.g. normalised count of past projects); weighted by `priorWeight`. */
  prior?: number;
}

/** Restrictions a result must satisfy; they never change scores. */
export interface MatchFilters {
  kinds?: readonly OrganisationKind[];
  /** Region code prefix, e.g. `35` (Fujian) or `3502` (Xiamen). */
  regionPrefix?: string;
  /** The profile must carry every one of these tags. */
  tags?: readonly string[];
  excludeIds?: readonly string[];
}

/** A demand, or a consortium looking for partners when `members` is given. */
export interface MatchQuery {
  text: string;
  tags?: readonly string[];
  /** Kind of the organisation asking: drives kind complementarity. */
  kind?: OrganisationKind;
  /** Preferred region (GB/T 2260 or another code). */
  region?: string;
  /** TRL the demand needs. */
  trl?: number;
  /** Qualifications the demand asks for. */
  qualifications?: readonly string[];
  /**
   * Profile ids already in the consortium (partner search): excluded, what they cover counts less,
   * and their collaboration history and regions count, with `partnerFitWeights`.
   */
  members?: readonly string[];
  filters?: MatchFilters;
  /** Number of results (default 10). */
  top?: number;
}

/** Past co-participation: for each organisation id, its partners and how many projects they shared. */
export type CollaborationGraph = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** What a query may use besides the index: data passed in, never read by the engine. */
export interface MatchContext {
  history?: CollaborationGraph;
}

/** The structured-fit components; each is a fraction added to 1 to form the fit multiplier. */
export interface FitParts {
  kind: number;
  region: number;
  trl: number;
  qualifications: number;
  history: number;
  prior: number;
}

/** Which part of the score a reason stands for. */
export type ReasonCode = 'terms' | 'tags' | 'partial' | 'passage' | 'coverage' | keyof FitParts;

/** One reason, in both languages, with the points it adds to the score (negative when it takes away). */
export interface MatchReason {
  code: ReasonCode;
  points: number;
  zh: string;
  en: string;
}

/** A matched query term and the points it brought (before the coverage discount). */
export interface TermContribution {
  term: string;
  points: number;
  /** Points taken away because current members already cover this term. */
  discount: number;
}

/**
 * A ranked candidate: score = relevance × (1 + Σ fit parts), relevance = Σ term points − coverage
 * discount + best-passage points; the reasons' points sum to the score.
 */
export interface MatchResult {
  id: string;
  score: number;
  relevance: number;
  /** The passage closest to the query and the points it added. */
  passage?: { text: string; points: number };
  fit: FitParts;
  terms: TermContribution[];
  reasons: MatchReason[];
}

/** Weights of the structured-fit components (the most each can add, as a fraction of relevance). */
export type FitWeights = FitParts;

/** Tuning of the index; every field has a default. */
export interface MatchingOptions {
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation. */
  b: number;
  /** Query weight of an exact tag match. */
  tagWeight: number;
  /** How many times a profile tag's words count in its text. */
  tagTextRepeat: number;
  /** Query weight of character-bigram terms (0 disables them and they are not indexed). */
  bigramWeight: number;
  /** Emit the sub-words of long words (jieba search mode). */
  subwords: boolean;
  /** Weight of the best-matching passage's own BM25 score in relevance (0 disables). */
  passageWeight: number;
  /** Fraction of a term's weight removed when every member covers it. */
  coverageDiscount: number;
  fitWeights: FitWeights;
  /**
   * Weights that replace those of `fitWeights` for partner search (a query with `members`); the
   * ones not given come from `fitWeights`. Optional for compatibility; the index always fills it.
   */
  partnerFitWeights?: Partial<FitWeights>;
}
