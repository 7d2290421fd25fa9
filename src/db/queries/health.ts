import { count, inArray, min, sql } from "drizzle-orm";
import type { Db } from "../client";
import { slackOps } from "../schema";
import { dependencyOf, dueNow } from "./outbox";

export interface OutboxBacklog {
  /** ops waiting to be performed (due or not) */
  pending: number;
  /** ops being performed right now */
  running: number;
  /** ops that gave up and wait for a manager's Retry */
  failed: number;
  /** created_at of the oldest pending op that could be performed now */
  oldestDueAt: string | undefined;
}

/** A round trip to SQLite; throws when the database cannot be read. */
export function pingDatabase(db: Db): void {
  db.get(sql`select 1`);
}

/** The outbox's backlog for the health check, in one pass over the ops' status index. */
export function outboxBacklog(db: Db, nowIso: string): OutboxBacklog {
  const counts = db
    .select({ status: slackOps.status, n: count() })
    .from(slackOps)
    .where(inArray(slackOps.status, ["pending", "running", "failed"]))
    .groupBy(slackOps.status)
    .all();
  const n = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  // due as the worker sees it (queries/outbox dueOps): not waiting for a Retry-After or an unfinished op
  const oldest = db
    .select({ at: min(slackOps.createdAt) })
    .from(slackOps)
    .leftJoin(...dependencyOf)
    .where(dueNow(nowIso))
    .get();
  return {
    pending: n("pending"),
    running: n("running"),
    failed: n("failed"),
    oldestDueAt: oldest?.at ?? undefined,
  };
}
