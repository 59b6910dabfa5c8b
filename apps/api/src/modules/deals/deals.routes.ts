import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  dealFieldsSchema,
  dealSchema,
  dealSummarySchema,
  idParamsSchema,
  revenueEventFieldsSchema,
  revenueEventSchema,
  updateDealRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as deals from './deals.service';

const tags = ['deals'];

/** Commercialisation deals and their revenue events. */
export function dealsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/deals',
    operationId: 'listDeals',
    access: 'user',
    schema: {
      summary: 'A consortium’s commercialisation deals with what they brought in',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(dealSummarySchema) },
    },
    handler: async (req) => deals.listDeals(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/deals',
    operationId: 'createDeal',
    access: ['platform_admin', 'secretariat'],
    schema: {
      summary: 'Record a deal: transfer, licence, equity or self-implementation (the secretariat)',
      tags,
      params: idParamsSchema,
      body: dealFieldsSchema,
      response: { 201: dealSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return deals.createDeal(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/deals/:id',
    operationId: 'getDeal',
    access: 'user',
    schema: {
      summary: 'One deal with its results and revenue events',
      tags,
      params: idParamsSchema,
      response: { 200: dealSchema },
    },
    handler: async (req) => deals.getDeal(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/deals/:id',
    operationId: 'updateDeal',
    access: ['platform_admin', 'secretariat'],
    schema: {
      summary: 'Edit or close a deal (the secretariat)',
      tags,
      params: idParamsSchema,
      body: updateDealRequestSchema,
      response: { 200: dealSchema },
    },
    handler: async (req) => deals.updateDeal(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/deals/:id/revenue-events',
    operationId: 'recordRevenue',
    access: ['platform_admin', 'secretariat'],
    schema: {
      summary: 'Record money received: amount, deductible costs, and the exact net income',
      tags,
      params: idParamsSchema,
      body: revenueEventFieldsSchema,
      response: { 201: revenueEventSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return deals.recordRevenue(ctxOf(req), req.params.id, req.body);
    },
  });
}
