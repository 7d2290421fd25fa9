import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limitFor, Pacer, paceKey } from "../../src/outbox/pacer";

/** Admits calls as fast as the pacer allows, each one `late(i)` ms after it could have gone. */
function admit(pacer: Pacer, key: string, count: number, late: (i: number) => number = () => 0): number[] {
  const times: number[] = [];
  let now = 0;
  while (times.length < count) {
    const wait = pacer.tryTake([key], now);
    if (wait === 0) {
      times.push(now);
      now += late(times.length);
    } else now += wait;
  }
  return times;
}

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let i = 0; i < times.length; i++) {
    const start = times[i] ?? 0;
    max = Math.max(max, times.filter((t) => t >= start && t < start + windowMs).length);
  }
  return max;
}

describe("Pacer", () => {
  it("admits a tier's calls per minute and no more, close to the floor", () => {
    const pacer = new Pacer({ scale: 1, safety: 1.04, lateness: 0.5 });
    expect(limitFor("conversations.create").limit).toBe(20);
    const times = admit(pacer, "conversations.create", 101);
    expect(maxInWindow(times, 60_000)).toBe(20);
    // evenly spaced: the floor for 101 calls is 5 minutes; the pacer is within its 4 % margin of it
    expect(times[1]).toBeCloseTo(3120, 0);
    expect(times.at(-1)).toBeCloseTo(5 * 62_400, 0);
  });

  it("keeps methods and channels apart", () => {
    const pacer = new Pacer({ scale: 1, safety: 1, lateness: 0 });
    expect(pacer.tryTake(["conversations.create"], 0)).toBe(0);
    expect(pacer.tryTake(["conversations.create"], 0)).toBe(3000);
    expect(pacer.tryTake(["conversations.invite"], 0)).toBe(0);
    expect(pacer.tryTake([paceKey("chat.postMessage", "C1")], 0)).toBe(0);
    expect(pacer.tryTake([paceKey("chat.postMessage", "C2")], 0)).toBe(0);
    expect(pacer.tryTake([paceKey("chat.postMessage", "C1")], 0)).toBe(1000);
  });

  it("runs on a scaled clock and honours Retry-After", () => {
    const pacer = new Pacer({ scale: 60, safety: 1, lateness: 0 });
    expect(pacer.windowMs("conversations.create")).toBe(1000);
    expect(pacer.tryTake(["conversations.invite"], 0)).toBe(0);
    pacer.backOff("conversations.invite", 5000);
    expect(pacer.tryTake(["conversations.invite"], 100)).toBe(4900);
    expect(pacer.tryTake(["conversations.invite"], 5000)).toBe(0);
  });

  it("takes all keys or none", () => {
    const pacer = new Pacer({ scale: 1, safety: 1, lateness: 0 });
    expect(pacer.tryTake([paceKey("chat.postMessage", "C1")], 0)).toBe(0);
    expect(pacer.tryTake(["pins.add", paceKey("chat.postMessage", "C1")], 0)).toBeGreaterThan(0);
    expect(pacer.tryTake(["pins.add"], 0)).toBe(0);
  });

  it("lets a call follow sooner after a late one, never exceeding a sliding minute", () => {
    const pacer = new Pacer({ scale: 1, safety: 1, lateness: 0.5 });
    expect(pacer.tryTake(["conversations.create"], 0)).toBe(0);
    expect(pacer.tryTake(["conversations.create"], 4000)).toBe(0);
    expect(pacer.tryTake(["conversations.create"], 4000)).toBe(2000);
  });

  it("never exceeds a sliding minute, however late the calls go out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 60, maxLength: 60 }),
        (lateness) => {
          const pacer = new Pacer({ scale: 1, safety: 1.04, lateness: 0.5 });
          const times = admit(pacer, "conversations.invite", 120, (i) => lateness[i % 60] ?? 0);
          expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(50);
        },
      ),
    );
  });
});
