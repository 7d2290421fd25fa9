import type { Deps } from "../deps";
import { askForConsentAgain, type RetentionResult, runRetention } from "../services/retention";

/**
 * The scheduler's trust work, each tick: retention notices and deletions of closed programs, and
 * the DMs asking for consent to a changed consent text. Failures are logged; the next tick retries.
 */
export function trustTick(deps: Deps, now: Date): RetentionResult | undefined {
  try {
    const result = runRetention(deps, now);
    askForConsentAgain(deps);
    return result;
  } catch (error) {
    deps.logger.error("trust: tick failed", error);
    return undefined;
  }
}
