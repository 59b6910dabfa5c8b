import type { FastifyInstance } from 'fastify';
import {
  closeMatchRequestSchema,
  idParamsSchema,
  introduceRequestSchema,
  matchListQuerySchema,
  matchNoteRequestSchema,
  matchSchema,
  matchSummarySchema,
  pageOf,
  partnerRequestSchema,
  respondRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as matches from './matches.service';
import * as steps from './matches.steps';

const tags = ['matches'];
const introducers = ['platform_admin', 'bureau_staff', 'secretariat'] as const;
const listQuery = matchListQuerySchema.omit({ organisationId: true });

/** The match workflow (撮合): introductions, answers, negotiation, partnership, and the lists. */
export function matchesRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'POST',
    url: '/api/demands/:id/introduce',
    operationId: 'introduceForDemand',
    access: introducers,
    schema: {
      summary: 'Introduce a candidate for a demand (the secretariat of its consortium, or the bureau)',
      description:
        'Both sides’ admins are notified; the ranking’s score and reasons are kept with the match.',
      tags,
      params: idParamsSchema,
      body: introduceRequestSchema,
      response: { 201: matchSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return matches.introduceForDemand(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/introduce',
    operationId: 'introducePartner',
    access: introducers,
    schema: {
      summary: 'Introduce a partner to a consortium (its secretariat, or the bureau)',
      tags,
      params: idParamsSchema,
      body: introduceRequestSchema,
      response: { 201: matchSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return matches.introduceForConsortium(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/matches',
    operationId: 'listMyMatches',
    access: 'user',
    schema: {
      summary: 'My organisations’ matches (either side), and those of the consortia I run',
      tags,
      querystring: matchListQuerySchema,
      response: { 200: pageOf(matchSummarySchema) },
    },
    handler: async (req) => matches.myMatches(ctxOf(req), req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/matches',
    operationId: 'listConsortiumMatches',
    access: introducers,
    schema: {
      summary: 'A consortium’s matches (its secretariat, the bureau)',
      tags,
      params: idParamsSchema,
      querystring: listQuery,
      response: { 200: pageOf(matchSummarySchema) },
    },
    handler: async (req) => matches.consortiumMatches(ctxOf(req), req.params.id, req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/demands/:id/matches',
    operationId: 'listDemandMatches',
    access: 'user',
    schema: {
      summary: 'A demand’s matches (all for its organisation and introducers; a candidate sees its own)',
      tags,
      params: idParamsSchema,
      querystring: listQuery,
      response: { 200: pageOf(matchSummarySchema) },
    },
    handler: async (req) => matches.demandMatches(ctxOf(req), req.params.id, req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/matches/:id',
    operationId: 'getMatch',
    access: 'user',
    schema: {
      summary: 'One match with its reasons, its history and what the caller may do next',
      tags,
      params: idParamsSchema,
      response: { 200: matchSchema },
    },
    handler: async (req) => matches.getMatch(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/matches/:id/respond',
    operationId: 'respondToMatch',
    access: ['member_admin'],
    schema: {
      summary: 'Accept or decline an introduction for your organisation (both accepting makes it "accepted")',
      tags,
      params: idParamsSchema,
      body: respondRequestSchema,
      response: { 200: matchSchema },
    },
    handler: async (req) => steps.respond(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/matches/:id/negotiate',
    operationId: 'negotiateMatch',
    access: 'user',
    schema: {
      summary: 'Record that the accepted parties are negotiating',
      tags,
      params: idParamsSchema,
      body: matchNoteRequestSchema,
      response: { 200: matchSchema },
    },
    handler: async (req) => steps.negotiate(ctxOf(req), req.params.id, req.body.note ?? null),
  });
  route(app, {
    method: 'POST',
    url: '/api/matches/:id/partner',
    operationId: 'partnerMatch',
    access: 'user',
    schema: {
      summary: 'Record the partnership: the candidate joins the consortium, or a contract is signed',
      tags,
      params: idParamsSchema,
      body: partnerRequestSchema,
      response: { 200: matchSchema },
    },
    handler: async (req) => steps.partner(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/matches/:id/close',
    operationId: 'closeMatch',
    access: 'user',
    schema: {
      summary: 'Close a match, with the reason',
      tags,
      params: idParamsSchema,
      body: closeMatchRequestSchema,
      response: { 200: matchSchema },
    },
    handler: async (req) => steps.close(ctxOf(req), req.params.id, req.body.reason),
  });
}
