import type { FastifyInstance } from 'fastify';
import { healthSchema } from '@huahe/contracts';
import { route } from '../../lib/http';
import { APP_VERSION } from '../../version';

/** Liveness with the database kind and migration version. */
export function healthRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/health',
    operationId: 'health',
    access: 'public',
    schema: {
      summary: 'Service health, database kind and migration version',
      tags: ['system'],
      response: { 200: healthSchema },
    },
    handler: async () => {
      const { database, clock } = app.deps;
      const m = await database.migrationVersion();
      return {
        status: m.applied === m.available ? ('ok' as const) : ('degraded' as const),
        version: APP_VERSION,
        database: { kind: database.kind, migration: m.version, applied: m.applied, available: m.available },
        time: clock.now().toISOString(),
      };
    },
  });
}
