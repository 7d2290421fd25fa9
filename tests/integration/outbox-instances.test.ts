import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { openDb } from "../../src/db/client";
import { enqueue } from "../../src/outbox/enqueue";
import type { OpSpec } from "../../src/outbox/types";
import { type AppProcess, postCopies, readOps, startApp } from "../helpers/crash-harness";

/**
 * Several app processes on one SQLite file drain one outbox: each op is claimed by one instance
 * (a lease with a fencing token), and a killed instance's claimed work is taken over when its lease
 * has passed. Checked on the fake Slack's side: every DM arrives, and none twice.
 */
const OPS = 120;
const PEOPLE = 12;

describe("several instances share one outbox", () => {
  let fake: FakeSlack;
  let dir: string;
  let dbPath: string;
  let apps: AppProcess[];

  beforeEach(async () => {
    fake = await new FakeSlack().start();
    for (let p = 0; p < PEOPLE; p++) fake.addUser({ id: `UMULTI${String(p).padStart(4, "0")}` });
    dir = mkdtempSync(join(tmpdir(), "tandem-instances-"));
    dbPath = join(dir, "tandem.db");
    const db = openDb(dbPath);
    const ops: OpSpec[] = Array.from({ length: OPS }, (_, i) => ({
      key: `multi:${i}`,
      kind: "dm.post",
      args: { user: `UMULTI${String(i % PEOPLE).padStart(4, "0")}`, text: `Message ${i}` },
    }));
    enqueue(db, "multi", ops);
    db.$client.close();
    apps = [];
  });

  afterEach(async () => {
    for (const app of apps) app.child.kill("SIGKILL");
    await Promise.all(apps.map((a) => a.closed));
    try {
      await fake.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const env = (instance: string, leaseSeconds: number): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    SLACK_BOT_TOKEN: "xoxb-instances-test",
    SLACK_SIGNING_SECRET: "instances-test-secret",
    PORT: "0",
    DATABASE_PATH: dbPath,
    SLACK_API_URL: fake.apiUrl,
    OUTBOX_TIME_SCALE: "100",
    OUTBOX_LEASE_SECONDS: String(leaseSeconds),
    INSTANCE_ID: instance,
    LOG_LEVEL: "error",
  });

  async function allDone(timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (readOps(dbPath).every((o) => o.status === "done")) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    const left = readOps(dbPath).filter((o) => o.status !== "done");
    throw new Error(`${left.length} ops not done: ${left.map((o) => `${o.key} ${o.status}`).join(", ")}`);
  }

  it("three instances started at once post every DM exactly once, and finish a killed one's work once its lease passes", {
    timeout: 120_000,
  }, async () => {
    const lease = 3;
    apps = ["a", "b", "c"].map((id) => startApp(env(id, lease)));
    const victim = apps[0] ?? expect.fail("no app");
    while (readOps(dbPath).filter((o) => o.status === "done").length < OPS / 4)
      await new Promise((r) => setTimeout(r, 20));
    victim.child.kill("SIGKILL");
    await victim.closed;
    const killedAt = Date.now();
    const left = readOps(dbPath);
    await allDone(60_000);
    const took = Date.now() - killedAt;
    const copies = postCopies(readOps(dbPath), fake);
    expect(copies.size).toBe(OPS);
    expect([...copies.values()].every((n) => n >= 1)).toBe(true);
    // Every DM exactly once, except a post the victim had claimed when it died (at most one is in flight).
    const claimedByVictim = left.filter((o) => o.status === "running").map((o) => o.key);
    const doubled = [...copies.entries()].filter(([, n]) => n > 1).map(([key]) => key);
    expect(doubled.length).toBeLessThanOrEqual(1);
    for (const key of doubled) expect(claimedByVictim).toContain(key);
    expect(took).toBeLessThan(lease * 1000 + 30_000);
  });
});
