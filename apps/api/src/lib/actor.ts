import type { Lang, Role } from '@huahe/contracts';

export interface RoleGrant {
  role: Role;
  organisationId: string | null;
  consortiumId: string | null;
}

/** Who is acting: a logged-in user (by session or API token), nobody, or the system itself (CLI, seeds). */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      displayName: string;
      locale: Lang;
      roles: RoleGrant[];
      via: 'session' | 'token';
      scopes: ('read' | 'write')[];
      sessionId?: string;
    }
  | { kind: 'system'; label: string };

export const anonymous: Actor = { kind: 'anonymous' };
export const systemActor = (label: string): Actor => ({ kind: 'system', label });

/** The label written into audit events. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.email;
  if (actor.kind === 'system') return `system:${actor.label}`;
  return 'anonymous';
}
