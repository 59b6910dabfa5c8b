// improved-shapley on any input (φ by Shapley/Shapley–Shubik) or on a given base with its total.
import { fmt, fmtApprox, t, type Outcome } from './explain';
import { improvedShapley } from './improved';
import type { Problem } from './problem';
import { Rational } from './rational';
import { ok, type Result, type Text } from './result';
import { shapley } from './shapley';
import { explicitGame, grand, standalone } from './source-values';
import { votingPower } from './voting';

type Input = Exclude<Problem['source'], { kind: 'none' }>;

/** improved-shapley: φ from the input (or `base`) corrected by the weighted factor shares. */
export function solveImproved(p: Problem): Result<Outcome> {
  let base: Rational[];
  let total: Rational;
  let alone: Rational[] | undefined;
  const warnings: Text[] = [];
  if (p.base !== undefined) {
    base = p.base;
    total = p.total!;
    const sum = Rational.sum(base);
    if (!sum.eq(total))
      warnings.push(
        t(
          `base 之和 ${fmt(sum)} 不等于 total = ${fmt(total)}`,
          `base sums to ${fmt(sum)}, not total = ${fmt(total)}`,
        ),
      );
  } else {
    if (p.source.kind === 'none') throw new Error('unreachable: parseProblem requires a source or base');
    const src = p.source;
    const phi = shapleyOf(src, p.players);
    if (!phi.ok) return phi;
    base = phi.value;
    total = grand(src);
    alone = standalone(src);
  }
  const r = improvedShapley({ base, total, factors: p.factors!, standalone: alone });
  if (!r.ok) return r;
  const n = p.players.length;
  const ahp = p.ahp
    ? t(
        `;因素权重由 AHP 判断矩阵得出(CR = ${p.ahp.cr.toFixed(3)})`,
        `; factor weights from the AHP matrix (CR = ${p.ahp.cr.toFixed(3)})`,
      )
    : t('', '');
  const lines = base.map((phi, i) => {
    const parts = p
      .factors!.map((f) => `${f.name} ${fmt(f.weight)}×${fmt(f.scores[i]!)}/${fmt(Rational.sum(f.scores))}`)
      .join(' + ');
    return t(
      `Shapley 值 φ = ${fmt(phi)};因素加权份额 R = ${parts} = ${fmt(r.value.share[i]!)};修正量 (R − 1/${n})·v(N) = ${fmt(r.value.delta[i]!)};修正后 ${fmtApprox(r.value.values[i]!, 'zh')}${ahp['zh-CN']}`,
      `Shapley value φ = ${fmt(phi)}; weighted factor share R = ${parts} = ${fmt(r.value.share[i]!)}; correction (R − 1/${n})·v(N) = ${fmt(r.value.delta[i]!)}; corrected ${fmtApprox(r.value.values[i]!, 'en')}${ahp.en}`,
    );
  });
  return ok({ values: r.value.values, exact: true, lines, warnings, standalone: alone });
}

/** φ of any input: Shapley–Shubik by DP for a vote, enumeration otherwise. */
function shapleyOf(src: Input, players: readonly string[]): Result<Rational[]> {
  if (src.kind === 'voting') {
    const r = votingPower(src.voting);
    return r.ok ? ok(r.value.shapleyShubik) : r;
  }
  const g = explicitGame(src, players);
  return g.ok ? ok(shapley(g.value)) : g;
}
