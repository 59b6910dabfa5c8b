import type { FastifyInstance } from 'fastify';
import {
  candidateQuerySchema,
  fittingDemandsSchema,
  fittingQuerySchema,
  idParamsSchema,
  matchCandidatesSchema,
  partnerQuerySchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as matching from './matching.service';

const tags = ['matches'];

/** Rankings with reasons: candidates for a demand, partners for a consortium, demands an organisation fits. */
export function matchingRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/demands/:id/candidates',
    operationId: 'demandCandidates',
    access: 'user',
    schema: {
      summary: 'Ranked candidate organisations for a demand, with reasons in zh and en',
      description:
        'For the demanding organisation’s staff, the bureau and the secretariat of the demand’s consortium. The demanding organisation itself is never a candidate.',
      tags,
      params: idParamsSchema,
      querystring: candidateQuerySchema,
      response: { 200: matchCandidatesSchema },
    },
    handler: async (req) => matching.demandCandidates(ctxOf(req), req.params.id, req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/partner-candidates',
    operationId: 'partnerCandidates',
    access: 'user',
    schema: {
      summary: 'Recommended partners for a consortium, with reasons in zh and en',
      description:
        'Current members are excluded and what they already cover counts less; past collaboration with them (co-membership, partnerships) counts more. For its members, its secretariat and the bureau.',
      tags,
      params: idParamsSchema,
      querystring: partnerQuerySchema,
      response: { 200: matchCandidatesSchema },
    },
    handler: async (req) => matching.partnerCandidates(ctxOf(req), req.params.id, req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/organisations/:id/fitting-demands',
    operationId: 'fittingDemands',
    access: 'user',
    schema: {
      summary: 'The open demands an organisation fits, best first, with reasons',
      tags,
      params: idParamsSchema,
      querystring: fittingQuerySchema,
      response: { 200: fittingDemandsSchema },
    },
    handler: async (req) => matching.fittingDemands(ctxOf(req), req.params.id, req.query),
  });
}
