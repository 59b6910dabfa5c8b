import type { Consortium, ConsortiumMember, ConsortiumSummary } from '@huahe/contracts';
import type { organisations } from '@huahe/db';
import { toIso } from '../../lib/time';
import type { ConsortiumRow, MemberRow } from './consortia.repository';

type OrgRow = typeof organisations.$inferSelect;

export function summaryView(c: ConsortiumRow, leadName: string, memberCount: number): ConsortiumSummary {
  return {
    id: c.id,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    field: c.field,
    status: c.status as ConsortiumSummary['status'],
    origin: c.origin as ConsortiumSummary['origin'],
    leadOrganisationId: c.leadOrganisationId,
    leadName,
    memberCount,
    foundedOn: c.foundedOn,
    regionCode: c.regionCode,
    isHistorical: c.isHistorical,
    isPublic: c.isPublic,
  };
}

export function memberView(m: MemberRow, o: OrgRow): ConsortiumMember {
  return {
    id: m.id,
    organisationId: m.organisationId,
    organisation: {
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      kind: o.kind as ConsortiumMember['organisation']['kind'],
      regionCode: o.regionCode,
      uscc: o.uscc,
      usccIsExample: o.usccIsExample,
      isExample: o.isExample,
    },
    role: m.role as ConsortiumMember['role'],
    tier: m.tier as ConsortiumMember['tier'],
    joinedOn: m.joinedOn,
    joinReason: m.joinReason,
    leftOn: m.leftOn,
    leaveReason: m.leaveReason,
  };
}

/**
 * Members over time: after each date on which someone joined or left, how many were members.
 * A member who leaves on a date no longer counts from that date.
 */
export function membershipHistory(spells: Pick<MemberRow, 'joinedOn' | 'leftOn'>[]): Consortium['history'] {
  const byDate = new Map<string, { joined: number; left: number }>();
  const at = (d: string) => byDate.get(d) ?? byDate.set(d, { joined: 0, left: 0 }).get(d)!;
  for (const s of spells) {
    at(s.joinedOn).joined++;
    if (s.leftOn) at(s.leftOn).left++;
  }
  let count = 0;
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { joined, left }]) => {
      count += joined - left;
      return { date, count, joined, left };
    });
}

export function detailView(
  row: { c: ConsortiumRow; leadName: string; memberCount: number },
  members: { m: MemberRow; o: OrgRow }[],
  canManage: boolean,
): Consortium {
  const c = row.c;
  return {
    ...summaryView(c, row.leadName, row.memberCount),
    industryChain: c.industryChain,
    goalsSummary: c.goalsSummary,
    approvedBy: c.approvedBy,
    dataNote: c.dataNote,
    version: c.version,
    createdAt: toIso(c.createdAt),
    updatedAt: toIso(c.updatedAt),
    members: members.map(({ m, o }) => memberView(m, o)),
    history: membershipHistory(members.map(({ m }) => m)),
    canManage,
  };
}

/** The state recorded (as a digest) in the audit chain. */
export const auditState = ({ createdAt: _c, updatedAt: _u, ...rest }: ConsortiumRow) => rest;
export const memberAuditState = ({ createdAt: _c, ...rest }: MemberRow) => rest;
