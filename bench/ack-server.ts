/**
 * One side of the acknowledgement benchmark, run in its own process so that its memory is its own:
 *   tsx bench/ack-server.ts tandem|bare <slackApiUrl> <dbPath>
 * Prints "PORT <n>" when listening; on "report" from stdin prints "MAXRSS <bytes>".
 */
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { openDb } from "../src/db/client";
import { createLogger } from "../src/logger";
import { startBareBolt } from "./bare-server";

const [mode, apiUrl, dbPath] = process.argv.slice(2);
const SECRET = "bench-signing-secret";

async function main(): Promise<void> {
  let port: number | undefined;
  if (mode === "bare") {
    port = await startBareBolt(apiUrl ?? "", SECRET);
  } else {
    const result = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_SIGNING_SECRET: SECRET,
      PORT: "0",
      DATABASE_PATH: dbPath ?? "",
      SLACK_API_URL: apiUrl ?? "",
      PROGRAM_MANAGERS: "UPM0000001",
      LOG_LEVEL: "error",
    });
    if (!result.ok) throw new Error(result.problems.join("; "));
    const config = result.config;
    const db = openDb(config.databasePath);
    const tandem = createApp({
      config,
      db,
      clock: () => new Date(),
      logger: createLogger("error"),
      wakeOutbox: () => {},
    });
    port = (await tandem.start()).port;
  }
  if (process.env.BENCH_ALLOC_PROF && mode === "tandem") {
    const { Session } = await import("node:inspector/promises");
    const { writeFileSync } = await import("node:fs");
    const session = new Session();
    session.connect();
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    process.stdin.on("data", async (chunk) => {
      if (!chunk.toString().includes("report")) return;
      const { profile } = await session.post("HeapProfiler.stopSampling");
      writeFileSync(process.env.BENCH_ALLOC_PROF ?? "", JSON.stringify(profile));
    });
  }
  process.on("SIGTERM", () => process.exit(0));
  process.stdout.write(`PORT ${port}\n`);
  const peak = { heapUsed: 0, heapTotal: 0, external: 0 };
  setInterval(() => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
    peak.external = Math.max(peak.external, m.external);
  }, 10).unref();
  process.stdin.on("data", (chunk) => {
    if (chunk.toString().includes("report")) {
      const mb = (n: number) => (n / 1048576).toFixed(1);
      (globalThis as { gc?: () => void }).gc?.();
      process.stderr.write(
        `${mode}: after gc ${mb(process.memoryUsage().heapUsed)}; peak heapUsed ${mb(peak.heapUsed)} heapTotal ${mb(peak.heapTotal)} external ${mb(peak.external)} MB\n`,
      );
      process.stdout.write(`MAXRSS ${process.resourceUsage().maxRSS * 1024}\n`);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
