// The SPEC §6.2 problem: parsed, validated and typed before any method runs.
import type { AhpResult } from './ahp';
import type { Factor } from './improved';
import { JsonNumber, keyOrder } from './json';
import { parseAmountFen } from './money';
import { readImproved } from './problem-improved';
import { readClaims, readGame, readPlayers, readVoting, type Source } from './problem-source';
import type { Rational } from './rational';
import { fail, ok, type Result, type Text } from './result';
import { isRecord, readInteger, readNumberAt, readPlayerMap } from './values';

/** Every method of SPEC §6.2. */
export const METHODS = [
  'equal',
  'equal-surplus',
  'proportional',
  'shapley',
  'shapley-sampled',
  'improved-shapley',
  'nucleolus',
  'banzhaf',
  'banzhaf-normalized',
  'banzhaf-index',
  'shapley-shubik',
  'mcrs',
  'claims-proportional',
  'cea',
  'cel',
  'talmud',
] as const;

/** A SPEC §6.2 method name. */
export type Method = (typeof METHODS)[number];

/** A validated problem. */
export interface Problem {
  method: Method;
  players: string[];
  source: Source;
  amountFen?: bigint;
  weights?: Rational[];
  samples: number;
  seed: bigint;
  seedGiven: boolean;
  factors?: Factor[];
  ahp?: AhpResult;
  base?: Rational[];
  total?: Rational;
  /** Notes about fields the method does not use (reported as warnings). */
  notes: Text[];
}

const FIELDS = [
  'method',
  'players',
  'game',
  'voting',
  'claims',
  'amount',
  'weights',
  'samples',
  'seed',
  'factors',
  'ahp',
  'base',
  'total',
];
/** Which methods use the method-specific fields (others ignore them, with a warning). */
const USES: Record<string, readonly Method[]> = {
  weights: ['proportional'],
  samples: ['shapley-sampled'],
  seed: ['shapley-sampled'],
  factors: ['improved-shapley'],
  ahp: ['improved-shapley'],
  base: ['improved-shapley'],
  total: ['improved-shapley', 'equal', 'proportional'],
};
const CLAIMS_ONLY: readonly Method[] = ['claims-proportional', 'cea', 'cel', 'talmud'];
const NO_SOURCE_OK: readonly Method[] = ['equal', 'proportional', 'improved-shapley'];

/** Default number of sampled orders for shapley-sampled. */
export const DEFAULT_SAMPLES = 10_000;

/** Parses and validates a problem object (numbers as JsonNumber, JS numbers or decimal strings). */
export function parseProblem(raw: unknown): Result<Problem> {
  if (!isRecord(raw))
    return fail('invalid-problem', '问题应为一个 JSON 对象', 'the problem must be a JSON object');
  const unknown = Object.keys(raw).find((k) => !FIELDS.includes(k));
  if (unknown !== undefined) {
    return fail(
      'invalid-problem',
      `未知字段 "${unknown}"`,
      `unknown field "${unknown}" (allowed: ${FIELDS.join(', ')})`,
    );
  }
  const method = raw.method;
  if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method)) {
    const m = typeof method === 'string' ? method : String(method);
    return fail(
      'unknown-method',
      `未知方法 "${m}";可用:${METHODS.join(', ')}`,
      `unknown method "${m}"; one of: ${METHODS.join(', ')}`,
    );
  }
  const kinds = (['game', 'voting', 'claims'] as const).filter((k) => raw[k] !== undefined);
  if (kinds.length > 1) {
    return fail(
      'invalid-problem',
      `game、voting、claims 只能给出一个(此处:${kinds.join('、')})`,
      `give only one of game, voting, claims (got ${kinds.join(', ')})`,
    );
  }
  const kind = kinds[0];
  const players = readPlayers(raw.players ?? implicitPlayers(raw, kind));
  if (!players.ok) return players;
  const source = readSource(raw, kind, players.value);
  if (!source.ok) return source;
  const m = method as Method;
  const src = source.value;
  if (CLAIMS_ONLY.includes(m) && src.kind !== 'claims') {
    return fail(
      'not-applicable',
      `方法 ${m} 需要 claims(破产/索赔问题)输入`,
      `method ${m} needs a claims problem ("claims")`,
    );
  }
  if (src.kind === 'none' && !NO_SOURCE_OK.includes(m)) {
    return fail(
      'invalid-problem',
      `方法 ${m} 需要 game、voting 或 claims 之一`,
      `method ${m} needs one of game, voting, claims`,
    );
  }
  const problem: Problem = {
    method: m,
    players: players.value,
    source: src,
    samples: DEFAULT_SAMPLES,
    seed: 0n,
    seedGiven: false,
    notes: [],
  };
  for (const [field, users] of Object.entries(USES)) {
    if (raw[field] !== undefined && !users.includes(m)) {
      problem.notes.push({
        'zh-CN': `方法 ${m} 不使用字段 ${field},已忽略`,
        en: `method ${m} does not use the field ${field}; ignored`,
      });
    }
  }
  const filled = readMethodFields(raw, problem);
  if (filled) return filled;
  if (raw.amount !== undefined) {
    if (
      typeof raw.amount !== 'string' &&
      typeof raw.amount !== 'number' &&
      !(raw.amount instanceof JsonNumber)
    ) {
      return fail(
        'invalid-amount',
        'amount 应为十进制字符串,如 "1100000.00"',
        'amount must be a decimal string such as "1100000.00"',
      );
    }
    const fen = parseAmountFen(raw.amount);
    if (!fen.ok) return fen;
    problem.amountFen = fen.value;
  }
  return ok(problem);
}

