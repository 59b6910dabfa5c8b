import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '@huahe/db';
import { createTestDatabase } from '../../test/db';
import { systemActor } from './actor';
import { appendAudit, verifyAuditChain } from './audit';

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
  const at = new Date('2026-11-27T08:00:00.000Z');
  for (let i = 1; i <= 6; i++) {
    await database.db.transaction((tx) =>
      appendAudit(
        tx as never,
        { actor: systemActor('test'), requestId: `req-${i}`, now: new Date(at.getTime() + i * 1000) },
        {
          action: 'thing.updated',
          entityType: 'thing',
          entityId: `t${i}`,
          before: { n: i - 1 },
          after: { n: i },
          summary: { step: i },
        },
      ),
    );
  }
});
afterEach(() => database.close());

const exec = (q: ReturnType<typeof sql>) => database.db.execute(q);

describe('the audit chain', () => {
  it('links consecutive events and verifies intact', async () => {
    const rows = await queryRows<{ seq: string; prev_hash: string; hash: string }>(
      database.db,
      sql`select seq, prev_hash, hash from audit_events order by seq`,
    );
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      events: 6,
      headHash: rows[5]!.hash,
    });
  });

  it.each([
    ['the action', sql`update audit_events set action = 'thing.deleted' where seq = 3`],
    ['the actor', sql`update audit_events set actor_label = 'someone-else' where seq = 3`],
    ['the after digest', sql`update audit_events set after_digest = repeat('a', 64) where seq = 3`],
    ['the time', sql`update audit_events set at = at + interval '1 second' where seq = 3`],
    ['the summary', sql`update audit_events set summary = '{"step": 99}'::jsonb where seq = 3`],
  ])('detects a change to %s of one event and names it', async (_what, tamper) => {
    await exec(tamper);
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBroken?.seq).toBe(3);
    expect(r.firstBroken?.reason).toMatch(/changed/);
  });

  it('detects a change even when the tamperer recomputes that event hash (the next link breaks)', async () => {
    await exec(sql`update audit_events set action = 'x', hash = repeat('b', 64) where seq = 3`);
    const r = await verifyAuditChain(database.db);
    expect(r.firstBroken?.seq).toBe(3);
  });

  it('detects a deleted event in the middle', async () => {
    await exec(sql`delete from audit_events where seq = 4`);
    const r = await verifyAuditChain(database.db);
    expect(r.firstBroken).toMatchObject({ seq: 5 });
    expect(r.firstBroken?.reason).toMatch(/missing event 4/);
  });

  it('detects the deletion of the first and of the newest event', async () => {
    await exec(sql`delete from audit_events where seq = 1`);
    expect((await verifyAuditChain(database.db)).firstBroken?.seq).toBe(2);
    database = await (async () => {
      await database.close();
      return createTestDatabase();
    })();
    await database.db.transaction((tx) =>
      appendAudit(
        tx as never,
        { actor: systemActor('t'), now: new Date() },
        { action: 'a', entityType: 'x', entityId: '1' },
      ),
    );
    await database.db.transaction((tx) =>
      appendAudit(
        tx as never,
        { actor: systemActor('t'), now: new Date() },
        { action: 'b', entityType: 'x', entityId: '2' },
      ),
    );
    await exec(sql`delete from audit_events where seq = 2`);
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBroken?.reason).toMatch(/newest event deleted/);
  });

  it('detects two events swapped in order', async () => {
    await exec(sql`update audit_events set seq = -1 where seq = 2`);
    await exec(sql`update audit_events set seq = 2 where seq = 3`);
    await exec(sql`update audit_events set seq = 3 where seq = -1`);
    const r = await verifyAuditChain(database.db);
    expect(r.ok).toBe(false);
    expect(r.firstBroken?.seq).toBe(2);
  });

  it('appends from concurrent transactions without gaps or forks', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db.transaction((tx) =>
          appendAudit(
            tx as never,
            { actor: systemActor('c'), now: new Date() },
            { action: 'c', entityType: 'x', entityId: String(i) },
          ),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, events: 14 });
  });

  it('rolls the event back with the write it records', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await appendAudit(
          tx,
          { actor: systemActor('r'), now: new Date() },
          { action: 'r', entityType: 'x', entityId: 'r' },
        );
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, events: 6 });
  });
});
