import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from "@slack/web-api";
import { describe, expect, it } from "vitest";
import { classify, OutboxError, perUserErrors } from "../../src/outbox/errors";
import { fillPlaceholders } from "../../src/outbox/placeholders";
import { withSuffix } from "../../src/slack/channelNames";

const platform = (error: string, extra: Record<string, unknown> = {}) =>
  new WebAPIPlatformError({ ok: false, error, ...extra });

describe("classify", () => {
  it("reschedules 429s after Retry-After", () => {
    expect(classify(new WebAPIRateLimitedError(7))).toMatchObject({ type: "rate_limited", retryAfterSec: 7 });
  });

  it("retries server errors, network errors and Slack's own hiccups", () => {
    expect(classify(new WebAPIHTTPError(503, "Service Unavailable", {}, ""))).toMatchObject({
      type: "transient",
    });
    expect(classify(new WebAPIRequestError(new Error("ECONNRESET")))).toMatchObject({ type: "transient" });
    expect(classify(platform("internal_error"))).toMatchObject({ type: "transient" });
    expect(classify(platform("fatal_error"))).toMatchObject({ type: "transient" });
  });

  it("ends permanent errors with their code", () => {
    for (const code of [
      "user_not_found",
      "user_is_inactive",
      "is_archived",
      "channel_not_found",
      "not_in_channel",
    ]) {
      expect(classify(platform(code))).toEqual({ type: "permanent", code, detail: code });
    }
    expect(classify(new WebAPIHTTPError(400, "Bad Request", {}, ""))).toMatchObject({
      type: "permanent",
      code: "http_400",
    });
    expect(classify(new OutboxError("user_is_inactive", "U1,U2"))).toEqual({
      type: "permanent",
      code: "user_is_inactive",
      detail: "user_is_inactive: U1,U2",
    });
    expect(classify(new TypeError("boom"))).toMatchObject({ type: "permanent", code: "app_error" });
  });

  it("reads the per-user errors of conversations.invite", () => {
    const error = platform("already_in_channel", {
      errors: [
        { user: "U1", ok: false, error: "already_in_channel" },
        { user: "U2", ok: false, error: "user_is_inactive" },
      ],
    });
    expect(perUserErrors(error)).toEqual([
      { user: "U1", error: "already_in_channel" },
      { user: "U2", error: "user_is_inactive" },
    ]);
  });
});

describe("outbox helpers", () => {
  it("fills placeholders in every string, leaving escaped text alone", () => {
    const args = {
      channel: "<%channel%>",
      text: "see <#<%channel%>> &lt;%channel%&gt;",
      blocks: [{ t: "<%x%>" }],
    };
    expect(fillPlaceholders(args, { channel: "C1" })).toEqual({
      channel: "C1",
      text: "see <#C1> &lt;%channel%&gt;",
      blocks: [{ t: "<%x%>" }],
    });
  });

  it("suffixes names within 80 characters", () => {
    expect(withSuffix("tandem-anna-bernd", 1)).toBe("tandem-anna-bernd");
    expect(withSuffix("tandem-anna-bernd", 2)).toBe("tandem-anna-bernd-2");
    const long = "x".repeat(80);
    expect(withSuffix(long, 12)).toHaveLength(80);
    expect(withSuffix(long, 12).endsWith("-12")).toBe(true);
  });
});
