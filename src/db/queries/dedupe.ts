import { lt } from "drizzle-orm";
import type { Db } from "../client";
import { seenDeliveries } from "../schema";

/** Records an event delivery; false when this event_id was recorded before (a repeated delivery). */
export function recordDelivery(db: Db, eventId: string, now: Date): boolean {
  const result = db
    .insert(seenDeliveries)
    .values({ id: eventId, seenAt: now.toISOString() })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}

/** Forgets deliveries seen before the cutoff: Slack retries within minutes, not days. */
export function forgetDeliveriesBefore(db: Db, cutoff: Date): void {
  db.delete(seenDeliveries).where(lt(seenDeliveries.seenAt, cutoff.toISOString())).run();
}
