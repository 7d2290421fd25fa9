import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/test-app";

describe("/mentoring help", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.fake.addUser({ id: "UPM0000001", locale: "en-US" });
    t.fake.addUser({ id: "UEMP000001", locale: "de-DE" });
  });
  afterEach(async () => t.stop());

  it("answers privately, with manager commands only for managers", async () => {
    const res = await t.slack.command("UPM0000001", "");
    expect(res.status).toBe(200);
    await t.fake.waitForCall("response_url");
    const reply = t.fake.responses()[0];
    expect(reply?.response_type).toBe("ephemeral");
    expect(JSON.stringify(reply?.blocks)).toContain("/mentoring program");

    await t.slack.command("UEMP000001", "help");
    await t.fake.waitForCall("response_url", 2);
    const de = t.fake.responses()[1];
    expect(JSON.stringify(de?.blocks)).toContain("anmelden");
    expect(JSON.stringify(de?.blocks)).not.toContain("/mentoring program");
  });

  it("says when a subcommand is unknown, and escapes what was typed", async () => {
    await t.slack.command("UEMP000001", "<!channel> dance");
    await t.fake.waitForCall("response_url");
    const text = JSON.stringify(t.fake.responses()[0]?.blocks);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).not.toContain("<!channel>");
  });

  it("rejects unsigned requests", async () => {
    const res = await t.slack.post(
      "command=%2Fmentoring&text=",
      "application/x-www-form-urlencoded",
      {},
      {
        secret: "wrong",
      },
    );
    expect(res.status).toBe(401);
  });
});
