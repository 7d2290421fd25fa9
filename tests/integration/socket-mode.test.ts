import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Logger, LogLevel } from "@slack/logger";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FakeSlack } from "../../sim/fake-slack";
import type { Answer } from "../../sim/slack-requests";
import { createApp, type TandemApp } from "../../src/app";
import { type Db, openDb } from "../../src/db/client";
import { participants, programs } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import { ids } from "../../src/slack/ids";
import { SocketModeRequests, SocketModeServer } from "../helpers/socket-mode-server";
import { testConfig } from "../helpers/test-app";

/**
 * The real app in Socket Mode (SLACK_APP_TOKEN set) against a local server speaking Slack's Socket
 * Mode protocol: it asks apps.connections.open for the socket with its app-level token, waits for
 * hello, and answers a slash command, two modal submissions, a button click and an event by
 * acknowledging their envelopes. Slack asks it to reconnect (refresh_requested), then the
 * connection breaks before an event was acknowledged: the event comes again, and nothing is lost
 * or done twice.
 */

const q = ids.signup.q;
const MENTOR = "UMEN000001";
const CLICKER = "UEXE000001";
const HOME_VISITOR = "UVIS000001";
type View = Record<string, unknown>;

/** A logger that keeps the lines (the broken connection below makes the SDK log errors on purpose). */
function capture(lines: string[]): Logger {
  let level = LogLevel.INFO;
  const keep =
    (name: string) =>
    (...msg: unknown[]) =>
      lines.push(`[${name}] ${msg.map(String).join(" ")}`);
  return {
    debug: () => {},
    info: keep("INFO"),
    warn: keep("WARN"),
    error: keep("ERROR"),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

const mentorAnswers: Record<string, Answer> = {
  [q.department]: "Marketing",
  [q.meetingFormat]: "remote",
  [q.meetingsPerMonth]: "1",
  [q.languages]: ["de", "en"],
  [q.otherLanguages]: "",
  [q.availability]: "Tuesday afternoons",
  [q.excluded]: [],
  [q.consent]: ["yes"],
  [`${ids.signup.ratingPrefix}social_media`]: "4",
  [`${ids.signup.ratingPrefix}ai_tools`]: "5",
  [q.background]: "Working student in IT",
  [q.hopeToLearn]: "How strategy is made",
};

describe("Socket Mode run-through", () => {
  let fake: FakeSlack;
  let server: SocketModeServer;
  let slack: SocketModeRequests;
  let tandem: TandemApp;
  let db: Db;
  let dir: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    server = (await new SocketModeServer().start()).attach(fake);
    for (const id of [MENTOR, CLICKER, HOME_VISITOR]) fake.addUser({ id });
    dir = mkdtempSync(join(tmpdir(), "tandem-socket-"));
    const config = testConfig(fake, { SLACK_APP_TOKEN: "xapp-1-A0TANDEM-1-socketsecret" }, dir);
    copyFileSync(inject("templateDb"), config.databasePath);
    db = openDb(config.databasePath);
    db.insert(programs)
      .values({
        name: "Digital Tandem",
        topics: ["social_media", "ai_tools"],
        startDate: "2099-04-01",
        endDate: "2099-09-30",
        signupDeadline: "2099-03-15",
        language: "en",
        timezone: "Europe/Berlin",
        signupOpen: true,
        status: "signup",
        createdBy: "UPM0000001",
      })
      .run();
    const deps: Deps = {
      config,
      db,
      clock: () => new Date(),
      logger: capture(logLines),
      wakeOutbox: () => tandem.outbox.wake(),
    };
    tandem = createApp(deps);
    slack = new SocketModeRequests(server, fake.url);
  });
  afterAll(async () => {
    try {
      await tandem?.stop();
    } finally {
      await server?.stop();
      db?.$client.close();
      rmSync(dir, { recursive: true, force: true });
      await fake?.stop();
    }
  });

  const lastView = (): View => {
    const view = [...fake.views.values()].at(-1);
    if (!view) throw new Error("no view opened");
    return view;
  };
  const publishesTo = (user: string) =>
    fake.callsTo("views.publish").filter((c) => c.params.user_id === user).length;
  const homeOpened = (user: string) => ({
    type: "app_home_opened",
    user,
    channel: `D${user.slice(1)}`,
    tab: "home",
    event_ts: String(Date.now() / 1000),
  });

  it("connects with the app-level token and answers a command, modal submissions, a click and an event", async () => {
    const { port } = await tandem.start();
    expect(port).toBeUndefined();
    expect(server.connections).toBe(1);
    // no /healthz without an HTTP server: the same facts go to the log
    expect(logLines).toContain(
      "[INFO] health ok; database ok, outbox 0 pending, 0 running, 0 failed, scheduler not running here",
    );
    const open = fake.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toMatch(/^xapp-/);
    // everything else still goes out with the bot token
    expect(
      fake.calls
        .filter((c) => c.method !== "apps.connections.open")
        .every((c) => c.token?.startsWith("xoxb-")),
    ).toBe(true);

    // slash command → acknowledged, the role modal opens
    const command = await slack.command(MENTOR, "join");
    expect(command.status).toBe(200);
    await fake.waitForCall("views.open");
    const roleView = lastView();
    expect(roleView.callback_id).toBe(ids.signup.roleModal);

    // modal submission answered in the acknowledgement: the modal turns into the questionnaire
    const role = await slack.viewSubmission(MENTOR, roleView, { [ids.signup.roleInput]: "mentor" });
    const body = role.json();
    expect(body.response_action).toBe("update");
    const questionnaire: View = { ...(body.view as View), id: roleView.id };
    expect(questionnaire.callback_id).toBe(ids.signup.questionnaire);

    // the questionnaire's submission: stored, confirmed by DM, the App Home republished
    const submitted = await slack.viewSubmission(MENTOR, questionnaire, mentorAnswers);
    expect(submitted.body).toBe("");
    await fake.waitFor(() => fake.dmsTo(MENTOR).length === 1, "the confirmation DM");
    await fake.waitFor(() => publishesTo(MENTOR) === 1, "the mentor's home");
    const rows = db.select().from(participants).where(eq(participants.userId, MENTOR)).all();
    expect(rows).toMatchObject([{ role: "mentor" }]);

    // a button click (Join in the App Home) → a modal for that person
    const opened = fake.callsTo("views.open").length;
    await slack.blockAction(
      CLICKER,
      { action_id: ids.signup.join },
      { view: { id: "VHOME1", type: "home" } },
    );
    await fake.waitForCall("views.open", opened + 1);
    expect(fake.callsTo("views.open").at(-1)?.params.trigger_id).toBeTruthy();

    // an event
    await slack.event(homeOpened(HOME_VISITOR));
    await fake.waitFor(() => publishesTo(HOME_VISITOR) === 1, "the visitor's home");

    expect(server.acks).toHaveLength(server.delivered.length);
    expect(server.strayAcks).toEqual([]);
  });

  it("reconnects when Slack asks, and loses or repeats nothing when the connection breaks", async () => {
    // Slack recycles its server: the app opens a new connection through apps.connections.open
    server.disconnect("refresh_requested");
    await server.waitForConnections(2);
    expect(fake.callsTo("apps.connections.open")).toHaveLength(2);
    expect(new Set(server.issued).size).toBe(2);
    const afterRefresh = await slack.command(CLICKER, "help");
    expect(afterRefresh.status).toBe(200);
    await fake.waitForCall("response_url");

    // the connection breaks right after an event went out, before its acknowledgement...
    const before = server.delivered.length;
    const first = slack.event(homeOpened("UVIS000002"), { eventId: "EvDROPPED01" });
    server.drop();
    // ...and another event arrives while the app has no connection
    const second = slack.event(homeOpened("UVIS000003"), { eventId: "EvWAITING01" });
    fake.addUser({ id: "UVIS000002" });
    fake.addUser({ id: "UVIS000003" });
    await server.waitForConnections(3);
    await Promise.all([first, second]);
    await fake.waitFor(() => publishesTo("UVIS000002") >= 1 && publishesTo("UVIS000003") >= 1, "both homes");

    const redelivered = server.delivered.slice(before);
    const dropped = redelivered.filter(
      (e) => (e.payload as { event_id?: string }).event_id === "EvDROPPED01",
    );
    const waiting = redelivered.filter(
      (e) => (e.payload as { event_id?: string }).event_id === "EvWAITING01",
    );
    expect(dropped.map((e) => e.retry_attempt)).toEqual([0, 1]);
    expect(waiting.map((e) => e.retry_attempt)).toEqual([0]);
    // each handled once, whether or not the first delivery had reached the app
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(publishesTo("UVIS000002")).toBe(1);
    expect(publishesTo("UVIS000003")).toBe(1);
    expect(fake.callsTo("apps.connections.open")).toHaveLength(3);

    // and the app still answers
    const opened = fake.callsTo("views.open").length;
    await slack.command("UVIS000003", "join");
    await fake.waitForCall("views.open", opened + 1);
  }, 60_000);

  it("stops only after the work under way is done, then closes the socket", async () => {
    fake.addUser({ id: "ULATE00001" });
    fake.on("users.info", async (params, f) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      return f.defaultAnswer("users.info", params);
    });
    const opened = fake.callsTo("views.open").length;
    const ack = await slack.command("ULATE00001", "join mentor");
    expect(ack.status).toBe(200);
    await tandem.stop();
    expect(fake.callsTo("views.open")).toHaveLength(opened + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.isConnected).toBe(false);
    fake.overrides.delete("users.info");
  });

  it("refuses the app-level token for Web API methods and the bot token for apps.connections.open", async () => {
    const call = async (method: string, token: string) => {
      const res = await fetch(`${fake.apiUrl}${method}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      return (await res.json()) as { ok: boolean; error?: string };
    };
    expect(await call("apps.connections.open", "xoxb-test-token")).toEqual({
      ok: false,
      error: "not_allowed_token_type",
    });
    expect(await call("auth.test", "xapp-1-A0TANDEM-1-socketsecret")).toEqual({
      ok: false,
      error: "not_allowed_token_type",
    });
  });
});
