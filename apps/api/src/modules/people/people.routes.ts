import type { FastifyInstance } from 'fastify';
import {
  idParamsSchema,
  okSchema,
  pageOf,
  personInputSchema,
  personListQuerySchema,
  personSchema,
  updatePersonRequestSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import { XLSX_TYPE } from '../../lib/xlsx';
import * as people from './people.service';

const tags = ['people'];

/** People of organisations, with their expertise. */
export function peopleRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/people',
    operationId: 'listPeople',
    access: 'user',
    schema: {
      summary: 'Search people',
      tags,
      querystring: personListQuerySchema,
      response: { 200: pageOf(personSchema) },
    },
    handler: async (req) => people.listPeople(ctxOf(req), req.query),
  });
  route(app, {
    method: 'GET',
    url: '/api/people/export.xlsx',
    operationId: 'exportPeople',
    access: 'user',
    download: XLSX_TYPE,
    schema: {
      summary: 'The filtered people list as an Excel file',
      tags,
      querystring: personListQuerySchema.omit({ page: true, pageSize: true }),
      response: {},
    },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        await people.exportPeople(ctxOf(req), req.query),
        req.lang === 'en' ? 'people.xlsx' : '人员.xlsx',
        XLSX_TYPE,
      ),
  });
  route(app, {
    method: 'POST',
    url: '/api/organisations/:id/people',
    operationId: 'createPerson',
    access: 'user',
    schema: {
      summary: 'Add a person to an organisation',
      tags,
      params: idParamsSchema,
      body: personInputSchema,
      response: { 201: personSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return people.createPerson(ctxOf(req), req.params.id, req.body);
    },
  });
  route(app, {
    method: 'PATCH',
    url: '/api/people/:id',
    operationId: 'updatePerson',
    access: 'user',
    schema: {
      summary: 'Edit a person',
      tags,
      params: idParamsSchema,
      body: updatePersonRequestSchema,
      response: { 200: personSchema },
    },
    handler: async (req) => people.updatePerson(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/people/:id',
    operationId: 'deletePerson',
    access: 'user',
    schema: { summary: 'Remove a person', tags, params: idParamsSchema, response: { 200: okSchema } },
    handler: async (req) => {
      await people.deletePerson(ctxOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
