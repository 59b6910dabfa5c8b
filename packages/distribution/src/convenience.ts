// Entry points for callers that think in member names rather than bitmasks (the API server).
import { gameFromFunction, members, type Game } from './game';
import { nucleolus, type NucleolusResult } from './nucleolus';
import type { Rational } from './rational';
import { ok, type Result } from './result';
import { shapley } from './shapley';

/** A characteristic function over member names; called once or twice per coalition, so keep it pure. */
export type CoalitionValue = (members: readonly string[]) => Rational;

/** The game of a named characteristic function (at most 25 players). */
export function gameOf(players: readonly string[], v: CoalitionValue): Result<Game> {
  return gameFromFunction(players, (mask) => v(members(mask).map((i) => players[i]!)));
}

/** Exact Shapley values, in players' order, of a named characteristic function. */
export function shapleyOf(players: readonly string[], v: CoalitionValue): Result<Rational[]> {
  const g = gameOf(players, v);
  return g.ok ? ok(shapley(g.value)) : g;
}

/** The nucleolus of a named characteristic function (at most 12 players). */
export function nucleolusOf(players: readonly string[], v: CoalitionValue): Result<NucleolusResult> {
  const g = gameOf(players, v);
  return g.ok ? nucleolus(g.value) : g;
}
