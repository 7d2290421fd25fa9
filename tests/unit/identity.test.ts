import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { checkBotIdentity } from "../../src/slack/identity";
import { testConfig } from "../helpers/test-app";

describe("checkBotIdentity", () => {
  const fake = new FakeSlack();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => fake.stop());

  it("returns the bot's ids from auth.test", async () => {
    const result = await checkBotIdentity(testConfig(fake));
    expect(result).toEqual({ ok: true, identity: { botId: "BBOT0001", botUserId: fake.botUserId } });
  });

  it("says in one sentence that Slack rejected the token, without printing it", async () => {
    fake.on("auth.test", () => ({ ok: false, error: "invalid_auth" }));
    const result = await checkBotIdentity(testConfig(fake, { SLACK_BOT_TOKEN: "xoxb-secret-123" }));
    fake.overrides.delete("auth.test");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/^Slack rejected SLACK_BOT_TOKEN \(invalid_auth\): .*OAuth & Permissions/);
    expect(result.problem).not.toContain("secret-123");
  });

  it("says when Slack cannot be reached", async () => {
    const result = await checkBotIdentity(testConfig(fake, { SLACK_API_URL: "http://127.0.0.1:9/api/" }));
    expect(result).toEqual({
      ok: false,
      problem:
        "Cannot reach Slack at http://127.0.0.1:9/api/: check the network connection and SLACK_API_URL",
    });
  }, 20_000);
});
