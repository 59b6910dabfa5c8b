// Power indices of a weighted vote (话语权) by the DP of voting.ts: exact for hundreds of voters.
import { fmt, fmtApprox, fmtCount, t, type Outcome } from './explain';
import type { Problem } from './problem';
import { Rational } from './rational';
import { fail, ok, type Result, type Text } from './result';
import { votingPower, type VotingGame } from './voting';

/** shapley / shapley-shubik / banzhaf* on a `voting` input. */
export function solveVotingIndex(p: Problem, voting: VotingGame, kind: string): Result<Outcome> {
  const r = votingPower(voting);
  if (!r.ok) return r;
  const vp = r.value;
  const n = p.players.length;
  const q = fmt(voting.quota);
  const standalone = voting.weights.map((w) => (w.ge(voting.quota) ? Rational.ONE : Rational.ZERO));
  const warnings: Text[] = [];
  if (!vp.winnable) {
    warnings.push(
      t(
        `全体票数之和低于门槛 ${q},任何联盟都无法通过,权力指数均为 0`,
        `the total weight is below the quota ${q}: no coalition can win, so every index is 0`,
      ),
    );
  }
  const vetoNote = (i: number): Text =>
    vp.veto[i] && vp.winnable
      ? t(';拥有否决权(任何获胜联盟都离不开它)', '; holds a veto (every winning coalition needs it)')
      : t('', '');
  const who = (i: number) =>
    t(`票数 ${fmt(voting.weights[i]!)},门槛 ${q};`, `weight ${fmt(voting.weights[i]!)}, quota ${q}; `);
  if (kind === 'shapley' || kind === 'shapley-shubik') {
    const lines = vp.shapleyShubik.map((x, i) =>
      cat(
        who(i),
        t(
          `Shapley–Shubik 指数 ${fmtApprox(x, 'zh')}:在全部 ${n}! 种投票顺序中,其投出使累计票数首次达到门槛的关键一票的顺序所占比例`,
          `Shapley–Shubik index ${fmtApprox(x, 'en')}: the share of all ${n}! voting orders in which its vote first brings the total to the quota`,
        ),
        vetoNote(i),
      ),
    );
    return ok({ values: vp.shapleyShubik, exact: true, lines, warnings, standalone });
  }
  const coalitions = fmtCount(2n ** BigInt(n - 1));
  const totalSwings = vp.swings.reduce((a, b) => a + b, 0n);
  const swingText = (i: number) =>
    t(
      `在 ${coalitions} 个不含它的联盟中,有 ${fmtCount(vp.swings[i]!)} 个因它加入而由未通过变为通过(关键票)`,
      `it turns ${fmtCount(vp.swings[i]!)} of the ${coalitions} coalitions without it from losing to winning (swings)`,
    );
  let values: Rational[];
  let tail: (i: number) => Text;
  if (kind === 'banzhaf') {
    values = vp.banzhafValue;
    tail = (i) =>
      t(
        `,Banzhaf 值 = 关键次数 / ${coalitions} = ${fmtApprox(values[i]!, 'zh')}`,
        `; Banzhaf value = swings / ${coalitions} = ${fmtApprox(values[i]!, 'en')}`,
      );
  } else if (totalSwings === 0n) {
    return fail(
      'no-solution',
      '没有任何关键票(无联盟能通过),Banzhaf 指数无法归一化',
      'there are no swings (no coalition can win), so the Banzhaf index cannot be normalised',
    );
  } else if (kind === 'banzhaf-index') {
    values = vp.banzhafIndex;
    tail = (i) =>
      t(
        `,占全体关键次数 ${fmtCount(totalSwings)} 的 ${fmtApprox(values[i]!, 'zh')}`,
        `; its share of all ${fmtCount(totalSwings)} swings is ${fmtApprox(values[i]!, 'en')}`,
      );
  } else {
    // Normalised to v(N), which is 1 for a winnable vote.
    values = vp.banzhafIndex;
    tail = (i) =>
      t(
        `,按 v(N) = 1 归一化为 ${fmtApprox(values[i]!, 'zh')}`,
        `; normalised to v(N) = 1: ${fmtApprox(values[i]!, 'en')}`,
      );
  }
  const lines = values.map((_, i) => cat(who(i), swingText(i), tail(i), vetoNote(i)));
  return ok({ values, exact: true, lines, warnings, standalone });
}

function cat(...parts: Text[]): Text {
  return t(parts.map((x) => x['zh-CN']).join(''), parts.map((x) => x.en).join(''));
}
