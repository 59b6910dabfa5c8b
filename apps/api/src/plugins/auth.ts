import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { anonymous } from '../lib/actor';
import { AppError } from '../lib/errors';
import { langFromHeader } from '../lib/i18n';
import { actorFromSession, actorFromToken } from '../modules/auth/auth.service';

export const SESSION_COOKIE = 'huahe_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function originMatches(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin !== 'null';
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}

/**
 * Resolves who is calling (session cookie or bearer token), checks CSRF on cookie-authenticated
 * writes, and applies each route's coarse access rule before its input is even validated.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('lang', 'zh-CN');
  app.decorateRequest('session', null as never);

  app.addHook('onRequest', async (req) => {
    req.actor = anonymous;
    req.lang = langFromHeader(req.headers['accept-language']);
    if (!req.url.startsWith('/api/')) return;
    const { config, clock, database } = app.deps;
    const now = clock.now();
    const unsafe = UNSAFE.has(req.method);

    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = m ? await actorFromToken(database.db, m[1]!, now) : undefined;
      if (!actor || actor.kind !== 'user') throw new AppError('unauthenticated');
      if (unsafe && !actor.scopes.includes('write')) throw new AppError('not_found');
      req.actor = actor;
      return;
    }

    const cookie = req.cookies[SESSION_COOKIE];
    if (unsafe && !originMatches(req)) throw new AppError('forbidden_origin');
    if (!cookie) return;
    const found = await actorFromSession(database.db, config, cookie, now);
    if (!found) return;
    req.actor = found.actor;
    req.session = { csrfToken: found.csrfToken, expiresAt: found.expiresAt };
    if (unsafe && !req.routeOptions.config.skipCsrf) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, found.csrfToken)) throw new AppError('csrf_failed');
    }
  });

  // Runs before validation: a caller who may not reach an operation learns nothing from its errors.
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access;
    if (!access || access === 'public') return;
    if (req.actor.kind === 'anonymous') throw new AppError('unauthenticated');
    if (access === 'user' || req.actor.kind === 'system') return;
    const roles = req.actor.roles.map((g) => g.role);
    if (!access.some((r) => roles.includes(r))) throw new AppError('not_found');
  });
}
