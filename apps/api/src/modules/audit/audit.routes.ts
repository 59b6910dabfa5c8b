import type { FastifyInstance } from 'fastify';
import { auditEventSchema, auditListQuerySchema, auditVerificationSchema, pageOf } from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as audit from './audit.service';

const tags = ['audit'];

/** The audit chain: browse and verify. */
export function auditRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/audit',
    operationId: 'listAudit',
    access: 'user',
    schema: {
      summary: 'Audit events the caller may see, newest first',
      tags,
      querystring: auditListQuerySchema,
      response: { 200: pageOf(auditEventSchema) },
    },
    handler: async (req) => audit.listAudit(ctxOf(req), req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/audit/verify',
    operationId: 'verifyAudit',
    access: 'user',
    schema: {
      summary: 'Recompute every link of the audit chain and name the first broken one',
      tags,
      response: { 200: auditVerificationSchema },
    },
    handler: async (req) => audit.verifyAudit(ctxOf(req)),
  });
}
