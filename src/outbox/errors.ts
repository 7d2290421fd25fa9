import { ErrorCode } from "@slack/web-api";
import { platformErrorCode } from "../slack/errors";

/** How a failed call continues: later after Retry-After, later with back-off, or not at all. */
export type Failure =
  | { type: "rate_limited"; retryAfterSec: number; detail: string }
  | { type: "transient"; detail: string }
  | { type: "permanent"; code: string; detail: string };

/** Slack errors that say "try again later", not "this can never work". */
const TRANSIENT_PLATFORM = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "ratelimited",
  "rate_limited",
  "team_added_to_org",
]);

/** A permanent failure raised by the outbox itself (a per-user invite error, an unresolved ref). */
export class OutboxError extends Error {
  constructor(
    readonly code: string,
    readonly detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "OutboxError";
  }
}

function field(error: object, name: string): unknown {
  return (error as Record<string, unknown>)[name];
}

export { platformErrorCode };

/** Reads the errors[] that conversations.invite attaches when several users were invited. */
export function perUserErrors(error: unknown): { user: string; error: string }[] {
  if (typeof error !== "object" || error === null) return [];
  const data = field(error, "data");
  const list = typeof data === "object" && data !== null ? field(data, "errors") : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: unknown) => {
    if (typeof e !== "object" || e === null) return [];
    const user = field(e, "user");
    const code = field(e, "error");
    return typeof user === "string" && typeof code === "string" ? [{ user, error: code }] : [];
  });
}

export function classify(error: unknown): Failure {
  if (error instanceof OutboxError) return { type: "permanent", code: error.code, detail: error.message };
  if (typeof error === "object" && error !== null) {
    const code = field(error, "code");
    if (code === ErrorCode.RateLimitedError) {
      const retryAfter = Number(field(error, "retryAfter"));
      return {
        type: "rate_limited",
        retryAfterSec: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 1,
        detail: `rate limited (Retry-After ${retryAfter}s)`,
      };
    }
    if (code === ErrorCode.PlatformError) {
      const slackCode = platformErrorCode(error) ?? "unknown_error";
      return TRANSIENT_PLATFORM.has(slackCode)
        ? { type: "transient", detail: slackCode }
        : { type: "permanent", code: slackCode, detail: slackCode };
    }
    if (code === ErrorCode.HTTPError) {
      const status = Number(field(error, "statusCode"));
      return status >= 500 || status === 408
        ? { type: "transient", detail: `HTTP ${status}` }
        : { type: "permanent", code: `http_${status}`, detail: `HTTP ${status}` };
    }
    if (code === ErrorCode.RequestError) {
      return { type: "transient", detail: `network: ${String(field(error, "message"))}` };
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { type: "permanent", code: "app_error", detail: message };
}
