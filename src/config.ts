import { hostname } from "node:os";
import { z } from "zod";

export type Language = "de" | "en";

const userIdList = z
  .string()
  .optional()
  .transform((raw) =>
    (raw ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  )
  .pipe(
    z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, "each entry must be a Slack user ID such as U012ABCDEF")),
  );

const schema = z.object({
  SLACK_BOT_TOKEN: z.string({ error: "is missing" }).regex(/^xoxb-/, "must start with xoxb-"),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, "must start with xapp-")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number({ error: "must be a whole number" }).int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("./data/tandem.db"),
  SLACK_API_URL: z
    .url({ error: "must be a URL such as https://slack.com/api/" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PROGRAM_MANAGERS: userIdList,
  DEFAULT_LANGUAGE: z.enum(["de", "en"], { error: "must be de or en" }).default("en"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  OUTBOX_TIME_SCALE: z.coerce
    .number({ error: "must be a number" })
    .min(1, "must be at least 1")
    .max(10000, "must be at most 10000")
    .default(1),
  INSTANCE_ID: z
    .string()
    .regex(/^[\w.:@/-]{1,100}$/, "must be up to 100 letters, digits or . : @ / - _")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  OUTBOX_LEASE_SECONDS: z.coerce
    .number({ error: "must be a number" })
    .min(1, "must be at least 1")
    .max(3600, "must be at most 3600")
    .default(60),
  OUTBOX_CRASH_AT: z
    .string()
    .regex(/^(before-call|after-accept|after-record):[1-9][0-9]*$/, "must look like after-accept:3")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

/** Where the test-only crash hook kills the process around a post (OUTBOX_CRASH_AT). */
export type CrashPoint = "before-call" | "after-accept" | "after-record";

export interface Config {
  slackBotToken: string;
  slackSigningSecret: string | undefined;
  slackAppToken: string | undefined;
  port: number;
  databasePath: string;
  slackApiUrl: string | undefined;
  programManagers: string[];
  defaultLanguage: Language;
  logLevel: "debug" | "info" | "warn" | "error";
  /**
   * Speeds up the outbox's clock: rate limits, Retry-After and back-off waits are divided by it.
   * 1 in production; tests and benchmarks run a launch on a scaled clock (60 = a minute per second).
   */
  outboxTimeScale: number;
  /**
   * Test only: the outbox kills its own process with SIGKILL at this point of its nth post, so the
   * crash test can hit the residual window deterministically. Never set in production.
   */
  outboxCrashAt: { point: CrashPoint; nth: number } | undefined;
  /**
   * Names this instance in the outbox's leases. A restarted instance takes its own interrupted
   * work back at once; another instance's only when its lease has expired. Default: the host name
   * and the port (or "socket"), so several instances on one host each need their own port or id.
   */
  instanceId: string;
  /** How long an outbox operation stays claimed by an instance that stopped renewing it. */
  outboxLeaseMs: number;
}

const WHERE: Record<string, string> = {
  SLACK_BOT_TOKEN: "api.slack.com/apps → your app → OAuth & Permissions → Bot User OAuth Token",
  SLACK_SIGNING_SECRET:
    "api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret",
  SLACK_APP_TOKEN:
    "api.slack.com/apps → your app → Basic Information → App-Level Tokens (scope connections:write)",
  PORT: "any free TCP port, e.g. 3000",
  DATABASE_PATH: "a writable file path, e.g. ./data/tandem.db",
  SLACK_API_URL: "leave empty unless you use a proxy or a test server",
  PROGRAM_MANAGERS: "Slack user IDs: profile → ⋮ → Copy member ID",
  DEFAULT_LANGUAGE: "de or en",
  LOG_LEVEL: "debug, info, warn or error",
  OUTBOX_TIME_SCALE: "leave empty (1) in production; a larger number only speeds up tests",
  INSTANCE_ID: "leave empty unless several instances share a host and a port (e.g. tandem-1)",
  OUTBOX_LEASE_SECONDS: "leave empty (60)",
  OUTBOX_CRASH_AT: "leave empty; test only (e.g. after-accept:3 kills the process after its 3rd post)",
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** The only reader of environment variables. Problems never echo the values (they may be secrets). */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = schema.safeParse(env);
  const issues: { key: string; message: string }[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        key: String(issue.path[0] ?? "configuration"),
        message: issue.message,
      }));
  if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    issues.push({
      key: "SLACK_SIGNING_SECRET",
      message: "is missing (needed in HTTP mode; or set SLACK_APP_TOKEN for Socket Mode)",
    });
  }
  if (!parsed.success || issues.length > 0) {
    const problems = issues.map(({ key, message }) => {
      const where = WHERE[key];
      return `${key} ${message}${where ? ` (get it from: ${where})` : ""}`;
    });
    return { ok: false, problems: [...new Set(problems)] };
  }
  const v = parsed.data;
  return {
    ok: true,
    config: {
      slackBotToken: v.SLACK_BOT_TOKEN,
      slackSigningSecret: v.SLACK_SIGNING_SECRET,
      slackAppToken: v.SLACK_APP_TOKEN,
      port: v.PORT,
      databasePath: v.DATABASE_PATH,
      slackApiUrl: v.SLACK_API_URL,
      programManagers: v.PROGRAM_MANAGERS,
      defaultLanguage: v.DEFAULT_LANGUAGE,
      logLevel: v.LOG_LEVEL,
      outboxTimeScale: v.OUTBOX_TIME_SCALE,
      outboxCrashAt: parseCrashAt(v.OUTBOX_CRASH_AT),
      instanceId: v.INSTANCE_ID ?? `${hostname()}:${v.SLACK_APP_TOKEN ? "socket" : v.PORT}`,
      outboxLeaseMs: v.OUTBOX_LEASE_SECONDS * 1000,
    },
  };
}

function parseCrashAt(raw: string | undefined): Config["outboxCrashAt"] {
  const [point, nth] = raw?.split(":") ?? [];
  if (point !== "before-call" && point !== "after-accept" && point !== "after-record") return undefined;
  return { point, nth: Number(nth) };
}
