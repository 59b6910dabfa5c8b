import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  distributionRunRequestSchema,
  distributionRunSchema,
  distributionRunSummarySchema,
  idParamsSchema,
  reverseRunRequestSchema,
  statementParamsSchema,
  statementSchema,
  whatIfRequestSchema,
  whatIfSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import { XLSX_TYPE } from '../../lib/xlsx';
import * as runs from './distributions.service';
import { getRun, listRuns } from './runs.service';
import * as statements from './statements.service';
import { whatIf } from './whatif.service';

const tags = ['distributions'];
const PDF_TYPE = 'application/pdf';

/** Distribution runs, reversals, member statements (JSON, PDF, Excel) and the what-if comparison. */
export function distributionsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'POST',
    url: '/api/revenue-events/:id/distribution-runs',
    operationId: 'runDistribution',
    access: ['platform_admin', 'secretariat'],
    schema: {
      summary: 'Share a revenue event’s net income by the agreement’s method and post the ledger lines',
      tags,
      params: idParamsSchema,
      body: distributionRunRequestSchema,
      response: { 201: distributionRunSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return runs.runDistribution(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/distribution-runs',
    operationId: 'listDistributionRuns',
    access: 'user',
    schema: {
      summary: 'A consortium’s distribution runs and reversals, newest first',
      tags,
      params: idParamsSchema,
      response: { 200: z.array(distributionRunSummarySchema) },
    },
    handler: async (req) => listRuns(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/distribution-runs/:id',
    operationId: 'getDistributionRun',
    access: 'user',
    schema: {
      summary: 'One run with its ledger lines and explanation',
      tags,
      params: idParamsSchema,
      response: { 200: distributionRunSchema },
    },
    handler: async (req) => getRun(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/distribution-runs/:id/reverse',
    operationId: 'reverseDistributionRun',
    access: ['platform_admin', 'secretariat'],
    schema: {
      summary: 'Correct a run by reversing it (its lines with debit and credit swapped); never an edit',
      tags,
      params: idParamsSchema,
      body: reverseRunRequestSchema,
      response: { 201: distributionRunSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return runs.reverseRun(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/statements/:organisationId',
    operationId: 'getStatement',
    access: 'user',
    schema: {
      summary: 'A member’s statement: every ledger line with method, clause, explanation and balance',
      tags,
      params: statementParamsSchema,
      response: { 200: statementSchema },
    },
    handler: async (req) => statements.getStatement(ctxOf(req), req.params.id, req.params.organisationId),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/statements/:organisationId/statement.pdf',
    operationId: 'statementPdf',
    access: 'user',
    download: PDF_TYPE,
    schema: { summary: 'A member’s statement as PDF', tags, params: statementParamsSchema, response: {} },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await statements.statementPdf(ctxOf(req), req.params.id, req.params.organisationId),
        `${req.lang === 'en' ? 'statement' : '收益分配对账单'}.pdf`,
        PDF_TYPE,
      ),
  });
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/statements/:organisationId/statement.xlsx',
    operationId: 'statementXlsx',
    access: 'user',
    download: XLSX_TYPE,
    schema: { summary: 'A member’s statement as Excel', tags, params: statementParamsSchema, response: {} },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await statements.statementXlsx(ctxOf(req), req.params.id, req.params.organisationId),
        `${req.lang === 'en' ? 'statement' : '收益分配对账单'}.xlsx`,
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/what-if',
    operationId: 'distributionWhatIf',
    access: 'user',
    schema: {
      summary: 'The same net income under every applicable method, side by side (nothing is stored)',
      tags,
      params: idParamsSchema,
      body: whatIfRequestSchema,
      response: { 200: whatIfSchema },
    },
    handler: async (req) => whatIf(ctxOf(req), req.params.id, req.body),
  });
}
