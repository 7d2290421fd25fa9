import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import { SlackRequests } from "../../sim/slack-requests";
import { openDb } from "../../src/db/client";
import { programs } from "../../src/db/schema";
import { enqueue } from "../../src/outbox/enqueue";
import { buildDist, startNodeApp } from "../helpers/dist-app";

/**
 * The production build (`node dist/main.js`, no TypeScript loader) gets SIGTERM while it works:
 * a /mentoring join acknowledged and waiting for a slow users.info before its modal opens, and an
 * outbox post under way at a slow Slack. Both finish, the op is recorded as done, the process says
 * so and exits with 0.
 */

const SECRET = "shutdown-test-secret";
const PM = "UPM0000001";
const JOINER = "UJOIN000001";
const SLOW_MS = 1200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SIGTERM finishes the work in flight", () => {
  let dist: ReturnType<typeof buildDist>;
  let fake: FakeSlack;
  let dir: string;

  beforeAll(async () => {
    dist = buildDist();
    fake = await new FakeSlack().start();
    dir = mkdtempSync(join(tmpdir(), "tandem-sigterm-"));
  });
  afterAll(async () => {
    dist?.remove();
    rmSync(dir, { recursive: true, force: true });
    await fake?.stop();
  });

  it("answers, opens the modal, performs the outbox post in progress and exits 0", async () => {
    const dbPath = join(dir, "tandem.db");
    copyFileSync(inject("templateDb"), dbPath);
    const db = openDb(dbPath);
    db.insert(programs)
      .values({
        name: "Digital Tandem",
        topics: ["ai_tools", "social_media"],
        startDate: "2099-01-01",
        endDate: "2099-06-30",
        signupDeadline: "2098-12-31",
        language: "en",
        timezone: "Europe/Berlin",
        signupOpen: true,
        status: "signup",
        createdBy: PM,
      })
      .run();
    enqueue(db, "sigterm", [{ key: "sigterm:dm", kind: "dm.post", args: { user: PM, text: "Hello Petra" } }]);
    db.$client.close();
    fake.addUser({ id: PM, firstName: "Petra" });
    fake.addUser({ id: JOINER, firstName: "Jana" });
    // a slow Slack: the post and the profile look-up each take a while to answer
    for (const method of ["chat.postMessage", "users.info"]) {
      fake.on(method, async (params, f) => {
        await sleep(SLOW_MS);
        return f.defaultAnswer(method, params);
      });
    }

    const app = startNodeApp(
      dist.main,
      {
        PATH: process.env.PATH,
        SLACK_BOT_TOKEN: "xoxb-sigterm-test",
        SLACK_SIGNING_SECRET: SECRET,
        PORT: "0",
        DATABASE_PATH: dbPath,
        SLACK_API_URL: fake.apiUrl,
        PROGRAM_MANAGERS: PM,
        LOG_LEVEL: "info",
      },
      dir,
    );
    const port = Number((await app.waitForLine(/listening on port (\d+)/))[1]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    // the outbox is in the middle of its post...
    await fake.waitForCall("chat.postMessage");
    // ...and a join is acknowledged, its modal waiting for users.info
    const slack = new SlackRequests(`http://127.0.0.1:${port}`, SECRET, fake.url);
    const ack = await slack.command(JOINER, "join mentor");
    expect(ack.status).toBe(200);
    await fake.waitFor(() => fake.callsTo("users.info").some((c) => c.params.user === JOINER), "users.info");
    expect(fake.callsTo("views.open")).toHaveLength(0);

    app.child.kill("SIGTERM");
    const { code, signal } = await app.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    expect(fake.callsTo("views.open")).toHaveLength(1);
    expect(fake.dmsTo(PM).map((m) => m.text)).toEqual(["Hello Petra"]);
    const check = new Database(dbPath, { readonly: true });
    const op = check.prepare("select status from slack_ops where key = ?").get("sigterm:dm");
    check.close();
    expect(op).toEqual({ status: "done" });
    expect(app.lines.join("\n")).toMatch(/SIGTERM received/);
    expect(app.lines.join("\n")).toMatch(/Stopped cleanly/);
  });
});
