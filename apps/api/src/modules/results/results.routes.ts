import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  consentRequestSchema,
  idParamsSchema,
  ownershipChangeRequestSchema,
  ownershipChangeSchema,
  ownershipProposalRequestSchema,
  ownershipProposalSchema,
  pageOf,
  resultExportQuerySchema,
  resultFieldsSchema,
  resultListQuerySchema,
  resultParamsSchema,
  resultSchema,
  resultStatusRequestSchema,
  resultSummarySchema,
  updateResultRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import { XLSX_TYPE } from '../../lib/xlsx';
import { exportResults } from './results.excel';
import * as ownership from './ownership.service';
import { proposeResultOwnership } from './proposal.service';
import * as results from './results.service';

const tags = ['results'];

/** The results register: list, export, ownership under the agreement, status history, ownership changes. */
export function resultsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/results',
    operationId: 'listResults',
    access: 'public',
    schema: {
      summary: 'A consortium’s results, as far as the caller may see them (confidential ones: owners only)',
      tags,
      params: idParamsSchema,
      querystring: resultListQuerySchema,
      response: { 200: pageOf(resultSummarySchema) },
    },
    handler: async (req) => results.listResults(ctxOf(req), req.params.id, req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/results/export.xlsx',
    operationId: 'exportResults',
    access: 'user',
    download: XLSX_TYPE,
    schema: {
      summary: 'The filtered result list as an Excel file',
      tags,
      params: idParamsSchema,
      querystring: resultExportQuerySchema,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await exportResults(ctxOf(req), req.params.id, req.query),
        `${req.lang === 'en' ? 'results' : '成果'}.xlsx`,
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/results/ownership-proposal',
    operationId: 'proposeResultOwnership',
    access: 'user',
    schema: {
      summary: 'The owners the effective agreement proposes for a result (nothing is stored)',
      tags,
      params: idParamsSchema,
      body: ownershipProposalRequestSchema,
      response: { 200: ownershipProposalSchema },
    },
    handler: async (req) => proposeResultOwnership(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/results',
    operationId: 'createResult',
    access: 'user',
    schema: {
      summary: 'Record a result (the secretariat, or staff of a creator); owners follow the agreement',
      tags,
      params: idParamsSchema,
      body: resultFieldsSchema,
      response: { 201: resultSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return results.createResult(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/results/:id',
    operationId: 'getResult',
    access: 'public',
    schema: {
      summary: 'One result with owners, inventors and status history',
      tags,
      params: idParamsSchema,
      response: { 200: resultSchema },
    },
    handler: async (req) => results.getResult(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/results/:id',
    operationId: 'updateResult',
    access: 'user',
    schema: {
      summary: 'Edit a result (its secretariat or an owner’s admin)',
      tags,
      params: idParamsSchema,
      body: updateResultRequestSchema,
      response: { 200: resultSchema },
    },
    handler: async (req) => results.updateResult(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/results/:id/status',
    operationId: 'appendResultStatus',
    access: 'user',
    schema: {
      summary: 'Append a dated status to the history',
      tags,
      params: idParamsSchema,
      body: resultStatusRequestSchema,
      response: { 200: resultSchema },
    },
    handler: async (req) => results.appendStatus(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'GET',
    url: '/api/results/:id/ownership-changes',
    operationId: 'listOwnershipChanges',
    access: 'user',
    schema: {
      summary: 'Ownership changes of a result with every co-owner’s answer',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(ownershipChangeSchema) },
    },
    handler: async (req) => ownership.listChanges(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/results/:id/ownership-changes',
    operationId: 'proposeOwnershipChange',
    access: 'user',
    schema: {
      summary: 'Propose new owners: applied only when every current co-owner’s admin consents',
      tags,
      params: idParamsSchema,
      body: ownershipChangeRequestSchema,
      response: { 201: ownershipChangeSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return ownership.proposeChange(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/results/:id/ownership-changes/:changeId/consents',
    operationId: 'answerOwnershipChange',
    access: ['member_admin'],
    schema: {
      summary: 'A co-owner’s admin consents to or refuses an ownership change',
      tags,
      params: resultParamsSchema,
      body: consentRequestSchema,
      response: { 200: ownershipChangeSchema },
    },
    handler: async (req) => ownership.answerChange(ctxOf(req), req.params.id, req.params.changeId, req.body),
  });
}
