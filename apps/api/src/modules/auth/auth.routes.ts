import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  apiTokenSchema,
  changePasswordRequestSchema,
  errorBodySchema,
  createdTokenSchema,
  createTokenRequestSchema,
  demoAccountSchema,
  idParamsSchema,
  loginRequestSchema,
  okSchema,
  sessionSchema,
  updatePreferencesRequestSchema,
} from '@huahe/contracts';
import { AppError } from '../../lib/errors';
import { ctxOf, route } from '../../lib/http';
import { SESSION_COOKIE } from '../../plugins/auth';
import * as auth from './auth.service';

const tags = ['auth'];

function secureCookie(req: FastifyRequest): boolean {
  const mode = req.server.deps.config.secureCookies;
  return mode === 'always' || (mode === 'auto' && req.protocol === 'https');
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, value: string): void {
  reply.setCookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookie(req),
    path: '/',
  });
}

/** Login, logout, the current session, own password and language, and API tokens. */
export function authRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'POST',
    url: '/api/auth/login',
    operationId: 'login',
    access: 'public',
    skipCsrf: true,
    schema: {
      summary: 'Log in with email and password; sets the session cookie',
      tags,
      body: loginRequestSchema,
      response: { 200: sessionSchema, 401: errorBodySchema },
    },
    handler: async (req, reply) => {
      const { cookieValue, session } = await auth.login(ctxOf(req), req.server.deps.config, req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookie(req, reply, cookieValue);
      return session;
    },
  });

  route(app, {
    method: 'GET',
    url: '/api/auth/demo-accounts',
    operationId: 'listDemoAccounts',
    access: 'public',
    schema: {
      summary: 'The demo accounts of a demo installation (empty when demo login is off)',
      tags,
      response: { 200: z.array(demoAccountSchema) },
    },
    handler: async (req) => auth.availableDemoAccounts(ctxOf(req), req.server.deps.config.demoLogin),
  });

  route(app, {
    method: 'POST',
    url: '/api/auth/logout',
    operationId: 'logout',
    access: 'user',
    schema: { summary: 'End the current session', tags, response: { 200: okSchema } },
    handler: async (req, reply) => {
      await auth.logout(ctxOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  route(app, {
    method: 'GET',
    url: '/api/auth/session',
    operationId: 'getSession',
    access: 'user',
    schema: { summary: 'The logged-in user, roles and CSRF token', tags, response: { 200: sessionSchema } },
    handler: async (req) => {
      if (!req.session) throw new AppError('unauthenticated');
      return auth.currentSession(ctxOf(req), req.session.csrfToken, req.session.expiresAt);
    },
  });

  route(app, {
    method: 'PUT',
    url: '/api/auth/password',
    operationId: 'changePassword',
    access: 'user',
    schema: {
      summary: 'Change the own password',
      tags,
      body: changePasswordRequestSchema,
      response: { 200: okSchema },
    },
    handler: async (req) => {
      await auth.changePassword(ctxOf(req), req.body);
      return { ok: true as const };
    },
  });

  route(app, {
    method: 'PUT',
    url: '/api/auth/preferences',
    operationId: 'updatePreferences',
    access: 'user',
    schema: {
      summary: 'Remember the interface language',
      tags,
      body: updatePreferencesRequestSchema,
      response: { 200: okSchema },
    },
    handler: async (req) => {
      await auth.setLocale(ctxOf(req), req.body.locale);
      return { ok: true as const };
    },
  });

  route(app, {
    method: 'GET',
    url: '/api/auth/tokens',
    operationId: 'listTokens',
    access: 'user',
    schema: { summary: 'The own API tokens', tags, response: { 200: z.array(apiTokenSchema) } },
    handler: async (req) => auth.listTokens(ctxOf(req)),
  });

  route(app, {
    method: 'POST',
    url: '/api/auth/tokens',
    operationId: 'createToken',
    access: 'user',
    schema: {
      summary: 'Create an API token for scripts (the secret is shown once)',
      tags,
      body: createTokenRequestSchema,
      response: { 201: createdTokenSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return auth.createToken(ctxOf(req), req.body);
    },
  });

  route(app, {
    method: 'DELETE',
    url: '/api/auth/tokens/:id',
    operationId: 'revokeToken',
    access: 'user',
    schema: { summary: 'Revoke an API token', tags, params: idParamsSchema, response: { 200: okSchema } },
    handler: async (req) => {
      await auth.revokeToken(ctxOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
