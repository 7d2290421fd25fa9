/**
 * Launch benchmark: 100 tandems against the fake Slack, which enforces Slack's published tiers on a
 * scaled clock (by default a minute in 3 s). Reports the total time against the floor the limits allow,
 * duplicates and losses.   npx tsx bench/launch.ts [tandems] [scale]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { FakeSlack } from "../sim/fake-slack";
import { enforceTiers, floorMs } from "../sim/slack-tiers";
import { loadConfig } from "../src/config";
import { openDb } from "../src/db/client";
import { slackOps, tandems } from "../src/db/schema";
import { createLogger } from "../src/logger";
import { OutboxWorker, outboxClient } from "../src/outbox/worker";
import { renderAndPublishHome } from "../src/services/home";
import { launchHooks, planLaunch } from "../src/services/launch";
import { seedLaunch } from "../tests/helpers/launch-seed";

const TANDEMS = Number(process.argv[2] ?? 100);
const SCALE = Number(process.argv[3] ?? 20);
const PM = "UPM0000001";

async function main(): Promise<void> {
  const fake = await new FakeSlack().start();
  fake.addUser({ id: PM, firstName: "Petra" });
  const dir = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: "bench",
    DATABASE_PATH: join(dir, "bench.db"),
    SLACK_API_URL: fake.apiUrl,
    PROGRAM_MANAGERS: PM,
    OUTBOX_TIME_SCALE: String(SCALE),
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("; "));
  const config = result.config;
  const db = openDb(config.databasePath);
  const seed = seedLaunch(db, fake, { tandems: TANDEMS });
  const { batch } = planLaunch(db, seed.programId, new Date(), [PM]);
  const stats = enforceTiers(fake, SCALE);

  const deps = { config, db, clock: () => new Date(), logger: createLogger("error"), wakeOutbox: () => {} };
  const workerDeps = { ...deps, client: outboxClient(deps) };
  const worker = new OutboxWorker(workerDeps, {
    hooks: launchHooks,
    effects: { publishHome: (userId) => renderAndPublishHome(workerDeps, userId) },
    scale: SCALE,
  });
  const started = performance.now();
  worker.start();
  const pending = () =>
    db
      .select({ status: slackOps.status })
      .from(slackOps)
      .where(eq(slackOps.batch, batch))
      .all()
      .filter((o) => o.status !== "done" && o.status !== "failed").length;
  while (pending() > 0) await new Promise((r) => setTimeout(r, 5));
  const elapsed = performance.now() - started;
  await worker.stop();

  const ops = db.select().from(slackOps).where(eq(slackOps.batch, batch)).all();
  const rows = db.select().from(tandems).all();
  let duplicates = 0;
  let lost = 0;
  const names = new Map<string, number>();
  for (const c of fake.channels.values()) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  duplicates += [...names.values()].filter((n) => n > 1).length;
  for (const [i, row] of rows.entries()) {
    const channel = fake.channels.get(row.channelId ?? "");
    const members = [seed.mentors[i]?.userId ?? "", seed.mentees[i]?.userId ?? ""];
    if (!channel || row.status !== "active" || !members.every((m) => channel.members.has(m))) lost += 1;
    const welcomes = fake.messages.filter((m) => m.channel === row.channelId).length;
    if (welcomes === 0) lost += 1;
    if (welcomes > 1) duplicates += welcomes - 1;
    for (const m of members) {
      const dms = fake.dmsTo(m).length;
      if (dms === 0) lost += 1;
      if (dms > 1) duplicates += dms - 1;
    }
  }
  const failed = ops.filter((o) => o.status !== "done").length;
  const { floorMs: floor, bottleneck } = floorMs(stats.accepted, SCALE);
  const rejected = [...stats.rejected.values()].reduce((a, b) => a + b, 0);
  const minute = 60_000 / SCALE;

  console.log(
    `Launch of ${TANDEMS} tandems, ${ops.length} ops, clock scaled ${SCALE}× (1 min = ${minute} ms)`,
  );
  console.log("| | real ms | Slack minutes |");
  console.log("|---|---:|---:|");
  console.log(`| total | ${elapsed.toFixed(0)} | ${(elapsed / minute).toFixed(2)} |`);
  console.log(`| floor (${bottleneck}) | ${floor.toFixed(0)} | ${(floor / minute).toFixed(2)} |`);
  console.log(`ratio total/floor: ${(elapsed / floor).toFixed(3)} (target ≤ 1.15)`);
  console.log(
    `429 answers: ${rejected}; ops failed or left: ${failed}; duplicates: ${duplicates}; lost: ${lost}`,
  );
  if (rejected > 0) {
    console.log(`429 by method: ${[...stats.rejected].map(([m, n]) => `${m} ${n}`).join(", ")}`);
  }
  console.log(
    `calls: ${[...stats.accepted.entries()]
      .sort()
      .map(([m, n]) => `${m} ${n}`)
      .join(", ")}`,
  );
  if (process.env.BENCH_DEBUG) {
    const t0 = fake.calls[0]?.at ?? 0;
    const spans = new Map<string, [number, number]>();
    for (const c of fake.calls) {
      const s = spans.get(c.method) ?? [c.at - t0, c.at - t0];
      spans.set(c.method, [Math.min(s[0], c.at - t0), Math.max(s[1], c.at - t0)]);
    }
    for (const [m, [a, b]] of spans) console.log(`  ${m}: ${a}–${b} ms`);
  }
  db.$client.close();
  try {
    await fake.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (duplicates > 0 || lost > 0 || failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
