import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { id, timestamps, ts } from './columns';
import { consortia } from './consortia';
import { organisations, people } from './organisations';

/** A result (成果) of a consortium: patents, software, standards, papers, products… */
export const results = pgTable(
  'results',
  {
    id: id(),
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => consortia.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    identifier: text('identifier'),
    description: text('description'),
    status: text('status').notNull(),
    trl: integer('trl'),
    confidentiality: text('confidentiality').notNull().default('consortium'),
    origin: text('origin').notNull().default('joint'),
    ownershipRule: text('ownership_rule'),
    ownershipClause: jsonb('ownership_clause'),
    linkedTasks: text('linked_tasks')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    achievedOn: date('achieved_on', { mode: 'string' }),
    isExample: boolean('is_example').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('results_consortium_idx').on(t.consortiumId),
    check(
      'results_confidentiality_ck',
      sql`${t.confidentiality} in ('public', 'consortium', 'confidential')`,
    ),
    check('results_trl_ck', sql`${t.trl} is null or ${t.trl} between 1 and 9`),
  ],
);

/** Every status a result went through. */
export const resultStatusHistory = pgTable(
  'result_status_history',
  {
    id: id(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('result_status_history_result_idx').on(t.resultId)],
);

/** Inventors / authors / designers of a result. */
export const resultInventors = pgTable(
  'result_inventors',
  {
    id: id(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    contribution: numeric('contribution', { precision: 9, scale: 6 }),
  },
  (t) => [index('result_inventors_result_idx').on(t.resultId)],
);

/** Who owns a result and in what share (an exact fraction as text, e.g. "1/3"). */
export const resultOwners = pgTable(
  'result_owners',
  {
    resultId: uuid('result_id')
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    share: text('share').notNull(),
    contribution: text('contribution'),
  },
  (t) => [primaryKey({ columns: [t.resultId, t.organisationId] })],
);

/** A proposed change of ownership: it applies only when every current co-owner consents. */
export const ownershipChanges = pgTable('ownership_changes', {
  id: id(),
  resultId: uuid('result_id')
    .notNull()
    .references(() => results.id, { onDelete: 'cascade' }),
  proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
  owners: jsonb('owners').notNull(),
  reason: text('reason').notNull(),
  consents: jsonb('consents')
    .notNull()
    .default(sql`'[]'::jsonb`),
  status: text('status').notNull().default('pending'),
  ...timestamps(),
});

/** Background IP a member brings (its declared list, with exclusions). */
export const backgroundIp = pgTable('background_ip', {
  id: id(),
  consortiumId: uuid('consortium_id')
    .notNull()
    .references(() => consortia.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  title: text('title').notNull(),
  identifier: text('identifier'),
  description: text('description'),
  exclusions: text('exclusions'),
  ...timestamps(),
});

/** A request for access rights to background IP or a result, decided under the agreement's terms. */
export const accessRequests = pgTable('access_requests', {
  id: id(),
  consortiumId: uuid('consortium_id')
    .notNull()
    .references(() => consortia.id, { onDelete: 'cascade' }),
  requesterOrganisationId: uuid('requester_organisation_id')
    .notNull()
    .references(() => organisations.id),
  backgroundIpId: uuid('background_ip_id').references(() => backgroundIp.id, { onDelete: 'cascade' }),
  resultId: uuid('result_id').references(() => results.id, { onDelete: 'cascade' }),
  purpose: text('purpose').notNull(),
  justification: text('justification').notNull(),
  terms: text('terms').notNull(),
  status: text('status').notNull().default('pending'),
  decidedAt: ts('decided_at'),
  decisionNote: text('decision_note'),
  deadline: ts('deadline'),
  clause: jsonb('clause'),
  ...timestamps(),
});

/** A planned publication, open to objections within the agreement's window. */
export const publications = pgTable('publications', {
  id: id(),
  consortiumId: uuid('consortium_id')
    .notNull()
    .references(() => consortia.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  title: text('title').notNull(),
  venue: text('venue'),
  abstract: text('abstract'),
  resultIds: text('result_ids')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  plannedOn: date('planned_on', { mode: 'string' }).notNull(),
  announcedAt: ts('announced_at').notNull(),
  objectionDeadline: ts('objection_deadline').notNull(),
  maxDelayUntil: ts('max_delay_until').notNull(),
  status: text('status').notNull().default('open'),
  clause: jsonb('clause'),
  ...timestamps(),
});

export const publicationObjections = pgTable('publication_objections', {
  id: id(),
  publicationId: uuid('publication_id')
    .notNull()
    .references(() => publications.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  reason: text('reason').notNull(),
  requestedChange: text('requested_change').notNull(),
  status: text('status').notNull().default('open'),
  resolvedAt: ts('resolved_at'),
  at: ts('at').notNull(),
});
