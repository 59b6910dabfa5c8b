import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorBodySchema, type Role } from '@huahe/contracts';
import type { Database } from '@huahe/db';
import type { Config } from '../config';
import type { Actor } from './actor';
import type { Clock } from './clock';
import type { ServiceContext } from './context';

/** Who may call an operation at all; record-level checks stay in the services. */
export type Access = 'public' | 'user' | readonly Role[];

/** What every route handler can reach. */
export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor;
    lang: 'zh-CN' | 'en';
    session?: { csrfToken: string; expiresAt: string };
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Writes allowed without the CSRF header (login, which has no session yet). */
    skipCsrf?: boolean;
  }
}

/** The service context of a request. */
export function ctxOf(req: FastifyRequest): ServiceContext {
  const deps = req.server.deps;
  return { db: deps.database.db, actor: req.actor, clock: deps.clock, lang: req.lang, requestId: req.id };
}

const errorResponses = (access: Access) => ({
  400: errorBodySchema.describe('Invalid input'),
  ...(access === 'public' ? {} : { 401: errorBodySchema.describe('Not logged in') }),
  404: errorBodySchema.describe('Not found, or no access'),
  429: errorBodySchema.describe('Too many requests'),
});

interface RouteSchema {
  summary: string;
  description?: string;
  tags: string[];
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  response: Record<number, z.ZodType>;
  consumes?: string[];
}

/** Declares an operation: schema, access, and the shared error responses, for validation and OpenAPI alike. */
export function route<S extends RouteSchema>(
  app: FastifyInstance,
  def: {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    operationId: string;
    access: Access;
    schema: S;
    skipCsrf?: boolean;
    bodyLimit?: number;
    handler: (
      req: FastifyRequest<{
        Params: S['params'] extends z.ZodType ? z.output<S['params']> : unknown;
        Querystring: S['querystring'] extends z.ZodType ? z.output<S['querystring']> : unknown;
        Body: S['body'] extends z.ZodType ? z.output<S['body']> : unknown;
      }>,
      reply: FastifyReply,
    ) => Promise<unknown>;
  },
): void {
  const { summary, description, tags, response, ...io } = def.schema;
  const opts: RouteShorthandOptions = {
    config: { access: def.access, skipCsrf: def.skipCsrf },
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
    schema: {
      operationId: def.operationId,
      summary,
      ...(description ? { description } : {}),
      tags,
      ...io,
      response: { ...errorResponses(def.access), ...response },
      ...(def.access === 'public' ? { security: [] } : {}),
      'x-huahe-access':
        def.access === 'public' || def.access === 'user' ? def.access : { roles: [...def.access] },
    },
  };
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.url,
    ...opts,
    handler: def.handler as never,
  });
}
