import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  governanceEventViewSchema,
  idParamsSchema,
  motionParamsSchema,
  motionViewSchema,
  proposeMotionRequestSchema,
  recordEventRequestSchema,
  vetoRequestSchema,
  voteRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as governance from './governance.service';

const tags = ['governance'];

/** Motions, votes, vetoes and the recorded governance events, decided by the agreement's rules. */
export function governanceRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/motions',
    operationId: 'listMotions',
    access: 'user',
    schema: {
      summary: 'Motions with their decision as of now and the clauses that decided it',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(motionViewSchema) },
    },
    handler: async (req) => governance.listMotions(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/motions',
    operationId: 'proposeMotion',
    access: 'user',
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      summary: 'Put a motion (resolution, amendment, accession, exit, expulsion)',
      tags,
      params: idParamsSchema,
      body: proposeMotionRequestSchema,
      response: { 201: motionViewSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return governance.proposeMotion(ctxOf(req), req.params.id, req.body.motion);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/motions/:motionId',
    operationId: 'getMotion',
    access: 'user',
    schema: {
      summary: 'One motion with its decision',
      tags,
      params: motionParamsSchema,
      response: { 200: motionViewSchema },
    },
    handler: async (req) => governance.getMotion(ctxOf(req), req.params.id, req.params.motionId),
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/motions/:motionId/votes',
    operationId: 'voteOnMotion',
    access: ['member_admin'],
    schema: {
      summary: "Cast your organisation's vote",
      tags,
      params: motionParamsSchema,
      body: voteRequestSchema,
      response: { 200: motionViewSchema },
    },
    handler: async (req) =>
      governance.castVote(ctxOf(req), req.params.id, req.params.motionId, req.body.choice, req.body.partyId),
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/motions/:motionId/veto',
    operationId: 'vetoMotion',
    access: ['member_admin'],
    schema: {
      summary: 'Use a veto right (effective only inside its window)',
      tags,
      params: motionParamsSchema,
      body: vetoRequestSchema,
      response: { 200: motionViewSchema },
    },
    handler: async (req) =>
      governance.castVeto(ctxOf(req), req.params.id, req.params.motionId, req.body.grounds, req.body.partyId),
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/motions/:motionId/apply',
    operationId: 'applyMotion',
    access: 'user',
    schema: {
      summary: 'Apply a passed amendment, accession or exit: membership updated, new version to sign',
      tags,
      params: motionParamsSchema,
      response: { 200: motionViewSchema },
    },
    handler: async (req) => governance.applyPassedMotion(ctxOf(req), req.params.id, req.params.motionId),
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/events',
    operationId: 'listGovernanceEvents',
    access: 'user',
    schema: {
      summary: 'Recorded governance events',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(governanceEventViewSchema) },
    },
    handler: async (req) => governance.listEvents(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/events',
    operationId: 'recordGovernanceEvent',
    access: 'user',
    schema: {
      summary: 'Record a notice, meeting, attendance, minutes or votes cast at a meeting (secretariat)',
      tags,
      params: idParamsSchema,
      body: recordEventRequestSchema,
      response: { 200: z.array(governanceEventViewSchema) },
    },
    handler: async (req) => governance.recordEvent(ctxOf(req), req.params.id, req.body.event),
  });
}
