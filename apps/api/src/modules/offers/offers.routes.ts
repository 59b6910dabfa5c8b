import type { FastifyInstance } from 'fastify';
import {
  closeListingRequestSchema,
  idParamsSchema,
  offerFieldsSchema,
  offerListQuerySchema,
  offerSchema,
  okSchema,
  pageOf,
  updateOfferRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as offers from './offers.service';

const tags = ['matches'];
const posters = ['platform_admin', 'member_admin', 'member_staff'] as const;

/** Offers (供给): results to license, services and capabilities. */
export function offersRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/offers',
    operationId: 'listOffers',
    access: 'public',
    schema: {
      summary: 'Offers the caller may see (public ones without logging in)',
      tags,
      querystring: offerListQuerySchema,
      response: { 200: pageOf(offerSchema) },
    },
    handler: async (req) => offers.listOffers(ctxOf(req), req.query),
  });
  route(app, {
    method: 'POST',
    url: '/api/offers',
    operationId: 'createOffer',
    access: posters,
    schema: {
      summary: 'Put forward an offer for your organisation',
      tags,
      body: offerFieldsSchema,
      response: { 201: offerSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return offers.createOffer(ctxOf(req), req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/offers/:id',
    operationId: 'getOffer',
    access: 'public',
    schema: { summary: 'One offer', tags, params: idParamsSchema, response: { 200: offerSchema } },
    handler: async (req) => offers.getOffer(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/offers/:id',
    operationId: 'updateOffer',
    access: posters,
    schema: {
      summary: 'Edit an offer (its organisation’s staff)',
      tags,
      params: idParamsSchema,
      body: updateOfferRequestSchema,
      response: { 200: offerSchema },
    },
    handler: async (req) => offers.updateOffer(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/offers/:id/close',
    operationId: 'closeOffer',
    access: posters,
    schema: {
      summary: 'Withdraw an offer',
      tags,
      params: idParamsSchema,
      body: closeListingRequestSchema,
      response: { 200: offerSchema },
    },
    handler: async (req) =>
      offers.setOfferStatus(ctxOf(req), req.params.id, 'closed', req.body.reason ?? null),
  });
  route(app, {
    method: 'POST',
    url: '/api/offers/:id/reopen',
    operationId: 'reopenOffer',
    access: posters,
    schema: {
      summary: 'Reopen a withdrawn offer',
      tags,
      params: idParamsSchema,
      response: { 200: offerSchema },
    },
    handler: async (req) => offers.setOfferStatus(ctxOf(req), req.params.id, 'open'),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/offers/:id',
    operationId: 'deleteOffer',
    access: posters,
    schema: { summary: 'Delete an offer', tags, params: idParamsSchema, response: { 200: okSchema } },
    handler: async (req) => {
      await offers.deleteOffer(ctxOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
