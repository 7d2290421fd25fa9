/**
 * The app side of the scheduler benchmark's burst, in its own process:
 *   tsx bench/scheduler-server.ts <slackApiUrl> <dbPath>
 * Prints "PORT <n>" when listening; on "tick <ISO instant>" from stdin runs a scheduler tick at that
 * instant and prints "TICKED <ms> <items sent>". BENCH_PAUSE=turn makes the slices follow at the next
 * turn of the event loop instead of deferring to traffic (the tick before deferToTraffic).
 *
 * The outbox is stopped: it would post the tick's check-ins to the fake Slack, which runs in the
 * measuring process, while the burst is measured (and the rounds delete what the tick recorded), so
 * the burst would measure the fake's work and a race with the deletes rather than the app's.
 */
import { createInterface } from "node:readline";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { openDb } from "../src/db/client";
import { runDueWork } from "../src/jobs/scheduler";
import { createLogger } from "../src/logger";

const [apiUrl, dbPath] = process.argv.slice(2);
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

async function main(): Promise<void> {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: "bench-signing-secret",
    PORT: "0",
    DATABASE_PATH: dbPath ?? "",
    SLACK_API_URL: apiUrl ?? "",
    PROGRAM_MANAGERS: "UPM0000001",
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("; "));
  const deps = {
    config: result.config,
    db: openDb(result.config.databasePath),
    clock: () => new Date(),
    logger: createLogger("error"),
    // the outbox is not part of this measurement: what the tick hands it stays queued
    wakeOutbox: () => {},
  };
  const app = createApp(deps);
  const { port } = await app.start();
  await app.outbox.stop();
  process.on("SIGTERM", () => process.exit(0));
  process.stdout.write(`PORT ${port}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, at] = line.split(" ");
    if (command !== "tick" || !at) continue;
    const started = performance.now();
    const ticked = await runDueWork(deps, new Date(at), process.env.BENCH_PAUSE === "turn" ? { pause } : {});
    process.stdout.write(`TICKED ${(performance.now() - started).toFixed(1)} ${ticked.sent.length}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
