import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { APP_VERSION } from '../version';

/** The OpenAPI 3.1 document (generated from the Zod contracts) and the browsable reference at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Huahe (化合) API',
        version: APP_VERSION,
        description:
          'The API of Huahe, a platform for running innovation consortia (创新联合体). ' +
          'Errors share one body `{"error": {"code", "message", "details"}}`, with messages in zh-CN or en by Accept-Language. ' +
          'Browser sessions use the `huahe_session` cookie and must send `X-CSRF-Token` on writes; scripts use `Authorization: Bearer <token>`.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'huahe_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(scalar, {
    routePrefix: '/api/docs',
    // Served offline-first: no web fonts from a CDN, no hosted AI/MCP features.
    configuration: {
      url: '/api/openapi.json',
      title: 'Huahe API',
      withDefaultFonts: false,
      showDeveloperTools: 'never',
      agent: { disabled: true },
      mcp: { disabled: true },
    },
  });

  // The reference page boots with an inline script; allow it on that page only.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'",
      );
    }
    return payload;
  });
}

/** The OpenAPI document as committed in openapi.json: stable key order, two-space indent. */
export function serialiseOpenApi(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
