import type { FastifyInstance } from 'fastify';
import {
  closeListingRequestSchema,
  demandExportQuerySchema,
  demandFieldsSchema,
  demandListQuerySchema,
  demandSchema,
  idParamsSchema,
  okSchema,
  pageOf,
  updateDemandRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import { XLSX_TYPE } from '../../lib/xlsx';
import * as demands from './demands.service';

const tags = ['matches'];
// Posting is for an organisation's staff (or the platform admin); the service checks which organisation.
const posters = ['platform_admin', 'member_admin', 'member_staff'] as const;

/** Demands (需求): the public directory, posting, editing, closing and the Excel export. */
export function demandsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/demands',
    operationId: 'listDemands',
    access: 'public',
    schema: {
      summary: 'Technology demands the caller may see (public ones without logging in)',
      tags,
      querystring: demandListQuerySchema,
      response: { 200: pageOf(demandSchema) },
    },
    handler: async (req) => demands.listDemands(ctxOf(req), req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/demands/export.xlsx',
    operationId: 'exportDemands',
    access: 'user',
    download: XLSX_TYPE,
    schema: {
      summary: 'The filtered demands as an Excel file',
      tags,
      querystring: demandExportQuerySchema,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await demands.exportDemands(ctxOf(req), req.query),
        req.lang === 'en' ? 'demands.xlsx' : '技术需求.xlsx',
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/demands',
    operationId: 'createDemand',
    access: posters,
    schema: {
      summary: 'Post a technology demand for your organisation',
      tags,
      body: demandFieldsSchema,
      response: { 201: demandSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return demands.createDemand(ctxOf(req), req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/demands/:id',
    operationId: 'getDemand',
    access: 'public',
    schema: {
      summary: 'One demand (under its visibility)',
      tags,
      params: idParamsSchema,
      response: { 200: demandSchema },
    },
    handler: async (req) => demands.getDemand(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/demands/:id',
    operationId: 'updateDemand',
    access: posters,
    schema: {
      summary: 'Edit a demand (its organisation’s staff)',
      tags,
      params: idParamsSchema,
      body: updateDemandRequestSchema,
      response: { 200: demandSchema },
    },
    handler: async (req) => demands.updateDemand(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/demands/:id/close',
    operationId: 'closeDemand',
    access: posters,
    schema: {
      summary: 'Close a demand: it is no longer ranked or introduced',
      tags,
      params: idParamsSchema,
      body: closeListingRequestSchema,
      response: { 200: demandSchema },
    },
    handler: async (req) =>
      demands.setDemandStatus(ctxOf(req), req.params.id, 'closed', req.body.reason ?? null),
  });
  route(app, {
    method: 'POST',
    url: '/api/demands/:id/reopen',
    operationId: 'reopenDemand',
    access: posters,
    schema: {
      summary: 'Reopen a closed demand',
      tags,
      params: idParamsSchema,
      response: { 200: demandSchema },
    },
    handler: async (req) => demands.setDemandStatus(ctxOf(req), req.params.id, 'open'),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/demands/:id',
    operationId: 'deleteDemand',
    access: posters,
    schema: {
      summary: 'Delete a demand without matches (close it otherwise)',
      tags,
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    handler: async (req) => {
      await demands.deleteDemand(ctxOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
