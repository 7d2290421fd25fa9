import type { Deps } from "../deps";
import { type HealthReport, healthLine } from "../services/health";

/** How often Socket Mode logs the health facts that HTTP mode answers at GET /healthz. */
export const HEALTH_LOG_EVERY_MS = 5 * 60 * 1000;

/** Logs the health line now and then every `everyMs`: info when healthy, warn otherwise. */
export function startHealthLog(
  deps: Deps,
  report: () => HealthReport,
  everyMs = HEALTH_LOG_EVERY_MS,
): { stop(): void } {
  const log = () => {
    const current = report();
    const line = healthLine(current);
    if (current.status === "ok") deps.logger.info(line);
    else deps.logger.warn(line);
  };
  log();
  const timer = setInterval(log, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
