// The index's tuning and its defaults.
import { DEFAULT_FIT_WEIGHTS, DEFAULT_PARTNER_FIT_WEIGHTS } from './fit';
import type { Tokenizer } from './tokenizer';
import type { MatchingOptions } from './types';

/**
 * Default tuning: k1, b and field weights chosen on the NSFC validation split, partner-search
 * weights by nested cross-validation on CORDIS partner leave-one-out (see bench/).
 */
export const DEFAULT_MATCHING_OPTIONS: MatchingOptions = {
  k1: 2.2,
  b: 0.5,
  tagWeight: 1.5,
  tagTextRepeat: 2,
  bigramWeight: 1,
  subwords: false,
  passageWeight: 0.5,
  coverageDiscount: 0.5,
  fitWeights: DEFAULT_FIT_WEIGHTS,
  partnerFitWeights: DEFAULT_PARTNER_FIT_WEIGHTS,
};

/** Options of `new MatchingIndex` / `buildMatchingIndex`: tuning plus, optionally, a shared tokenizer. */
export interface IndexSettings extends Partial<Omit<MatchingOptions, 'fitWeights'>> {
  fitWeights?: Partial<MatchingOptions['fitWeights']>;
  /** Merged over DEFAULT_PARTNER_FIT_WEIGHTS. */
  partnerFitWeights?: Partial<MatchingOptions['fitWeights']>;
  /** A tokenizer to share between indexes (created without bigrams; must match `subwords`). */
  tokenizer?: Tokenizer;
  /** Extra dictionary terms for a tokenizer created here. */
  terms?: readonly string[];
  /** Compact automatically when the delta or the tombstones grow past a quarter (default true). */
  autoCompact?: boolean;
}
