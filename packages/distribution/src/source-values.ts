// The few characteristic-function values the simple rules need, straight from each kind of input,
// so that equal-surplus or MCRS on a 10,000-member vote or claims problem never enumerates 2^n.
import { bankruptcyGame, fullMask, valueOf, weightedVotingGame, type Game } from './game';
import type { Source } from './problem-source';
import { lcmBig, Rational } from './rational';
import { fail, ok, type Result } from './result';

type Input = Exclude<Source, { kind: 'none' }>;

function votingWins(weight: Rational, quota: Rational): Rational {
  return weight.ge(quota) ? Rational.ONE : Rational.ZERO;
}

/** v(N). */
export function grand(s: Input): Rational {
  if (s.kind === 'game') return valueOf(s.game, fullMask(s.game.players.length));
  if (s.kind === 'voting') return votingWins(Rational.sum(s.voting.weights), s.voting.quota);
  return s.claims.estate;
}

/** v({i}) for every player. */
export function standalone(s: Input): Rational[] {
  if (s.kind === 'game') return s.game.players.map((_, i) => valueOf(s.game, 1 << i));
  if (s.kind === 'voting') return s.voting.weights.map((w) => votingWins(w, s.voting.quota));
  // Bankruptcy game: alone, i gets what the others' claims leave of the estate.
  const total = Rational.sum(s.claims.claims);
  return s.claims.claims.map((c) => Rational.max(Rational.ZERO, s.claims.estate.sub(total.sub(c))));
}

/** v(N∖{i}) for every player. */
export function allButOne(s: Input): Rational[] {
  if (s.kind === 'game') {
    const full = fullMask(s.game.players.length);
    return s.game.players.map((_, i) => valueOf(s.game, full ^ (1 << i)));
  }
  if (s.kind === 'voting') {
    const total = Rational.sum(s.voting.weights);
    return s.voting.weights.map((w) => votingWins(total.sub(w), s.voting.quota));
  }
  return s.claims.claims.map((c) => Rational.max(Rational.ZERO, s.claims.estate.sub(c)));
}

/** The explicit game (2^n values) for methods that enumerate coalitions. */
export function explicitGame(s: Input, players: readonly string[]): Result<Game> {
  if (s.kind === 'game') return ok(s.game);
  if (s.kind === 'voting') return weightedVotingGame(players, s.voting.weights, s.voting.quota);
  return bankruptcyGame(players, s.claims.estate, s.claims.claims);
}

/** Integers proportional to the given rationals (one common denominator), with that denominator. */
export function scaleToIntegers(xs: readonly Rational[]): { ints: bigint[]; den: bigint } {
  let den = 1n;
  for (const x of xs) den = lcmBig(den, x.den);
  return { ints: xs.map((x) => x.num * (den / x.den)), den };
}

/** A failure for methods that only make sense on one kind of input. */
export function notFor(method: string, zh: string, en: string): Result<never> {
  return fail('not-applicable', `方法 ${method} ${zh}`, `method ${method} ${en}`);
}
