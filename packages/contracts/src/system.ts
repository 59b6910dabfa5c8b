import { z } from 'zod';
import { timestampSchema } from './common';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    database: z.object({
      kind: z.enum(['pglite', 'postgres']),
      migration: z.string().nullable().describe('Tag of the last applied migration'),
      applied: z.number().int(),
      available: z.number().int(),
    }),
    time: timestampSchema,
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;

export const auditEventSchema = z
  .object({
    seq: z.number().int(),
    at: timestampSchema,
    actorUserId: z.uuid().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    organisationId: z.uuid().nullable(),
    consortiumId: z.uuid().nullable(),
    beforeDigest: z.string().nullable(),
    afterDigest: z.string().nullable(),
    summary: z.unknown().nullable(),
    requestId: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuerySchema = z.strictObject({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  consortiumId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    events: z.number().int(),
    headHash: z.string().nullable(),
    firstBroken: z
      .object({ seq: z.number().int(), reason: z.string() })
      .nullable()
      .describe('The first event whose link does not hold'),
  })
  .meta({ id: 'AuditVerification' });
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
