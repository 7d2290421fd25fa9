import { outboxBacklog, pingDatabase } from "../db/queries/health";
import type { Deps } from "../deps";

/** The scheduler ticks every five minutes; three missed ticks in a row mean it is not working. */
export const SCHEDULER_OVERDUE_MS = 15 * 60 * 1000;

export interface HealthInput {
  /** when the process started serving; a scheduler that has not run yet is judged from here */
  startedAt: Date;
  /** the running scheduler's last completed tick; undefined when this process runs no scheduler */
  scheduler: { lastRun: Date | undefined } | undefined;
  /** true once shutdown began: load balancers should stop sending */
  stopping: boolean;
}

export interface HealthReport {
  status: "ok" | "unhealthy" | "stopping";
  /** the facts that made it unhealthy, in words */
  problems: string[];
  database: "ok" | "unreachable";
  outbox:
    | {
        pending: number;
        running: number;
        failed: number;
        /** seconds the oldest op that could be performed now has waited; null when none waits */
        oldestPendingAgeSec: number | null;
      }
    | undefined;
  scheduler: { lastRunAt: string | null; lastRunAgeSec: number | null } | "not running here";
  uptimeSec: number;
}

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/**
 * Database reachable, the outbox's backlog, the scheduler's last run. Unhealthy when the database
 * cannot be read or the scheduler has missed three ticks; a long outbox backlog alone is not (a
 * large launch waits minutes for Slack's rate limits by design), it is reported for alerting.
 */
export function healthReport(deps: Deps, input: HealthInput): HealthReport {
  const now = deps.clock();
  const problems: string[] = [];
  let database: HealthReport["database"] = "ok";
  let outbox: HealthReport["outbox"];
  try {
    pingDatabase(deps.db);
    const backlog = outboxBacklog(deps.db, now.toISOString());
    outbox = {
      pending: backlog.pending,
      running: backlog.running,
      failed: backlog.failed,
      oldestPendingAgeSec:
        backlog.oldestDueAt === undefined ? null : seconds(now.getTime() - Date.parse(backlog.oldestDueAt)),
    };
  } catch (error) {
    database = "unreachable";
    problems.push(`database unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
  let scheduler: HealthReport["scheduler"] = "not running here";
  if (input.scheduler) {
    const lastRun = input.scheduler.lastRun;
    const since = now.getTime() - (lastRun ?? input.startedAt).getTime();
    scheduler = {
      lastRunAt: lastRun?.toISOString() ?? null,
      lastRunAgeSec: lastRun ? seconds(now.getTime() - lastRun.getTime()) : null,
    };
    if (since > SCHEDULER_OVERDUE_MS)
      problems.push(
        lastRun
          ? `scheduler overdue: last run ${seconds(since)} s ago`
          : `scheduler has not completed a run in ${seconds(since)} s`,
      );
  }
  const status = input.stopping ? "stopping" : problems.length > 0 ? "unhealthy" : "ok";
  return {
    status,
    problems,
    database,
    outbox,
    scheduler,
    uptimeSec: seconds(now.getTime() - input.startedAt.getTime()),
  };
}

/** The same facts in one log line (Socket Mode has no HTTP endpoint to ask). */
export function healthLine(report: HealthReport): string {
  const outbox = report.outbox
    ? `outbox ${report.outbox.pending} pending${
        report.outbox.oldestPendingAgeSec === null ? "" : ` (oldest ${report.outbox.oldestPendingAgeSec} s)`
      }, ${report.outbox.running} running, ${report.outbox.failed} failed`
    : "outbox unknown";
  const scheduler =
    report.scheduler === "not running here"
      ? "scheduler not running here"
      : report.scheduler.lastRunAgeSec === null
        ? "scheduler has not run yet"
        : `scheduler last ran ${report.scheduler.lastRunAgeSec} s ago`;
  const problems = report.problems.length > 0 ? `: ${report.problems.join("; ")}` : "";
  return `health ${report.status}${problems}; database ${report.database}, ${outbox}, ${scheduler}`;
}
