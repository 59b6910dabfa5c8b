import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  accessDecisionRequestSchema,
  accessRequestFieldsSchema,
  accessRequestSchema,
  backgroundIpFieldsSchema,
  backgroundIpSchema,
  idParamsSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as background from './background.service';
import * as ip from './ip.service';

const tags = ['ip'];

/** Background IP (现有知识产权) and access-rights requests under the agreement. */
export function ipRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/background-ip',
    operationId: 'listBackgroundIp',
    access: 'user',
    schema: {
      summary: 'The background-IP register of a consortium (its members)',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(backgroundIpSchema) },
    },
    handler: async (req) => background.listBackground(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/background-ip',
    operationId: 'declareBackgroundIp',
    access: 'user',
    schema: {
      summary: 'Declare an item of background IP with its exclusions (the member’s admin or the secretariat)',
      tags,
      params: idParamsSchema,
      body: backgroundIpFieldsSchema,
      response: { 201: backgroundIpSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return background.declareBackground(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/access-requests',
    operationId: 'listAccessRequests',
    access: 'user',
    schema: {
      summary: 'Access-rights requests of a consortium',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(accessRequestSchema) },
    },
    handler: async (req) => ip.listAccessRequests(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/access-requests',
    operationId: 'requestAccess',
    access: ['member_admin'],
    schema: {
      summary:
        'Ask for access rights, saying why they are needed; terms and deadline come from the agreement',
      tags,
      params: idParamsSchema,
      body: accessRequestFieldsSchema,
      response: { 201: accessRequestSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return ip.requestAccess(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/access-requests/:id',
    operationId: 'getAccessRequest',
    access: 'user',
    schema: {
      summary: 'One access-rights request',
      tags,
      params: idParamsSchema,
      response: { 200: accessRequestSchema },
    },
    handler: async (req) => ip.getAccessRequest(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/access-requests/:id/decision',
    operationId: 'decideAccessRequest',
    access: 'user',
    schema: {
      summary: 'The owner’s admin grants or refuses an access request',
      tags,
      params: idParamsSchema,
      body: accessDecisionRequestSchema,
      response: { 200: accessRequestSchema },
    },
    handler: async (req) => ip.decideAccess(ctxOf(req), req.params.id, req.body),
  });
}
