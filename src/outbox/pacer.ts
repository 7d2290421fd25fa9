/**
 * Slack's published rate tiers (calls per minute per workspace, per method) and a pacer that keeps
 * the outbox under them. chat.postMessage is limited per channel (about one a second).
 */
export const TIER_PER_MINUTE = { tier1: 1, tier2: 20, tier3: 50, tier4: 100 } as const;

export const METHOD_LIMITS: Record<string, number> = {
  "conversations.create": TIER_PER_MINUTE.tier2,
  "conversations.archive": TIER_PER_MINUTE.tier2,
  "conversations.setPurpose": TIER_PER_MINUTE.tier2,
  "conversations.setTopic": TIER_PER_MINUTE.tier2,
  "conversations.list": TIER_PER_MINUTE.tier2,
  "pins.add": TIER_PER_MINUTE.tier2,
  "bookmarks.add": TIER_PER_MINUTE.tier2,
  "conversations.invite": TIER_PER_MINUTE.tier3,
  "conversations.info": TIER_PER_MINUTE.tier3,
  "conversations.open": TIER_PER_MINUTE.tier3,
  "chat.update": TIER_PER_MINUTE.tier3,
  "chat.scheduleMessage": TIER_PER_MINUTE.tier3,
  "users.lookupByEmail": TIER_PER_MINUTE.tier3,
  "views.publish": TIER_PER_MINUTE.tier4,
  "views.open": TIER_PER_MINUTE.tier4,
  "views.update": TIER_PER_MINUTE.tier4,
  "users.info": TIER_PER_MINUTE.tier4,
  "chat.postEphemeral": TIER_PER_MINUTE.tier4,
  "conversations.members": TIER_PER_MINUTE.tier4,
};

/** Per channel (or per user for direct messages). */
export const POST_PER_CHANNEL_PER_MINUTE = 60;
const UNKNOWN_METHOD_PER_MINUTE = TIER_PER_MINUTE.tier2;

/** The pacing key of a call: the method, or method plus channel where Slack limits per channel. */
export function paceKey(method: string, channel?: string): string {
  return method === "chat.postMessage" ? `${method}:${channel ?? ""}` : method;
}

export function perMinuteFor(key: string): number {
  if (key.startsWith("chat.postMessage:")) return POST_PER_CHANNEL_PER_MINUTE;
  return METHOD_LIMITS[key] ?? UNKNOWN_METHOD_PER_MINUTE;
}

export interface PacerOptions {
  /** time runs this many times faster (tests, benchmarks); 1 in production */
  scale: number;
  /** stretch every interval by this factor so that timer and network jitter never cross a limit */
  safety: number;
  /** calls allowed back to back before spacing applies; 1 spaces every call evenly */
  burst: number;
}

export const DEFAULT_PACER: PacerOptions = { scale: 1, safety: 1.03, burst: 1 };

/**
 * GCRA (a token bucket kept as one "theoretical arrival time" per key). Even spacing at the tier's
 * rate never exceeds a limit counted over any sliding minute, whatever window Slack uses.
 */
export class Pacer {
  private readonly tat = new Map<string, number>();
  constructor(private readonly opts: PacerOptions = DEFAULT_PACER) {}

  intervalMs(key: string): number {
    return ((60_000 / perMinuteFor(key)) * this.opts.safety) / this.opts.scale;
  }

  /** Milliseconds until every key has room; 0 means the calls were admitted and counted. */
  tryTake(keys: readonly string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const interval = this.intervalMs(key);
      const tat = Math.max(this.tat.get(key) ?? now, now);
      const allowedAt = tat - (this.opts.burst - 1) * interval;
      wait = Math.max(wait, allowedAt - now);
    }
    if (wait > 0) return wait;
    for (const key of keys) {
      const tat = Math.max(this.tat.get(key) ?? now, now);
      this.tat.set(key, tat + this.intervalMs(key));
    }
    return 0;
  }

  /** Waits for room, then takes it (for the rare extra calls inside one op). */
  async take(keys: readonly string[], now: () => number): Promise<void> {
    for (;;) {
      const wait = this.tryTake(keys, now());
      if (wait === 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** After a 429: nothing on this key before Retry-After has passed. */
  backOff(key: string, untilMs: number): void {
    this.tat.set(key, Math.max(this.tat.get(key) ?? 0, untilMs));
  }

  /** Forgets keys that are idle anyway (one per DM recipient would otherwise pile up). */
  prune(now: number): void {
    if (this.tat.size < 1000) return;
    for (const [key, tat] of this.tat) if (tat <= now) this.tat.delete(key);
  }
}
