import cron from "node-cron";
import type { Deps } from "../deps";
import { endDuePauses, itemsDueNow, recordItem } from "../services/scheduler";

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
 * One scheduler tick: pauses that end now end, and each item that may go out now is recorded
 * (services/scheduler, the step "send now" shares).
 */
export function runDueWork(deps: Deps, now: Date): DueWorkResult {
  const result: DueWorkResult = { sent: [], notReady: [], failed: [], resumed: endDuePauses(deps, now) };
  for (const item of itemsDueNow(deps, now)) {
    const outcome = recordItem(deps, item, now);
    if (outcome === "sent") result.sent.push(item.key);
    else if (outcome === "not_ready") result.notReady.push(item.key);
    else if (outcome === "failed") result.failed.push(item.key);
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
