import { and, desc, eq } from 'drizzle-orm';
import {
  agreements,
  agreementSignatures,
  agreementVersions,
  governanceEvents,
  motions,
  platformKeys,
  type Db,
} from '@huahe/db';
import { AgreementSchema, type Agreement } from '@huahe/contracts';

export type AgreementRow = typeof agreements.$inferSelect;
export type VersionRow = typeof agreementVersions.$inferSelect;
export type SignatureRow = typeof agreementSignatures.$inferSelect;
export type MotionRow = typeof motions.$inferSelect;
export type EventRow = typeof governanceEvents.$inferSelect;

/** The agreement of a consortium (draft and versions), if it has one. */
export async function findAgreementByConsortium(
  db: Db,
  consortiumId: string,
): Promise<AgreementRow | undefined> {
  return (await db.select().from(agreements).where(eq(agreements.consortiumId, consortiumId)).limit(1))[0];
}

export async function findAgreement(db: Db, id: string): Promise<AgreementRow | undefined> {
  return (await db.select().from(agreements).where(eq(agreements.id, id)).limit(1))[0];
}

export async function insertAgreement(db: Db, row: typeof agreements.$inferInsert): Promise<AgreementRow> {
  return (await db.insert(agreements).values(row).returning())[0]!;
}

/** Saves the draft when it is still at `draftVersion`; undefined when someone else saved first. */
export async function saveDraft(
  db: Db,
  id: string,
  draftVersion: number,
  draft: unknown,
  now: string,
): Promise<AgreementRow | undefined> {
  return (
    await db
      .update(agreements)
      .set({ draft, draftVersion: draftVersion + 1, updatedAt: now })
      .where(and(eq(agreements.id, id), eq(agreements.draftVersion, draftVersion)))
      .returning()
  )[0];
}

export async function versionsOf(db: Db, agreementId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.agreementId, agreementId))
    .orderBy(desc(agreementVersions.number));
}

export async function findVersion(db: Db, versionId: string): Promise<VersionRow | undefined> {
  return (await db.select().from(agreementVersions).where(eq(agreementVersions.id, versionId)).limit(1))[0];
}

export async function insertVersion(db: Db, row: typeof agreementVersions.$inferInsert): Promise<VersionRow> {
  return (await db.insert(agreementVersions).values(row).returning())[0]!;
}

export async function setVersionStatus(
  db: Db,
  versionId: string,
  status: VersionRow['status'],
  effectiveAt?: string,
): Promise<void> {
  await db
    .update(agreementVersions)
    .set({ status, ...(effectiveAt ? { effectiveAt } : {}) })
    .where(eq(agreementVersions.id, versionId));
}

export async function signaturesOf(db: Db, versionId: string): Promise<SignatureRow[]> {
  return db
    .select()
    .from(agreementSignatures)
    .where(eq(agreementSignatures.versionId, versionId))
    .orderBy(agreementSignatures.signedAt);
}

export async function insertSignature(
  db: Db,
  row: typeof agreementSignatures.$inferInsert,
): Promise<SignatureRow> {
  return (await db.insert(agreementSignatures).values(row).returning())[0]!;
}

/** The effective version of a consortium's agreement, parsed: what every rule of the platform executes. */
export async function effectiveAgreement(
  db: Db,
  consortiumId: string,
): Promise<
  { agreementId: string; versionId: string; number: number; digest: string; agreement: Agreement } | undefined
> {
  const row = (
    await db
      .select({ a: agreements, v: agreementVersions })
      .from(agreementVersions)
      .innerJoin(agreements, eq(agreements.id, agreementVersions.agreementId))
      .where(and(eq(agreements.consortiumId, consortiumId), eq(agreementVersions.status, 'effective')))
      .limit(1)
  )[0];
  if (!row) return undefined;
  return {
    agreementId: row.a.id,
    versionId: row.v.id,
    number: row.v.number,
    digest: row.v.digest,
    agreement: AgreementSchema.parse(JSON.parse(row.v.canonical)),
  };
}

export async function motionsOf(db: Db, agreementId: string): Promise<MotionRow[]> {
  return db
    .select()
    .from(motions)
    .where(eq(motions.agreementId, agreementId))
    .orderBy(desc(motions.createdAt));
}

export async function findMotion(
  db: Db,
  agreementId: string,
  motionId: string,
): Promise<MotionRow | undefined> {
  return (
    await db
      .select()
      .from(motions)
      .where(and(eq(motions.id, motionId), eq(motions.agreementId, agreementId)))
      .limit(1)
  )[0];
}

export async function insertMotion(db: Db, row: typeof motions.$inferInsert): Promise<MotionRow> {
  return (await db.insert(motions).values(row).returning())[0]!;
}

export async function updateMotion(
  db: Db,
  id: string,
  patch: Partial<typeof motions.$inferInsert>,
): Promise<MotionRow | undefined> {
  return (await db.update(motions).set(patch).where(eq(motions.id, id)).returning())[0];
}

export async function eventsOf(db: Db, agreementId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(governanceEvents)
    .where(eq(governanceEvents.agreementId, agreementId))
    .orderBy(governanceEvents.at, governanceEvents.recordedAt);
}

export async function insertEvent(db: Db, row: typeof governanceEvents.$inferInsert): Promise<EventRow> {
  return (await db.insert(governanceEvents).values(row).returning())[0]!;
}

export async function activeKey(db: Db) {
  return (await db.select().from(platformKeys).orderBy(desc(platformKeys.createdAt)).limit(1))[0];
}

export async function allKeys(db: Db) {
  return db.select().from(platformKeys);
}

export async function insertKey(db: Db, row: typeof platformKeys.$inferInsert) {
  await db.insert(platformKeys).values(row).onConflictDoNothing();
}
