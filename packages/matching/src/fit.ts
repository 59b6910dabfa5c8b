// Structured fit: how well a candidate's kind, region, TRL and qualifications suit the query, and
// whether it has worked with the consortium before. Each part is a value in [0, 1] times its
// weight; the fit multiplies text relevance, so structure never lifts a candidate with no match.
import { ORGANISATION_KINDS, type FitParts, type FitWeights, type OrganisationKind } from './types';

/** Default weights: the most each part adds, as a fraction of relevance. */
export const DEFAULT_FIT_WEIGHTS: FitWeights = {
  kind: 0.3,
  region: 0.15,
  trl: 0.1,
  qualifications: 0.1,
  history: 0.5,
  prior: 0.1,
};

/**
 * What partner search (a query with `members`) uses instead: collaboration with the members and
 * the members' regions weigh as much as the text, as chosen by nested cross-validation on CORDIS
 * partner leave-one-out (bench/results/matching-quality.md); kind, TRL and qualifications as above.
 */
export const DEFAULT_PARTNER_FIT_WEIGHTS: Partial<FitWeights> = {
  region: 8,
  history: 8,
  prior: 2,
};

/** Kind code stored in the index: 1 + position in ORGANISATION_KINDS, 0 for unknown. */
export const kindCode = (kind: OrganisationKind | undefined): number =>
  kind === undefined ? 0 : ORGANISATION_KINDS.indexOf(kind) + 1;

/** The kind for a code (undefined for 0). */
export const kindOf = (code: number): OrganisationKind | undefined => ORGANISATION_KINDS[code - 1];

type Family = 'enterprise' | 'academia' | 'service' | 'public' | 'other';

const FAMILY: Record<OrganisationKind, Family> = {
  leading_enterprise: 'enterprise',
  enterprise: 'enterprise',
  sme: 'enterprise',
  university: 'academia',
  research_institute: 'academia',
  new_rd_institution: 'academia',
  testing_body: 'service',
  financial: 'service',
  government: 'public',
  other: 'other',
};

/** 企业出题, 高校院所支撑 (SPEC §5): an enterprise's demand values academia; academia values industry. */
export function kindComplementarity(requester: OrganisationKind, candidate: OrganisationKind): number {
  const from = FAMILY[requester];
  const to = FAMILY[candidate];
  if (from === 'enterprise') return to === 'academia' ? 1 : candidate === 'testing_body' ? 0.5 : 0;
  if (from === 'academia') return to === 'enterprise' ? 1 : candidate === 'testing_body' ? 0.5 : 0;
  return 0;
}

/** Whether a requester kind expresses any preference (government, finance and other do not). */
export const kindHasPreference = (requester: OrganisationKind): boolean =>
  FAMILY[requester] === 'enterprise' || FAMILY[requester] === 'academia';

/** 1 when the candidate's kind family is missing from the consortium, else 0. */
export function kindGap(memberKinds: ReadonlySet<OrganisationKind>, candidate: OrganisationKind): number {
  const family = FAMILY[candidate];
  for (const k of memberKinds) if (FAMILY[k] === family) return 0;
  return 1;
}

const GB_CODE = /^\d{6}$/;

/** Region fit: GB/T 2260 same city 1, same province 0.5; other codes 1 when equal. */
export function regionFit(wanted: string, candidate: string): number {
  return regionMatcher(wanted)(candidate);
}

/** A region-fit function for one wanted region: the per-candidate check avoids regular expressions. */
export function regionMatcher(wanted: string): (candidate: string) => number {
  if (GB_CODE.test(wanted)) {
    const city = wanted.slice(0, 4);
    const province = wanted.slice(0, 2);
    return (c) => (c.length !== 6 ? 0 : c.startsWith(city) ? 1 : c.startsWith(province) ? 0.5 : 0);
  }
  const lower = wanted.toLowerCase();
  return (c) => (c.toLowerCase() === lower ? 1 : 0);
}

/** Kind of region match, for the reason text. */
export function regionLevel(wanted: string, candidate: string): 'city' | 'province' | 'same' | undefined {
  const fit = regionFit(wanted, candidate);
  if (fit === 0) return undefined;
  if (!GB_CODE.test(wanted) || !GB_CODE.test(candidate)) return 'same';
  return fit === 1 ? 'city' : 'province';
}

/**
 * The region keys a profile counts under, with the share of a match each stands for: a GB/T 2260
 * code under its city (1) and its province (½), as in regionFit; any other code as itself.
 */
export function regionKeys(region: string): Array<readonly [string, number]> {
  if (GB_CODE.test(region))
    return [
      [`c${region.slice(0, 4)}`, 1],
      [`p${region.slice(0, 2)}`, 0.5],
    ];
  return [[`=${region.toLowerCase()}`, 1]];
}

/** Pseudo-members drawn at the base rate: a one-member consortium says little about its region. */
export const REGION_PSEUDO_MEMBERS = 3;

/**
 * How over-represented a region is among the members compared with all profiles, in [0, 1):
 * 1 − base/share, where share is the members' share shrunk toward the base rate by
 * REGION_PSEUDO_MEMBERS, and 0 when the region is not over-represented. Partners of a consortium
 * tend to come from where its members are, beyond what the size of a region explains.
 */
export function regionAffinity(inRegion: number, members: number, base: number): number {
  if (members <= 0 || base <= 0 || base >= 1) return 0;
  const share = (inRegion + REGION_PSEUDO_MEMBERS * base) / (members + REGION_PSEUDO_MEMBERS);
  return share > base ? 1 - base / share : 0;
}

/** TRL fit: 1 inside the candidate's range, 0.5 one level away, else 0. */
export function trlFit(needed: number, lo: number, hi: number): number {
  if (lo === 0) return 0;
  const distance = needed < lo ? lo - needed : needed > hi ? needed - hi : 0;
  return distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
}

/** Normalises a profile's TRL to an inclusive [lo, hi] in 1–9, or [0, 0] when absent. */
export function trlRange(trl: number | readonly [number, number] | undefined): [number, number] {
  if (trl === undefined) return [0, 0];
  const [a, b] = typeof trl === 'number' ? [trl, trl] : trl;
  const clamp = (x: number) => Math.min(9, Math.max(1, Math.round(x)));
  return [clamp(Math.min(a, b)), clamp(Math.max(a, b))];
}

/** Share of the wanted qualifications the candidate holds. */
export function qualificationFit(wanted: readonly string[], held: readonly string[] | undefined): number {
  if (wanted.length === 0 || held === undefined) return 0;
  let n = 0;
  for (const q of wanted) if (held.includes(q)) n++;
  return n / wanted.length;
}

/**
 * Collaboration strength with the current members (see buildCollaborationGraph) → [0, 1): s/(1+s),
 * so one past two-party project with a member gives 0.5 and more history gives diminishing gains.
 */
export const historyFit = (strength: number): number => strength / (1 + strength);

/**
 * History fit relative to the candidate most tied to the consortium (1 for it): scale-free, since
 * Newman strengths are small in large consortia and large in small ones.
 */
export const relativeHistoryFit = (strength: number, strongest: number): number =>
  strongest > 0 ? historyFit(strength) / historyFit(strongest) : 0;

/** Sum of the parts: the fit multiplier is 1 + this. */
export const fitTotal = (p: FitParts): number =>
  p.kind + p.region + p.trl + p.qualifications + p.history + p.prior;

/** All-zero fit parts. */
export const noFit = (): FitParts => ({
  kind: 0,
  region: 0,
  trl: 0,
  qualifications: 0,
  history: 0,
  prior: 0,
});
