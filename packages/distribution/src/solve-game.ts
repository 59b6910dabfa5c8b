// The methods that look at every coalition: Shapley (exact and sampled), Banzhaf, Shapley–Shubik,
// improved Shapley and the nucleolus, on any of the three kinds of input.
import { fmt, fmtApprox, fmtCount, t, type Outcome } from './explain';
import { marginalToGrand, banzhaf, isSimpleGame, shapley } from './shapley';
import { valueOf, type Game } from './game';
import type { Problem } from './problem';
import { formatDecimal, Rational } from './rational';
import { fail, ok, type Result, type Text } from './result';
import {
  claimsOrderGame,
  denseOrderGame,
  MAX_SAMPLE_WORK,
  sampledShapley,
  votingOrderGame,
  type PermutationGame,
} from './sampled';
import { explicitGame, grand, notFor, scaleToIntegers, standalone } from './source-values';
import { solveVotingIndex } from './solve-voting';

type Input = Exclude<Problem['source'], { kind: 'none' }>;

function input(p: Problem): Input {
  if (p.source.kind === 'none') throw new Error('unreachable: parseProblem requires a source');
  return p.source;
}

/** shapley (and shapley-shubik on an explicit simple game). */
export function solveShapley(p: Problem): Result<Outcome> {
  const src = input(p);
  if (src.kind === 'voting') return solveVotingIndex(p, src.voting, 'shapley');
  const g = explicitGame(src, p.players);
  if (!g.ok) return g;
  return ok(shapleyOutcome(g.value, src.kind === 'claims'));
}

function shapleyOutcome(g: Game, bankruptcy: boolean): Outcome {
  const n = g.players.length;
  const values = shapley(g);
  const orders = fmtCount(factorialOf(n));
  const game = bankruptcy
    ? t('(破产博弈 v(S) = max(0, E − Σ_{j∉S} cⱼ))', ' (bankruptcy game v(S) = max(0, E − Σ_{j∉S} cⱼ))')
    : t('', '');
  const lines = values.map((x, i) => {
    const alone = fmt(valueOf(g, 1 << i));
    const last = fmt(marginalToGrand(g, i));
    return t(
      `Shapley 值 ${fmtApprox(x, 'zh')},即其在全部 ${orders} 种加入顺序中的平均边际贡献${game['zh-CN']}(第一个加入时贡献 v({i}) = ${alone},最后加入时贡献 v(N) − v(N∖{i}) = ${last})`,
      `Shapley value ${fmtApprox(x, 'en')}: its average marginal contribution over all ${orders} joining orders${game.en} (joining first it brings v({i}) = ${alone}, joining last v(N) − v(N∖{i}) = ${last})`,
    );
  });
  return {
    values,
    exact: true,
    lines,
    warnings: [],
    standalone: g.players.map((_, i) => valueOf(g, 1 << i)),
  };
}

function factorialOf(n: number): bigint {
  let f = 1n;
  for (let k = 2; k <= n; k++) f *= BigInt(k);
  return f;
}

/** shapley-shubik: a weighted vote by DP, or an explicit 0/1 monotone game by enumeration. */
export function solveShapleyShubik(p: Problem): Result<Outcome> {
  const src = input(p);
  if (src.kind === 'voting') return solveVotingIndex(p, src.voting, 'shapley-shubik');
  if (src.kind === 'claims')
    return notFor(
      p.method,
      '需要投票博弈(voting 或 0/1 的 game)',
      'needs a voting game (voting, or a 0/1 game)',
    );
  if (!isSimpleGame(src.game)) {
    return notFor(
      p.method,
      '需要投票博弈:game 的值须为 0 或 1 且单调',
      'needs a voting game: game values must be 0 or 1 and monotone',
    );
  }
  return ok(shapleyOutcome(src.game, false));
}

