import type { FakeSlack, RawAnswer } from "./fake-slack";

/**
 * Makes the fake Slack enforce the published rate tiers on a scaled clock: at most N calls of a
 * method in any sliding minute (a minute lasts 60/scale seconds), chat.postMessage at most one per
 * second per channel; anything more gets 429 with Retry-After (in scaled seconds, as Slack sends).
 */

/** Calls per minute, per method, from Slack's method reference (Tier 2 = 20, Tier 3 = 50, Tier 4 = 100). */
export const PUBLISHED_TIERS: Record<string, number> = {
  "conversations.create": 20,
  "conversations.setPurpose": 20,
  "conversations.setTopic": 20,
  "conversations.archive": 20,
  "conversations.list": 20,
  "pins.add": 20,
  "bookmarks.add": 20,
  "conversations.invite": 50,
  "conversations.info": 50,
  "conversations.open": 50,
  "chat.update": 50,
  "views.publish": 100,
  "views.open": 100,
  "users.info": 100,
};

export interface TierStats {
  accepted: Map<string, number>;
  rejected: Map<string, number>;
}

export function enforceTiers(fake: FakeSlack, scale: number): TierStats {
  const minuteMs = 60_000 / scale;
  const secondMs = 1000 / scale;
  const log = new Map<string, number[]>();
  const stats: TierStats = { accepted: new Map(), rejected: new Map() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  fake.guard = (method, params): RawAnswer | undefined => {
    let key = method;
    let limit = PUBLISHED_TIERS[method];
    let windowMs = minuteMs;
    if (method === "chat.postMessage") {
      key = `${method}:${String(params.channel ?? "")}`;
      limit = 1;
      windowMs = secondMs;
    }
    if (limit === undefined) return undefined;
    const now = Date.now();
    const times = (log.get(key) ?? []).filter((t) => t > now - windowMs);
    if (times.length >= limit) {
      log.set(key, times);
      bump(stats.rejected, method);
      const oldest = times[0] ?? now;
      const retryAfter = Math.max(1, Math.ceil(((oldest + windowMs - now) * scale) / 1000));
      return {
        status: 429,
        headers: { "retry-after": String(retryAfter) },
        body: { ok: false, error: "ratelimited" },
      };
    }
    times.push(now);
    log.set(key, times);
    bump(stats.accepted, method);
    return undefined;
  };
  return stats;
}

/**
 * The least time the limits allow for these accepted calls: with bursts allowed, the k-th call of a
 * method limited to N per window can happen at floor((k-1)/N) windows at the earliest.
 */
export function floorMs(
  accepted: Map<string, number>,
  scale: number,
): { floorMs: number; bottleneck: string } {
  let floor = 0;
  let bottleneck = "";
  for (const [method, count] of accepted) {
    const limit = PUBLISHED_TIERS[method];
    if (limit === undefined || count === 0) continue;
    const ms = Math.floor((count - 1) / limit) * (60_000 / scale);
    if (ms > floor) {
      floor = ms;
      bottleneck = method;
    }
  }
  return { floorMs: floor, bottleneck };
}
