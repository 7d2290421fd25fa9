import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { loadConfig } from "../../src/config";
import { type Db, openDb } from "../../src/db/client";
import { scheduledSends, slackOps } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import { deferToTraffic, MAX_DEFER_MS, MAX_DEFER_PER_TICK_MS, runDueWork } from "../../src/jobs/scheduler";
import { createLogger } from "../../src/logger";
import { MANAGER, seedRhythm } from "../helpers/rhythm-seed";

/** Check-in period 1 of tandems launched 2026-04-02 (cadence 14 days): 16:45 in Berlin, when every tandem's moment of the day has come. */
const DUE = new Date("2026-04-16T14:45:00Z");
const TANDEMS = 7;

function makeDeps(db: Db): Deps {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "secret",
    DATABASE_PATH: ":memory:",
    PROGRAM_MANAGERS: MANAGER,
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return { config: result.config, db, clock: () => DUE, logger: createLogger("error"), wakeOutbox: () => {} };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("a due tick in slices", () => {
  let db: Db;
  let deps: Deps;
  let keys: string[];

  beforeEach(() => {
    db = openDb(":memory:");
    deps = makeDeps(db);
    keys = seedRhythm(db, new FakeSlack(), { tandems: TANDEMS })
      .tandems.map((t) => `checkin:t${t.id}:p1`)
      .sort();
  });
  afterEach(() => db.$client.close());

  const recorded = () =>
    db
      .select()
      .from(scheduledSends)
      .all()
      .map((s) => s.key)
      .sort();
  const opKeys = () =>
    db
      .select()
      .from(slackOps)
      .all()
      .map((o) => o.key)
      .sort();

  it("lets the event loop run between slices", async () => {
    const order: string[] = [];
    setImmediate(() => order.push("timer"));
    const result = await runDueWork(deps, DUE, { sliceSize: 2 });
    order.push("tick");
    expect(order).toEqual(["timer", "tick"]);
    expect(result.sent).toEqual(keys);
    expect(opKeys()).toEqual(keys);
  });

  it("does not yield when the tick fits in one slice", async () => {
    const order: string[] = [];
    setImmediate(() => order.push("timer"));
    const result = await runDueWork(deps, DUE, { sliceSize: 100 });
    order.push("tick");
    await nextTurn();
    expect(order).toEqual(["tick", "timer"]);
    expect(result.sent).toEqual(keys);
  });

  it("keeps what earlier slices recorded when it crashes between slices; a re-run records the rest once", async () => {
    let pauses = 0;
    const crashOnSecond = async () => {
      pauses++;
      if (pauses === 2) throw new Error("crash between slices");
      await nextTurn();
    };
    await expect(runDueWork(deps, DUE, { sliceSize: 2, pause: crashOnSecond })).rejects.toThrow(
      "crash between slices",
    );
    // two slices of two tandems were recorded, each item with its op, nothing of the third slice
    const before = recorded();
    expect(before).toHaveLength(4);
    expect(opKeys()).toEqual(before);

    // the restart: new deps, only the database carries over
    const rerun = await runDueWork(makeDeps(db), DUE, { sliceSize: 2 });
    expect(rerun.sent).toEqual(keys.filter((k) => !before.includes(k)));
    expect(recorded()).toEqual(keys);
    expect(opKeys()).toEqual(keys);
    expect((await runDueWork(makeDeps(db), DUE, { sliceSize: 2 })).sent).toEqual([]);
  });

  it("rolls back only the item that failed within a slice; it stays due", async () => {
    const broken = keys[3] ?? "";
    db.$client.exec(
      `CREATE TRIGGER boom BEFORE INSERT ON slack_ops WHEN NEW.key = '${broken}' BEGIN SELECT RAISE(ABORT, 'boom'); END`,
    );
    const first = await runDueWork(deps, DUE, { sliceSize: 2 });
    expect(first.failed).toEqual([broken]);
    expect(first.sent).toEqual(keys.filter((k) => k !== broken));
    expect(recorded()).toEqual(first.sent);
    expect(opKeys()).toEqual(first.sent);

    db.$client.exec("DROP TRIGGER boom");
    expect((await runDueWork(deps, DUE, { sliceSize: 2 })).sent).toEqual([broken]);
    expect(recorded()).toEqual(keys);
    expect(opKeys()).toEqual(keys);
  });

  it("defers its next slice while the app has other work, and runs one anyway after MAX_DEFER_MS", async () => {
    const slices: number[] = [];
    const busyDeps: Deps = { ...deps, wakeOutbox: () => slices.push(performance.now()) };
    // requests being answered: turns of the event loop that each take 3 ms, until the tick is done
    let turns = 0;
    let ticking = true;
    const busy = () => {
      const end = performance.now() + 3;
      while (performance.now() < end) {}
      turns++;
      if (ticking) setImmediate(busy);
    };
    setImmediate(busy);
    const result = await runDueWork(busyDeps, DUE, { sliceSize: 2 });
    ticking = false;
    expect(result.sent).toEqual(keys);
    // four slices: the first at once, each later one after the traffic had the loop for MAX_DEFER_MS
    expect(slices).toHaveLength(4);
    for (let i = 1; i < slices.length; i++) {
      expect((slices[i] ?? 0) - (slices[i - 1] ?? 0)).toBeGreaterThanOrEqual(MAX_DEFER_MS * 0.9);
    }
    // the traffic kept the loop through each deferral (a few turns each on a loaded machine)
    expect(turns).toBeGreaterThanOrEqual(slices.length * 2);
    // with nothing else to do, the next slice follows at the next turn: 20 pauses take far less than
    // 20 deferrals (a loaded machine can make a turn look busy now and then)
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pause = deferToTraffic();
    const quiet = performance.now();
    for (let i = 0; i < 20; i++) await pause();
    expect(performance.now() - quiet).toBeLessThan(5 * MAX_DEFER_MS);
  });

  it("stops deferring once a tick has deferred MAX_DEFER_PER_TICK_MS in all", async () => {
    let ticking = true;
    const busy = () => {
      const end = performance.now() + 3;
      while (performance.now() < end) {}
      if (ticking) setImmediate(busy);
    };
    setImmediate(busy);
    const pause = deferToTraffic();
    const started = performance.now();
    const rounds = Math.ceil(MAX_DEFER_PER_TICK_MS / MAX_DEFER_MS) + 20;
    for (let i = 0; i < rounds; i++) await pause();
    const spent = performance.now() - started;
    ticking = false;
    // the budget, then 20 pauses of a turn each (a few ms with the busy turns), not 20 × 50 ms more
    expect(spent).toBeGreaterThanOrEqual(MAX_DEFER_PER_TICK_MS * 0.95);
    expect(spent).toBeLessThan(MAX_DEFER_PER_TICK_MS + 20 * MAX_DEFER_MS * 0.6);
  });
});
