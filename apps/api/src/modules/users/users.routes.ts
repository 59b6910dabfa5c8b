import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  assignRoleRequestSchema,
  createUserRequestSchema,
  idParamsSchema,
  pageOf,
  updateUserRequestSchema,
  userListQuerySchema,
  userSchema,
} from '@huahe/contracts';
import { ctxOf, route } from '../../lib/http';
import * as users from './users.service';

const tags = ['users'];
const admin = ['platform_admin'] as const;

/** Account administration by the platform admin. */
export function usersRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/users',
    operationId: 'listUsers',
    access: admin,
    schema: {
      summary: 'List accounts',
      tags,
      querystring: userListQuerySchema,
      response: { 200: pageOf(userSchema) },
    },
    handler: async (req) => users.listUsers(ctxOf(req), req.query),
  });
  route(app, {
    method: 'POST',
    url: '/api/users',
    operationId: 'createUser',
    access: admin,
    schema: {
      summary: 'Create an account',
      tags,
      body: createUserRequestSchema,
      response: { 201: userSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return users.createUser(ctxOf(req), req.body);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/users/:id',
    operationId: 'getUser',
    access: admin,
    schema: { summary: 'One account', tags, params: idParamsSchema, response: { 200: userSchema } },
    handler: async (req) => users.getUser(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/users/:id',
    operationId: 'updateUser',
    access: admin,
    schema: {
      summary: 'Rename or (de)activate an account',
      tags,
      params: idParamsSchema,
      body: updateUserRequestSchema,
      response: { 200: userSchema },
    },
    handler: async (req) => users.updateUser(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'POST',
    url: '/api/users/:id/roles',
    operationId: 'assignRole',
    access: admin,
    schema: {
      summary: 'Grant a role',
      tags,
      params: idParamsSchema,
      body: assignRoleRequestSchema,
      response: { 200: userSchema },
    },
    handler: async (req) => users.assignRole(ctxOf(req), req.params.id, req.body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/users/:id/roles/:roleId',
    operationId: 'removeRole',
    access: admin,
    schema: {
      summary: 'Withdraw a role',
      tags,
      params: z.strictObject({ id: z.uuid(), roleId: z.uuid() }),
      response: { 200: userSchema },
    },
    handler: async (req) => users.removeRole(ctxOf(req), req.params.id, req.params.roleId),
  });
}
