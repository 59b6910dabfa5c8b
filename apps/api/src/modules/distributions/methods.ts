// The agreement executor for revenue (SPEC §3.2, §3.4): the agreement's sharing method mapped onto
// the distribution engine's §6.2 problems, solved exactly, split to the fen. Pure.
import { factorLabels, formatRational, getRatio, type RevenueSharing } from '@huahe/contracts';
import { formatFen, parseAmountFen, parseRational, Rational, solveAllocation } from '@huahe/distribution';
import type { Failure, Game, Party } from './game';
import { formatYuan } from '../../lib/money';

type Bi = { zh: string; en: string };

/** The methods the platform can apply; `owners` is the fallback where the agreement names none. */
export type MethodKey =
  | 'equal'
  | 'fixed'
  | 'weights'
  | 'proportional'
  | 'shapley'
  | 'improved-shapley'
  | 'nucleolus'
  | 'mcrs'
  | 'equal-surplus'
  | 'owners';

export const METHOD_LABELS: Record<MethodKey, Bi> = {
  equal: { zh: '平均分配', en: 'equal split' },
  fixed: { zh: '固定比例', en: 'fixed shares' },
  weights: { zh: '按约定权重比例', en: 'proportional to agreed weights' },
  proportional: { zh: '按投入比例', en: 'proportional to contributions' },
  shapley: { zh: '沙普利值', en: 'Shapley value' },
  'improved-shapley': { zh: '修正沙普利值', en: 'improved Shapley value' },
  nucleolus: { zh: '核仁', en: 'nucleolus' },
  mcrs: { zh: '最小核心剩余法（MCRS）', en: 'MCRS' },
  'equal-surplus': { zh: '等额剩余', en: 'equal surplus' },
  owners: { zh: '按成果权属份额', en: 'by ownership shares' },
};

/** The method key of the agreement's sharing clause (`owners` when it has none). */
export function methodOf(sharing: RevenueSharing | undefined): MethodKey {
  if (!sharing) return 'owners';
  if (sharing.method === 'proportional') return sharing.basis === 'weights' ? 'weights' : 'proportional';
  return sharing.method;
}

/** What a method needs beyond the game. */
export interface MethodData {
  parties: Party[];
  sharing?: RevenueSharing;
  /** The game, or why there is none (value-based methods then cannot run). */
  game: Game | Failure;
  /** The weighted contributions (the additive game), for proportional sharing. */
  weighted: Game | Failure;
  factorScores?: { factor: string; organisationId: string; score: string }[];
  /** For `owners`: each party's summed ownership share in the deal's results. */
  ownerWeights?: Rational[];
}

/** One method's answer: exact shares, fen per party summing to the amount, and why. */
export interface Allocation {
  method: MethodKey;
  basis: Bi;
  fen: bigint[];
  shares: Rational[];
  lines: { zh: string[]; en: string[] };
  memberWarnings: { zh: string[]; en: string[] }[];
  warnings: { zh: string[]; en: string[] };
  /** The engine problem as solved (Chinese names), kept with the run so it can be replayed. */
  problem: Record<string, unknown>;
}

const fail = (zh: string, en: string, path?: string): Failure => ({
  ok: false,
  reason: { zh, en },
  ...(path ? { path } : {}),
});
const frac = (r: Rational) => r.toFraction();
const isFailure = (x: object): x is Failure => (x as { ok?: unknown }).ok === false;

