import type { FastifyInstance } from 'fastify';
import {
  addMemberRequestSchema,
  consortiumExportQuerySchema,
  consortiumInputSchema,
  consortiumListQuerySchema,
  consortiumSchema,
  consortiumSummarySchema,
  endMemberRequestSchema,
  idParamsSchema,
  importResultSchema,
  memberParamsSchema,
  pageOf,
  updateConsortiumRequestSchema,
  updateMemberRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import { XLSX_TYPE } from '../../lib/xlsx';
import * as excel from './consortia.excel';
import * as consortia from './consortia.service';

const tags = ['consortia'];
const xlsxName = (lang: string, zh: string, en: string) => `${lang === 'en' ? en : zh}.xlsx`;

/** Consortia: the directory, details with membership history, members and their Excel import/export. */
export function consortiaRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/consortia',
    operationId: 'listConsortia',
    access: 'public',
    schema: {
      summary: 'The consortium directory (public ones without logging in)',
      tags,
      querystring: consortiumListQuerySchema,
      response: { 200: pageOf(consortiumSummarySchema) },
    },
    handler: async (req) => consortia.listConsortia(ctxOf(req), req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/export.xlsx',
    operationId: 'exportConsortia',
    access: 'user',
    download: XLSX_TYPE,
    schema: {
      summary: 'The filtered consortium list as an Excel file',
      tags,
      querystring: consortiumExportQuerySchema,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.exportConsortia(ctxOf(req), req.query),
        xlsxName(req.lang, '创新联合体', 'consortia'),
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/members/import-template.xlsx',
    operationId: 'memberImportTemplate',
    access: 'user',
    download: XLSX_TYPE,
    schema: { summary: 'The Excel template for importing members', tags, response: {} },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.memberImportTemplate(ctxOf(req)),
        xlsxName(req.lang, '成员导入模板', 'member-import-template'),
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia',
    operationId: 'createConsortium',
    access: ['platform_admin', 'bureau_staff', 'member_admin'],
    schema: {
      summary: 'Found a self-organised consortium (its lead becomes the first member)',
      tags,
      body: consortiumInputSchema,
      response: { 201: consortiumSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return consortia.createConsortium(ctxOf(req), req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id',
    operationId: 'getConsortium',
    access: 'public',
    schema: {
      summary: 'One consortium with its members and membership history',
      tags,
      params: idParamsSchema,
      response: { 200: consortiumSchema },
    },
    handler: async (req) => consortia.getConsortium(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/consortia/:id',
    operationId: 'updateConsortium',
    access: 'user',
    schema: {
      summary: 'Edit a consortium (its secretariat or the bureau)',
      tags,
      params: idParamsSchema,
      body: updateConsortiumRequestSchema,
      response: { 200: consortiumSchema },
    },
    handler: async (req) => consortia.updateConsortium(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/members',
    operationId: 'addMember',
    access: 'user',
    schema: {
      summary: 'Add a member (an existing organisation or a new one)',
      tags,
      params: idParamsSchema,
      body: addMemberRequestSchema,
      response: { 200: consortiumSchema },
    },
    handler: async (req) => consortia.addMember(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/consortia/:id/members/:memberId',
    operationId: 'updateMember',
    access: 'user',
    schema: {
      summary: "Change a member's role or tier",
      tags,
      params: memberParamsSchema,
      body: updateMemberRequestSchema,
      response: { 200: consortiumSchema },
    },
    handler: async (req) => consortia.updateMember(ctxOf(req), req.params.id, req.params.memberId, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/members/:memberId/end',
    operationId: 'endMember',
    access: 'user',
    schema: {
      summary: 'End a membership (date and reason)',
      tags,
      params: memberParamsSchema,
      body: endMemberRequestSchema,
      response: { 200: consortiumSchema },
    },
    handler: async (req) => consortia.endMember(ctxOf(req), req.params.id, req.params.memberId, req.body),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/members/export.xlsx',
    operationId: 'exportMembers',
    access: 'user',
    download: XLSX_TYPE,
    schema: {
      summary: 'Every membership spell as an Excel file',
      tags,
      params: idParamsSchema,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.exportMembers(ctxOf(req), req.params.id),
        xlsxName(req.lang, '成员', 'members'),
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/members/import',
    operationId: 'importMembers',
    access: 'user',
    upload: XLSX_TYPE,
    schema: {
      summary: 'Import members from Excel: all rows or none',
      tags,
      params: idParamsSchema,
      response: { 200: importResultSchema },
    },
    handler: async (req) => excel.importMembers(ctxOf(req), req.params.id, req.body as Buffer),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/members/import/report',
    operationId: 'memberImportReport',
    access: 'user',
    upload: XLSX_TYPE,
    download: XLSX_TYPE,
    schema: {
      summary: 'The uploaded member sheet annotated with every problem',
      tags,
      params: idParamsSchema,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.memberImportReport(ctxOf(req), req.params.id, req.body as Buffer),
        xlsxName(req.lang, '导入错误报告', 'import-errors'),
        XLSX_TYPE,
      ),
  });
}
