import type { Agreement, ClauseRef, DecisionType } from '@huahe/contracts';
import { clauseRef, getRatio } from '@huahe/contracts';
import { bodyMembers, weightOf } from './voters';

/** A weighted voting game [quota; w₁ … wₙ] with veto players, for Shapley–Shubik and Banzhaf indices. */
export interface VotingGame {
  decisionType: DecisionType;
  /** Every party with a vote or a veto, in agreement order. */
  players: string[];
  weights: Record<string, number>;
  /** A coalition wins when its weight reaches the quota and it contains every veto player. */
  quota: number;
  vetoPlayers: string[];
  /** The modelling assumptions, for the explanation shown next to the indices. */
  notes: { zh: string; en: string }[];
  clauseKey: string;
  clauseRef: ClauseRef;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * The weighted voting game a decision rule induces, or undefined when the agreement has no
 * rule for the type. Full attendance is modelled, so the quorum is met and every player votes
 * for or against (a binary game): then votes cast, members present and all members coincide,
 * and "at least p/q" of total weight W becomes quota ⌈pW/q⌉, "more than p/q" becomes ⌊pW/q⌋+1.
 * A chair's casting vote at an exact boundary k = pW/q is encoded by doubling every weight,
 * adding 1 to the chair's, and setting the quota to 2k+1.
 */
export function votingGame(a: Agreement, type: DecisionType): VotingGame | undefined {
  const rule = a.governance.decisionRules.find((r) => r.type === type);
  if (!rule) return undefined;
  const clauseKey = `voting.rule.${type}`;
  const vetoes = new Set<string>();
  for (const v of a.governance.vetoRights.filter((x) => x.decisionTypes.includes(type)))
    for (const id of v.holders === 'all_parties' ? a.parties.map((p) => p.organisationId) : v.holders)
      vetoes.add(id);
  const notes: { zh: string; en: string }[] = [];
  const w = new Map<string, bigint>();
  let quota: bigint;
  if (rule.procedure === 'chief_scientist') {
    const cs = a.governance.chiefScientist?.affiliationPartyId;
    if (cs !== undefined) w.set(cs, 1n);
    quota = 1n;
    notes.push({
      zh: '该事项由首席科学家一人决定，其所在单位被视为独裁者',
      en: 'the chief scientist decides alone; the party employing them is modelled as a dictator',
    });
  } else {
    for (const id of bodyMembers(a, rule)) if (weightOf(rule, id) > 0n) w.set(id, weightOf(rule, id));
    const total = [...w.values()].reduce((x, y) => x + y, 0n);
    const r = getRatio(rule.majority.threshold);
    const pW = r.num * total;
    const floor = pW / r.den;
    const exact = pW % r.den === 0n;
    const chair =
      rule.body === 'executive_board'
        ? a.governance.executiveBoard?.chairPartyId
        : a.governance.decisionBody.chairPartyId;
    notes.push({
      zh: '按全体出席、无弃权建模：法定人数视为满足，各方只投赞成或反对',
      en: 'full attendance without abstentions is modelled: the quorum is met and every player votes for or against',
    });
    if (rule.majority.comparison === 'at_least') quota = exact ? floor : floor + 1n;
    else if (exact && a.governance.tieBreak === 'chair_casting_vote' && chair !== undefined && w.has(chair)) {
      for (const [id, x] of w) w.set(id, 2n * x + (id === chair ? 1n : 0n));
      quota = 2n * floor + 1n;
      notes.push({
        zh: '主席单位的决定票以“权重加倍、主席加一、配额2k+1”表示',
        en: "the chair's casting vote is encoded by doubling the weights, adding 1 to the chair's and a quota of 2k+1",
      });
    } else quota = floor + 1n;
  }
  if (type === 'defaulting' || type === 'expulsion')
    notes.push({
      zh: '实际表决时所涉成员单位不参加表决；此处为一般情形',
      en: 'in a real vote the party concerned does not vote; this is the general case',
    });
  for (const id of vetoes) if (!w.has(id)) w.set(id, 0n);
  if (vetoes.size > 0)
    notes.push({
      zh: '享有否决权的成员单位必须包含在每个获胜联盟中',
      en: 'every party with a veto must be in every winning coalition',
    });
  const order = new Map(a.parties.map((p, i) => [p.organisationId, i]));
  const players = [...w.keys()].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  const g = [...w.values(), quota].reduce(gcd, 0n) || 1n;
  const num = (x: bigint) => {
    const n = x / g;
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('voting game weights exceed safe integers');
    return Number(n);
  };
  return {
    decisionType: type,
    players,
    weights: Object.fromEntries(players.map((id) => [id, num(w.get(id) ?? 0n)])),
    quota: num(quota),
    vetoPlayers: players.filter((id) => vetoes.has(id)),
    notes,
    clauseKey,
    clauseRef: clauseRef(a, clauseKey),
  };
}
