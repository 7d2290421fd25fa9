import { afterEach, describe, expect, it } from "vitest";
import { scheduledSends } from "../../src/db/schema";
import { seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";

/**
 * Check-in period 1 of the seeded tandems (launched 2026-04-02, every 14 days) at 16:45 in Berlin:
 * each tandem's moment of that working day has come (check-ins are spread over the day).
 */
const DUE = "2026-04-16T14:45:00Z";
const TANDEMS = 60;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("stopping during a scheduler tick", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it("waits for the tick under way to record every due item, then stops the scheduler", async () => {
    t = await startTestApp({ now: DUE });
    const app = t;
    seedRhythm(app.db, app.fake, { tandems: TANDEMS });
    const recorded = () => app.db.select().from(scheduledSends).all().length;
    // a schedule that never comes round in this test: only the tick at start runs
    const scheduler = app.tandem.startScheduler("0 0 1 1 *");
    // the tick works in slices of 25 with a turn of the event loop between them: stop after the first
    while (recorded() === 0) await nextTurn();
    const atStop = recorded();
    await app.tandem.stop();
    expect(atStop).toBeLessThan(TANDEMS);
    expect(recorded()).toBe(TANDEMS);
    expect(scheduler.lastRun?.toISOString()).toBe("2026-04-16T14:45:00.000Z");
    // and the health check tells load balancers to stop sending
    expect(app.tandem.health().status).toBe("stopping");
  });
});
