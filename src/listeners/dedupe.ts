import { forgetDeliveriesBefore, recordDelivery } from "../db/queries/dedupe";
import type { Deps } from "../deps";

const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Slack re-delivers events it believes failed (X-Slack-Retry-Num) with the same event_id. Each
 * event_id is handled once: the first delivery records it and is handled, later ones are not.
 * Bolt has already acknowledged events by now, so Slack stops retrying either way.
 */
export function eventDeduper(deps: Deps): (body: unknown) => boolean {
  let inserted = 0;
  return (body) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== "string") return true;
    const now = deps.clock();
    if (!recordDelivery(deps.db, eventId, now)) {
      deps.logger.debug(`Skipping repeated delivery of event ${eventId}`);
      return false;
    }
    inserted += 1;
    if (inserted % 500 === 0) forgetDeliveriesBefore(deps.db, new Date(now.getTime() - KEEP_MS));
    return true;
  };
}
