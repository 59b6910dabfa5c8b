import type { FastifyInstance } from 'fastify';
import { platformStatsSchema } from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import { platformStats } from './stats.service';

/** Platform statistics for the home page and the bureau's dashboard. */
export function statsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/stats',
    operationId: 'platformStats',
    access: 'user',
    schema: {
      summary: 'Platform-wide figures and published facts',
      tags: ['stats'],
      response: { 200: platformStatsSchema },
    },
    handler: async (req) => platformStats(ctxOf(req)),
  });
}
