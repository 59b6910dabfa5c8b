import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { id, timestamps, ts } from './columns';
import { consortia } from './consortia';
import { organisations } from './organisations';

/** A commercialisation deal (成果转化): transfer, licence, equity or self-implementation. */
export const deals = pgTable(
  'deals',
  {
    id: id(),
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => consortia.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    counterparty: text('counterparty').notNull(),
    counterpartyUscc: text('counterparty_uscc'),
    contractValue: numeric('contract_value', { precision: 20, scale: 2 }),
    signedOn: date('signed_on', { mode: 'string' }),
    resultIds: text('result_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').notNull().default('active'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [check('deals_kind_ck', sql`${t.kind} in ('transfer', 'licence', 'equity', 'self_implementation')`)],
);

/** Money received under a deal: amount, deductible costs, and the net income they leave. */
export const revenueEvents = pgTable('revenue_events', {
  id: id(),
  dealId: uuid('deal_id')
    .notNull()
    .references(() => deals.id, { onDelete: 'cascade' }),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  amount: numeric('amount', { precision: 20, scale: 2 }).notNull(),
  deductibleCosts: numeric('deductible_costs', { precision: 20, scale: 2 }).notNull(),
  netIncome: numeric('net_income', { precision: 20, scale: 2 }).notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});

/** A distribution run: the agreement's method applied to a revenue event's net income. */
export const distributionRuns = pgTable('distribution_runs', {
  id: id(),
  revenueEventId: uuid('revenue_event_id')
    .notNull()
    .references(() => revenueEvents.id, { onDelete: 'cascade' }),
  method: text('method').notNull(),
  input: jsonb('input').notNull(),
  answer: jsonb('answer').notNull(),
  clause: jsonb('clause'),
  agreementVersionId: uuid('agreement_version_id'),
  status: text('status').notNull().default('posted'),
  reversesRunId: uuid('reverses_run_id'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * Double-entry ledger lines in fen, immutable (a trigger refuses updates and deletes): every run
 * debits the income account and credits members (and any inventor-reward line) by the same total.
 * A correction is a reversing run, never an edit.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    runId: uuid('run_id')
      .notNull()
      .references(() => distributionRuns.id),
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => consortia.id),
    account: text('account').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    debitFen: bigint('debit_fen', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    creditFen: bigint('credit_fen', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    memo: jsonb('memo'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_run_idx').on(t.runId),
    index('ledger_entries_org_idx').on(t.consortiumId, t.organisationId),
    check(
      'ledger_entries_side_ck',
      sql`(${t.debitFen} = 0) <> (${t.creditFen} = 0) and ${t.debitFen} >= 0 and ${t.creditFen} >= 0`,
    ),
  ],
);
