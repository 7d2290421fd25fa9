import cron from "node-cron";
import { resumeDuePauses } from "../db/queries/checkins";
import { claimScheduledSend, readRhythmState } from "../db/queries/rhythm";
import type { Deps } from "../deps";
import { dueItems } from "../domain/rhythm/due";
import { localDate } from "../domain/rhythm/time";
import { enqueue } from "../outbox/enqueue";
import { NotReady, opsForItem } from "./scheduledOps";

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

/**
 * One scheduler tick: derive what is due from the database (see docs/decisions/scheduler.md) and,
 * per item and in one transaction, mark it sent (scheduled_sends) and enqueue its Slack ops under
 * the same key. The outbox performs them exactly once, so a crash at any point sends nothing twice.
 */
export function runDueWork(deps: Deps, now: Date): DueWorkResult {
  const result: DueWorkResult = { sent: [], notReady: [], failed: [], resumed: [] };
  result.resumed = resumeDuePauses(deps.db, now);
  const items = dueItems(readRhythmState(deps.db), now).filter((item) => item.due);
  for (const item of items) {
    try {
      const recorded = deps.db.transaction((tx) => {
        if (!claimScheduledSend(tx, { key: item.key, programId: item.programId, kind: item.kind, now }))
          return false;
        const ops = opsForItem(tx, item, { config: deps.config, now });
        enqueue(tx, `rhythm:${localDate(now, "UTC")}`, ops);
        return true;
      });
      if (recorded) result.sent.push(item.key);
    } catch (error) {
      if (error instanceof NotReady) {
        result.notReady.push(item.key);
        deps.logger.debug(`scheduler: ${item.key} not ready: ${error.message}`);
      } else {
        result.failed.push(item.key);
        deps.logger.error(`scheduler: ${item.key} failed`, error);
      }
    }
  }
  if (result.sent.length > 0) deps.wakeOutbox();
  return result;
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
