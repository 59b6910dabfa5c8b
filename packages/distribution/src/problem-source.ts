// The three ways a §6.2 problem describes the cooperative situation: an explicit characteristic
// function (`game`), a weighted vote (`voting`) or a claims problem (`claims`).
import { checkClaims, type ClaimsProblem } from './claims';
import { gameFromFunction, MAX_EXACT_PLAYERS, type Game } from './game';
import { Rational } from './rational';
import { fail, ok, type Result } from './result';
import { isRecord, readNumberAt, readPlayerMap, show } from './values';
import type { VotingGame } from './voting';

/** What the problem describes, parsed and validated. */
export type Source =
  | { kind: 'game'; game: Game }
  | { kind: 'voting'; voting: VotingGame }
  | { kind: 'claims'; claims: ClaimsProblem }
  | { kind: 'none' };

/** Largest player list accepted at all (the non-enumerating methods are linear in n). */
export const MAX_PLAYERS = 100_000;

/** Validates `players`: a non-empty list of distinct, non-empty strings without commas. */
export function readPlayers(x: unknown): Result<string[]> {
  if (!Array.isArray(x) || x.length === 0) {
    return fail(
      'invalid-players',
      'players 应为非空的成员名数组',
      'players must be a non-empty array of names',
    );
  }
  if (x.length > MAX_PLAYERS)
    return fail('too-large', `成员最多 ${MAX_PLAYERS} 名`, `at most ${MAX_PLAYERS} players`);
  const seen = new Set<string>();
  for (const p of x) {
    if (typeof p !== 'string' || p === '') {
      return fail(
        'invalid-players',
        `成员名必须是非空字符串:${show(p)}`,
        `player names must be non-empty strings: ${show(p)}`,
      );
    }
    if (p.includes(','))
      return fail(
        'invalid-players',
        `成员名不能含逗号:"${p}"`,
        `player names must not contain a comma: "${p}"`,
      );
    if (seen.has(p)) return fail('invalid-players', `成员名重复:"${p}"`, `duplicate player name: "${p}"`);
    seen.add(p);
  }
  return ok(x as string[]);
}

/**
 * Reads `game`. Keys are member names joined by ","; members may be listed in any order (each
 * coalition once). Every non-empty coalition must be present; the first missing one is reported in
 * the order: by size, then lexicographically by position in `players` (甲, 乙, 丙, 甲乙, 甲丙, 乙丙, …).
 */
export function readGame(x: unknown, players: readonly string[]): Result<Game> {
  const n = players.length;
  if (n > MAX_EXACT_PLAYERS) {
    return fail(
      'too-large',
      `game 形式最多 ${MAX_EXACT_PLAYERS} 名成员(需列出 2^n − 1 个联盟);成员更多时请用 voting 或 claims 形式并改用 shapley-sampled`,
      `the game form supports at most ${MAX_EXACT_PLAYERS} players (2^n − 1 coalitions); for more, use the voting or claims form and shapley-sampled`,
    );
  }
  if (!isRecord(x))
    return fail('invalid-problem', 'game 应为以联盟为键的对象', 'game must be an object keyed by coalitions');
  const index = new Map(players.map((p, i) => [p, i]));
  const values: (Rational | undefined)[] = new Array<Rational | undefined>(2 ** n);
  values[0] = Rational.ZERO;
  let count = 0;
  for (const [key, raw] of Object.entries(x)) {
    let mask = 0;
    for (const name of key.split(',')) {
      const i = index.get(name);
      if (i === undefined) {
        return fail(
          'unknown-coalition',
          `game 中的联盟键 "${key}" 含未知成员 "${name}"`,
          `game key "${key}" names an unknown player "${name}"`,
        );
      }
      if (mask & (1 << i))
        return fail(
          'unknown-coalition',
          `联盟键 "${key}" 重复列出 "${name}"`,
          `game key "${key}" lists "${name}" twice`,
        );
      mask |= 1 << i;
    }
    if (values[mask] !== undefined) {
      return fail(
        'unknown-coalition',
        `联盟键 "${key}" 与另一个键表示同一联盟`,
        `game key "${key}" repeats a coalition given under another key`,
      );
    }
    const v = readNumberAt(raw, `game["${key}"]`, `game["${key}"]`);
    if (!v.ok) return v;
    values[mask] = v.value;
    count++;
  }
  if (count < 2 ** n - 1) {
    const missing = firstMissing(n, (m) => values[m] === undefined);
    const key = missing.map((i) => players[i]!).join(',');
    return fail('missing-coalition', `game 缺少联盟 "${key}"`, `game is missing the coalition "${key}"`);
  }
  return gameFromFunction(players, (m) => values[m]!);
}

/** The first coalition (by size, then lexicographic by player position) for which `missing` holds. */
function firstMissing(n: number, missing: (mask: number) => boolean): number[] {
  for (let k = 1; k <= n; k++) {
    const c = Array.from({ length: k }, (_, i) => i);
    for (;;) {
      if (missing(c.reduce((m, i) => m | (1 << i), 0))) return c;
      // Next k-combination of 0..n−1 in lexicographic order.
      let i = k - 1;
      while (i >= 0 && c[i] === n - k + i) i--;
      if (i < 0) break;
      c[i]!++;
      for (let j = i + 1; j < k; j++) c[j] = c[j - 1]! + 1;
    }
  }
  return [];
}

/** Reads `voting`: {"weights": {player: w ≥ 0}, "quota": q > 0}. */
export function readVoting(x: unknown, players: readonly string[]): Result<VotingGame> {
  if (!isRecord(x))
    return fail(
      'invalid-voting',
      'voting 应为 {"weights": {…}, "quota": …}',
      'voting must be {"weights": {…}, "quota": …}',
    );
  const extra = Object.keys(x).find((k) => k !== 'weights' && k !== 'quota');
  if (extra !== undefined)
    return fail('invalid-voting', `voting 中有未知字段 "${extra}"`, `voting has an unknown field "${extra}"`);
  const weights = readPlayerMap(x.weights, players, 'voting.weights');
  if (!weights.ok) return weights;
  const quota = readNumberAt(x.quota, 'voting.quota', 'voting.quota');
  if (!quota.ok) return quota;
  if (weights.value.some((w) => w.sign() < 0))
    return fail('invalid-voting', '票数权重不能为负', 'voting weights must not be negative');
  if (quota.value.sign() <= 0)
    return fail('invalid-voting', '通过门槛 quota 必须大于 0', 'the quota must be greater than 0');
  return ok({ weights: weights.value, quota: quota.value });
}

/** Reads `claims`: {"estate": E ≥ 0, "claims": {player: c ≥ 0}} with E ≤ Σc. */
export function readClaims(x: unknown, players: readonly string[]): Result<ClaimsProblem> {
  if (!isRecord(x))
    return fail(
      'invalid-claims',
      'claims 应为 {"estate": …, "claims": {…}}',
      'claims must be {"estate": …, "claims": {…}}',
    );
  const extra = Object.keys(x).find((k) => k !== 'estate' && k !== 'claims');
  if (extra !== undefined)
    return fail('invalid-claims', `claims 中有未知字段 "${extra}"`, `claims has an unknown field "${extra}"`);
  const estate = readNumberAt(x.estate, 'claims.estate', 'claims.estate');
  if (!estate.ok) return estate;
  const claims = readPlayerMap(x.claims, players, 'claims.claims');
  if (!claims.ok) return claims;
  const p = { estate: estate.value, claims: claims.value };
  return checkClaims(p) ?? ok(p);
}