/** With voting/claims, `players` may be left out: the map's key order is then the players' order. */
function implicitPlayers(raw: Record<string, unknown>, kind: string | undefined): unknown {
  const inner = kind === 'voting' ? raw.voting : kind === 'claims' ? raw.claims : undefined;
  const map = isRecord(inner) ? (kind === 'voting' ? inner.weights : inner.claims) : undefined;
  return isRecord(map) ? keyOrder(map) : undefined;
}

function readSource(
  raw: Record<string, unknown>,
  kind: string | undefined,
  players: string[],
): Result<Source> {
  if (kind === 'game') {
    const g = readGame(raw.game, players);
    return g.ok ? ok({ kind: 'game', game: g.value }) : g;
  }
  if (kind === 'voting') {
    const v = readVoting(raw.voting, players);
    return v.ok ? ok({ kind: 'voting', voting: v.value }) : v;
  }
  if (kind === 'claims') {
    const c = readClaims(raw.claims, players);
    return c.ok ? ok({ kind: 'claims', claims: c.value }) : c;
  }
  return ok({ kind: 'none' });
}

function readMethodFields(raw: Record<string, unknown>, p: Problem): Result<never> | undefined {
  const uses = (field: string) => raw[field] !== undefined && USES[field]!.includes(p.method);
  if (p.method === 'proportional') {
    if (raw.weights === undefined)
      return fail('invalid-weights', 'proportional 方法需要 weights', 'method proportional needs "weights"');
    const w = readPlayerMap(raw.weights, p.players, 'weights');
    if (!w.ok) return w;
    p.weights = w.value;
  }
  if (uses('samples')) {
    const s = readInteger(raw.samples, 'samples', 10_000_000n);
    if (!s.ok) return s;
    if (s.value < 2n)
      return fail(
        'invalid-problem',
        'samples 至少为 2(才能估计标准误)',
        'samples must be at least 2 (to estimate a standard error)',
      );
    p.samples = Number(s.value);
  }
  if (uses('seed')) {
    const s = readInteger(raw.seed, 'seed', 2n ** 64n - 1n);
    if (!s.ok) return s;
    p.seed = s.value;
    p.seedGiven = true;
  }
  if (uses('total') && p.source.kind !== 'none') {
    p.notes.push({
      'zh-CN': `已忽略 total:v(N) 取自 ${p.source.kind}`,
      en: `total is ignored: v(N) comes from ${p.source.kind}`,
    });
  } else if (uses('total')) {
    const t = readNumberAt(raw.total, 'total', 'total');
    if (!t.ok) return t;
    p.total = t.value;
  }
  if (p.method === 'improved-shapley') return readImproved(raw, p);
  return undefined;
}
