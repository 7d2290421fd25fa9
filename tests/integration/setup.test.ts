import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Answer } from "../../sim/slack-requests";
import { mintTriggerId } from "../../sim/triggers";
import { isProgramManager } from "../../src/db/queries/managers";
import { currentProgram } from "../../src/db/queries/programs";
import { programs } from "../../src/db/schema";
import { customTopicKey } from "../../src/domain/topics";
import { ids } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";

const PM = "UPM0000001";
const PM_DE = "UPMDE00001";
const EMPLOYEE = "UEMP000001";
const I = ids.setup.input;

function answers(overrides: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    [I.name]: "Reverse Mentoring 2025",
    [I.topics]: ["ai_tools", "social_media", "remote_work"],
    [I.customTopics]: null,
    [I.startDate]: "2025-04-01",
    [I.endDate]: "2025-09-01",
    [I.signupDeadline]: "2025-03-25",
    [I.meetingCadenceDays]: "30",
    [I.language]: "de",
    [I.timezone]: "Europe/Berlin",
    [I.mentorCapacity]: 1,
    [I.channelPrefix]: "tandem",
    [I.executiveCircle]: "no",
    [I.checkinCadenceDays]: 14,
    [I.circleCadenceDays]: 21,
    [I.nudgeAfterDays]: 21,
    [I.alertAfterDays]: 35,
    ...overrides,
  };
}

type View = Record<string, unknown> & { blocks: { block_id?: string; element?: Record<string, unknown> }[] };

function element(view: View, blockId: string): Record<string, unknown> {
  const block = view.blocks.find((b) => b.block_id === blockId);
  if (!block?.element) throw new Error(`no input ${blockId}`);
  return block.element;
}

