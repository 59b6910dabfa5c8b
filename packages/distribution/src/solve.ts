// solveAllocation: the SPEC §6.2 contract end to end (problem in, answer or one-line reason out).
import { percent, t, type Outcome } from './explain';
import { parseJsonExact } from './json';
import { formatFen, formatFenGrouped, splitMoney } from './money';
import { parseProblem, type Method, type Problem } from './problem';
import { formatDecimal, Rational } from './rational';
import { type FailureCode, type Lang, type Result, type Text } from './result';
import { solveBanzhaf, solveSampled, solveShapley, solveShapleyShubik } from './solve-game';
import { solveImproved } from './solve-improved';
import { solveNucleolus } from './solve-nucleolus';
import { solveClaims, solveEqual, solveEqualSurplus, solveMcrs, solveProportional } from './solve-simple';

/** The §6.2 answer. `exact` is left out for shapley-sampled (an estimate); `standardErrors` only there. */
export interface AllocationAnswer {
  method: Method;
  /** Decimal strings, ≥ 12 significant digits. */
  allocation: Record<string, string>;
  /** Exact rationals ("13/3"). */
  exact?: Record<string, string>;
  /** Yuan to the fen, summing exactly to `amount`. */
  amounts?: Record<string, string>;
  /** shapley-sampled: standard error of each estimate, decimal strings. */
  standardErrors?: Record<string, string>;
  explanation: string[];
  warnings: string[];
}

/** solveAllocation's result: the answer (and its JSON text in players' order) or a one-line reason. */
export type AllocationResult =
  { ok: true; answer: AllocationAnswer; json: string } | { ok: false; code: FailureCode; reason: string };

const SOLVERS: Record<Method, (p: Problem) => Result<Outcome>> = {
  equal: solveEqual,
  'equal-surplus': solveEqualSurplus,
  proportional: solveProportional,
  shapley: solveShapley,
  'shapley-sampled': solveSampled,
  'improved-shapley': solveImproved,
  nucleolus: solveNucleolus,
  banzhaf: solveBanzhaf,
  'banzhaf-normalized': solveBanzhaf,
  'banzhaf-index': solveBanzhaf,
  'shapley-shubik': solveShapleyShubik,
  mcrs: solveMcrs,
  'claims-proportional': solveClaims,
  cea: solveClaims,
  cel: solveClaims,
  talmud: solveClaims,
};

/** Runs a validated problem's method. */
export function solveProblem(p: Problem): Result<Outcome> {
  return SOLVERS[p.method](p);
}

/** Parses JSON text exactly (numbers keep their decimal text) and solves it. */
export function solveAllocationJson(text: string, lang: Lang): AllocationResult {
  const parsed = parseJsonExact(text);
  if (!parsed.ok) return { ok: false, code: parsed.code, reason: parsed.message[lang] };
  return solveAllocation(parsed.value, lang);
}

/** The §6.2 contract: a problem object (from parseJsonExact or plain JSON) to an answer or a reason. */
export function solveAllocation(problem: unknown, lang: Lang): AllocationResult {
  const parsed = parseProblem(problem);
  if (!parsed.ok) return { ok: false, code: parsed.code, reason: parsed.message[lang] };
  const p = parsed.value;
  const solved = solveProblem(p);
  if (!solved.ok) return { ok: false, code: solved.code, reason: solved.message[lang] };
  const o = solved.value;
  let fen: bigint[] | undefined;
  if (p.amountFen !== undefined) {
    const split = splitMoney(p.amountFen, o.values);
    if (!split.ok) return { ok: false, code: split.code, reason: split.message[lang] };
    fen = split.value;
  }
  const answer = assemble(p, o, fen, lang);
  return { ok: true, answer, json: answerJson(answer, p.players) };
}

function assemble(p: Problem, o: Outcome, fen: bigint[] | undefined, lang: Lang): AllocationAnswer {
  const byPlayer = (f: (i: number) => string) => Object.fromEntries(p.players.map((name, i) => [name, f(i)]));
  const total = Rational.sum(o.values);
  const zh = lang === 'zh-CN';
  const explanation = p.players.map((name, i) => {
    const pct = percent(o.values[i]!, total);
    const money = fen ? formatFenGrouped(fen[i]!) : undefined;
    const tail = zh
      ? (pct ? `;占总额 ${pct}` : '') + (money ? `${pct ? ',' : ';'}分得 ${money} 元` : '')
      : (pct ? `; ${pct} of the total` : '') + (money ? `${pct ? ',' : ';'} ${money} yuan` : '');
    // Method lines write the player as {i} (e.g. v({i})); name it here.
    return `${name}${zh ? ':' : ': '}${o.lines[i]![lang].replaceAll('{i}', `{${name}}`)}${tail}`;
  });
  const warnings: Text[] = [...p.notes, ...o.warnings];
  p.players.forEach((name, i) => {
    const x = o.values[i]!;
    const alone = o.standalone?.[i];
    if (alone !== undefined && x.lt(alone)) {
      warnings.push(
        t(
          `${name} 的分配 ${formatDecimal(x)} 低于其单独价值 v({${name}}) = ${alone.toFraction()}(不满足个体理性)`,
          `${name}'s allocation ${formatDecimal(x)} is below its stand-alone value v({${name}}) = ${alone.toFraction()} (not individually rational)`,
        ),
      );
    }
    if (x.sign() < 0)
      warnings.push(
        t(`${name} 的分配 ${formatDecimal(x)} 为负`, `${name}'s allocation ${formatDecimal(x)} is negative`),
      );
    if (fen && fen[i]! < 0n) {
      warnings.push(
        t(
          `${name} 分得负金额 ${formatFenGrouped(fen[i]!)} 元(需向其他成员支付)`,
          `${name} gets a negative amount of ${formatFenGrouped(fen[i]!)} yuan (it pays in)`,
        ),
      );
    }
  });
  const answer: AllocationAnswer = {
    method: p.method,
    allocation: byPlayer((i) => formatDecimal(o.values[i]!)),
    explanation: [],
    warnings: [],
  };
  if (o.exact) answer.exact = byPlayer((i) => o.values[i]!.toFraction());
  if (fen) answer.amounts = byPlayer((i) => formatFen(fen[i]!));
  if (o.standardErrors) answer.standardErrors = byPlayer((i) => formatDecimal(o.standardErrors![i]!));
  answer.explanation = explanation;
  answer.warnings = warnings.map((w) => w[lang]);
  return answer;
}

/** JSON text of an answer with every per-player map in players' order (plain objects would put "10" before "2"). */
export function answerJson(a: AllocationAnswer, players: readonly string[]): string {
  const q = (s: string) => JSON.stringify(s);
  const map = (m: Record<string, string>) =>
    `{\n${players.map((p) => `    ${q(p)}: ${q(m[p]!)}`).join(',\n')}\n  }`;
  const list = (xs: string[]) =>
    xs.length === 0 ? '[]' : `[\n${xs.map((x) => `    ${q(x)}`).join(',\n')}\n  ]`;
  const parts = [`  "method": ${q(a.method)}`, `  "allocation": ${map(a.allocation)}`];
  if (a.exact) parts.push(`  "exact": ${map(a.exact)}`);
  if (a.amounts) parts.push(`  "amounts": ${map(a.amounts)}`);
  if (a.standardErrors) parts.push(`  "standardErrors": ${map(a.standardErrors)}`);
  parts.push(`  "explanation": ${list(a.explanation)}`, `  "warnings": ${list(a.warnings)}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}
