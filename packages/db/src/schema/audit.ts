import { bigint, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';

/**
 * The append-only audit chain: each event's hash covers its content and the previous hash,
 * so changing, deleting or reordering any event breaks the chain (see apps/api/src/lib/audit.ts).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    organisationId: uuid('organisation_id'),
    consortiumId: uuid('consortium_id'),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    summary: jsonb('summary'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_consortium_idx').on(t.consortiumId),
    index('audit_events_organisation_idx').on(t.organisationId),
  ],
);

/**
 * The chain's head, one row: appenders lock it (FOR UPDATE) so events get consecutive numbers
 * across processes, and verification compares it with the last event, so deleting the newest
 * event is detected too.
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
