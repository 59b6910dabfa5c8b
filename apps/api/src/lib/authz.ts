import type { Actor, RoleGrant } from './actor';
import { AppError } from './errors';

/**
 * The one authorisation module (SPEC §1). Every service calls `authorize` before any work.
 * A denied user gets "not found or no access" so ids cannot be probed; nobody logged in gets 401.
 */
export type Action =
  | 'users.manage'
  | 'audit.read'
  | 'audit.verify'
  | 'platform.stats'
  | 'organisations.list'
  | 'organisations.read'
  | 'organisations.create'
  | 'organisations.update'
  | 'organisations.import'
  | 'people.manage'
  | 'consortia.list'
  | 'consortia.read'
  | 'consortia.create'
  | 'consortia.update'
  | 'consortia.members.manage'
  | 'account.self'
  // Agreements and governance (issue 4)
  | 'agreements.read'
  | 'agreements.edit'
  | 'agreements.sign'
  | 'motions.propose'
  | 'governance.record'
  | 'governance.vote'
  // Results, IP and commercialisation (issue 5)
  | 'results.read'
  | 'results.create'
  | 'results.manage'
  | 'ip.declare'
  | 'ip.request'
  | 'ip.decide'
  | 'publications.announce'
  | 'publications.object'
  | 'deals.read'
  | 'deals.manage'
  | 'distributions.run'
  | 'statements.read'
  // Matchmaking (issue 6)
  | 'demands.post'
  | 'matches.introduce'
  | 'matches.respond';

/** What a check is about: the organisation and/or consortium a record belongs to. */
export interface Scope {
  organisationId?: string | null;
  consortiumId?: string | null;
  /** Organisations whose members may see the record (e.g. a consortium's active member organisations). */
  memberOrganisationIds?: readonly string[];
  /** A public record (e.g. a public consortium) is readable without an account. */
  isPublic?: boolean;
  /** The organisation has its own admin, who alone keeps its profile. */
  hasOwnAdmin?: boolean;
  /** Organisations owning the record (e.g. a result's owners): they may see it even when confidential. */
  ownerOrganisationIds?: readonly string[];
  /** The record's confidentiality: public, consortium (members only) or confidential (owners only). */
  confidentiality?: 'public' | 'consortium' | 'confidential';
}

const has = (roles: RoleGrant[], pred: (g: RoleGrant) => boolean) => roles.some(pred);
const isPlatform = (roles: RoleGrant[]) =>
  has(roles, (g) => g.role === 'platform_admin' || g.role === 'bureau_staff');
const isAdmin = (roles: RoleGrant[]) => has(roles, (g) => g.role === 'platform_admin');
const secretariatOf = (roles: RoleGrant[], consortiumId?: string | null) =>
  !!consortiumId && has(roles, (g) => g.role === 'secretariat' && g.consortiumId === consortiumId);
const memberAdminOf = (roles: RoleGrant[], organisationId?: string | null) =>
  !!organisationId && has(roles, (g) => g.role === 'member_admin' && g.organisationId === organisationId);
const staffOf = (roles: RoleGrant[], organisationId?: string | null) =>
  !!organisationId &&
  has(
    roles,
    (g) => (g.role === 'member_admin' || g.role === 'member_staff') && g.organisationId === organisationId,
  );
const inMemberOrg = (roles: RoleGrant[], orgIds: readonly string[] = []) =>
  orgIds.some((o) => staffOf(roles, o));

type Rule = (roles: RoleGrant[], scope: Scope) => boolean;

// Shared predicates of consortium work: members (any staff of a current member organisation),
// those who run it (its secretariat; the platform admin), and an organisation acting for itself.
const consortiumMember: Rule = (r, s) =>
  isPlatform(r) || secretariatOf(r, s.consortiumId) || inMemberOrg(r, s.memberOrganisationIds);
const runsConsortium: Rule = (r, s) => isAdmin(r) || secretariatOf(r, s.consortiumId);
const actsForOrganisation: Rule = (r, s) => memberAdminOf(r, s.organisationId);
const staffForOrganisation: Rule = (r, s) => staffOf(r, s.organisationId);
const confidential: Rule = (r, s) => {
  if (s.confidentiality === 'public') return true;
  if (s.confidentiality === 'confidential') {
    return isPlatform(r) || secretariatOf(r, s.consortiumId) || inMemberOrg(r, s.ownerOrganisationIds);
  }
  return consortiumMember(r, s);
};

