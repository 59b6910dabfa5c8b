import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

/** A legal entity taking part in consortia (单位), SPEC §2. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    shortName: text('short_name'),
    uscc: text('uscc').unique(),
    usccIsExample: boolean('uscc_is_example').notNull().default(false),
    kind: text('kind').notNull(),
    regionCode: text('region_code'),
    industryCode: text('industry_code'),
    qualifications: text('qualifications')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isSme: boolean('is_sme').notNull().default(false),
    profileTags: text('profile_tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    profileZh: text('profile_zh'),
    profileEn: text('profile_en'),
    website: text('website'),
    address: text('address'),
    legalRepresentative: text('legal_representative'),
    isExample: boolean('is_example').notNull().default(false),
    dataNote: text('data_note'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('organisations_kind_idx').on(t.kind),
    index('organisations_region_idx').on(t.regionCode),
    check(
      'organisations_kind_ck',
      sql`${t.kind} in ('leading_enterprise', 'enterprise', 'sme', 'university', 'research_institute', 'new_rd_institution', 'testing_body', 'government', 'financial', 'other')`,
    ),
  ],
);

/** Yearly figures of an organisation; R&D intensity is derived, never stored. Money in yuan, exact. */
export const organisationFigures = pgTable(
  'organisation_figures',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    revenue: numeric('revenue', { precision: 20, scale: 2 }),
    rdSpending: numeric('rd_spending', { precision: 20, scale: 2 }),
    rdStaff: integer('rd_staff'),
    staff: integer('staff'),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** A researcher or staff member of an organisation (人员). */
export const people = pgTable(
  'people',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    title: text('title'),
    email: text('email'),
    expertise: text('expertise')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    bio: text('bio'),
    ...timestamps(),
  },
  (t) => [index('people_organisation_idx').on(t.organisationId)],
);
