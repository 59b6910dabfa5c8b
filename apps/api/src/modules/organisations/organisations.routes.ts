import type { FastifyInstance } from 'fastify';
import {
  idParamsSchema,
  importResultSchema,
  organisationExportQuerySchema,
  organisationInputSchema,
  organisationListQuerySchema,
  organisationSchema,
  organisationSummarySchema,
  pageOf,
  putFiguresRequestSchema,
  updateOrganisationRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import { XLSX_TYPE } from '../../lib/xlsx';
import * as excel from './organisations.excel';
import * as organisations from './organisations.service';

const tags = ['organisations'];
const importers = ['platform_admin', 'bureau_staff'] as const;
const fileName = (lang: string, zh: string, en: string) => `${lang === 'en' ? en : zh}.xlsx`;

/** The organisation directory: list, detail, profile edits, figures, Excel import and export. */
export function organisationsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/organisations',
    operationId: 'listOrganisations',
    access: 'user',
    schema: {
      summary: 'Search and filter organisations',
      tags,
      querystring: organisationListQuerySchema,
      response: { 200: pageOf(organisationSummarySchema) },
    },
    handler: async (req) => organisations.listOrganisations(ctxOf(req), req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/organisations/export.xlsx',
    operationId: 'exportOrganisations',
    access: 'user',
    download: XLSX_TYPE,
    schema: {
      summary: 'The filtered organisation list as an Excel file',
      tags,
      querystring: organisationExportQuerySchema,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.exportOrganisations(ctxOf(req), req.query),
        fileName(req.lang, '单位', 'organisations'),
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'GET',
    url: '/api/organisations/import-template.xlsx',
    operationId: 'organisationImportTemplate',
    access: importers,
    download: XLSX_TYPE,
    schema: { summary: 'The Excel template for importing organisations', tags, response: {} },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.organisationImportTemplate(ctxOf(req)),
        fileName(req.lang, '单位导入模板', 'organisation-import-template'),
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/organisations/import',
    operationId: 'importOrganisations',
    access: importers,
    upload: XLSX_TYPE,
    schema: {
      summary: 'Import organisations from Excel: all rows or none',
      description:
        'The whole file is checked first. On any problem nothing is imported and the answer lists every problem with its path `rows[N].column` (N is the spreadsheet row).',
      tags,
      response: { 200: importResultSchema },
    },
    handler: async (req) => excel.importOrganisations(ctxOf(req), req.body as Buffer),
  });
  route(app, {
    method: 'POST',
    url: '/api/organisations/import/report',
    operationId: 'organisationImportReport',
    access: importers,
    upload: XLSX_TYPE,
    download: XLSX_TYPE,
    schema: {
      summary: 'The uploaded file annotated with every problem (error column, red cells)',
      tags,
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await excel.organisationImportReport(ctxOf(req), req.body as Buffer),
        fileName(req.lang, '导入错误报告', 'import-errors'),
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/organisations',
    operationId: 'createOrganisation',
    access: ['platform_admin', 'bureau_staff', 'secretariat'],
    schema: {
      summary: 'Register an organisation',
      tags,
      body: organisationInputSchema,
      response: { 201: organisationSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return organisations.createOrganisation(ctxOf(req), req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/organisations/:id',
    operationId: 'getOrganisation',
    access: 'user',
    schema: {
      summary: 'One organisation with figures and memberships',
      tags,
      params: idParamsSchema,
      response: { 200: organisationSchema },
    },
    handler: async (req) => organisations.getOrganisation(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/organisations/:id',
    operationId: 'updateOrganisation',
    access: 'user',
    schema: {
      summary: 'Edit a profile (its own admin only; 409 when someone else saved first)',
      tags,
      params: idParamsSchema,
      body: updateOrganisationRequestSchema,
      response: { 200: organisationSchema },
    },
    handler: async (req) => organisations.updateOrganisation(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'PUT',
    url: '/api/organisations/:id/figures',
    operationId: 'putOrganisationFigures',
    access: 'user',
    schema: {
      summary: 'Replace the yearly figures',
      tags,
      params: idParamsSchema,
      body: putFiguresRequestSchema,
      response: { 200: organisationSchema },
    },
    handler: async (req) => organisations.putFigures(ctxOf(req), req.params.id, req.body.figures),
  });
}