/** banzhaf, banzhaf-normalized, banzhaf-index. */
export function solveBanzhaf(p: Problem): Result<Outcome> {
  const src = input(p);
  if (src.kind === 'voting') return solveVotingIndex(p, src.voting, p.method);
  const g = explicitGame(src, p.players);
  if (!g.ok) return g;
  const { raw, value } = banzhaf(g.value);
  const n = p.players.length;
  const sum = Rational.sum(raw);
  const coalitions = fmtCount(2n ** BigInt(n - 1));
  const base = (i: number): Text =>
    t(
      `对 ${coalitions} 个不含该成员的联盟,其边际贡献之和为 ${fmt(raw[i]!)}`,
      `its marginal contributions to the ${coalitions} coalitions without it sum to ${fmt(raw[i]!)}`,
    );
  if (p.method === 'banzhaf') {
    const lines = raw.map((_, i) =>
      join(
        base(i),
        t(
          `,Banzhaf 值 = ${fmt(raw[i]!)} / ${coalitions} = ${fmtApprox(value[i]!, 'zh')}`,
          `; Banzhaf value = ${fmt(raw[i]!)} / ${coalitions} = ${fmtApprox(value[i]!, 'en')}`,
        ),
      ),
    );
    return ok({ values: value, exact: true, lines, warnings: [], standalone: standalone(src) });
  }
  if (sum.isZero())
    return fail(
      'no-solution',
      '所有成员的 Banzhaf 值之和为 0,无法归一化',
      'the Banzhaf values sum to 0 and cannot be normalised',
    );
  const total = grand(src);
  const values =
    p.method === 'banzhaf-index' ? raw.map((r) => r.div(sum)) : raw.map((r) => r.mul(total).div(sum));
  const lines = raw.map((r, i) =>
    p.method === 'banzhaf-index'
      ? join(
          base(i),
          t(
            `,占全体之和 ${fmt(sum)} 的 ${fmtApprox(values[i]!, 'zh')}(Banzhaf 指数)`,
            `; its share of the total ${fmt(sum)} is ${fmtApprox(values[i]!, 'en')} (Banzhaf index)`,
          ),
        )
      : join(
          base(i),
          t(
            `,按 v(N)/Σ = ${fmt(total)}/${fmt(sum)} 缩放为 ${fmtApprox(values[i]!, 'zh')}`,
            `; scaled by v(N)/Σ = ${fmt(total)}/${fmt(sum)} to ${fmtApprox(values[i]!, 'en')}`,
          ),
        ),
  );
  // An index is a share of 1, not a payoff, so comparing it with v({i}) would be meaningless.
  const alone = p.method === 'banzhaf-index' ? undefined : standalone(src);
  return ok({ values, exact: true, lines, warnings: [], standalone: alone });
}

function join(a: Text, b: Text): Text {
  return t(a['zh-CN'] + b['zh-CN'], a.en + b.en);
}

/** shapley-sampled: mean marginal contribution over seeded random orders, with standard errors. */
export function solveSampled(p: Problem): Result<Outcome> {
  const src = input(p);
  const n = p.players.length;
  if (p.samples * n > MAX_SAMPLE_WORK) {
    return fail(
      'too-large',
      `samples × 成员数不能超过 ${MAX_SAMPLE_WORK}`,
      `samples × players must not exceed ${MAX_SAMPLE_WORK}`,
    );
  }
  let game: PermutationGame;
  if (src.kind === 'game') game = denseOrderGame(src.game);
  else if (src.kind === 'voting') {
    const s = scaleToIntegers([...src.voting.weights, src.voting.quota]);
    game = votingOrderGame(s.ints.slice(0, n), s.ints[n]!);
  } else {
    const s = scaleToIntegers([...src.claims.claims, src.claims.estate]);
    game = claimsOrderGame(s.ints[n]!, s.ints.slice(0, n), s.den);
  }
  const r = sampledShapley(game, p.samples, p.seed);
  const z = Rational.of(196, 100);
  const lines = r.mean.map((x, i) => {
    const se = r.standardError[i]!;
    const [lo, hi] = [x.sub(z.mul(se)), x.add(z.mul(se))].map((b) => formatDecimal(b));
    return t(
      `Shapley 估计值 ${formatDecimal(x)}(标准误 ${formatDecimal(se)}):${p.samples} 个随机加入顺序(种子 ${p.seed})中的平均边际贡献;约 95% 置信区间 [${lo}, ${hi}]`,
      `estimated Shapley value ${formatDecimal(x)} (standard error ${formatDecimal(se)}): the mean marginal contribution over ${p.samples} random joining orders (seed ${p.seed}); about 95% confidence interval [${lo}, ${hi}]`,
    );
  });
  const warnings = p.seedGiven
    ? []
    : [
        t(
          '未给出 seed,已使用种子 0(结果可复现)',
          'no seed given; seed 0 was used (results are reproducible)',
        ),
      ];
  return ok({
    values: r.mean,
    exact: false,
    standardErrors: r.standardError,
    lines,
    warnings,
    standalone: standalone(src),
  });
}
