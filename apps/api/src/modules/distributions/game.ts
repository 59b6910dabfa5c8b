// The characteristic function a value-based method needs, from the data at hand: a valued game
// entered for the run (every coalition), or the recorded contributions weighted by category as the
// agreement says (an additive game: each coalition is worth the sum of its members' weighted
// contribution shares). Pure.
import { CONTRIBUTION_CATEGORY_LABELS, getRatio, type ContributionCategory } from '@huahe/contracts';
import { parseRational, Rational } from '@huahe/distribution';

type Bi = { zh: string; en: string };

/** A party to share among. */
export interface Party {
  organisationId: string;
  nameZh: string;
  nameEn: string;
  kind: string;
}

/** A recorded contribution of one party in one category (yuan, person-months, items…). */
export interface Contribution {
  organisationId: string;
  category: ContributionCategory;
  amount: string;
}

/** Why something cannot be computed, and which input to fix. */
export interface Failure {
  ok: false;
  reason: Bi;
  path?: string;
}

/** The game, either entered coalition by coalition or additive in weighted contributions. */
export type Game =
  | { kind: 'explicit'; values: Map<number, Rational>; standalone: Rational[]; total: Rational; basis: Bi }
  | { kind: 'additive'; standalone: Rational[]; total: Rational; basis: Bi };

/** The most parties an entered game may have (2^12 − 1 coalitions; the nucleolus's limit). */
export const MAX_EXPLICIT_PARTIES = 12;

/** Reads an entered characteristic function: every non-empty coalition of the parties exactly once. */
export function explicitGame(
  parties: Party[],
  coalitions: { organisationIds: string[]; value: string }[],
): Game | Failure {
  const n = parties.length;
  const fail = (zh: string, en: string, path = 'body.coalitions'): Failure => ({
    ok: false,
    reason: { zh, en },
    path,
  });
  if (n > MAX_EXPLICIT_PARTIES) {
    return fail(
      `逐一给出联盟价值最多适用于 ${MAX_EXPLICIT_PARTIES} 家成员（本协议有 ${n} 家）；请改用按投入构建的特征函数`,
      `an entered game is limited to ${MAX_EXPLICIT_PARTIES} parties (this agreement has ${n}); use the contributions instead`,
    );
  }
  const index = new Map(parties.map((p, i) => [p.organisationId, i]));
  const values = new Map<number, Rational>();
  for (const [k, c] of coalitions.entries()) {
    let mask = 0;
    for (const id of c.organisationIds) {
      const i = index.get(id);
      if (i === undefined)
        return fail(
          '联盟中含有非协议方的单位',
          'a coalition names an organisation that is not a party',
          `body.coalitions[${k}].organisationIds`,
        );
      if (mask & (1 << i))
        return fail(
          '联盟中单位重复',
          'a coalition names a party twice',
          `body.coalitions[${k}].organisationIds`,
        );
      mask |= 1 << i;
    }
    if (values.has(mask))
      return fail('该联盟重复给出', 'this coalition is given twice', `body.coalitions[${k}]`);
    values.set(mask, parseRational(c.value)!);
  }
  for (let mask = 1; mask < 1 << n; mask++) {
    if (!values.has(mask)) {
      const names = parties.filter((_, i) => mask & (1 << i));
      return fail(
        `缺少联盟 {${names.map((p) => p.nameZh).join('，')}} 的价值（需给出全部 ${2 ** n - 1} 个非空联盟）`,
        `missing the value of coalition {${names.map((p) => p.nameEn).join(', ')}} (all ${2 ** n - 1} non-empty coalitions are needed)`,
      );
    }
  }
  return {
    kind: 'explicit',
    values,
    standalone: parties.map((_, i) => values.get(1 << i)!),
    total: values.get((1 << n) - 1)!,
    basis: {
      zh: `特征函数 v(S) 按本次录入的 ${2 ** n - 1} 个联盟价值`,
      en: `the characteristic function v(S) as entered for all ${2 ** n - 1} coalitions`,
    },
  };
}

/**
 * The additive game of weighted contributions: w_i = Σ_k α_k · x_ik / Σ_j x_jk over the categories
 * with any contribution (α_k the agreement's category weights, or equal weights where it names none).
 */
export function contributionGame(
  parties: Party[],
  contributions: Contribution[],
  categoryWeights: { category: ContributionCategory; weight: string }[] | undefined,
  source: Bi,
): Game | Failure {
  const index = new Map(parties.map((p, i) => [p.organisationId, i]));
  const totals = new Map<ContributionCategory, Rational[]>();
  for (const c of contributions) {
    const i = index.get(c.organisationId);
    const x = parseRational(c.amount);
    if (i === undefined || x === undefined) continue;
    const row = totals.get(c.category) ?? parties.map(() => Rational.ZERO);
    row[i] = row[i]!.add(x);
    totals.set(c.category, row);
  }
  const present = [...totals.entries()].filter(([, xs]) => Rational.sum(xs).sign() > 0);
  const agreed = categoryWeights?.map((w) => {
    const r = getRatio(w.weight);
    return { category: w.category, weight: Rational.of(r.num, r.den) };
  });
  const used = (
    agreed ?? present.map(([category]) => ({ category, weight: Rational.of(1, present.length) }))
  ).filter((w) => w.weight.sign() > 0 && present.some(([c]) => c === w.category));
  if (used.length === 0) {
    return {
      ok: false,
      reason: {
        zh: '没有可用的投入记录（协议约定的投入类别均无数据），无法构建特征函数',
        en: 'no contributions are recorded in the categories the agreement weighs, so there is no game to value',
      },
      path: 'body.contributions',
    };
  }
  const weights = parties.map((_, i) =>
    Rational.sum(
      used.map((w) => {
        const xs = totals.get(w.category)!;
        return w.weight.mul(xs[i]!).div(Rational.sum(xs));
      }),
    ),
  );
  const label = (l: 'zh' | 'en') =>
    used
      .map((w) => `${CONTRIBUTION_CATEGORY_LABELS[w.category][l]} ${w.weight.toFraction()}`)
      .join(l === 'zh' ? '、' : ', ');
  const dropped = (agreed ?? []).filter((w) => !used.some((u) => u.category === w.category));
  const droppedNote = dropped.length
    ? {
        zh: `（${dropped.map((w) => CONTRIBUTION_CATEGORY_LABELS[w.category].zh).join('、')}无记录，未计入）`,
        en: ` (${dropped.map((w) => CONTRIBUTION_CATEGORY_LABELS[w.category].en).join(', ')}: nothing recorded, left out)`,
      }
    : { zh: '', en: '' };
  return {
    kind: 'additive',
    standalone: weights,
    total: Rational.sum(weights),
    basis: {
      zh: `特征函数按${source.zh}构建：各类投入先折算为份额，再按类别权重（${label('zh')}）加权${droppedNote.zh}；联盟价值等于其成员加权投入之和（可加博弈）`,
      en: `the characteristic function is built from ${source.en}: each category as shares, weighted ${label('en')}${droppedNote.en}; a coalition is worth the sum of its members' weighted contributions (an additive game)`,
    },
  };
}
