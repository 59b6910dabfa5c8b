import type { Session } from '@huahe/contracts';

// What the session may do in matchmaking, for showing entry points; the server decides every step.

const roles = (s: Session | null | undefined) => s?.user.roles ?? [];

/** The platform admin or the bureau's staff. */
export const isBureau = (s: Session | null | undefined): boolean =>
  roles(s).some((r) => r.role === 'platform_admin' || r.role === 'bureau_staff');

/** Whether the session introduces for this consortium: the bureau, or its secretariat. */
export const introducesFor = (s: Session | null | undefined, consortiumId: string | null | undefined) =>
  isBureau(s) ||
  (!!consortiumId && roles(s).some((r) => r.role === 'secretariat' && r.consortiumId === consortiumId));

/** Whether the session may post demands and offers (an organisation's staff, the platform admin). */
export const mayPost = (s: Session | null | undefined): boolean =>
  roles(s).some((r) => r.role === 'platform_admin' || r.role === 'member_admin' || r.role === 'member_staff');

/** The organisations the session works for, with their names. */
export function ownOrganisations(s: Session | null | undefined): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of roles(s)) {
    if ((r.role === 'member_admin' || r.role === 'member_staff') && r.organisationId)
      seen.set(r.organisationId, r.organisationName ?? r.organisationId);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** The consortia the session runs as secretariat, with their names. */
export function runConsortia(s: Session | null | undefined): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of roles(s)) {
    if (r.role === 'secretariat' && r.consortiumId)
      seen.set(r.consortiumId, r.consortiumName ?? r.consortiumId);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}
