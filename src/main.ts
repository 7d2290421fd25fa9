import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { config as loadDotenv } from "dotenv";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { openDb } from "./db/client";
import type { Deps } from "./deps";
import { createLogger } from "./logger";
import { checkBotIdentity } from "./slack/identity";

/**
 * The Web API client talks through fetch, whose HTTP parser (undici's llhttp) is WebAssembly. V8
 * compiles it at once with its baseline compiler, then again in the background with TurboFan; that
 * second compile holds about 35 MB for a moment, a third of the app's memory, for no gain we could
 * measure at Slack's response sizes. Before anything calls fetch: baseline code only.
 */
setFlagsFromString("--liftoff-only");

/** Below Docker's 10 s between SIGTERM and SIGKILL: requests get 8 s (DRAIN_MS), the rest closes. */
const SHUTDOWN_LIMIT_MS = 9500;

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
  };
  const tandem = createApp(deps, who.identity);
  const { port } = await tandem.start();
  tandem.startScheduler();
  logger.info(
    port === undefined
      ? "Tandem is running in Socket Mode"
      : `Tandem is listening on port ${port} (POST /slack/events, GET /healthz)`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing the work under way, then stopping`);
    // Past this, something hangs (e.g. a Slack call that does not answer): the outbox resumes it at the next start.
    setTimeout(() => {
      logger.error("Shutdown took too long; stopping anyway");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    let code = 0;
    try {
      await tandem.stop();
      logger.info("Stopped cleanly");
    } catch (error) {
      logger.error("Shutdown failed", error);
      code = 1;
    } finally {
      db.$client.close();
    }
    process.exit(code);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("Tandem failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
