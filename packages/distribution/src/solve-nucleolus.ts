// The nucleolus on any input, with the rounds of the LP sequence that pinned each share.
import { coalition, fmt, fmtApprox, t, type Outcome } from './explain';
import { nucleolus } from './nucleolus';
import type { Problem } from './problem';
import { ok, type Result, type Text } from './result';
import { explicitGame, standalone } from './source-values';

/** nucleolus: sequential exact LPs; explains which coalitions' excesses bound each share. */
export function solveNucleolus(p: Problem): Result<Outcome> {
  if (p.source.kind === 'none') throw new Error('unreachable: parseProblem requires a source');
  const src = p.source;
  const g = explicitGame(src, p.players);
  if (!g.ok) return g;
  const r = nucleolus(g.value);
  if (!r.ok) return r;
  const { allocation, stages } = r.value;
  const alone = standalone(src);
  const lines = allocation.map((x, i) => {
    const bound = x.eq(alone[i]!)
      ? t(
          `;个体理性下限 x ≥ v({i}) = ${fmt(alone[i]!)} 起作用`,
          `; the individual-rationality bound x ≥ v({i}) = ${fmt(alone[i]!)} binds`,
        )
      : t('', '');
    // The rounds in which a coalition containing this player was pinned, i.e. the binding constraints.
    const rounds = stages
      .map((s, k) => ({
        k,
        level: fmt(s.level),
        named: s.fixed
          .filter((m) => m & (1 << i))
          .slice(0, 3)
          .map((m) => coalition(p.players, m)),
      }))
      .filter((r) => r.named.length > 0)
      .slice(0, 3);
    const zh = rounds
      .map(
        (r) => `第 ${r.k + 1} 轮最大超额压到 ${r.level},${r.named.join('、')} 在所有最优解中都达到它而被固定`,
      )
      .join(';');
    const en = rounds
      .map(
        (r) =>
          `round ${r.k + 1} brought the largest excess down to ${r.level}, where ${r.named.join(', ')} bind in every optimum and were fixed`,
      )
      .join('; ');
    return t(
      `核仁分配 ${fmtApprox(x, 'zh')}:逐轮使联盟的最大超额(不满度 e(S) = v(S) − x(S))字典序最小;${zh || '其份额由其他已固定联盟与 Σx = v(N) 共同确定'}${bound['zh-CN']}`,
      `nucleolus share ${fmtApprox(x, 'en')}: coalitions' largest excesses (complaints e(S) = v(S) − x(S)) are minimised lexicographically; ${en || 'its share follows from the other fixed coalitions and Σx = v(N)'}${bound.en}`,
    );
  });
  const warnings: Text[] = [];
  const first = stages[0]?.level;
  if (first !== undefined && first.sign() > 0) {
    warnings.push(
      t(
        `核为空:任何分配都会让某个联盟的超额至少为 ${fmt(first)}`,
        `the core is empty: every allocation leaves some coalition an excess of at least ${fmt(first)}`,
      ),
    );
  }
  return ok({ values: allocation, exact: true, lines, warnings, standalone: alone });
}
