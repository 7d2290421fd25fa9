import cron from "node-cron";
import { resumeDuePauses } from "../db/queries/checkins";
import { claimScheduledSend, readRhythmState } from "../db/queries/rhythm";
import type { Deps } from "../deps";
import { dueItems } from "../domain/rhythm/due";
import { findScheduledItem, type ScheduledItem } from "../domain/rhythm/schedule";
import { isWithinWorkingHours, localDate } from "../domain/rhythm/time";
import { enqueue } from "../outbox/enqueue";
import { NotReady, opsForItem, pauseEndedOps } from "./scheduledOps";

export interface DueWorkResult {
  /** keys of the items recorded and handed to the outbox in this run */
  sent: string[];
  /** keys of due items that could not go out yet (no channel yet, …); they stay due */
  notReady: string[];
  /** keys of items whose recording failed; they stay due and are logged */
  failed: string[];
  /** tandems whose pause ended */
  resumed: number[];
}

type Recorded = "sent" | "already_sent" | "not_ready" | "failed";

/**
 * The per-item step shared by the scheduler and "send now": in one transaction, mark the item sent
 * (scheduled_sends) and enqueue its Slack ops under the same key. The outbox performs them exactly
 * once, so a crash at any point sends nothing twice.
 */
function recordItem(deps: Deps, item: ScheduledItem, now: Date): Recorded {
  try {
    const recorded = deps.db.transaction((tx) => {
      if (!claimScheduledSend(tx, { key: item.key, programId: item.programId, kind: item.kind, now }))
        return false;
      const ops = opsForItem(tx, item, { config: deps.config, now });
      enqueue(tx, `rhythm:${localDate(now, "UTC")}`, ops);
      return true;
    });
    return recorded ? "sent" : "already_sent";
  } catch (error) {
    if (error instanceof NotReady) {
      deps.logger.debug(`scheduler: ${item.key} not ready: ${error.message}`);
      return "not_ready";
    }
    deps.logger.error(`scheduler: ${item.key} failed`, error);
    return "failed";
  }
}

/**
 * One scheduler tick: derive what is due from the database (see docs/decisions/scheduler.md) and
 * record each item that may go out now (recordItem).
 */
export function runDueWork(deps: Deps, now: Date): DueWorkResult {
  const result: DueWorkResult = { sent: [], notReady: [], failed: [], resumed: [] };
  result.resumed = deps.db.transaction((tx) => {
    // A pause ends at the first tick in working hours on its day: the channel is told so, never at night.
    const resumed = resumeDuePauses(tx, now, (tz) => isWithinWorkingHours(now, tz));
    for (const id of resumed) enqueue(tx, "rhythm", pauseEndedOps(tx, id, now.toISOString().slice(0, 10)));
    return resumed;
  });
  if (result.resumed.length > 0) deps.wakeOutbox();
  const items = dueItems(readRhythmState(deps.db), now).filter((item) => item.due);
  for (const item of items) {
    const outcome = recordItem(deps, item, now);
    if (outcome === "sent") result.sent.push(item.key);
    else if (outcome === "not_ready") result.notReady.push(item.key);
    else if (outcome === "failed") result.failed.push(item.key);
  }
  if (result.sent.length > 0) deps.wakeOutbox();
  return result;
}

export type SendNowResult =
  | { status: "sent"; item: ScheduledItem }
  | { status: "already_sent" | "not_scheduled" | "not_ready" | "failed" };

/**
 * A program manager's "send now": the item is recomputed from the database by its key (due, waiting
 * for working hours, or upcoming) and recorded like a scheduler tick would, so it still goes out at
 * most once per item and period. Working hours are not applied: sending now is an explicit decision.
 */
export function sendItemNow(deps: Deps, key: string, now: Date): SendNowResult {
  const state = readRhythmState(deps.db);
  if (state.sent.has(key)) return { status: "already_sent" };
  const item = findScheduledItem(state, now, key);
  if (!item) return { status: "not_scheduled" };
  const outcome = recordItem(deps, item, now);
  if (outcome !== "sent") return { status: outcome };
  deps.wakeOutbox();
  return { status: "sent", item };
}

export interface Scheduler {
  /** runs a tick now (also what the cron task calls) */
  tick(): DueWorkResult | undefined;
  stop(): Promise<void>;
}

/** Every five minutes, and once right away so that a restart catches up without waiting. */
export const SCHEDULE = "*/5 * * * *";

export function startScheduler(deps: Deps, expression = SCHEDULE): Scheduler {
  const tick = () => {
    try {
      const result = runDueWork(deps, deps.clock());
      if (result.sent.length > 0) deps.logger.info(`scheduler: sent ${result.sent.join(", ")}`);
      return result;
    } catch (error) {
      deps.logger.error("scheduler: tick failed", error);
      return undefined;
    }
  };
  const task = cron.schedule(expression, tick, { name: "tandem-scheduler", noOverlap: true });
  const first = setImmediate(tick);
  return {
    tick,
    async stop() {
      clearImmediate(first);
      await task.stop();
      await task.destroy();
    },
  };
}
