import { createHash } from "node:crypto";

/**
 * Trigger ids shaped like Slack's ("12345.98765.abcd2358fdef"): issue time in ms, a counter, and a
 * checksum, so the fake Slack can tell a trigger's age and refuse garbled or made-up ones.
 */

/** Slack's trigger_id lives about 3 seconds. */
export const TRIGGER_LIFETIME_MS = 3000;

let counter = 0;

function checksum(issuedAt: number, n: number): string {
  return createHash("sha256").update(`tandem-trigger:${issuedAt}.${n}`).digest("hex").slice(0, 12);
}

export function mintTriggerId(now: number = Date.now()): string {
  counter += 1;
  return `${now}.${counter}.${checksum(now, counter)}`;
}

/** The issue time of a trigger minted by mintTriggerId, or undefined for anything else. */
export function triggerIssuedAt(triggerId: string): number | undefined {
  const m = /^(\d{13})\.(\d+)\.([0-9a-f]{12})$/.exec(triggerId);
  if (!m?.[1] || !m[2] || m[3] !== checksum(Number(m[1]), Number(m[2]))) return undefined;
  return Number(m[1]);
}
