import { describe, expect, it } from "vitest";
import { Pacer, paceKey, perMinuteFor } from "../../src/outbox/pacer";

/** Admits as fast as the pacer allows for `count` calls and returns their times. */
function admit(pacer: Pacer, key: string, count: number): number[] {
  const times: number[] = [];
  let now = 0;
  while (times.length < count) {
    const wait = pacer.tryTake([key], now);
    if (wait === 0) times.push(now);
    else now += wait;
  }
  return times;
}

describe("Pacer", () => {
  it("spaces calls at the method's tier, never more than the tier in any sliding minute", () => {
    const pacer = new Pacer({ scale: 1, safety: 1.03, burst: 1 });
    const times = admit(pacer, "conversations.create", 61);
    expect(perMinuteFor("conversations.create")).toBe(20);
    for (let i = 20; i < times.length; i++) {
      const a = times[i - 20] ?? 0;
      expect((times[i] ?? 0) - a).toBeGreaterThan(60_000);
    }
    // the floor for 61 calls is 3 full minutes; the pacer is within 3 % of it
    expect(times.at(-1)).toBeLessThanOrEqual(180_000 * 1.031);
  });

  it("keeps methods and channels apart", () => {
    const pacer = new Pacer({ scale: 1, safety: 1, burst: 1 });
    expect(pacer.tryTake(["conversations.create"], 0)).toBe(0);
    expect(pacer.tryTake(["conversations.create"], 0)).toBe(3000);
    expect(pacer.tryTake(["conversations.invite"], 0)).toBe(0);
    expect(pacer.tryTake([paceKey("chat.postMessage", "C1")], 0)).toBe(0);
    expect(pacer.tryTake([paceKey("chat.postMessage", "C2")], 0)).toBe(0);
    expect(pacer.tryTake([paceKey("chat.postMessage", "C1")], 0)).toBe(1000);
    expect(pacer.intervalMs("views.publish")).toBe(600);
  });

  it("runs on a scaled clock and honours Retry-After", () => {
    const pacer = new Pacer({ scale: 60, safety: 1, burst: 1 });
    expect(pacer.intervalMs("conversations.create")).toBe(50);
    expect(pacer.tryTake(["conversations.invite"], 0)).toBe(0);
    pacer.backOff("conversations.invite", 5000);
    expect(pacer.tryTake(["conversations.invite"], 100)).toBe(4900);
    expect(pacer.tryTake(["conversations.invite"], 5000)).toBe(0);
  });

  it("takes all keys or none", () => {
    const pacer = new Pacer({ scale: 1, safety: 1, burst: 1 });
    expect(pacer.tryTake(["a.b"], 0)).toBe(0);
    expect(pacer.tryTake(["c.d", "a.b"], 0)).toBeGreaterThan(0);
    expect(pacer.tryTake(["c.d"], 0)).toBe(0);
  });

  it("allows a burst when configured", () => {
    const pacer = new Pacer({ scale: 1, safety: 1, burst: 3 });
    expect([0, 0, 0].map(() => pacer.tryTake(["conversations.create"], 0))).toEqual([0, 0, 0]);
    expect(pacer.tryTake(["conversations.create"], 0)).toBe(3000);
  });
});
