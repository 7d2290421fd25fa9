import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app";

describe("Slack's retried event deliveries", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.fake.addUser({ id: "UEMP000001" });
  });
  afterEach(async () => t.stop());

  it("acts once per event_id, however often Slack re-delivers it", async () => {
    const event = {
      type: "app_home_opened",
      user: "UEMP000001",
      channel: "DEMP000001",
      tab: "home",
      event_ts: "1.1",
    };
    const first = await t.slack.event(event, { eventId: "Ev0RETRY01" });
    expect(first.status).toBe(200);
    await t.fake.waitForCall("views.publish");
    const second = await t.slack.event(event, { eventId: "Ev0RETRY01", retryNum: 1 });
    const third = await t.slack.event(event, { eventId: "Ev0RETRY01", retryNum: 2 });
    expect([second.status, third.status]).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.fake.callsTo("views.publish")).toHaveLength(1);

    await t.slack.event(event, { eventId: "Ev0OTHER01" });
    await t.fake.waitForCall("views.publish", 2);
  });
});
