import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { SlackRequests } from "../../sim/slack-requests";
import { createApp, type TandemApp } from "../../src/app";
import { type Config, loadConfig } from "../../src/config";
import { type Db, openDb } from "../../src/db/client";
import type { Clock, Deps } from "../../src/deps";
import { createLogger } from "../../src/logger";
import type { OutboxWorker } from "../../src/outbox/worker";

export const SIGNING_SECRET = "test-signing-secret";

export interface TestApp {
  fake: FakeSlack;
  slack: SlackRequests;
  deps: Deps;
  db: Db;
  tandem: TandemApp;
  /** the real outbox worker of the app (tandem.outbox) */
  outbox: OutboxWorker;
  config: Config;
  /** the app's own address, e.g. for GET /healthz */
  url: string;
  /** moves the injected clock */
  setNow(date: Date | string): void;
  stop(): Promise<void>;
}

export function testConfig(fake: FakeSlack, env: Record<string, string> = {}, dir?: string): Config {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: "0",
    DATABASE_PATH: join(dir ?? mkdtempSync(join(tmpdir(), "tandem-")), "test.db"),
    SLACK_API_URL: fake.apiUrl,
    PROGRAM_MANAGERS: "UPM0000001",
    DEFAULT_LANGUAGE: "en",
    LOG_LEVEL: "error",
    // Rate limits and retry waits a thousand times shorter, so launches finish within a test.
    OUTBOX_TIME_SCALE: "1000",
    ...env,
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.config;
}

/** Starts the real Bolt app over HTTP against a fresh fake Slack and a fresh migrated database. */
export async function startTestApp(
  opts: { env?: Record<string, string>; now?: Date | string } = {},
): Promise<TestApp> {
  const fake = await new FakeSlack().start();
  const dir = mkdtempSync(join(tmpdir(), "tandem-"));
  const config = testConfig(fake, opts.env, dir);
  // A copy of the run's migrated template: migrating from scratch costs ~90 ms per test.
  copyFileSync(inject("templateDb"), config.databasePath);
  const db = openDb(config.databasePath);
  let now: Date | undefined = opts.now ? new Date(opts.now) : undefined;
  const clock: Clock = () => (now ? new Date(now) : new Date());
  const deps: Deps = {
    config,
    db,
    clock,
    logger: createLogger(config.logLevel),
    wakeOutbox: () => tandem.outbox.wake(),
  };
  const tandem = createApp(deps);
  const { port } = await tandem.start();
  const slack = new SlackRequests(`http://127.0.0.1:${port}`, SIGNING_SECRET, fake.url);
  return {
    fake,
    slack,
    deps,
    db,
    tandem,
    outbox: tandem.outbox,
    config,
    url: `http://127.0.0.1:${port}`,
    setNow(date) {
      now = new Date(date);
    },
    async stop() {
      // fake.stop() throws when Slack would have refused a call: clean up first, whatever happens.
      try {
        await tandem.stop();
      } finally {
        try {
          await fake.stop();
        } finally {
          db.$client.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  };
}
