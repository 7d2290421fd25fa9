import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import type { CrashPoint } from "../../src/config";
import { openDb } from "../../src/db/client";
import { planLaunch } from "../../src/services/launch";
import { type AppProcess, postCopies, readOps, runningPosts, startApp } from "../helpers/crash-harness";
import { buildDist } from "../helpers/dist-app";
import { type LaunchSeed, seedLaunch } from "../helpers/launch-seed";

/**
 * The real app process (the production bundle of src/main.ts, built once) launches 30 tandems against the fake Slack and is killed with
 * SIGKILL: first at the three points around a post (the test-only OUTBOX_CRASH_AT hook), then at
 * random moments; then it runs to the end. It asserts the guarantee of docs/decisions/outbox.md:
 * every side effect happens; nothing but a post is ever repeated; a post is repeated only when a
 * kill found it in flight (at most one post per kill), and certainly when Slack had accepted it.
 */

const PM = "UPM0000001";
const TANDEMS = 30;
const CRASH_POINTS: readonly CrashPoint[] = ["before-call", "after-accept", "after-record"];
/** the hook kills at the nth post of a process: a few posts in, so every process makes progress */
const NTH_POST = 3;
const RANDOM_KILLS = 2;
// A minute of Slack's rate limits per second: 31 channels at Tier 2 take about 1.6 s.
const SCALE = 60;

async function gone(app: AppProcess, fake: FakeSlack): Promise<void> {
  const { child } = app;
  await fake.waitFor(() => child.exitCode !== null || child.signalCode !== null, "the app to exit", 30_000);
  await app.closed;
}

