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

/** The limit of a pacing key: at most `limit` calls in any window of `windowMs` (unscaled). */
export function limitFor(key: string): { limit: number; windowMs: number } {
  if (key.startsWith("chat.postMessage:"))
    return { limit: 1, windowMs: 60_000 / POST_PER_CHANNEL_PER_MINUTE };
  return { limit: METHOD_LIMITS[key] ?? UNKNOWN_METHOD_PER_MINUTE, windowMs: 60_000 };
}

export interface PacerOptions {
  /** time runs this many times faster (tests, benchmarks); 1 in production */
  scale: number;
  /** stretch every window by this factor, so that timer and network jitter never cross a limit */
  safety: number;
  /** lateness forgiven, as a fraction of the spacing, so that one late timer does not delay all later calls */
  lateness: number;
}

export const DEFAULT_PACER: PacerOptions = { scale: 1, safety: 1.04, lateness: 0.5 };

/**
 * Per key, calls are spaced evenly at the tier's rate (no bursts towards Slack); a call that went
 * out late lets the next one follow a little sooner, and a sliding log caps every window at the
 * limit whatever the timing, which is the tier's own definition (N per minute).
 */
export class Pacer {
  private readonly log = new Map<string, number[]>();
  private readonly tat = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();
  constructor(private readonly opts: PacerOptions = DEFAULT_PACER) {}

  windowMs(key: string): number {
    return (limitFor(key).windowMs * this.opts.safety) / this.opts.scale;
  }

  /** The even spacing of a key: the window divided by the limit. */
  spacingMs(key: string): number {
    return this.windowMs(key) / limitFor(key).limit;
  }

  private waitFor(key: string, now: number): number {
    const blocked = (this.blockedUntil.get(key) ?? 0) - now;
    const spaced = (this.tat.get(key) ?? now) - now;
    const { limit } = limitFor(key);
    const window = this.windowMs(key);
    const times = (this.log.get(key) ?? []).filter((t) => t > now - window);
    this.log.set(key, times);
    const capped = times.length >= limit ? (times[times.length - limit] ?? now) + window - now : 0;
    return Math.max(0, blocked, spaced, capped);
  }

  /** Milliseconds until every key has room, without taking it. */
  peek(keys: readonly string[], now: number): number {
    return Math.max(0, ...keys.map((k) => this.waitFor(k, now)));
  }

  /** Milliseconds until every key has room; 0 means the calls were admitted and counted. */
  tryTake(keys: readonly string[], now: number): number {
    const wait = this.peek(keys, now);
    if (wait > 0) return wait;
    for (const key of keys) {
      const spacing = this.spacingMs(key);
      const tat = Math.max(this.tat.get(key) ?? now, now - this.opts.lateness * spacing);
      this.tat.set(key, tat + spacing);
      const times = this.log.get(key);
      if (times) times.push(now);
      else this.log.set(key, [now]);
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
    this.blockedUntil.set(key, Math.max(this.blockedUntil.get(key) ?? 0, untilMs));
  }

  /** Forgets keys that are idle anyway (one per DM recipient would otherwise pile up). */
  prune(now: number): void {
    if (this.log.size < 1000) return;
    for (const [key, times] of this.log) {
      if ((times.at(-1) ?? 0) <= now - this.windowMs(key)) {
        this.log.delete(key);
        this.tat.delete(key);
      }
    }
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
  }
}
