import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id } from './columns';

/** Published figures about consortia in a region (e.g. "Xiamen: 11 consortia by Aug 2025"), with their source. */
export const publicFacts = pgTable('public_facts', {
  id: id(),
  region: text('region').notNull(),
  fact: text('fact').notNull(),
  value: text('value').notNull(),
  source: text('source').notNull(),
  position: integer('position').notNull().default(0),
});
