/**
 * Crash benchmark: the real app process (src/main.ts) launches tandems against the fake Slack and is
 * killed with SIGKILL at random moments, again and again, each launch run to the end after its last
 * kill. Reports duplicate posts per 100 kills (see docs/decisions/outbox.md, "Exactly once").
 *   npm run bench:crash -- [kills] [tandems] [scale]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeSlack } from "../sim/fake-slack";
import { openDb } from "../src/db/client";
import { planLaunch } from "../src/services/launch";
import { postCopies, readOps, runningPosts, startApp } from "../tests/helpers/crash-harness";
import { seedLaunch } from "../tests/helpers/launch-seed";

const KILLS = Number(process.argv[2] ?? 100);
const TANDEMS = Number(process.argv[3] ?? 30);
const SCALE = Number(process.argv[4] ?? 60);
const PM = "UPM0000001";

interface Round {
  kills: number;
  inFlight: number;
  duplicates: number;
  lost: number;
  otherDuplicates: number;
}

async function round(killsWanted: number): Promise<Round> {
  const fake = await new FakeSlack().start();
  fake.addUser({ id: PM, firstName: "Petra" });
  const dir = mkdtempSync(join(tmpdir(), "tandem-crash-bench-"));
  const dbPath = join(dir, "tandem.db");
  const db = openDb(dbPath);
  const seed = seedLaunch(db, fake, { tandems: TANDEMS, waiting: 2 });
  planLaunch(db, seed.programId, new Date(), [PM]);
  db.$client.close();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    SLACK_BOT_TOKEN: "xoxb-crash-bench",
    SLACK_SIGNING_SECRET: "crash-bench",
    PORT: "0",
    DATABASE_PATH: dbPath,
    SLACK_API_URL: fake.apiUrl,
    PROGRAM_MANAGERS: PM,
    OUTBOX_TIME_SCALE: String(SCALE),
    LOG_LEVEL: "error",
  };
  const result: Round = { kills: 0, inFlight: 0, duplicates: 0, lost: 0, otherDuplicates: 0 };
  const opCalls = () => fake.calls.filter((c) => c.method !== "auth.test").length;
  while (result.kills < killsWanted) {
    const before = opCalls();
    const app = startApp(env);
    await fake.waitFor(() => opCalls() > before || app.child.exitCode !== null, "the app to work", 60_000);
    await new Promise((r) => setTimeout(r, 30 + Math.random() * 450));
    app.child.kill("SIGKILL");
    await app.closed;
    const ops = readOps(dbPath);
    if (ops.every((o) => o.status === "done")) break;
    result.kills += 1;
    result.inFlight += runningPosts(ops).length;
  }
  const app = startApp(env);
  await fake.waitFor(() => readOps(dbPath).every((o) => o.status === "done"), "the launch to end", 120_000);
  app.child.kill("SIGTERM");
  await app.closed;

  for (const n of postCopies(readOps(dbPath), fake).values()) {
    if (n === 0) result.lost += 1;
    else result.duplicates += n - 1;
  }
  const names = new Map<string, number>();
  for (const c of fake.channels.values()) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  result.otherDuplicates = [...names.values()].filter((n) => n > 1).length;
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  const total: Round = { kills: 0, inFlight: 0, duplicates: 0, lost: 0, otherDuplicates: 0 };
  let rounds = 0;
  while (total.kills < KILLS) {
    const r = await round(KILLS - total.kills);
    rounds += 1;
    for (const k of Object.keys(total) as (keyof Round)[]) total[k] += r[k];
    console.log(
      `launch ${rounds}: ${r.kills} kills, ${r.inFlight} with a post in flight, ${r.duplicates} duplicate post(s)`,
    );
  }
  const per100 = (n: number) => ((100 * n) / Math.max(1, total.kills)).toFixed(1);
  console.log(
    `${total.kills} random SIGKILLs over ${rounds} launches of ${TANDEMS} tandems (clock ${SCALE}×), ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    "| kills | post in flight at the kill | duplicate posts | per 100 kills | lost | other duplicates |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|");
  console.log(
    `| ${total.kills} | ${total.inFlight} | ${total.duplicates} | ${per100(total.duplicates)} | ${total.lost} | ${total.otherDuplicates} |`,
  );
  if (total.lost > 0 || total.otherDuplicates > 0 || total.duplicates > total.inFlight) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
