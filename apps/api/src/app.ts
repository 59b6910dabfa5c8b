import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '@huahe/db';
import type { Config } from './config';
import { systemClock, type Clock } from './lib/clock';
import { langFromHeader, messageOf } from './lib/i18n';
import { XLSX_TYPE } from './lib/xlsx';
import { agreementsRoutes } from './modules/agreements/agreements.routes';
import { governanceRoutes } from './modules/agreements/governance.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { consortiaRoutes } from './modules/consortia/consortia.routes';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { statsRoutes } from './modules/stats/stats.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health/health.routes';
import { usersRoutes } from './modules/users/users.routes';
import { resultsRoutes } from './modules/results/results.routes';
import { ipRoutes } from './modules/ip/ip.routes';
import { publicationsRoutes } from './modules/publications/publications.routes';
import { dealsRoutes } from './modules/deals/deals.routes';
import { distributionsRoutes } from './modules/distributions/distributions.routes';
import { demandsRoutes } from './modules/demands/demands.routes';
import { offersRoutes } from './modules/offers/offers.routes';
import { matchingRoutes } from './modules/matching/matching.routes';
import { matchesRoutes } from './modules/matches/matches.routes';
import { registerAuth } from './plugins/auth';
import { registerErrorHandler } from './plugins/errors';
import { registerOpenApi } from './plugins/openapi';
import { registerWeb } from './plugins/web';

export interface BuildOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  /** pino options, or false for silence (tests). */
  logger?: boolean | object;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the Fastify application without listening: tests use `app.inject()`, main.ts calls listen. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'req.headers["x-csrf-token"]',
                'res.headers["set-cookie"]',
              ],
              censor: '[redacted]',
            },
            ...(typeof opts.logger === 'object' ? opts.logger : {}),
          },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 1000 },
    // Router-level failures (a malformed URL) get the same error body as everything else.
    frameworkErrors: (_err, req, reply) => {
      void (reply as unknown as FastifyReply).status(400).send({
        error: {
          code: 'bad_request',
          message: messageOf('bad_request', langFromHeader(req.headers['accept-language'])),
          requestId: req.id,
        },
      });
    },
    forceCloseConnections: false,
    // A request Node cannot even parse (raw non-ASCII in the URL, a broken request line) still gets the error body.
    clientErrorHandler: (err, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify({
        error: { code: 'bad_request', message: messageOf('bad_request', 'zh-CN') },
      });
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    return503OnClosing: true,
  });
  app.decorate('deps', { database: opts.database, config, clock: opts.clock ?? systemClock });
  // The API speaks JSON only: anything else is 415, not a string the schemas then reject.
  app.removeContentTypeParser('text/plain');
  // Spreadsheet uploads arrive as raw bytes, up to 10 MB.
  app.addContentTypeParser(
    XLSX_TYPE,
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
      },
    },
    // Sent only behind HTTPS, where browsers honour it.
    strictTransportSecurity: config.secureCookies === 'always',
  });
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (req, ctx) => ({
        statusCode: 429,
        error: {
          code: 'rate_limited',
          message: messageOf('rate_limited', req.lang ?? 'zh-CN'),
          requestId: req.id,
        },
        retryAfter: ctx.after,
      }),
    });
  }
  const hasWeb = await registerWeb(app, config.webDist);
  registerErrorHandler(app, { webApp: hasWeb });
  registerAuth(app);
  await registerOpenApi(app);

  healthRoutes(app);
  authRoutes(app);
  usersRoutes(app);
  auditRoutes(app);
  organisationsRoutes(app);
  peopleRoutes(app);
  consortiaRoutes(app);
  statsRoutes(app);
  agreementsRoutes(app);
  governanceRoutes(app);
  notificationsRoutes(app);
  resultsRoutes(app);
  ipRoutes(app);
  publicationsRoutes(app);
  dealsRoutes(app);
  distributionsRoutes(app);
  demandsRoutes(app);
  offersRoutes(app);
  matchingRoutes(app);
  matchesRoutes(app);
  return app;
}
