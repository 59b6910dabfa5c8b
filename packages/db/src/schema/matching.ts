import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { id, timestamps, ts } from './columns';
import { consortia } from './consortia';
import { organisations } from './organisations';
import { results } from './results';

/** A technology demand (需求) posted by an organisation. */
export const demands = pgTable(
  'demands',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    consortiumId: uuid('consortium_id').references(() => consortia.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    trlNeeded: integer('trl_needed'),
    budgetMin: numeric('budget_min', { precision: 20, scale: 2 }),
    budgetMax: numeric('budget_max', { precision: 20, scale: 2 }),
    regionPreference: text('region_preference'),
    deadline: date('deadline', { mode: 'string' }),
    visibility: text('visibility').notNull().default('public'),
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [check('demands_visibility_ck', sql`${t.visibility} in ('public', 'consortium', 'private')`)],
);

/** An offer (供给): a result to license, a service, or a capability. */
export const offers = pgTable(
  'offers',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    trl: integer('trl'),
    resultId: uuid('result_id').references(() => results.id, { onDelete: 'set null' }),
    visibility: text('visibility').notNull().default('public'),
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [check('offers_kind_ck', sql`${t.kind} in ('result', 'service', 'capability')`)],
);

/**
 * A match (撮合) between a demand (or a consortium looking for partners) and a candidate
 * organisation: recommended → introduced → accepted → negotiating → partnered | closed.
 */
export const matches = pgTable(
  'matches',
  {
    id: id(),
    demandId: uuid('demand_id').references(() => demands.id, { onDelete: 'cascade' }),
    consortiumId: uuid('consortium_id').references(() => consortia.id, { onDelete: 'cascade' }),
    candidateOrganisationId: uuid('candidate_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('recommended'),
    score: real('score').notNull(),
    reasons: jsonb('reasons').notNull(),
    acceptedByDemander: ts('accepted_by_demander'),
    acceptedByCandidate: ts('accepted_by_candidate'),
    outcome: text('outcome'),
    ...timestamps(),
  },
  (t) => [
    index('matches_demand_idx').on(t.demandId),
    index('matches_candidate_idx').on(t.candidateOrganisationId),
  ],
);

/** Every step a match went through, by whom. */
export const matchEvents = pgTable('match_events', {
  id: id(),
  matchId: uuid('match_id')
    .notNull()
    .references(() => matches.id, { onDelete: 'cascade' }),
  status: text('status').notNull(),
  note: text('note'),
  by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
  at: ts('at').notNull().defaultNow(),
});