function names(parties: Party[], lang: 'zh' | 'en'): string[] {
  const seen = new Map<string, number>();
  return parties.map((p) => {
    const base = (lang === 'zh' ? p.nameZh : p.nameEn).replaceAll(',', '，').trim() || p.organisationId;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}（${n}）`;
  });
}

const byName = (players: string[], xs: Rational[]) =>
  Object.fromEntries(players.map((p, i) => [p, frac(xs[i]!)]));

function gameObject(players: string[], values: Map<number, Rational>) {
  const out: Record<string, string> = {};
  for (const [mask, v] of values) out[players.filter((_, i) => mask & (1 << i)).join(',')] = frac(v);
  return out;
}

/** The factors of the improved Shapley value: the agreement's, or equal weights over those scored. */
function factorsFor(d: MethodData): { name: string; label: string; weight: Rational }[] | Failure {
  if (d.sharing?.method === 'improved-shapley') {
    return d.sharing.factors.map((f) => {
      const r = getRatio(f.weight);
      return { name: f.name, label: f.label, weight: Rational.of(r.num, r.den) };
    });
  }
  const named = [...new Set((d.factorScores ?? []).map((s) => s.factor))];
  if (named.length === 0) {
    return fail(
      '需要各成员的修正因子评分（如风险承担、资源投入）',
      'needs each party’s scores for the correction factors (risk, investment…)',
      'body.factorScores',
    );
  }
  return named.map((name) => ({ name, label: name, weight: Rational.of(1, named.length) }));
}

function scoresFor(d: MethodData, factors: { name: string; label: string }[], players: string[]) {
  const out: Record<string, string>[] = [];
  const missing: { zh: string; en: string }[] = [];
  for (const f of factors) {
    const row: Record<string, string> = {};
    d.parties.forEach((p, i) => {
      const s = d.factorScores?.find((x) => x.factor === f.name && x.organisationId === p.organisationId);
      if (s) row[players[i]!] = s.score;
      else {
        const l = factorLabels(f);
        missing.push({ zh: `${l.zh}/${p.nameZh}`, en: `${l.en}/${p.nameEn}` });
      }
    });
    out.push(row);
  }
  return { out, missing };
}

/** The §6.2 problem for a method with Chinese (zh) or English (en) player names, or why it cannot run. */
function problemFor(
  method: MethodKey,
  d: MethodData,
  players: string[],
  amount: string,
): Record<string, unknown> | Failure {
  const base = { players, amount };
  const g = d.game;
  switch (method) {
    case 'equal':
      return { ...base, method: 'equal' };
    case 'fixed':
    case 'weights': {
      const s = d.sharing;
      const w = d.parties.map((p) => {
        if (s?.method === 'fixed') {
          const x = s.shares.find((v) => v.partyId === p.organisationId);
          return x ? formatRational(getRatio(x.share)) : '0';
        }
        if (s?.method === 'proportional' && s.basis === 'weights')
          return s.weights.find((v) => v.partyId === p.organisationId)?.weight ?? '0';
        return '0';
      });
      return {
        ...base,
        method: 'proportional',
        weights: Object.fromEntries(players.map((p, i) => [p, w[i]!])),
      };
    }
    case 'owners': {
      const w = d.ownerWeights;
      if (!w || Rational.sum(w).isZero()) return { ...base, method: 'equal' };
      return { ...base, method: 'proportional', weights: byName(players, w) };
    }
    case 'improved-shapley': {
      if ('ok' in g) return g;
      const factors = factorsFor(d);
      if ('ok' in factors) return factors;
      const { out, missing } = scoresFor(d, factors, players);
      if (missing.length) {
        return fail(
          `缺少修正因子评分：${missing
            .slice(0, 8)
            .map((m) => m.zh)
            .join('、')}${missing.length > 8 ? ' 等' : ''}`,
          `missing factor scores: ${missing
            .slice(0, 8)
            .map((m) => m.en)
            .join(', ')}${missing.length > 8 ? '…' : ''}`,
          'body.factorScores',
        );
      }
      const fs = factors.map((f, k) => ({ name: f.name, weight: frac(f.weight), scores: out[k]! }));
      if (g.kind === 'explicit')
        return { ...base, method: 'improved-shapley', game: gameObject(players, g.values), factors: fs };
      return {
        ...base,
        method: 'improved-shapley',
        base: byName(players, g.standalone),
        total: frac(g.total),
        factors: fs,
      };
    }
    case 'proportional': {
      const w = d.weighted;
      if ('ok' in w) return w;
      return { ...base, method: 'proportional', weights: byName(players, w.standalone) };
    }
    default: {
      // shapley, nucleolus, mcrs, equal-surplus need the game.
      if ('ok' in g) return g;
      if (g.kind === 'explicit') return { ...base, method, game: gameObject(players, g.values) };
      if (method === 'equal-surplus')
        return fail(
          '等额剩余法需要逐一录入的联盟价值',
          'equal surplus needs an entered game',
          'body.coalitions',
        );
      // In an additive game every value-based solution is the stand-alone vector: Shapley, the
      // nucleolus (the only imputation) and MCRS all equal the weighted contributions.
      return { ...base, method: 'proportional', weights: byName(players, g.standalone) };
    }
  }
}

const additiveNote: Bi = {
  zh: '可加博弈中，沙普利值、核仁与 MCRS 均等于各成员的加权投入（即按投入比例分配）',
  en: 'in an additive game the Shapley value, the nucleolus and MCRS all equal the weighted contributions (a proportional split)',
};

/** Applies one method to `amountFen` exactly (largest remainder to the fen), or says why it cannot. */
export function allocate(
  method: MethodKey,
  d: MethodData,
  amountFen: bigint,
): { ok: true; value: Allocation } | Failure {
  const zhNames = names(d.parties, 'zh');
  const enNames = names(d.parties, 'en');
  const amount = formatFen(amountFen);
  const pz = problemFor(method, d, zhNames, amount);
  if (isFailure(pz)) return pz;
  const pe = problemFor(method, d, enNames, amount) as Record<string, unknown>;
  const az = solveAllocation(pz, 'zh-CN');
  const ae = solveAllocation(pe, 'en');
  if (!az.ok || !ae.ok) {
    return fail(
      az.ok ? '' : az.reason,
      ae.ok ? '' : ae.reason,
      method === 'improved-shapley' ? 'body.factorScores' : undefined,
    );
  }
  const exact = zhNames.map((n) => parseRational(az.answer.exact?.[n] ?? az.answer.allocation[n]!)!);
  const sum = Rational.sum(exact);
  const shares = exact.map((x) => (sum.isZero() ? Rational.ZERO : x.div(sum)));
  const fen = zhNames.map((n) => {
    const f = parseAmountFen(az.answer.amounts![n]!);
    return f.ok ? f.value : 0n;
  });
  const g = d.game;
  const standalone =
    'ok' in g ? undefined : g.standalone.map((s) => (g.total.isZero() ? undefined : s.div(g.total)));
  const memberWarnings = d.parties.map((p, i) => {
    const w = { zh: [] as string[], en: [] as string[] };
    const alone = standalone?.[i];
    if (alone !== undefined && shares[i]!.lt(alone) && method !== 'equal-surplus') {
      w.zh.push(
        `所得份额 ${shares[i]!.toDecimalString(4)} 低于其单独价值份额 ${alone.toDecimalString(4)}（不满足个体理性）`,
      );
      w.en.push(
        `its share ${shares[i]!.toDecimalString(4)} is below its stand-alone share ${alone.toDecimalString(4)} (not individually rational)`,
      );
    }
    if (exact[i]!.sign() < 0 || fen[i]! < 0n) {
      w.zh.push(`分配为负（${formatYuan(fen[i]!)} 元）：该成员需向其他成员支付`);
      w.en.push(`negative allocation (CNY ${formatYuan(fen[i]!)}): this party would pay in`);
    }
    return w;
  });
  // Per-player warnings of the engine name the player; ours above replace them.
  const general = (ws: string[], ns: string[]) => ws.filter((w) => !ns.some((n) => w.includes(n)));
  const derived = !('ok' in g) && g.kind === 'additive' && ['shapley', 'nucleolus', 'mcrs'].includes(method);
  return {
    ok: true,
    value: {
      method,
      basis: basisOf(method, d, derived),
      fen,
      shares,
      lines: { zh: az.answer.explanation, en: ae.answer.explanation },
      memberWarnings,
      warnings: { zh: general(az.answer.warnings, zhNames), en: general(ae.answer.warnings, enNames) },
      problem: pz,
    },
  };
}

function basisOf(method: MethodKey, d: MethodData, derived: boolean): Bi {
  const g = d.game;
  const source = method === 'proportional' ? d.weighted : g;
  const game = 'ok' in source ? undefined : source.basis;
  const label = METHOD_LABELS[method];
  switch (method) {
    case 'equal':
      return { zh: '净收入由各方平均分配', en: 'the net income is split equally' };
    case 'fixed':
      return { zh: '按协议约定的固定比例分配', en: 'in the fixed shares the agreement sets' };
    case 'weights':
      return { zh: '按协议约定的权重比例分配', en: 'in proportion to the weights the agreement sets' };
    case 'owners':
      return d.ownerWeights && !Rational.sum(d.ownerWeights).isZero()
        ? {
            zh: '协议未约定分配办法：按本合同所涉成果的权属份额分配',
            en: 'the agreement sets no method: shared by the ownership shares of the deal’s results',
          }
        : {
            zh: '协议未约定分配办法且成果无权属记录：平均分配',
            en: 'the agreement sets no method and the results record no owners: split equally',
          };
    case 'improved-shapley': {
      const factors = factorsFor(d);
      const fs = (l: 'zh' | 'en') =>
        'ok' in factors
          ? ''
          : factors
              .map((f) => `${factorLabels(f)[l]} ${f.weight.toFraction()}`)
              .join(l === 'zh' ? '、' : ', ');
      return {
        zh: `修正沙普利值 φ′ = φ + (R − 1/n)·v(N)；${game?.zh ?? ''}；修正因子及权重：${fs('zh')}`,
        en: `improved Shapley value φ′ = φ + (R − 1/n)·v(N); ${game?.en ?? ''}; factors and weights: ${fs('en')}`,
      };
    }
    default:
      return {
        zh: `${label.zh}；${game?.zh ?? ''}${derived ? `；${additiveNote.zh}` : ''}`,
        en: `${label.en}; ${game?.en ?? ''}${derived ? `; ${additiveNote.en}` : ''}`,
      };
  }
}
