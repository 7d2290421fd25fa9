import { existsSync } from "node:fs";
import { config as loadDotenv } from "dotenv";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { openDb } from "./db/client";
import type { Deps } from "./deps";
import { startScheduler } from "./jobs/scheduler";
import { createLogger } from "./logger";
import { checkBotIdentity } from "./slack/identity";

async function main(): Promise<void> {
  if (existsSync(".env")) loadDotenv({ path: ".env", quiet: true });
  const result = loadConfig(process.env);
  if (!result.ok) {
    console.error("Tandem cannot start: the configuration is incomplete.");
    for (const problem of result.problems) console.error(`  - ${problem}`);
    console.error(
      existsSync(".env")
        ? "Fix these in .env (see .env.example and README.md → Configuration)."
        : "Copy .env.example to .env and fill it in (README.md → Configuration explains each value).",
    );
    process.exit(1);
  }
  const config = result.config;
  const logger = createLogger(config.logLevel);
  const who = await checkBotIdentity(config);
  if (!who.ok) {
    console.error(`Tandem cannot start: ${who.problem}.`);
    process.exit(1);
  }
  const db = openDb(config.databasePath);
  const deps: Deps = {
    config,
    db,
    clock: () => new Date(),
    logger,
    // The worker is created with the app below; until it runs, a wake-up has nothing to do.
    wakeOutbox: () => tandem.outbox.wake(),
    // app_uninstalled / tokens_revoked: the app stops the outbox, this the scheduler.
    haltWorkers: () => scheduler.stop(),
  };
  const tandem = createApp(deps, who.identity);
  const { port } = await tandem.start();
  const scheduler = startScheduler(deps);
  logger.info(
    port === undefined
      ? "Tandem is running in Socket Mode"
      : `Tandem is listening on port ${port} (POST /slack/events)`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    try {
      await scheduler.stop();
      await tandem.stop();
    } finally {
      db.$client.close();
      process.exit(0);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("Tandem failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
