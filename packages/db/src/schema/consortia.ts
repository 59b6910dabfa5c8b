import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps, ts } from './columns';
import { organisations } from './organisations';

/** An innovation consortium (创新联合体), SPEC §2. */
export const consortia = pgTable(
  'consortia',
  {
    id: id(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    field: text('field'),
    industryChain: text('industry_chain'),
    goalsSummary: text('goals_summary'),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull().default('draft'),
    origin: text('origin').notNull().default('self_organised'),
    foundedOn: date('founded_on', { mode: 'string' }),
    regionCode: text('region_code'),
    approvedBy: text('approved_by'),
    isHistorical: boolean('is_historical').notNull().default(false),
    isPublic: boolean('is_public').notNull().default(true),
    dataNote: text('data_note'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    check(
      'consortia_status_ck',
      sql`${t.status} in ('draft', 'submitted', 'formal_check', 'expert_review', 'approved', 'rejected', 'returned', 'operating', 'rectification', 'revoked', 'concluded')`,
    ),
    check('consortia_origin_ck', sql`${t.origin} in ('self_organised', 'call')`),
  ],
);

/** A membership spell: joining and leaving are dated, so the history over time can be drawn. */
export const consortiumMembers = pgTable(
  'consortium_members',
  {
    id: id(),
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => consortia.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    tier: text('tier').notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    joinReason: text('join_reason'),
    leftOn: date('left_on', { mode: 'string' }),
    leaveReason: text('leave_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('consortium_members_consortium_idx').on(t.consortiumId),
    index('consortium_members_organisation_idx').on(t.organisationId),
    check('consortium_members_role_ck', sql`${t.role} in ('lead', 'core', 'member', 'supporting')`),
    check('consortium_members_tier_ck', sql`${t.tier} in ('core', 'close', 'general')`),
    check('consortium_members_dates_ck', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);
