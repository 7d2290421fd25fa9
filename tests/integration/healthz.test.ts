import { afterEach, describe, expect, it } from "vitest";
import { enqueue } from "../../src/outbox/enqueue";
import { startTestApp, type TestApp } from "../helpers/test-app";

/** GET /healthz in HTTP mode: database, outbox backlog, the scheduler's last run; 200 or 503 as JSON. */

interface Health {
  status: string;
  problems: string[];
  database: string;
  outbox: { pending: number; running: number; failed: number; oldestPendingAgeSec: number | null };
  scheduler: { lastRunAt: string | null; lastRunAgeSec: number | null } | string;
  uptimeSec: number;
}

async function healthz(t: TestApp): Promise<{ status: number; type: string | null; body: Health }> {
  const res = await fetch(`${t.url}/healthz`);
  return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as Health };
}

describe("GET /healthz", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it("answers 200 with the database, an empty outbox and no scheduler in a process that runs none", async () => {
    t = await startTestApp();
    const res = await healthz(t);
    expect(res.status).toBe(200);
    expect(res.type).toContain("application/json");
    expect(res.body).toMatchObject({
      status: "ok",
      problems: [],
      database: "ok",
      outbox: { pending: 0, running: 0, failed: 0, oldestPendingAgeSec: null },
      scheduler: "not running here",
    });
    // no signature needed, and nothing but GET
    const post = await fetch(`${t.url}/healthz`, { method: "POST" });
    expect(post.status).toBe(404);
  });

  it("reports the outbox backlog and the age of the oldest op that could go out now", async () => {
    t = await startTestApp({ now: "2027-03-01T09:00:00Z" });
    await t.outbox.stop(); // the backlog stays as recorded
    enqueue(t.db, "health-test", [
      { key: "health:dm:1", kind: "dm.post", args: { user: "U0000001", text: "one" } },
      { key: "health:dm:2", kind: "dm.post", args: { user: "U0000002", text: "two" } },
    ]);
    t.db.$client
      .prepare("update slack_ops set created_at = ? where key = ?")
      .run("2027-03-01T08:58:00.000Z", "health:dm:1");
    t.db.$client
      .prepare("update slack_ops set not_before = ?, created_at = ? where key = ?")
      .run("2027-03-01T09:10:00.000Z", "2027-03-01T08:00:00.000Z", "health:dm:2");
    const res = await healthz(t);
    expect(res.status).toBe(200);
    // the op waiting for its Retry-After is pending but not due: the oldest due one waited 2 minutes
    expect(res.body.outbox).toEqual({ pending: 2, running: 0, failed: 0, oldestPendingAgeSec: 120 });
  });

  it("shows the scheduler's last run and answers 503 once it has missed three ticks", async () => {
    t = await startTestApp({ now: "2027-03-01T09:00:00Z" });
    // a schedule that never comes round in this test: only the tick at start runs
    const scheduler = t.tandem.startScheduler("0 0 1 1 *");
    await t.fake.waitFor(() => scheduler.lastRun !== undefined, "the first tick");
    t.setNow("2027-03-01T09:04:00Z");
    const fresh = await healthz(t);
    expect(fresh.status).toBe(200);
    expect(fresh.body.scheduler).toEqual({ lastRunAt: "2027-03-01T09:00:00.000Z", lastRunAgeSec: 240 });

    t.setNow("2027-03-01T09:16:00Z");
    const overdue = await healthz(t);
    expect(overdue.status).toBe(503);
    expect(overdue.body.status).toBe("unhealthy");
    expect(overdue.body.problems).toEqual(["scheduler overdue: last run 960 s ago"]);
    expect(overdue.body.database).toBe("ok");
  });

  it("answers 503 when the database cannot be read", async () => {
    t = await startTestApp();
    await t.outbox.stop();
    t.db.$client.close();
    const res = await healthz(t);
    expect(res.status).toBe(503);
    expect(res.body.status).toBe("unhealthy");
    expect(res.body.database).toBe("unreachable");
    expect(res.body.problems[0]).toMatch(/^database unreachable: /);
  });
});
