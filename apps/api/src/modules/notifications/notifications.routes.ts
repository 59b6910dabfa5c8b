import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { deadlineViewSchema, idParamsSchema, notificationSchema, okSchema } from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import * as me from './deadlines.service';

const tags = ['me'];

/** The caller's to-do list, calendar and notifications. */
export function notificationsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/me/deadlines',
    operationId: 'myDeadlines',
    access: 'user',
    schema: {
      summary: 'Upcoming deadlines set by the agreements (to-do list)',
      tags,
      response: { 200: z.array(deadlineViewSchema) },
    },
    handler: async (req) => me.myDeadlines(ctxOf(req)),
  });
  route(app, {
    method: 'GET',
    url: '/api/me/calendar.ics',
    operationId: 'myCalendar',
    access: 'user',
    download: 'text/calendar',
    schema: { summary: 'The deadlines as an iCalendar file, with reminders', tags, response: {} },
    handler: async (req, reply) =>
      sendDownload(
        reply,
        Buffer.from(await me.myCalendar(ctxOf(req))),
        'huahe.ics',
        'text/calendar; charset=utf-8',
      ),
  });
  route(app, {
    method: 'GET',
    url: '/api/me/notifications',
    operationId: 'myNotifications',
    access: 'user',
    schema: {
      summary: 'Notifications (reminders, reviews, matchmaking steps), newest first',
      tags,
      querystring: z.strictObject({ unread: z.enum(['true', 'false']).optional() }),
      response: { 200: z.array(notificationSchema) },
    },
    handler: async (req) => me.myNotifications(ctxOf(req), req.query.unread === 'true'),
  });
  route(app, {
    method: 'POST',
    url: '/api/me/notifications/:id/read',
    operationId: 'readNotification',
    access: 'user',
    schema: {
      summary: 'Mark a notification read',
      tags,
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    handler: async (req) => {
      await me.readNotification(ctxOf(req), req.params.id);
      return { ok: true as const };
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/me/notifications/read-all',
    operationId: 'readAllNotifications',
    access: 'user',
    schema: { summary: 'Mark every notification read', tags, response: { 200: okSchema } },
    handler: async (req) => {
      await me.readNotification(ctxOf(req), null);
      return { ok: true as const };
    },
  });
}