const rules: Record<Action, { public?: boolean; rule: Rule }> = {
  'users.manage': { rule: isAdmin },
  'audit.read': {
    rule: (r, s) => isPlatform(r) || secretariatOf(r, s.consortiumId) || memberAdminOf(r, s.organisationId),
  },
  'audit.verify': { rule: () => true },
  'platform.stats': { rule: isPlatform },
  'organisations.list': { rule: () => true },
  'organisations.read': { rule: () => true },
  'organisations.create': { rule: (r) => isPlatform(r) || has(r, (g) => g.role === 'secretariat') },
  // An organisation's own admin keeps its profile and nobody else may change it; the platform
  // admin keeps the profiles of organisations that have no admin account yet.
  'organisations.update': {
    rule: (r, s) => memberAdminOf(r, s.organisationId) || (isAdmin(r) && !s.hasOwnAdmin),
  },
  'organisations.import': { rule: isPlatform },
  'people.manage': { rule: (r, s) => memberAdminOf(r, s.organisationId) || (isAdmin(r) && !s.hasOwnAdmin) },
  'consortia.list': { public: true, rule: () => true },
  'consortia.read': {
    public: true,
    rule: (r, s) =>
      !!s.isPublic ||
      isPlatform(r) ||
      secretariatOf(r, s.consortiumId) ||
      inMemberOrg(r, s.memberOrganisationIds),
  },
  'consortia.create': { rule: (r) => isPlatform(r) || has(r, (g) => g.role === 'member_admin') },
  'consortia.update': { rule: (r, s) => isPlatform(r) || secretariatOf(r, s.consortiumId) },
  'consortia.members.manage': { rule: (r, s) => isAdmin(r) || secretariatOf(r, s.consortiumId) },
  'account.self': { rule: () => true },
  'agreements.read': { rule: consortiumMember },
  'agreements.edit': { rule: runsConsortium },
  'agreements.sign': { rule: actsForOrganisation },
  'motions.propose': { rule: (r, s) => runsConsortium(r, s) || actsForOrganisation(r, s) },
  'governance.record': { rule: runsConsortium },
  'governance.vote': { rule: actsForOrganisation },
  'results.read': { public: true, rule: confidential },
  'results.create': { rule: (r, s) => runsConsortium(r, s) || staffForOrganisation(r, s) },
  'results.manage': { rule: (r, s) => runsConsortium(r, s) || actsForOrganisation(r, s) },
  'ip.declare': { rule: (r, s) => runsConsortium(r, s) || actsForOrganisation(r, s) },
  'ip.request': { rule: actsForOrganisation },
  'ip.decide': { rule: (r, s) => runsConsortium(r, s) || actsForOrganisation(r, s) },
  'publications.announce': { rule: staffForOrganisation },
  'publications.object': { rule: actsForOrganisation },
  'deals.read': { rule: consortiumMember },
  'deals.manage': { rule: runsConsortium },
  'distributions.run': { rule: runsConsortium },
  'statements.read': { rule: (r, s) => runsConsortium(r, s) || isPlatform(r) || staffForOrganisation(r, s) },
  'demands.post': { rule: (r, s) => staffForOrganisation(r, s) || isAdmin(r) },
  'matches.introduce': { rule: (r, s) => isPlatform(r) || secretariatOf(r, s.consortiumId) },
  'matches.respond': { rule: actsForOrganisation },
};

/** True when the actor may perform the action on the scope. */
export function can(actor: Actor, action: Action, scope: Scope = {}): boolean {
  if (actor.kind === 'system') return true;
  const entry = rules[action];
  if (actor.kind === 'anonymous') return !!entry.public && entry.rule([], scope);
  return entry.rule(actor.roles, scope);
}

/** Throws 401 for nobody logged in (where an account is needed) and "not found or no access" otherwise. */
export function authorize(actor: Actor, action: Action, scope: Scope = {}): void {
  if (can(actor, action, scope)) return;
  if (actor.kind === 'anonymous' && !rules[action].public) throw new AppError('unauthenticated');
  if (actor.kind === 'anonymous' && !scope.isPublic && action.endsWith('.read'))
    throw new AppError('not_found');
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated');
  throw new AppError('not_found');
}

/** Whether the actor sees every record of the platform (admin and bureau staff). */
export const seesEverything = (actor: Actor) =>
  actor.kind === 'system' || (actor.kind === 'user' && isPlatform(actor.roles));

/** Organisations the actor works for (admin or staff). */
export const ownOrganisationIds = (actor: Actor): string[] =>
  actor.kind === 'user'
    ? [
        ...new Set(
          actor.roles
            .filter((g) => g.organisationId && g.role !== 'secretariat')
            .map((g) => g.organisationId!),
        ),
      ]
    : [];

/** Consortia the actor runs as secretariat. */
export const secretariatConsortiumIds = (actor: Actor): string[] =>
  actor.kind === 'user'
    ? actor.roles.filter((g) => g.role === 'secretariat' && g.consortiumId).map((g) => g.consortiumId!)
    : [];
