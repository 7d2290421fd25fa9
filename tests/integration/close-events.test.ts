import { eq, like } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { events, participants, programs, slackOps, slackUsers, tandemSuccesses } from "../../src/db/schema";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids } from "../../src/slack/ids";
import { values } from "../../src/slack/values";
import { waitForView } from "../helpers/close-seed";
import { addPerson, MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";

const IN = ids.rhythm.eventInput;

describe("events, finished: edit, cancel, late announcements, the App Home's dates", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-05-04T08:00:00Z" });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
    // one executive reads German
    t.db.update(slackUsers).set({ locale: "de-DE" }).where(eq(slackUsers.userId, "UEXE000001")).run();
  });
  afterEach(async () => t.stop());

  const tick = async (iso: string) => {
    t.setNow(iso);
    return runDueWork(t.deps, new Date(iso));
  };
  const dmTexts = (user: string) => t.fake.dmsTo(user).map((m) => JSON.stringify(m.blocks ?? m.text));

  async function scheduleCafe(): Promise<number> {
    await t.slack.command(MANAGER, "event");
    const view = await waitForView(t, ids.rhythm.eventModal);
    await t.slack.viewSubmission(MANAGER, view, {
      [IN.kind]: "world_cafe",
      [IN.date]: "2026-05-20",
      [IN.time]: "17:00",
      [IN.place]: "Room 1",
      [IN.descriptionEn]: null,
      [IN.rounds]: 2,
    });
    const event = t.db.select().from(events).get();
    if (!event) throw new Error("no event");
    await t.fake.waitFor(() => t.fake.callsTo("chat.postMessage").length >= 4, "announcements");
    return event.id;
  }

  async function openMenu(eventId: number, action: "edit" | "cancel", callbackId: string, n: number) {
    const before = t.fake.responses().length;
    await t.slack.command(MANAGER, "event edit");
    await t.fake.waitFor(() => t.fake.responses().length > before, "event picker");
    const picker = JSON.stringify(t.fake.responses().at(-1));
    expect(picker).toContain(ids.close.eventMenu);
    await t.slack.blockAction(
      MANAGER,
      {
        action_id: ids.close.eventMenu,
        type: "overflow",
        selected_option: {
          value: values.close.eventMenu.encode({ e: eventId, a: action }),
          text: { type: "plain_text", text: action },
        },
      },
      { channelId: "C0GENERAL", message: { ts: "1.1", text: "x" } },
    );
    return waitForView(t, callbackId, n);
  }

  it("an edit tells everyone announced and re-arms the reminders; a cancel withdraws what was not sent", async () => {
    const eventId = await scheduleCafe();
    const reminded = await tick("2026-05-13T07:05:00Z");
    expect(reminded.sent).toContain(`reminder:e${eventId}:7d`);

    const edit = await openMenu(eventId, "edit", ids.close.eventEditModal, 1);
    expect(JSON.stringify(edit.blocks)).toContain("Room 1");
    const res = await t.slack.viewSubmission(MANAGER, edit, {
      [IN.date]: "2026-05-27",
      [IN.time]: "18:00",
      [IN.place]: "Room <!here> 2",
      [IN.descriptionEn]: null,
      [IN.rounds]: 2,
    });
    expect(res.status).toBe(200);
    const edited = t.db.select().from(events).where(eq(events.id, eventId)).get();
    expect(edited).toMatchObject({
      startsAt: "2026-05-27T16:00:00.000Z",
      place: "Room <!here> 2",
      revision: 1,
    });
    await t.fake.waitFor(
      () => dmTexts("UEXE000001").some((x) => x.includes("hat sich geändert")),
      "German change DM",
    );
    await t.fake.waitFor(() => dmTexts("UMEN000001").some((x) => x.includes("has changed")), "change DM");
    expect(dmTexts("UMEN000001").find((x) => x.includes("has changed"))).toContain("Room &lt;!here&gt; 2");
    // The reminders are armed again for the new date, under the event's revision.
    const again = await tick("2026-05-20T07:05:00Z");
    expect(again.sent).toContain(`reminder:e${eventId}:r1:7d`);

    // The day-before reminders are recorded while the outbox is down: cancelling withdraws them.
    await t.outbox.stop();
    const dayBefore = await tick("2026-05-26T07:05:00Z");
    expect(dayBefore.sent).toContain(`reminder:e${eventId}:r1:1d`);
    const pending = () =>
      t.db
        .select()
        .from(slackOps)
        .where(like(slackOps.key, `reminder:e${eventId}:r1:1d:%`))
        .all();
    expect(pending().map((o) => o.status)).toEqual(["pending", "pending", "pending", "pending"]);
    const cancel = await openMenu(eventId, "cancel", ids.close.eventCancelModal, 1);
    await t.slack.viewSubmission(MANAGER, cancel, { [ids.close.eventCancelNote]: "Sorry <@U0EVIL>" });
    expect(t.db.select().from(events).where(eq(events.id, eventId)).get()?.cancelledAt).toBeTruthy();
    expect(pending()).toEqual([]);
    t.outbox.start();
    await t.fake.waitFor(() => dmTexts("UMEN000002").some((x) => x.includes("is cancelled")), "cancel DM");
    expect(dmTexts("UMEN000002").find((x) => x.includes("is cancelled"))).toContain("Sorry &lt;@U0EVIL&gt;");
    await t.fake.waitFor(
      () => dmTexts("UEXE000001").some((x) => x.includes("ist abgesagt")),
      "German cancel DM",
    );
    expect(dmTexts("UMEN000001").some((x) => x.includes("tomorrow"))).toBe(false);
    // A cancelled event yields no due items and can no longer be changed.
    expect((await tick("2026-05-26T09:00:00Z")).sent.filter((k) => k.startsWith("reminder:"))).toEqual([]);
    await t.slack.command(MANAGER, "event edit");
    await t.fake.waitFor(
      () => String(JSON.stringify(t.fake.responses().at(-1))).includes("no upcoming events"),
      "none left",
    );
  });

  it("refuses event changes from non-managers, also as a forged click", async () => {
    const eventId = await scheduleCafe();
    await t.slack.command("UMEN000001", "event edit");
    await t.fake.waitFor(
      () => String(JSON.stringify(t.fake.responses().at(-1))).includes("program managers"),
      "refused",
    );
    await t.slack.blockAction(
      "UMEN000001",
      {
        action_id: ids.close.eventMenu,
        type: "overflow",
        selected_option: {
          value: values.close.eventMenu.encode({ e: eventId, a: "cancel" }),
          text: { type: "plain_text", text: "x" },
        },
      },
      { channelId: "C0GENERAL", message: { ts: "1.1", text: "x" } },
    );
    await t.fake.waitFor(
      () => t.fake.responses().filter((r) => JSON.stringify(r).includes("program managers")).length >= 2,
      "refused click",
    );
    expect(
      t.fake
        .callsTo("views.open")
        .filter((c) => JSON.stringify(c.params).includes(ids.close.eventCancelModal)),
    ).toEqual([]);
    expect(t.db.select().from(events).get()?.cancelledAt).toBeNull();
  });

  it("announces an upcoming event to people who join after it, once, and shows events and the next check-in at home", async () => {
    const eventId = await scheduleCafe();
    // matched later (e.g. the late round): the World Café is announced to them at the next tick
    addPerson(t.db, t.fake, seed.programId, "UNEW000001", "mentor", "matched");
    const first = await tick("2026-05-05T08:00:00Z");
    expect(first.lifecycle).toEqual([`event:${eventId}:announce:UNEW000001`]);
    await t.fake.waitFor(() => t.fake.dmsTo("UNEW000001").length === 1, "late announcement");
    expect((await tick("2026-05-05T08:05:00Z")).lifecycle).toEqual([]);
    expect(t.fake.dmsTo("UNEW000001")).toHaveLength(1);

    await t.slack.event({
      type: "app_home_opened",
      user: "UMEN000001",
      channel: "D0HOME",
      tab: "home",
      event_ts: "1",
    });
    await t.fake.waitFor(() => t.fake.homes.has("UMEN000001"), "home");
    const home = JSON.stringify(t.fake.homes.get("UMEN000001"));
    expect(home).toContain("World Café, 17:00");
    // launched 2 April, check-ins every 14 days: the next after 5 May is 14 May
    expect(home).toContain("Next check-in in your tandem");
    expect(home).toMatch(/14 May 2026|May 14, 2026|14\.05\.2026|Thu.*14/);
  });

  it("asks German tandems in German and, without a showcase channel, shows the managers the shared successes", async () => {
    t.db.update(slackUsers).set({ locale: "de-DE" }).where(eq(slackUsers.userId, "UMEN000001")).run();
    const event = t.db
      .insert(events)
      .values({
        programId: seed.programId,
        kind: "closing",
        startsAt: "2026-09-24T14:00:00.000Z",
        place: "Atrium",
        createdBy: MANAGER,
      })
      .returning()
      .get();
    await tick("2026-09-17T08:00:00Z");
    const [one, two] = seed.tandems;
    if (!one || !two) throw new Error("seed");
    await t.fake.waitFor(
      () =>
        t.fake.messages.filter((m) => JSON.stringify(m.blocks ?? "").includes(ids.close.successEdit))
          .length === 2,
      "prompts",
    );
    await t.fake.waitFor(
      () => t.fake.dmsTo(MANAGER).some((m) => String(m.text).includes("No showcase channel is chosen yet")),
      "managers asked for a channel",
    );
    const german = t.fake.messages.find(
      (m) => m.channel === one.channelId && JSON.stringify(m.blocks ?? "").includes(ids.close.successEdit),
    );
    expect(JSON.stringify(german?.blocks)).toContain("Erste Erfolge");
    t.db
      .insert(tandemSuccesses)
      .values({
        tandemId: one.id,
        programId: seed.programId,
        text: "Wir nutzen jetzt KI",
        updatedBy: one.mentor,
        updatedAt: "2026-09-18T10:00:00Z",
        mentorConsentAt: "2026-09-18T10:00:00Z",
        menteeConsentAt: "2026-09-18T11:00:00Z",
      })
      .run();
    const shown = await tick("2026-09-24T14:05:00Z");
    expect(shown.lifecycle).toEqual([`showcase:e${event.id}`]);
    await t.fake.waitFor(
      () =>
        t.fake.dmsTo(MANAGER).some((m) => String(JSON.stringify(m.blocks)).includes("Wir nutzen jetzt KI")),
      "showcase to managers",
    );
  });

  it("/mentoring program new waits for the running cohort to close, and is for managers only", async () => {
    await t.slack.command(MANAGER, "program new");
    await t.fake.waitFor(
      () => String(JSON.stringify(t.fake.responses().at(-1))).includes("is still running until"),
      "running",
    );
    await t.slack.command("UMEN000001", "program new");
    await t.fake.waitFor(
      () => String(JSON.stringify(t.fake.responses().at(-1))).includes("program managers"),
      "refused",
    );
    await t.slack.command("UMEN000001", "closing");
    await t.fake.waitFor(
      () => t.fake.responses().filter((r) => JSON.stringify(r).includes("program managers")).length >= 2,
      "refused",
    );
    expect(t.db.select().from(programs).all()).toHaveLength(1);
    expect(t.db.select().from(participants).all().length).toBeGreaterThan(0);
  });
});
