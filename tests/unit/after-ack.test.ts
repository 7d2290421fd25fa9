import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createIdleGc } from "../../src/jobs/idleGc";
import { AfterAckQueue } from "../../src/listeners/afterAck";

/** A job that records when it started and finishes when told. */
function gate() {
  let open: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { done, open };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe("work after an acknowledgement", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // with fake timers there is no I/O to wait for: the queue looks again at once
  const options = {
    concurrency: 2,
    quietMs: 15,
    maxWaitMs: 600,
    now: () => Date.now(),
    afterIo: (fn: () => void) => fn(),
  };

  it("starts once requests stop arriving, a few at a time", async () => {
    const queue = new AfterAckQueue(options, () => {});
    const started: number[] = [];
    const gates = [gate(), gate(), gate()];
    queue.arrived();
    for (const [i, g] of gates.entries())
      queue.run(`U${i}`, async () => {
        started.push(i);
        await g.done;
      });
    // a burst goes on: every 10 ms another request
    for (let i = 0; i < 5; i++) {
      await advance(10);
      queue.arrived();
    }
    expect(started).toEqual([]);
    await advance(15);
    expect(started).toEqual([0, 1]);
    expect(queue.size).toEqual({ waiting: 1, running: 2 });
    gates[0]?.open();
    await advance(0);
    expect(started).toEqual([0, 1, 2]);
  });

  it("works through one person's requests in order, others' beside them", async () => {
    const queue = new AfterAckQueue(options, () => {});
    const log: string[] = [];
    const first = gate();
    queue.run("UA", async () => {
      log.push("A1 start");
      await first.done;
      log.push("A1 end");
    });
    queue.run("UA", async () => {
      log.push("A2");
    });
    queue.run("UB", async () => {
      log.push("B1");
    });
    await advance(0);
    expect(log).toEqual(["A1 start", "B1"]);
    first.open();
    await advance(0);
    expect(log).toEqual(["A1 start", "B1", "A1 end", "A2"]);
  });

  it("never waits longer than maxWaitMs, however busy it is", async () => {
    const queue = new AfterAckQueue(options, () => {});
    let startedAt: number | undefined;
    const t0 = Date.now();
    queue.arrived();
    queue.run("U1", async () => {
      startedAt = Date.now() - t0;
    });
    for (let i = 0; i < 200 && startedAt === undefined; i++) {
      queue.arrived();
      await advance(5);
    }
    expect(startedAt).toBeGreaterThanOrEqual(600);
    expect(startedAt).toBeLessThanOrEqual(605);
  });

  it("a lone request's work waits only quietMs", async () => {
    const queue = new AfterAckQueue(options, () => {});
    let ran = false;
    queue.arrived();
    queue.run("U1", async () => {
      ran = true;
    });
    await advance(14);
    expect(ran).toBe(false);
    await advance(1);
    expect(ran).toBe(true);
  });

  it("reports errors, keeps going, and drains, telling how many jobs finished", async () => {
    const errors: unknown[] = [];
    const idle: number[] = [];
    const queue = new AfterAckQueue({ ...options, onIdle: (jobs) => idle.push(jobs) }, (e) => errors.push(e));
    let ok = 0;
    queue.run("U1", async () => {
      throw new Error("boom");
    });
    for (let i = 0; i < 3; i++)
      queue.run("U1", async () => {
        ok += 1;
      });
    const drained = queue.drain(1000);
    await advance(20);
    expect(await drained).toBe(true);
    expect(ok).toBe(3);
    expect(errors).toHaveLength(1);
    expect(idle).toEqual([4]);
    expect(queue.isQuiet()).toBe(true);
    queue.arrived();
    expect(queue.isQuiet()).toBe(false);
  });

  it("drain gives up after its timeout while work still runs", async () => {
    const queue = new AfterAckQueue(options, () => {});
    const g = gate();
    queue.run("U1", () => g.done);
    const drained = queue.drain(100);
    await advance(100);
    expect(await drained).toBe(false);
    g.open();
    await advance(0);
    expect(await queue.drain(0)).toBe(true);
  });
});

describe("garbage collection in idle time", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("collects once the app stays idle after a burst's work, not after a lone request", async () => {
    let collected = 0;
    let idle = true;
    const gc = createIdleGc({ gc: () => collected++, isIdle: () => idle, delayMs: 50, minJobs: 20 });
    gc.idle(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(collected).toBe(0);
    gc.idle(199);
    await vi.advanceTimersByTimeAsync(49);
    expect(collected).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(collected).toBe(1);
    // busy again when the timer fires: no collection now, the next idle moment tries again
    gc.idle(30);
    idle = false;
    await vi.advanceTimersByTimeAsync(50);
    expect(collected).toBe(1);
    idle = true;
    gc.idle(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(collected).toBe(2);
    expect(gc.collections).toBe(2);
  });

  it("does nothing without an exposed collector", async () => {
    const gc = createIdleGc({ gc: undefined, isIdle: () => true });
    gc.idle(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(gc.collections).toBe(0);
  });
});
