import type { Db } from "../client";
import { opsOfBatch, type SlackOp } from "./outbox";

export interface BatchFailure {
  key: string;
  kind: string;
  /** mrkdwn, escaped when the op was planned */
  about: string | undefined;
  /** "code" or "code: detail" */
  error: string;
}

/** Where a batch of ops stands, for the program managers. */
export interface BatchStatus {
  batch: string;
  total: number;
  done: number;
  /** pending or under way, not held up by a failure */
  pending: number;
  failed: number;
  /** pending ops that wait (directly or not) for a failed op */
  blocked: number;
  failures: BatchFailure[];
}

export function summarizeBatch(batch: string, ops: readonly SlackOp[]): BatchStatus {
  const byKey = new Map(ops.map((op) => [op.key, op]));
  const blockedMemo = new Map<string, boolean>();
  const waitsOnFailure = (op: SlackOp, depth = 0): boolean => {
    const memo = blockedMemo.get(op.key);
    if (memo !== undefined) return memo;
    const dep = op.dependsOn ? byKey.get(op.dependsOn) : undefined;
    const result =
      dep !== undefined && depth < 50 && (dep.status === "failed" || waitsOnFailure(dep, depth + 1));
    blockedMemo.set(op.key, result);
    return result;
  };
  const status: BatchStatus = {
    batch,
    total: ops.length,
    done: 0,
    pending: 0,
    failed: 0,
    blocked: 0,
    failures: [],
  };
  for (const op of ops) {
    if (op.status === "done") status.done += 1;
    else if (op.status === "failed") {
      status.failed += 1;
      const payload = op.payload;
      status.failures.push({
        key: op.key,
        kind: op.kind,
        about: payload.about,
        error: op.lastError ?? "unknown",
      });
    } else if (waitsOnFailure(op)) status.blocked += 1;
    else status.pending += 1;
  }
  return status;
}

export function batchStatus(db: Db, batch: string): BatchStatus {
  return summarizeBatch(batch, opsOfBatch(db, batch));
}
