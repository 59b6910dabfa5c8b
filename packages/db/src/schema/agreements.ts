import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { id, timestamps, ts } from './columns';
import { consortia } from './consortia';
import { organisations } from './organisations';

/** A consortium's agreement (组建协议): a mutable draft and a chain of frozen, signed versions. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    consortiumId: uuid('consortium_id')
      .notNull()
      .unique()
      .references(() => consortia.id, { onDelete: 'cascade' }),
    template: text('template').notNull(),
    draft: jsonb('draft').notNull(),
    draftVersion: integer('draft_version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [check('agreements_template_ck', sql`${t.template} in ('xiamen', 'desca')`)],
);

/**
 * A frozen version: the canonical JSON of the data and its SHA-256. Never edited: a change
 * makes a new version. Effective once every party has signed this digest.
 */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: id(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    canonical: text('canonical').notNull(),
    digest: text('digest').notNull(),
    status: text('status').notNull(),
    origin: text('origin').notNull().default('draft'),
    motionId: uuid('motion_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    effectiveAt: ts('effective_at'),
  },
  (t) => [
    unique('agreement_versions_number_uq').on(t.agreementId, t.number),
    check(
      'agreement_versions_status_ck',
      sql`${t.status} in ('signing', 'effective', 'superseded', 'withdrawn')`,
    ),
    check(
      'agreement_versions_origin_ck',
      sql`${t.origin} in ('draft', 'amendment', 'accession', 'exit', 'expulsion')`,
    ),
  ],
);

/** One party's signature on a version's digest, sealed by the platform key. */
export const agreementSignatures = pgTable(
  'agreement_signatures',
  {
    id: id(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => agreementVersions.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    signerUserId: uuid('signer_user_id').references(() => users.id, { onDelete: 'set null' }),
    signerName: text('signer_name').notNull(),
    signerEmail: text('signer_email').notNull(),
    signedAt: ts('signed_at').notNull(),
    digest: text('digest').notNull(),
    seal: text('seal').notNull(),
    keyId: text('key_id').notNull(),
  },
  (t) => [unique('agreement_signatures_party_uq').on(t.versionId, t.partyId)],
);

/** The platform's Ed25519 keys that seal signatures (the public half is published). */
export const platformKeys = pgTable('platform_keys', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** A motion (议案) under an agreement, decided by the governance engine from the recorded events. */
export const motions = pgTable(
  'motions',
  {
    id: id(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => agreementVersions.id),
    data: jsonb('data').notNull(),
    status: text('status').notNull().default('pending'),
    decision: jsonb('decision'),
    appliedVersionId: uuid('applied_version_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('motions_agreement_idx').on(t.agreementId)],
);

/** Recorded governance events (notices, meetings, votes, vetoes, minutes): append-only. */
export const governanceEvents = pgTable(
  'governance_events',
  {
    id: id(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    data: jsonb('data').notNull(),
    kind: text('kind').notNull(),
    at: ts('at').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('governance_events_agreement_idx').on(t.agreementId, t.at)],
);

/** A message for a user: deadlines, reminders, workflow steps. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: jsonb('title').notNull(),
    body: jsonb('body'),
    link: text('link'),
    dueAt: ts('due_at'),
    dedupeKey: text('dedupe_key'),
    readAt: ts('read_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.readAt),
    unique('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);
