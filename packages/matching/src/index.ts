// @huahe/matching: matchmaking and partner recommendation (SPEC §3.3). Pure: data, history and
// the clock come in as arguments.
export { ORGANISATION_KINDS } from './types';
export type {
  CapabilityProfile,
  CollaborationGraph,
  FitParts,
  FitWeights,
  MatchContext,
  MatchFilters,
  MatchQuery,
  MatchReason,
  MatchResult,
  MatchingOptions,
  OrganisationKind,
  ReasonCode,
  TermContribution,
} from './types';
export { MatchingIndex, DEFAULT_MATCHING_OPTIONS, type IndexSettings } from './matching-index';
export { buildMatchingIndex, matchProfiles, rankProfiles, buildCollaborationGraph } from './match';
export { createTokenizer, tagTerm, type Tokenizer, type TokenizerOptions } from './tokenizer';
export { TECHNICAL_TERMS, mineTerms, type MineTermsOptions } from './terms';
export { stemEnglish } from './stem';
export { EN_STOP_WORDS, ZH_STOP_WORDS } from './stopwords';
export {
  DEFAULT_FIT_WEIGHTS,
  DEFAULT_PARTNER_FIT_WEIGHTS,
  kindComplementarity,
  regionAffinity,
  regionFit,
} from './fit';
export { KIND_LABELS } from './explain';
