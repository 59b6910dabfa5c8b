import { asc, eq, gt, sql } from 'drizzle-orm';
import { auditEvents, auditHead, queryRows, type Db } from '@huahe/db';
import { canonicalJson } from '@huahe/contracts';
import { actorLabel, type Actor } from './actor';
import { digestOf, sha256Hex } from './digest';
import { toIso } from './time';

export const GENESIS_HASH = '0'.repeat(64);

/** What a write reports to the audit chain. */
export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  organisationId?: string | null;
  consortiumId?: string | null;
  before?: unknown;
  after?: unknown;
  summary?: Record<string, string | number | boolean | null>;
}

interface ChainedFields {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  organisationId: string | null;
  consortiumId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  summary: unknown;
  requestId: string | null;
  prevHash: string;
}

/** The hash of one event: SHA-256 over the canonical JSON of every field and the previous hash. */
export function eventHash(e: ChainedFields): string {
  return sha256Hex(
    canonicalJson({
      seq: e.seq,
      at: e.at,
      actorUserId: e.actorUserId,
      actorLabel: e.actorLabel,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      organisationId: e.organisationId,
      consortiumId: e.consortiumId,
      beforeDigest: e.beforeDigest,
      afterDigest: e.afterDigest,
      summary: e.summary ?? null,
      requestId: e.requestId,
      prevHash: e.prevHash,
    }),
  );
}

/**
 * Appends one event to the chain. Call it inside the transaction of the write it records, so
 * the write and its audit event commit together or not at all.
 */
export async function appendAudit(
  db: Db,
  ctx: { actor: Actor; requestId?: string | null; now: Date },
  input: AuditInput,
): Promise<number> {
  const head = await queryRows<{ seq: string | number; hash: string }>(
    db,
    sql`select seq, hash from audit_head where id = 1 for update`,
  );
  let prev = head[0];
  if (!prev) {
    await db.insert(auditHead).values({ id: 1, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
    prev = { seq: 0, hash: GENESIS_HASH };
  }
  const fields: ChainedFields = {
    seq: Number(prev.seq) + 1,
    at: ctx.now.toISOString(),
    actorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    actorLabel: actorLabel(ctx.actor),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    organisationId: input.organisationId ?? null,
    consortiumId: input.consortiumId ?? null,
    beforeDigest: input.before === undefined ? null : digestOf(input.before),
    afterDigest: input.after === undefined ? null : digestOf(input.after),
    summary: input.summary ?? null,
    requestId: ctx.requestId ?? null,
    prevHash: prev.hash,
  };
  const hash = eventHash(fields);
  await db.insert(auditEvents).values({ ...fields, hash });
  await db.update(auditHead).set({ seq: fields.seq, hash }).where(eq(auditHead.id, 1));
  return fields.seq;
}

/** The result of walking the chain. */
export interface ChainCheck {
  ok: boolean;
  events: number;
  headHash: string | null;
  firstBroken: { seq: number; reason: string } | null;
}

/** Walks the whole chain in order and names the first event whose link does not hold. */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): Promise<ChainCheck> {
  const total = Number(
    (await queryRows<{ total: string }>(db, sql`select count(*)::text as total from audit_events`))[0]
      ?.total ?? 0,
  );
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let lastSeq = 0;
  const batch = 2000;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, lastSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(batch);
    for (const row of rows) {
      const fields: ChainedFields = { ...row, at: toIso(row.at), summary: row.summary };
      if (row.seq !== expectedSeq) {
        return broken(count, prevHash, row.seq, `missing event ${expectedSeq} before ${row.seq} (deleted?)`);
      }
      if (row.prevHash !== prevHash) {
        return broken(
          count,
          prevHash,
          row.seq,
          'prev_hash does not match the previous event (deleted or reordered)',
        );
      }
      if (eventHash(fields) !== row.hash) {
        return broken(count, prevHash, row.seq, 'content does not match its hash (changed)');
      }
      prevHash = row.hash;
      expectedSeq++;
      count++;
      lastSeq = row.seq;
    }
    onProgress?.(count, total);
    if (rows.length < batch) break;
  }
  const head = (await db.select().from(auditHead).where(eq(auditHead.id, 1)))[0];
  if (head && (head.seq !== count || head.hash !== (count ? prevHash : GENESIS_HASH))) {
    return broken(
      count,
      prevHash,
      count + 1,
      `the head records event ${head.seq} but the chain ends at ${count} (newest event deleted?)`,
    );
  }
  return { ok: true, events: count, headHash: count ? prevHash : null, firstBroken: null };
}

function broken(events: number, headHash: string, seq: number, reason: string): ChainCheck {
  return { ok: false, events, headHash, firstBroken: { seq, reason } };
}
