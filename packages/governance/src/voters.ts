import type { Agreement, GovernanceEvent, Motion, VoteRule } from '@huahe/contracts';
import { motionDecisionType, motionSubject } from '@huahe/contracts';
import { ms } from './time';

/** A party's voting weight under a rule: 1 for one member one vote; the listed weight or 0 when weighted. */
export function weightOf(rule: VoteRule, partyId: string): bigint {
  if (rule.weights.kind === 'one_member_one_vote') return 1n;
  return BigInt(rule.weights.weights.find((w) => w.partyId === partyId)?.weight ?? 0);
}

/** The parties that sit on the deciding body (the whole membership for a council or general assembly). */
export function bodyMembers(a: Agreement, rule: VoteRule): string[] {
  const parties = a.parties.map((p) => p.organisationId);
  if (rule.body !== 'executive_board') return parties;
  const board = new Set(a.governance.executiveBoard?.memberPartyIds ?? []);
  return parties.filter((id) => board.has(id));
}

/** Whether a party is a defaulting party at instant t: the latest declaration or cure at or before t decides. */
export function isDefaulting(events: readonly GovernanceEvent[], partyId: string, t: number): boolean {
  let last: { at: number; defaulting: boolean } | undefined;
  for (const e of events) {
    if ((e.kind !== 'party_defaulting' && e.kind !== 'party_default_cured') || e.partyId !== partyId)
      continue;
    const at = ms(e.at);
    if (at > t) continue;
    // On equal instants a cure wins, so the outcome does not depend on the order of the events.
    const defaulting = e.kind === 'party_defaulting';
    if (!last || at > last.at || (at === last.at && !defaulting)) last = { at, defaulting };
  }
  return last?.defaulting ?? false;
}

/** Parties whose stake in the motion bars them from voting on it: the subject of a default or expulsion motion. */
export function barredFromVoting(motion: Motion): string | undefined {
  const type = motionDecisionType(motion);
  return type === 'defaulting' || type === 'expulsion' ? motionSubject(motion) : undefined;
}

/** Who may vote at instant t, and who was left out and why. Parties with no weight have no vote. */
export function electorate(
  a: Agreement,
  rule: VoteRule,
  motion: Motion,
  events: readonly GovernanceEvent[],
  t: number,
): { eligible: string[]; defaulting: string[]; barred: string[] } {
  const barredId = barredFromVoting(motion);
  const eligible: string[] = [];
  const defaulting: string[] = [];
  const barred: string[] = [];
  for (const id of bodyMembers(a, rule)) {
    if (weightOf(rule, id) === 0n) continue;
    if (id === barredId) barred.push(id);
    else if (isDefaulting(events, id, t)) defaulting.push(id);
    else eligible.push(id);
  }
  return { eligible, defaulting, barred };
}