describe("program setup", () => {
  let t: TestApp;

  /** Runs a command and returns the view it opened (the fake keeps it, with its id). */
  async function openModal(userId: string, count: number): Promise<View> {
    await t.slack.command(userId, "program");
    const calls = await t.fake.waitForCall("views.open", count);
    const sent = calls[count - 1]?.params.view as View;
    const stored = [...t.fake.views.values()].find(
      (v) => JSON.stringify(v.blocks) === JSON.stringify(sent.blocks),
    );
    return (stored ?? sent) as View;
  }

  async function lastResponse(count: number): Promise<Record<string, unknown>> {
    await t.fake.waitForCall("response_url", count);
    return t.fake.responses()[count - 1] ?? {};
  }

  /** A click on an App Home button: Slack sends no response_url from a home tab. */
  function homeClick(userId: string, actionId: string) {
    return t.slack.interactive({
      type: "block_actions",
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: "T0001" },
      api_app_id: "A0TANDEM",
      token: "legacy-verification-token",
      container: { type: "view", view_id: "VHOME0001" },
      trigger_id: mintTriggerId(),
      team: { id: "T0001", domain: "acme" },
      view: { id: "VHOME0001", type: "home", callback_id: "home", private_metadata: "" },
      actions: [{ type: "button", block_id: "b", action_id: actionId, action_ts: String(Date.now() / 1000) }],
    });
  }

  async function createProgram(overrides: Record<string, Answer> = {}) {
    const view = await openModal(PM, t.fake.callsTo("views.open").length + 1);
    const published = t.fake.callsTo("views.publish").length;
    const res = await t.slack.viewSubmission(PM, view, answers(overrides));
    expect(res.status).toBe(200);
    // The manager's App Home is refreshed after saving.
    await t.fake.waitForCall("views.publish", published + 1);
    return res.json();
  }

  beforeEach(async () => {
    t = await startTestApp({ now: "2025-03-10T09:00:00Z", env: { PROGRAM_MANAGERS: `${PM},${PM_DE}` } });
    t.fake.addUser({ id: PM, locale: "en-US" });
    t.fake.addUser({ id: PM_DE, locale: "de-DE" });
    t.fake.addUser({ id: EMPLOYEE, locale: "en-GB" });
  });
  afterEach(async () => t.stop());

  it("a manager creates a program through the modal", async () => {
    const view = await openModal(PM, 1);
    expect(view.callback_id).toBe(ids.setup.programView);
    expect((view.title as { text: string }).text).toBe("New program");
    const topics = element(view, I.topics).initial_options as { value: string }[];
    expect(topics.map((o) => o.value)).toContain("ai_tools");
    expect((element(view, I.timezone).initial_option as { value: string }).value).toBe("Europe/Berlin");
    expect(element(view, I.mentorCapacity).initial_value).toBe("1");
    expect(element(view, I.checkinCadenceDays).initial_value).toBe("14");
    expect(view.blocks.length).toBeLessThan(100);

    const res = await t.slack.viewSubmission(
      PM,
      view,
      answers({ [I.customTopics]: "Prompting 101\nLinkedIn für Chefs", [I.executiveCircle]: "yes" }),
    );
    const body = res.json();
    expect(body.response_action).toBe("update");
    const saved = JSON.stringify(body.view);
    expect(saved).toContain("Reverse Mentoring 2025");
    expect(saved).toContain("/mentoring signup open");
    expect(saved).not.toContain("⚠️");
    await t.fake.waitForCall("views.publish");
    expect(t.fake.homes.has(PM)).toBe(true);

    const p = currentProgram(t.db);
    expect(p).toMatchObject({
      name: "Reverse Mentoring 2025",
      status: "draft",
      signupOpen: false,
      createdBy: PM,
      startDate: "2025-04-01",
      endDate: "2025-09-01",
      signupDeadline: "2025-03-25",
      language: "de",
      timezone: "Europe/Berlin",
      executiveCircle: true,
      mentorCapacity: 1,
      alertAfterDays: 35,
    });
    const k = customTopicKey("Prompting 101");
    expect(p?.topics).toEqual(
      ["social_media", "ai_tools", "remote_work", k, customTopicKey("LinkedIn für Chefs")].sort(
        (a, b) => (p?.topics.indexOf(a) ?? 0) - (p?.topics.indexOf(b) ?? 0),
      ),
    );
    expect(p?.topics).toHaveLength(5);
    expect(p?.customTopics[k]).toBe("Prompting 101");
  });

  it("warns in the confirmation when the program is shorter than four months, and still saves it", async () => {
    const body = await createProgram({ [I.endDate]: "2025-06-15" });
    expect(body.response_action).toBe("update");
    expect(JSON.stringify(body.view)).toContain("only about 2.5 months");
    expect(currentProgram(t.db)?.endDate).toBe("2025-06-15");
  });

  it("edits the current program with everything prefilled", async () => {
    await createProgram({
      [I.customTopics]: "Prompting 101",
      [I.mentorCapacity]: 2,
      [I.timezone]: "Europe/Vienna",
    });
    t.setNow("2025-05-01T10:00:00Z");
    const view = await openModal(PM, 2);
    expect((view.title as { text: string }).text).toBe("Edit program");
    expect(element(view, I.name).initial_value).toBe("Reverse Mentoring 2025");
    expect(
      (element(view, I.topics).initial_options as { value: string }[]).map((o) => o.value).sort(),
    ).toEqual(["ai_tools", "remote_work", "social_media"]);
    expect(element(view, I.customTopics).initial_value).toBe("Prompting 101");
    expect(element(view, I.startDate).initial_date).toBe("2025-04-01");
    expect(element(view, I.signupDeadline).initial_date).toBe("2025-03-25");
    expect((element(view, I.timezone).initial_option as { value: string }).value).toBe("Europe/Vienna");
    expect((element(view, I.language).initial_option as { value: string }).value).toBe("de");
    expect(element(view, I.mentorCapacity).initial_value).toBe("2");

    // The program is running: its dates are in the past now, which is fine when editing.
    const res = await t.slack.viewSubmission(
      PM,
      view,
      answers({
        [I.name]: "RM 2025",
        [I.topics]: ["ai_tools"],
        [I.customTopics]: "Prompting 101\nData stories",
      }),
    );
    expect(res.json().response_action).toBe("update");
    await t.fake.waitForCall("views.publish", 2);
    const rows = t.db.select().from(programs).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: "RM 2025",
      status: "draft",
      updatedAt: "2025-05-01T10:00:00.000Z",
    });
    expect(rows[0]?.topics).toEqual([
      "ai_tools",
      customTopicKey("Prompting 101"),
      customTopicKey("Data stories"),
    ]);
  });

  it("shows inline errors for an invalid submission and stores nothing", async () => {
    const view = await openModal(PM, 1);
    const res = await t.slack.viewSubmission(
      PM,
      view,
      answers({
        [I.endDate]: "2025-03-31",
        [I.signupDeadline]: "2025-04-02",
        [I.channelPrefix]: "Tandem Channel!",
        [I.topics]: [],
      }),
    );
    const body = res.json();
    expect(body.response_action).toBe("errors");
    expect(body.errors).toEqual({
      [I.endDate]: "The end date must be after the start date.",
      [I.signupDeadline]: "Sign-up must close on or before the start date.",
      [I.channelPrefix]: expect.stringContaining("lowercase letters"),
      [I.topics]: "Choose at least one topic, or add your own.",
    });
    expect(t.db.select().from(programs).all()).toEqual([]);

    const past = await t.slack.viewSubmission(PM, view, answers({ [I.startDate]: "2025-03-01" }));
    expect(past.json().errors).toEqual({
      [I.startDate]: "This date is in the past (today is 10 March 2025).",
    });
  });

  it("speaks German to a German-speaking manager", async () => {
    const view = await openModal(PM_DE, 1);
    expect((view.title as { text: string }).text).toBe("Neues Programm");
    expect(JSON.stringify(view)).toContain("Anmeldeschluss");
    const res = await t.slack.viewSubmission(PM_DE, view, answers({ [I.endDate]: "2025-03-01" }));
    expect(res.json().errors).toMatchObject({
      [I.endDate]: "Dieses Datum liegt in der Vergangenheit (heute ist der 10. März 2025).",
    });

    const ok = await t.slack.viewSubmission(PM_DE, view, answers({ [I.endDate]: "2026-01-01" }));
    const saved = JSON.stringify(ok.json().view);
    expect(saved).toContain("Programm gespeichert");
    expect(saved).toContain("Das Programm läuft etwa 9 Monate");
    await t.fake.waitForCall("views.publish");

    await t.slack.command(PM_DE, "signup open");
    expect((await lastResponse(1)).text).toContain("Die Anmeldung für *Reverse Mentoring 2025* ist offen");
  });

  it("a program that says Sie speaks Sie to every German reader, from the modal on", async () => {
    const view = await openModal(PM_DE, 1);
    expect((element(view, I.address).initial_option as { value: string }).value).toBe("du");
    const ok = await t.slack.viewSubmission(PM_DE, view, answers({ [I.address]: "sie" }));
    expect(JSON.stringify(ok.json().view)).toContain("Deutsch („Sie“)");
    expect(currentProgram(t.db)?.address).toBe("sie");
    await t.fake.waitForCall("views.publish");

    await t.slack.command(PM_DE, "signup maybe");
    expect((await lastResponse(1)).text).toBe(
      "Nutzen Sie `/mentoring signup open` oder `/mentoring signup close`.",
    );
    const edit = await openModal(PM_DE, 2);
    expect((element(edit, I.address).initial_option as { value: string }).value).toBe("sie");
    expect(JSON.stringify(edit)).toContain("Sie bearbeiten");
  });

  it("refuses a non-manager at the command, the buttons and a forged submission", async () => {
    await t.slack.command(EMPLOYEE, "program");
    expect((await lastResponse(1)).text).toContain("Only program managers can do this");
    for (const sub of ["signup open", "announce", "manager add <@UEMP000001>"]) {
      await t.slack.command(EMPLOYEE, sub);
    }
    await t.fake.waitForCall("response_url", 4);
    expect(t.fake.responses().every((r) => String(r.text).includes("Only program managers"))).toBe(true);
    expect(isProgramManager(t.db, t.config, EMPLOYEE)).toBe(false);

    await homeClick(EMPLOYEE, ids.setup.openModal);
    await homeClick(EMPLOYEE, ids.setup.openSignup);
    await t.fake.waitFor(() => t.fake.dmsTo(EMPLOYEE).length === 2, "two refusals by DM");
    expect(t.fake.dmsTo(EMPLOYEE).every((m) => m.text.includes("Only program managers"))).toBe(true);
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    // A forged submission, shaped like the real modal.
    const view = await openModal(PM, 1);
    const res = await t.slack.viewSubmission(EMPLOYEE, view, answers());
    expect(res.json()).toEqual({
      response_action: "errors",
      errors: { [I.name]: expect.stringContaining("Only program managers") },
    });
    expect(t.db.select().from(programs).all()).toEqual([]);
  });

  it("opens and closes sign-up by command and by App Home button", async () => {
    await t.slack.command(PM, "signup open");
    expect((await lastResponse(1)).text).toContain("There is no program yet");

    await createProgram();
    await t.slack.command(PM, "signup open");
    expect((await lastResponse(2)).text).toContain("Sign-up for *Reverse Mentoring 2025* is open");
    expect(currentProgram(t.db)).toMatchObject({ signupOpen: true, status: "signup" });

    await t.slack.command(PM, "signup open");
    expect((await lastResponse(3)).text).toContain("already open");

    await homeClick(PM, ids.setup.closeSignup);
    await t.fake.waitFor(() => t.fake.dmsTo(PM).length === 1, "confirmation by DM");
    expect(t.fake.dmsTo(PM)[0]?.text).toContain("is closed");
    expect(currentProgram(t.db)).toMatchObject({ signupOpen: false, status: "signup" });

    await homeClick(PM, ids.setup.openSignup);
    await t.fake.waitFor(() => t.fake.dmsTo(PM).length === 2, "second confirmation");
    expect(currentProgram(t.db)?.signupOpen).toBe(true);

    await t.slack.command(PM, "signup maybe");
    expect((await lastResponse(4)).text).toContain("/mentoring signup open");
  });

  it("the App Home button opens the program modal for a manager", async () => {
    await homeClick(PM, ids.setup.openModal);
    const [call] = await t.fake.waitForCall("views.open");
    expect((call?.params.view as View | undefined)?.callback_id).toBe(ids.setup.programView);
  });

  it("announces sign-up in a channel with a Join button", async () => {
    await createProgram({ [I.name]: "RM <!here>" });
    await t.slack.command(PM, "signup open");
    await t.slack.command(PM, "announce <#C0NEWS0001|news>");
    await t.fake.waitFor(() => t.fake.messages.length === 1, "the announcement");
    const msg = t.fake.messages[0];
    expect(msg?.channel).toBe("C0NEWS0001");
    expect(msg?.text).toContain("RM &lt;!here&gt;");
    const blocks = JSON.stringify(msg?.blocks);
    expect(blocks).toContain(ids.signup.join);
    // The announcement speaks the program's language (German here).
    expect(blocks).toContain("Mitmachen");
    expect(blocks).toContain("KI-Werkzeuge");
    expect((await lastResponse(2)).text).toBe("✅ Announced in <#C0NEWS0001>.");
    expect(currentProgram(t.db)?.announcementChannel).toBe("C0NEWS0001");

    // Without an argument: the channel where the command was typed.
    await t.slack.command(PM, "announce", { channelId: "C0HERE0001" });
    await t.fake.waitFor(() => t.fake.messages.length === 2, "second announcement");
    expect(t.fake.messages[1]?.channel).toBe("C0HERE0001");
    await lastResponse(3);
    expect(currentProgram(t.db)?.announcementChannel).toBe("C0HERE0001");
  });

  it("announces to a channel typed by name, and hints when sign-up is still closed", async () => {
    await createProgram();
    t.fake.on("chat.postMessage", (p, fake) => {
      const answer = fake.defaultAnswer("chat.postMessage", {
        ...p,
        channel: p.channel === "#mentoring" ? "C0MENT0001" : p.channel,
      });
      return answer;
    });
    await t.slack.command(PM, "announce #mentoring");
    await t.fake.waitFor(() => t.fake.messages.length === 1, "the announcement");
    expect(t.fake.callsTo("chat.postMessage")[0]?.params.channel).toBe("#mentoring");
    const reply = String((await lastResponse(1)).text);
    expect(currentProgram(t.db)?.announcementChannel).toBe("C0MENT0001");
    expect(reply).toContain("<#C0MENT0001>");
    expect(reply).toContain("Sign-up is still closed");
  });

  it("asks the manager to invite the app to a private channel it is not in", async () => {
    await createProgram();
    t.fake.addChannel({ id: "G0PRIV0001", name: "secret", members: new Set([PM]) });
    await t.slack.command(PM, "announce <#G0PRIV0001|secret>");
    expect((await lastResponse(1)).text).toContain("/invite @Tandem");
    expect(currentProgram(t.db)?.announcementChannel).toBeNull();
    expect(t.fake.messages).toHaveLength(0);
    // Typed in that private channel, without a channel argument: the same private answer.
    await t.slack.command(PM, "announce", { channelId: "G0PRIV0001" });
    expect((await lastResponse(2)).text).toContain("/invite @Tandem");
    expect(t.fake.messages).toHaveLength(0);

    await t.slack.command(PM, "announce <!channel>");
    expect((await lastResponse(3)).text).toContain("couldn't read a channel");
  });

  it("adds and lists program managers", async () => {
    await t.slack.command(PM, "manager add <@UNEW000001|neo> <@UPMDE00001>");
    const reply = String((await lastResponse(1)).text);
    expect(reply).toContain("<@UNEW000001> can now manage the program");
    expect(reply).toContain("<@UPMDE00001> already manage");
    expect(isProgramManager(t.db, t.config, "UNEW000001")).toBe(true);

    t.fake.addUser({ id: "UNEW000001" });
    await t.slack.command("UNEW000001", "program");
    await t.fake.waitForCall("views.open");

    await t.slack.command(PM, "manager list");
    const list = String((await lastResponse(2)).text);
    expect(list).toContain("<@UNEW000001>");
    expect(list).toContain("<@UPM0000001> (set in the app's configuration)");

    await t.slack.command(PM, "manager add nobody");
    expect((await lastResponse(3)).text).toContain("/mentoring manager add @person");
  });

  it("refuses to create a second program when one was created meanwhile", async () => {
    const first = await openModal(PM, 1);
    await createProgram();
    const res = await t.slack.viewSubmission(PM, first, answers({ [I.name]: "Duplicate" }));
    expect(res.json().response_action).toBe("errors");
    expect(t.db.select().from(programs).where(eq(programs.name, "Duplicate")).all()).toEqual([]);
  });
});
