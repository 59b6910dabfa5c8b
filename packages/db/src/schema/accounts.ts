import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps, ts } from './columns';
import { consortia } from './consortia';
import { organisations, people } from './organisations';

/** A person who can log in. Email is stored lower-cased. */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('zh-CN'),
    isActive: boolean('is_active').notNull().default(true),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [check('users_locale_ck', sql`${t.locale} in ('zh-CN', 'en')`)],
);

/** A role of SPEC §1, bound to an organisation or a consortium where the role needs one. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    consortiumId: uuid('consortium_id').references(() => consortia.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('role_assignments_uq').on(t.userId, t.role, t.organisationId, t.consortiumId).nullsNotDistinct(),
    index('role_assignments_user_idx').on(t.userId),
    check(
      'role_assignments_role_ck',
      sql`${t.role} in ('platform_admin', 'bureau_staff', 'expert', 'secretariat', 'member_admin', 'member_staff')`,
    ),
  ],
);

/** Server-side sessions, so several API processes share them. The id is the SHA-256 of the cookie value. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Tokens for scripts: only the SHA-256 of the secret is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** Every login attempt, for rate limiting and lockout shared by all API processes. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);
