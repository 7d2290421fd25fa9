import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("lists every problem, one line each, with where to get the value", () => {
    const result = loadConfig({ PORT: "abc", DEFAULT_LANGUAGE: "fr", PROGRAM_MANAGERS: "U0123ABC, nope" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join("\n");
    expect(text).toMatch(/SLACK_BOT_TOKEN is missing .*OAuth & Permissions/);
    expect(text).toMatch(/SLACK_SIGNING_SECRET is missing/);
    expect(text).toMatch(/PORT must be a whole number/);
    expect(text).toMatch(/DEFAULT_LANGUAGE must be de or en/);
    expect(text).toMatch(/PROGRAM_MANAGERS each entry must be a Slack user ID/);
  });

  it("never prints secret values", () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: "xoxp-secret-value-123",
      SLACK_APP_TOKEN: "bad-app-token-456",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join("\n");
    expect(text).not.toContain("secret-value-123");
    expect(text).not.toContain("bad-app-token-456");
    expect(text).toMatch(/SLACK_BOT_TOKEN must start with xoxb-/);
  });

  it("applies defaults and parses the manager list", () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s",
      PROGRAM_MANAGERS: " U0123ABC ,U0456DEF,",
      SLACK_API_URL: "",
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 3000,
        databasePath: "./data/tandem.db",
        programManagers: ["U0123ABC", "U0456DEF"],
        defaultLanguage: "en",
        slackApiUrl: undefined,
        slackAppToken: undefined,
      },
    });
  });

  it("accepts Socket Mode without a signing secret", () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-abc" });
    expect(result.ok).toBe(true);
  });

  it("reads the test-only crash hook, and refuses a malformed one", () => {
    const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };
    expect(loadConfig(base)).toMatchObject({ ok: true, config: { outboxCrashAt: undefined } });
    expect(loadConfig({ ...base, OUTBOX_CRASH_AT: "after-accept:3" })).toMatchObject({
      ok: true,
      config: { outboxCrashAt: { point: "after-accept", nth: 3 } },
    });
    const bad = loadConfig({ ...base, OUTBOX_CRASH_AT: "sometime" });
    expect(bad.ok).toBe(false);
  });
});
