import { and, asc, eq, gt, inArray, isNull, lt, lte, min, notInArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../client";
import type { StoredPayload } from "../ops";
import { prepared } from "../prepared";
import { slackOps } from "../schema";
import { type DbOrTx, isDb } from "../tx";

export type SlackOp = typeof slackOps.$inferSelect;

export interface NewOp {
  key: string;
  batch: string;
  kind: string;
  payload: StoredPayload;
  dependsOn: string | null;
}

/** Inserts ops whose key is new; returns how many were new. Works inside a caller's transaction. */
export function insertOps(db: DbOrTx, ops: readonly NewOp[]): number {
  let inserted = 0;
  if (isDb(db)) {
    // a scheduler tick enqueues thousands, one by one: prepared once
    const insert = prepared(db, "insertOp", (d) =>
      d
        .insert(slackOps)
        .values({
          key: sql.placeholder("key"),
          batch: sql.placeholder("batch"),
          kind: sql.placeholder("kind"),
          payload: sql.placeholder("payload"),
          dependsOn: sql.placeholder("dependsOn"),
        })
        .onConflictDoNothing({ target: slackOps.key })
        .prepare(),
    );
    for (const op of ops) inserted += insert.run({ ...op }).changes;
    return inserted;
  }
  for (const op of ops) {
    const res = db
      .insert(slackOps)
      .values({
        key: op.key,
        batch: op.batch,
        kind: op.kind,
        payload: op.payload,
        dependsOn: op.dependsOn,
      })
      .onConflictDoNothing({ target: slackOps.key })
      .run();
    inserted += res.changes;
  }
  return inserted;
}

const dep = alias(slackOps, "dep");

/**
 * An op the worker may perform now: pending, not before its time, its dependency done. Needs the
 * query to join `dependencyOf()` on `dependsOn`; the health check counts with the same rule.
 */
export function dueNow(nowIso: string) {
  return and(
    eq(slackOps.status, "pending"),
    or(isNull(slackOps.notBefore), lte(slackOps.notBefore, nowIso)),
    or(isNull(slackOps.dependsOn), eq(dep.status, "done")),
  );
}

/** The join `dueNow` reads an op's dependency through. */
export const dependencyOf = [dep, eq(dep.key, slackOps.dependsOn)] as const;

/** What the worker needs to pick an op; the payload is loaded (and cached) separately. */
export type DueOp = Pick<SlackOp, "id" | "key" | "kind" | "attempts" | "createdAt">;

/** Pending ops that may run now: not before their time, dependency done; oldest first. */
export function dueOps(db: Db, nowIso: string, limit: number, skipKinds: readonly string[] = []): DueOp[] {
  return db
    .select({
      id: slackOps.id,
      key: slackOps.key,
      kind: slackOps.kind,
      attempts: slackOps.attempts,
      createdAt: slackOps.createdAt,
    })
    .from(slackOps)
    .leftJoin(...dependencyOf)
    .where(and(dueNow(nowIso), skipKinds.length > 0 ? notInArray(slackOps.kind, [...skipKinds]) : undefined))
    .orderBy(asc(slackOps.id))
    .limit(limit)
    .all();
}

export function opPayload(db: Db, id: number): StoredPayload | undefined {
  const row = db.select({ payload: slackOps.payload }).from(slackOps).where(eq(slackOps.id, id)).get();
  return row?.payload;
}

/** The earliest notBefore still in the future among pending ops, to know when to look again. */
export function nextNotBefore(db: Db, nowIso: string): string | undefined {
  const row = db
    .select({ at: min(slackOps.notBefore) })
    .from(slackOps)
    .where(and(eq(slackOps.status, "pending"), gt(slackOps.notBefore, nowIso)))
    .get();
  return row?.at ?? undefined;
}

export function opByKey(db: DbOrTx, key: string): SlackOp | undefined {
  return db.select().from(slackOps).where(eq(slackOps.key, key)).get();
}

/** The result of a done op, e.g. the ts of a posted message; undefined while it is not done. */
export function opResult(db: DbOrTx, key: string): Record<string, unknown> | undefined {
  const op = opByKey(db, key);
  return op?.status === "done" ? (op.result ?? {}) : undefined;
}

export function doneResults(db: Db, keys: readonly string[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  if (keys.length === 0) return out;
  const rows = db
    .select({ key: slackOps.key, result: slackOps.result })
    .from(slackOps)
    .where(and(inArray(slackOps.key, [...keys]), eq(slackOps.status, "done")))
    .all();
  for (const r of rows) out.set(r.key, r.result ?? {});
  return out;
}

/** Who holds a running op: the instance, and the fence of its claim. */
export interface Lease {
  owner: string;
  fence: number;
}

/**
 * Claims a pending op for this instance, written before the call: after a crash, "running" says
 * the call may have reached Slack. Undefined when another instance claimed it first. The returned
 * fence must be shown to record the outcome, so an instance whose lease was taken over cannot.
 */
export function claimOp(db: Db, id: number, owner: string, untilIso: string): Lease | undefined {
  const row = db
    .update(slackOps)
    .set({
      status: "running",
      attempts: sql`${slackOps.attempts} + 1`,
      leaseOwner: owner,
      leaseUntil: untilIso,
      fence: sql`${slackOps.fence} + 1`,
    })
    .where(and(eq(slackOps.id, id), eq(slackOps.status, "pending")))
    .returning({ fence: slackOps.fence })
    .get();
  return row ? { owner, fence: row.fence } : undefined;
}

const held = (id: number, lease: Lease) =>
  and(eq(slackOps.id, id), eq(slackOps.status, "running"), eq(slackOps.fence, lease.fence));

/** Extends the leases of the ops this instance is performing; returns how many it still holds. */
export function renewLeases(db: Db, owner: string, ids: readonly number[], untilIso: string): number {
  if (ids.length === 0) return 0;
  return db
    .update(slackOps)
    .set({ leaseUntil: untilIso })
    .where(
      and(inArray(slackOps.id, [...ids]), eq(slackOps.status, "running"), eq(slackOps.leaseOwner, owner)),
    )
    .run().changes;
}

/** Records the outcome; false (and nothing written) when the lease was lost to another instance. */
export function markDone(
  db: DbOrTx,
  id: number,
  lease: Lease,
  result: Record<string, unknown>,
  nowIso: string,
): boolean {
  return (
    db
      .update(slackOps)
      .set({
        status: "done",
        result,
        doneAt: nowIso,
        lastError: null,
        notBefore: null,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(held(id, lease))
      .run().changes > 0
  );
}

/** Back to pending until notBefore; a 429 does not count as an attempt (countAttempt false). */
export function reschedule(
  db: Db,
  id: number,
  lease: Lease,
  notBefore: string,
  lastError: string,
  countAttempt: boolean,
): boolean {
  return (
    db
      .update(slackOps)
      .set({
        status: "pending",
        notBefore,
        lastError,
        leaseOwner: null,
        leaseUntil: null,
        ...(countAttempt ? {} : { attempts: sql`max(0, ${slackOps.attempts} - 1)` }),
      })
      .where(held(id, lease))
      .run().changes > 0
  );
}

export function markFailed(db: Db, id: number, lease: Lease, lastError: string): boolean {
  return (
    db
      .update(slackOps)
      .set({ status: "failed", lastError, leaseOwner: null, leaseUntil: null })
      .where(held(id, lease))
      .run().changes > 0
  );
}

export function updatePayload(db: Db, id: number, lease: Lease, payload: StoredPayload): void {
  db.update(slackOps).set({ payload }).where(held(id, lease)).run();
}

/**
 * Running ops whose instance is gone go back to pending (their attempt counts): those whose lease
 * has passed, and at start-up this instance's own (it was restarted). Returns how many.
 */
export function recoverRunning(db: Db, nowIso: string, ownOwner?: string): number {
  return db
    .update(slackOps)
    .set({ status: "pending", lastError: "interrupted", leaseOwner: null, leaseUntil: null })
    .where(
      and(
        eq(slackOps.status, "running"),
        or(
          isNull(slackOps.leaseUntil),
          lt(slackOps.leaseUntil, nowIso),
          ownOwner === undefined ? undefined : eq(slackOps.leaseOwner, ownOwner),
        ),
      ),
    )
    .run().changes;
}

/** Puts the failed ops of a batch back in the queue, with fresh attempts. */
export function retryFailed(db: Db, batch: string): number {
  return db
    .update(slackOps)
    .set({ status: "pending", attempts: 0, notBefore: null })
    .where(and(eq(slackOps.batch, batch), eq(slackOps.status, "failed")))
    .run().changes;
}

export function opsOfBatch(db: Db, batch: string): SlackOp[] {
  return db.select().from(slackOps).where(eq(slackOps.batch, batch)).orderBy(asc(slackOps.id)).all();
}
