import { insertOps, type NewOp } from "../db/queries/outbox";
import type { DbOrTx, OpSpec, StoredPayload } from "./types";

/**
 * Records Slack side effects for the outbox worker. Keys are idempotency keys: an op whose key
 * exists is left alone, so planning twice enqueues nothing new. Synchronous, so it can run inside
 * the caller's transaction; call deps.wakeOutbox() after the transaction commits.
 */
export function enqueue(db: DbOrTx, batch: string, ops: readonly OpSpec[]): number {
  const rows: NewOp[] = ops.map((op) => {
    const payload: StoredPayload = { args: op.args as unknown as Record<string, unknown> };
    if (op.refs) payload.refs = op.refs;
    if (op.onDone) payload.onDone = op.onDone;
    if (op.about) payload.about = op.about;
    return { key: op.key, batch, kind: op.kind, payload, dependsOn: op.dependsOn ?? null };
  });
  return insertOps(db, rows);
}
