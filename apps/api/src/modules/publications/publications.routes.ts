import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  idParamsSchema,
  objectionParamsSchema,
  objectionRequestSchema,
  publicationFieldsSchema,
  publicationSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as publications from './publications.service';

const tags = ['publications'];

/** Publication review: announce, object within the window, resolve; the maximum delay holds. */
export function publicationsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/publications',
    operationId: 'listPublications',
    access: 'user',
    schema: {
      summary: 'Planned publications of a consortium with their review status',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(publicationSchema) },
    },
    handler: async (req) => publications.listPublications(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/publications',
    operationId: 'announcePublication',
    access: ['member_admin', 'member_staff'],
    schema: {
      summary: 'Announce a planned publication; the other members are notified and may object',
      tags,
      params: idParamsSchema,
      body: publicationFieldsSchema,
      response: { 201: publicationSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return publications.announcePublication(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/publications/:id',
    operationId: 'getPublication',
    access: 'user',
    schema: {
      summary: 'One planned publication',
      tags,
      params: idParamsSchema,
      response: { 200: publicationSchema },
    },
    handler: async (req) => publications.getPublication(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/publications/:id/objections',
    operationId: 'objectToPublication',
    access: ['member_admin'],
    schema: {
      summary: 'Object within the agreement’s window, with a precise modification request',
      tags,
      params: idParamsSchema,
      body: objectionRequestSchema,
      response: { 200: publicationSchema },
    },
    handler: async (req) => publications.objectToPublication(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/publications/:id/objections/:objectionId/resolve',
    operationId: 'resolveObjection',
    access: ['member_admin'],
    schema: {
      summary: 'The objecting member withdraws its objection (resolved)',
      tags,
      params: objectionParamsSchema,
      response: { 200: publicationSchema },
    },
    handler: async (req) => publications.resolveObjection(ctxOf(req), req.params.id, req.params.objectionId),
  });
}
