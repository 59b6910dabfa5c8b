// The reward of the people who made and commercialised a result (促进科技成果转化法 art. 45), as a
// separate, explained ledger line. Pure.
//
// Where the agreement only refers to the law ("statutory"), the floors of art. 45 apply to the
// universities and research institutes among the parties (art. 45 para. 2 binds them; enterprises
// set their own rules): of what each such party receives, at least 50 % of the net income of a
// transfer or licence, 50 % of the shares of an equity deal (booked on the income those shares
// bring), or 5 % of the operating profit of self-implementation for 3 to 5 years. Amounts are rounded
// UP to the fen so that a floor is never undercut. Where the agreement sets its own share, that share
// of the net income is set aside before sharing (as its clause says), rounded half up.
import { getRatio, type DealKind } from '@huahe/contracts';
import { Rational } from '@huahe/distribution';
import { addMonths } from '../results/calendar';
import { formatYuan } from '../../lib/money';

type Bi = { zh: string; en: string };

/** Kinds of organisation that art. 45's floors bind. */
export const BOUND_KINDS = ['university', 'research_institute'];

/** The statutory floor for a deal kind, as a fraction and the paragraph that sets it. */
export const ART45: Record<DealKind, { rate: Rational; item: Bi }> = {
  transfer: {
    rate: Rational.of(1, 2),
    item: {
      zh: '第四十五条第一款第（一）项：转让净收入中提取不低于50%',
      en: 'art. 45(1)(i): at least 50% of the net income from a transfer',
    },
  },
  licence: {
    rate: Rational.of(1, 2),
    item: {
      zh: '第四十五条第一款第（一）项：许可净收入中提取不低于50%',
      en: 'art. 45(1)(i): at least 50% of the net income from a licence',
    },
  },
  equity: {
    rate: Rational.of(1, 2),
    item: {
      zh: '第四十五条第一款第（二）项：作价投资形成的股份中提取不低于50%（此处按该部分股份所得收入的50%记账）',
      en: 'art. 45(1)(ii): at least 50% of the shares formed by the investment (booked here as 50% of the income those shares bring)',
    },
  },
  self_implementation: {
    rate: Rational.of(1, 20),
    item: {
      zh: '第四十五条第一款第（三）项：实施转化成功投产后连续三至五年，每年从营业利润中提取不低于5%',
      en: 'art. 45(1)(iii): at least 5% of the operating profit each year for three to five years after production starts',
    },
  },
};

/** Years of self-implementation the platform applies the 5 % floor for (the statute's longest period). */
export const SELF_IMPLEMENTATION_YEARS = 5;

const ceil = (r: Rational) => {
  const f = r.floor();
  return Rational.of(f).eq(r) ? f : f + 1n;
};

/** One inventor-reward line: the party whose inventors it is for (null: the consortium's pool). */
export interface RewardLine {
  index: number | null;
  fen: bigint;
  explanation: Bi;
}

/**
 * The statutory lines for the parties' amounts under a deal, and each party's remaining share.
 * `startedOn` is when self-implementation began (the deal's signing date); `receivedOn` the income's date.
 */
export function statutoryRewards(
  kinds: string[],
  names: Bi[],
  fen: bigint[],
  deal: { kind: DealKind; startedOn: string | null; receivedOn: string },
): { member: bigint[]; lines: RewardLine[]; note: Bi | null } {
  const rule = ART45[deal.kind];
  if (deal.kind === 'self_implementation' && deal.startedOn) {
    const until = addMonths(deal.startedOn, SELF_IMPLEMENTATION_YEARS * 12);
    if (deal.receivedOn > until) {
      return {
        member: fen,
        lines: [],
        note: {
          zh: `自行实施已超过${SELF_IMPLEMENTATION_YEARS}年（自 ${deal.startedOn} 起），第四十五条第一款第（三）项的奖励期已届满，本次不再提取`,
          en: `self-implementation began over ${SELF_IMPLEMENTATION_YEARS} years ago (${deal.startedOn}): the reward period of art. 45(1)(iii) is over`,
        },
      };
    }
  }
  const member = [...fen];
  const lines: RewardLine[] = [];
  fen.forEach((x, i) => {
    if (x <= 0n || !BOUND_KINDS.includes(kinds[i]!)) return;
    const reward = ceil(rule.rate.mul(Rational.of(x)));
    member[i] = x - reward;
    lines.push({
      index: i,
      fen: reward,
      explanation: {
        zh: `协议未另行约定奖励比例，依《促进科技成果转化法》${rule.item.zh}：${names[i]!.zh}所得 ${formatYuan(x)} 元中 ${formatYuan(reward)} 元用于奖励完成、转化成果作出重要贡献的人员（向上取整到分，不低于法定比例），由该单位发放`,
        en: `The agreement sets no reward of its own, so under the Law on Promoting the Transformation of S&T Achievements, ${rule.item.en}: of the CNY ${formatYuan(x)} due to ${names[i]!.en}, CNY ${formatYuan(reward)} rewards the people who made and commercialised the result (rounded up to the fen so the floor holds); paid by that party`,
      },
    });
  });
  return { member, lines, note: null };
}

/** The agreed share of the net income set aside before sharing, rounded half up to the fen. */
export function agreedReward(netFen: bigint, share: string, clause: Bi): RewardLine {
  const r = getRatio(share);
  const fen = (netFen * r.num * 2n + r.den) / (2n * r.den);
  const pct = Rational.of(r.num * 100n, r.den).toDecimalString(2);
  return {
    index: null,
    fen,
    explanation: {
      zh: `依协议${clause.zh}，分配前按净收入的 ${pct}% 提取对完成、转化成果作出重要贡献人员的奖励和报酬：${formatYuan(fen)} 元（由秘书处按发明人名单发放）`,
      en: `Under ${clause.en}, ${pct}% of the net income is set aside before sharing to reward the people who made and commercialised the results: CNY ${formatYuan(fen)} (paid out by the secretariat to the inventors)`,
    },
  };
}
