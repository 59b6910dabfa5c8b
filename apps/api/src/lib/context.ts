import type { Db } from '@huahe/db';
import type { Lang } from '@huahe/contracts';
import type { Actor } from './actor';
import { appendAudit, type AuditInput } from './audit';
import type { Clock } from './clock';

/** Everything a service needs for one call: no HTTP, no globals. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  clock: Clock;
  lang: Lang;
  requestId: string | null;
}

/** A service context inside a transaction, with `audit` appending to the chain in that transaction. */
export type TxContext = ServiceContext & { audit: (input: AuditInput) => Promise<number> };

/** Runs `fn` in one transaction; `audit` appends to the chain inside that same transaction. */
export async function inTransaction<T>(ctx: ServiceContext, fn: (tx: TxContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (txDb) => {
    const tx = { ...ctx, db: txDb as unknown as Db };
    const now = ctx.clock.now();
    return fn({
      ...tx,
      audit: (input) => appendAudit(tx.db, { actor: ctx.actor, requestId: ctx.requestId, now }, input),
    });
  });
}
