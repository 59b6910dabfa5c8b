import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorStatus, type ErrorBody, type ErrorCode } from '@huahe/contracts';
import { AppError } from '../lib/errors';
import { localiseIssue, messageOf, pathString } from '../lib/i18n';
import { wantsWebApp } from './web';

interface PgLikeError {
  code?: string;
  detail?: string;
  constraint?: string;
}

function pgCause(err: unknown): PgLikeError | undefined {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 4; depth++) {
    const c = cur as PgLikeError & { cause?: unknown };
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code)) return c;
    cur = c.cause;
  }
  return undefined;
}

/** Maps every error to the one error body; a 5xx never shows its internals. */
export function registerErrorHandler(app: FastifyInstance, opts: { webApp: boolean }): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = req.lang ?? 'zh-CN';
    const send = (
      code: ErrorCode,
      status: number,
      details?: ErrorBody['error']['details'],
      params?: Record<string, string | number>,
    ) =>
      reply
        .status(status)
        .send({ error: { code, message: messageOf(code, lang, params), details, requestId: req.id } });

    if (err instanceof AppError) {
      const details = err.details.map((d) => ({
        path: d.path,
        code: d.code,
        message: typeof d.message === 'string' ? d.message : d.message[lang],
      }));
      if (err.code === 'locked_out' || err.code === 'rate_limited') {
        reply.header('retry-after', String((Number(err.params.minutes) || 1) * 60));
      }
      return send(err.code, errorStatus[err.code], details.length ? details : undefined, err.params);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details = err.validation.map((v) => {
        const rest = v.params;
        const issue = { ...rest, code: v.keyword, message: v.message };
        return {
          path: pathString(
            where,
            v.instancePath
              .split('/')
              .filter(Boolean)
              .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
          ),
          code: v.keyword,
          message: localiseIssue(issue, lang),
        };
      });
      return send('validation_failed', 400, details);
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send('payload_too_large', 413);
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send('unsupported_media_type', 415);
    if (err.statusCode === 429) return send('rate_limited', 429);
    const pg = pgCause(err);
    if (pg?.code === '23505') return send('conflict', 409, undefined, { reason: pg.constraint ?? 'unique' });
    if (pg?.code === '23503')
      return send('conflict', 409, undefined, { reason: pg.constraint ?? 'reference' });
    if (pg?.code === '22P02' || pg?.code === '22003' || pg?.code === '22007' || pg?.code === '22008') {
      return send('bad_request', 400);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own parser errors (malformed JSON, empty body…): a stable code, no English internals.
      return send('bad_request', err.statusCode, [
        { path: 'body', code: err.code, message: messageOf('bad_request', lang) },
      ]);
    }
    req.log.error({ err }, 'unhandled error');
    return send('internal', 500);
  });

  // Unknown API paths get the error body; other GETs get the web app, which routes on the client.
  app.setNotFoundHandler((req, reply) => {
    if (opts.webApp && wantsWebApp(req.method, req.url))
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({
      error: { code: 'not_found', message: messageOf('not_found', req.lang ?? 'zh-CN'), requestId: req.id },
    });
  });
}
