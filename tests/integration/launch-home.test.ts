import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planLaunch } from "../../src/services/launch";
import { seedLaunch } from "../helpers/launch-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";

const PM = "UPM0000001";

describe("launch status on the program managers' App Home", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.fake.addUser({ id: PM, firstName: "Petra" });
  });
  afterEach(async () => t.stop());

  it("shows how many launch steps are done, to managers only", async () => {
    const seed = seedLaunch(t.db, t.fake, { tandems: 2, waiting: 0 });
    planLaunch(t.db, seed.programId, new Date(), [PM]);
    t.deps.wakeOutbox();
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish", 15000);

    await t.slack.event({ type: "app_home_opened", user: PM, channel: "DPM0000001", tab: "home" });
    await t.fake.waitFor(() => t.fake.homes.has(PM), "the manager's home");
    const home = JSON.stringify(t.fake.homes.get(PM));
    expect(home).toContain("Launch of the tandems");
    expect(home).toMatch(/(\d+) of \1 steps done · 0 in progress · 0 failed/);

    const mentor = seed.mentors[0]?.userId ?? "";
    t.fake.homes.delete(mentor);
    await t.slack.event({ type: "app_home_opened", user: mentor, channel: "DMR0000001", tab: "home" });
    await t.fake.waitFor(() => t.fake.homes.has(mentor), "the mentor's home");
    expect(JSON.stringify(t.fake.homes.get(mentor))).not.toContain("Launch of the tandems");
  });
});