describe("launch survives SIGKILL", () => {
  let fake: FakeSlack;
  let dir: string;
  let dbPath: string;
  let seed: LaunchSeed;
  let env: NodeJS.ProcessEnv;
  let dist: ReturnType<typeof buildDist>;

  beforeAll(async () => {
    dist = buildDist();
    fake = await new FakeSlack().start();
    fake.addUser({ id: PM, firstName: "Petra" });
    dir = mkdtempSync(join(tmpdir(), "tandem-crash-"));
    dbPath = join(dir, "tandem.db");
    const db = openDb(dbPath);
    seed = seedLaunch(db, fake, { tandems: TANDEMS, waiting: 2 });
    planLaunch(db, seed.programId, new Date(), [PM]);
    db.$client.close();
    env = {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: "xoxb-crash-test",
      SLACK_SIGNING_SECRET: "crash-test-secret",
      PORT: "0",
      DATABASE_PATH: dbPath,
      SLACK_API_URL: fake.apiUrl,
      PROGRAM_MANAGERS: PM,
      OUTBOX_TIME_SCALE: String(SCALE),
      LOG_LEVEL: "error",
    };
  });

  afterAll(async () => {
    try {
      await fake.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      dist.remove();
    }
  });

  it("repeats a post only when a kill cut it off in flight, and nothing else", {
    // about 15 s on an idle machine; the margin is for a shared, loaded CI runner
    timeout: 240_000,
  }, async () => {
    /** posts Slack certainly accepted before the kill: each must appear exactly once more */
    const accepted = new Map<string, number>();
    /** posts in flight at a random kill: each may appear once more, or not */
    const maybe = new Map<string, number>();
    const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

    for (const point of CRASH_POINTS) {
      const app = startApp({ ...env, OUTBOX_CRASH_AT: `${point}:${NTH_POST}` }, dist.main);
      await gone(app, fake);
      expect(app.child.signalCode).toBe("SIGKILL");
      expect(app.crashes.map((c) => c.point)).toEqual([point]);
      const key = app.crashes[0]?.key ?? "";
      const ops = readOps(dbPath);
      // one post at a time: the one cut off is the only post left running
      expect(runningPosts(ops)).toEqual(point === "after-record" ? [] : [key]);
      expect(ops.find((o) => o.key === key)?.status).toBe(point === "after-record" ? "done" : "running");
      if (point === "after-accept") bump(accepted, key);
      console.info(`kill at ${point}:${NTH_POST}: ${key}`);
    }

    const opCalls = () => fake.calls.filter((c) => c.method !== "auth.test").length;
    for (let k = 0; k < RANDOM_KILLS; k++) {
      const before = opCalls();
      const app = startApp(env, dist.main);
      await fake.waitFor(
        () => opCalls() > before || app.child.exitCode !== null,
        "the app to start working",
        30_000,
      );
      expect(app.child.exitCode).toBeNull();
      await new Promise((r) => setTimeout(r, 30 + Math.random() * 450));
      app.child.kill("SIGKILL");
      await gone(app, fake);
      const ops = readOps(dbPath);
      expect(ops.some((o) => o.status !== "done")).toBe(true);
      const running = runningPosts(ops);
      expect(running.length).toBeLessThanOrEqual(1);
      for (const key of running) bump(maybe, key);
      console.info(
        `random kill ${k + 1}: ${ops.filter((o) => o.status === "done").length}/${ops.length} done, post in flight: ${running.join(" ") || "none"}`,
      );
    }

    const app = startApp(env, dist.main);
    await fake.waitFor(
      () => app.child.exitCode !== null || readOps(dbPath).every((o) => o.status === "done"),
      "the launch to complete after the restarts",
      120_000,
    );
    expect(app.child.exitCode).toBeNull();
    app.child.kill("SIGTERM");
    await app.closed;
    expect(app.child.exitCode).toBe(0);

    const ops = readOps(dbPath);
    expect(ops.every((o) => o.status === "done")).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    const tandems = db
      .prepare("select id, channel_id, channel_name, status from tandems order by id")
      .all() as { id: number; channel_id: string; channel_name: string; status: string }[];
    db.close();

    // Everything but posts: exactly once.
    const tandemChannels = [...fake.channels.values()].filter((c) => c.name.startsWith("tandem-mentor"));
    expect(tandemChannels).toHaveLength(TANDEMS + 1);
    for (const [i, tandem] of tandems.entries()) {
      const channel = fake.channels.get(tandem.channel_id);
      expect(tandem.status).toBe("active");
      expect(channel?.name).toBe(tandem.channel_name);
      expect([...(channel?.members ?? [])].sort()).toEqual(
        [seed.mentors[i]?.userId, seed.mentees[i]?.userId, fake.botUserId].sort(),
      );
    }
    const circle = [...fake.channels.values()].filter((c) => c.name === "tandem-mentor-circle");
    expect(circle).toHaveLength(1);
    expect(circle[0]?.members.size).toBe(TANDEMS + 2);

    // Posts: at least once; a second copy exactly when Slack had accepted it before a kill, and
    // possibly when a random kill found it in flight. No message comes from anywhere else.
    const copies = postCopies(ops, fake);
    expect(copies.size).toBe(TANDEMS * 3 + 1 + seed.waiting.length);
    const unexpected: string[] = [];
    for (const [key, n] of copies) {
      const least = 1 + (accepted.get(key) ?? 0);
      if (n < least || n > least + (maybe.get(key) ?? 0)) unexpected.push(`${key}: ${n}`);
    }
    expect(unexpected).toEqual([]);
    const total = [...copies.values()].reduce((a, b) => a + b, 0);
    expect(fake.messages).toHaveLength(total);
    const randomDuplicates = total - copies.size - [...accepted.values()].reduce((a, b) => a + b, 0);
    expect(randomDuplicates).toBeLessThanOrEqual(RANDOM_KILLS);
    console.info(
      `launch-crash: ${CRASH_POINTS.length} kills at fixed points (1 duplicate, after-accept, as stated), ${RANDOM_KILLS} random kills: ${maybe.size} found a post in flight, ${randomDuplicates} duplicate(s)`,
    );
  });
});
