import type { Db } from "../db/client";

/**
 * Writes every Slack operation of a program's launch into the outbox, in one transaction: a private
 * channel per tandem in status "launching", invitations, welcome messages, the mentor circle, the
 * direct messages to matched and waiting participants. The worker performs them exactly once.
 * Safe to call again: operations are keyed, so nothing is enqueued twice.
 */
export function planLaunch(_db: Db, _programId: number, _now: Date): { batch: string } {
  throw new Error("planLaunch is not implemented yet");
}
