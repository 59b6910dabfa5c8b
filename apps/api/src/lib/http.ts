import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z as zod, type z } from 'zod';
import { errorBodySchema, type Role } from '@huahe/contracts';
import type { Database } from '@huahe/db';
import type { Config } from '../config';
import type { Actor } from './actor';
import type { Clock } from './clock';
import type { ServiceContext } from './context';
import { AppError } from './errors';

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
}

/** A file in a request or response body (documented as binary; the bytes arrive as a Buffer). */
export const binarySchema = zod.any().meta({ type: 'string', format: 'binary' });

/** Sends a file download with a UTF-8 file name (RFC 6266 / 5987), e.g. 单位.xlsx. */
export function sendDownload(
  reply: FastifyReply,
  bytes: Buffer,
  fileName: string,
  contentType: string,
): FastifyReply {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(bytes);
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
    /** The body is a file of this type (e.g. an .xlsx upload), not JSON. */
    upload?: string;
    /** The answer is a file of this type (e.g. an .xlsx download). */
    download?: string;
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
      ...(def.upload ? { consumes: [def.upload], body: binarySchema.describe('The file') } : {}),
      response: {
        ...errorResponses(def.access),
        ...response,
        ...(def.download
          ? { 200: { description: 'The file', content: { [def.download]: { schema: binarySchema } } } }
          : {}),
      },
      ...(def.access === 'public' ? { security: [] } : {}),
      'x-huahe-access':
        def.access === 'public' || def.access === 'user' ? def.access : { roles: [...def.access] },
    },
  };
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.url,
    ...opts,
    // A file upload takes that file type only: JSON sent to it is 415, not a confusing 400.
    ...(def.upload
      ? {
          preValidation: async (req: FastifyRequest) => {
            if (req.headers['content-type']?.split(';')[0]?.trim() !== def.upload)
              throw new AppError('unsupported_media_type');
          },
        }
      : {}),
    handler: def.handler as never,
  });
}
