import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import {
  eventRsvps,
  events,
  type ParticipantStatus,
  participants,
  programs,
  type Role,
  slackOps,
  slackUsers,
  tandems,
  worldCafeSeats,
} from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids, memberId } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";

const MANAGER = "UPM0000001";
const IN = ids.rhythm.eventInput;

function seedProgram(db: Db): number {
  return db
    .insert(programs)
    .values({
      name: "Digital Leadership 2026",
      topics: ["ai_tools"],
      startDate: "2026-04-01",
      endDate: "2026-09-30",
      signupDeadline: "2026-03-01",
      language: "en",
      timezone: "Europe/Berlin",
      status: "running",
      createdBy: MANAGER,
    })
    .returning({ id: programs.id })
    .get().id;
}

function person(db: Db, programId: number, userId: string, role: Role, status: ParticipantStatus): number {
  return db
    .insert(participants)
    .values({ programId, userId, role, status, consent: true, consentVersion: CONSENT_VERSION })
    .returning({ id: participants.id })
    .get().id;
}

function tandem(db: Db, programId: number, mentor: string, mentee: string): void {
  const mentorId = person(db, programId, mentor, "mentor", "matched");
  const menteeId = person(db, programId, mentee, "mentee", "matched");
  db.insert(tandems)
    .values({ programId, mentorId, menteeId, channelId: `G${mentor.slice(1)}`, status: "active" })
    .run();
}

/** The DM with someone's tables (its fallback text), not a reminder that repeats them. */
const TABLES_DM = /^(Your (new )?tables at|(Deine|Ihre) (neuen )?Tische bei)/;

/**
 * Follows the stored plans: whoever's seats (per round, their table) a new plan changes is owed one
 * tables DM for it, and nobody else; expectOneDmPerChange checks what Slack received against that.
 */
function tablesTold(t: TestApp, everyone: readonly string[]) {
  const owed = new Map<string, number>();
  let last = new Map<string, string>();
  const seats = () => {
    const out = new Map<string, string[]>();
    const rows = t.db.select().from(worldCafeSeats).all();
    rows.sort((a, b) => a.round - b.round);
    for (const s of rows) out.set(s.userId, [...(out.get(s.userId) ?? []), `${s.round}.${s.tableNo}`]);
    return new Map([...out].map(([u, v]) => [u, v.join(",")]));
  };
  const received = (user: string) => t.fake.dmsTo(user).filter((m) => TABLES_DM.test(String(m.text))).length;
  return {
    async expectOneDmPerChange(): Promise<void> {
      const now = seats();
      for (const [user, where] of now)
        if (last.get(user) !== where) owed.set(user, (owed.get(user) ?? 0) + 1);
      last = now;
      await t.fake.waitFor(
        () => everyone.every((u) => received(u) >= (owed.get(u) ?? 0)),
        "a tables DM for everyone whose seats changed",
      );
      // and no second one for the same change
      await new Promise((r) => setTimeout(r, 200));
      for (const user of everyone) expect([user, received(user)]).toEqual([user, owed.get(user) ?? 0]);
    },
  };
}

describe("events through Slack's payloads", () => {
  let t: TestApp;
  let programId: number;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-03-10T12:00:00Z" });
    t.fake.addUser({ id: MANAGER, locale: "en-US" });
    programId = seedProgram(t.db);
  });
  afterEach(async () => t.stop());

  async function openEventModal(n: number): Promise<Record<string, unknown>> {
    await t.slack.command(MANAGER, "event");
    await t.fake.waitForCall("views.open", n);
    const opened = [...t.fake.views.values()][n - 1];
    if (!opened) throw new Error("no view");
    expect(opened.callback_id).toBe(ids.rhythm.eventModal);
    return opened;
  }

  const rsvpValue = (blocks: unknown, r: string) => {
    const json = JSON.stringify(blocks);
    const found = json.includes(`\\"r\\":\\"${r}\\"`);
    expect(found).toBe(true);
  };

  it("announces the kickoff with RSVP buttons; answers are stored, changeable and counted", async () => {
    tandem(t.db, programId, "UMENTOR001", "UEXEC00001");
    person(t.db, programId, "UWAIT00001", "mentor", "waiting");
    person(t.db, programId, "UDONE00001", "mentee", "complete");
    person(t.db, programId, "UDRAFT0001", "mentee", "draft");
    person(t.db, programId, "UGONE00001", "mentor", "withdrawn");
    for (const id of ["UMENTOR001", "UEXEC00001", "UWAIT00001"]) t.fake.addUser({ id, locale: "en-US" });
    // Sign-up cached everyone's profile; this executive reads German.
    t.db
      .insert(slackUsers)
      .values({
        userId: "UDONE00001",
        locale: "de-DE",
        tz: "Europe/Berlin",
        fetchedAt: "2026-02-01T00:00:00Z",
      })
      .run();
    t.db
      .insert(events)
      .values({ programId, kind: "closing", startsAt: "2026-09-20T14:00:00.000Z", createdBy: MANAGER })
      .run();

    const view = await openEventModal(1);
    const res = await t.slack.viewSubmission(MANAGER, view, {
      [IN.kind]: "kickoff",
      [IN.date]: "2026-04-02",
      [IN.time]: "17:30",
      [IN.place]: "<https://evil.example|Room> https://meet.example/k?a=1&b=2 <!channel>",
      [IN.descriptionEn]: "Meet your partner",
    });
    expect(res.json().response_action).toBe("update");
    expect(JSON.stringify(res.json().view)).toContain("4 participants");

    const event = t.db
      .select()
      .from(events)
      .all()
      .find((e) => e.kind === "kickoff");
    expect(event?.startsAt).toBe("2026-04-02T15:30:00.000Z");
    await t.fake.waitFor(() => t.fake.callsTo("chat.postMessage").length === 4, "four announcements");
    await new Promise((r) => setTimeout(r, 100));
    expect(
      t.fake
        .callsTo("chat.postMessage")
        .map((c) => c.params.channel)
        .sort(),
    ).toEqual(["UDONE00001", "UEXEC00001", "UMENTOR001", "UWAIT00001"]);
    // The same submission again (a retry or a double click) schedules and announces nothing new.
    const again = await t.slack.viewSubmission(MANAGER, view, {
      [IN.kind]: "kickoff",
      [IN.date]: "2026-04-02",
      [IN.time]: "17:30",
      [IN.place]: "<https://evil.example|Room> https://meet.example/k?a=1&b=2 <!channel>",
      [IN.descriptionEn]: "Meet your partner",
    });
    expect(again.json().response_action).toBe("update");
    await new Promise((r) => setTimeout(r, 150));
    expect(
      t.db
        .select()
        .from(events)
        .all()
        .filter((e) => e.kind === "kickoff"),
    ).toHaveLength(1);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(4);

    const dm = t.fake.dmsTo("UMENTOR001")[0];
    const dmText = JSON.stringify(dm?.blocks);
    rsvpValue(dm?.blocks, "going");
    rsvpValue(dm?.blocks, "not_going");
    expect(dmText).not.toContain("<https://evil");
    expect(dmText).not.toContain("<!channel>");
    expect(dmText).toContain("&lt;!channel&gt;");
    expect(JSON.stringify(t.fake.dmsTo("UDONE00001")[0]?.blocks)).toContain("Ich komme");

    const click = (userId: string, r: string) =>
      t.slack.blockAction(
        userId,
        { action_id: memberId(ids.rhythm.rsvp, r), value: JSON.stringify({ e: event?.id, r }) },
        { channelId: `D${userId.slice(1)}`, message: { ts: dm?.ts } },
      );
    await click("UMENTOR001", "going");
    await t.fake.waitForCall("response_url");
    expect(t.db.select().from(eventRsvps).all()).toMatchObject([{ userId: "UMENTOR001", response: "going" }]);
    expect(t.fake.responses()[0]).toMatchObject({ replace_original: true });
    expect(JSON.stringify(t.fake.responses()[0]?.blocks)).toContain("You're going");

    await click("UMENTOR001", "not_going");
    await t.fake.waitForCall("response_url", 2);
    expect(t.db.select().from(eventRsvps).all()).toMatchObject([
      { userId: "UMENTOR001", response: "not_going" },
    ]);
    expect(JSON.stringify(t.fake.responses()[1]?.blocks)).toContain("can't make it");

    await click("UWAIT00001", "going");
    await t.fake.waitForCall("response_url", 3);
    await click("UDRAFT0001", "going");
    await t.fake.waitForCall("response_url", 4);
    expect(String(t.fake.responses()[3]?.text)).toContain("not for you");
    expect(t.db.select().from(eventRsvps).all()).toHaveLength(2);

    await t.slack.command(MANAGER, "event list");
    await t.fake.waitForCall("response_url", 5);
    const list = JSON.stringify(t.fake.responses()[4]?.blocks);
    expect(list).toContain("Kickoff");
    expect(list).toContain("1 going · ❌ 1 can't make it · 2 no answer yet");
    expect(list).toContain("Closing event");
    expect(list.indexOf("Kickoff")).toBeLessThan(list.indexOf("Closing event"));
  });

  it("refuses non-managers at the command and at a forged submission, and checks dates inline", async () => {
    t.fake.addUser({ id: "UMENTOR001", locale: "en-US" });
    await t.slack.command("UMENTOR001", "event");
    await t.fake.waitForCall("response_url");
    expect(String(t.fake.responses()[0]?.text)).toContain("Only program managers");
    await t.slack.command("UMENTOR001", "event list");
    await t.fake.waitForCall("response_url", 2);
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    const view = await openEventModal(1);
    const answers = {
      [IN.kind]: "closing",
      [IN.date]: "2026-09-25",
      [IN.time]: "16:00",
      [IN.place]: "Hall A",
    };
    const forged = await t.slack.viewSubmission("UMENTOR001", view, answers);
    expect(forged.json()).toMatchObject({ response_action: "errors" });
    expect(t.db.select().from(events).all()).toHaveLength(0);

    const past = await t.slack.viewSubmission(MANAGER, view, { ...answers, [IN.date]: "2026-03-09" });
    expect(Object.keys(past.json().errors as object)).toEqual([IN.date]);
    const far = await t.slack.viewSubmission(MANAGER, view, { ...answers, [IN.date]: "2027-01-09" });
    expect(JSON.stringify(far.json().errors)).toContain("between");
    expect(t.db.select().from(events).all()).toHaveLength(0);
    expect(t.db.select().from(slackOps).all()).toHaveLength(0);
  });

  it("plans World Café tables after the RSVP deadline from the yes answers, plans again when answers change, and reminds by answer", async () => {
    const pairs: [string, string][] = [];
    for (let i = 1; i <= 6; i++) {
      const pair: [string, string] = [`UMENTOR00${i}`, `UEXEC0000${i}`];
      pairs.push(pair);
      tandem(t.db, programId, ...pair);
      for (const id of pair) t.fake.addUser({ id, locale: id === "UEXEC00001" ? "de-DE" : "en-US" });
    }
    t.db
      .insert(slackUsers)
      .values({
        userId: "UEXEC00001",
        locale: "de-DE",
        tz: "Europe/Berlin",
        fetchedAt: "2026-03-01T00:00:00Z",
      })
      .run();
    const view = await openEventModal(1);
    const res = await t.slack.viewSubmission(MANAGER, view, {
      [IN.kind]: "world_cafe",
      [IN.date]: "2026-05-07",
      [IN.time]: "15:00",
      [IN.place]: "Cafeteria",
      [IN.nameDe]: "World Café: KI im Alltag",
      [IN.nameEn]: "World Café: AI at work",
      [IN.descriptionDe]: "Was hat sich durch KI verändert?",
      [IN.descriptionEn]: "What has AI changed?",
      [IN.rounds]: 3,
    });
    expect(res.json().response_action).toBe("update");
    // Answers close on Monday 4 May (three days ahead of Thursday 7 May); no tables yet.
    expect(JSON.stringify(res.json().view)).toContain("once answers close on Monday 4 May");
    await t.fake.waitFor(() => t.fake.callsTo("chat.postMessage").length === 12, "twelve invitations");
    const event = t.db.select().from(events).get();
    const tablesDms = (user: string) => t.fake.dmsTo(user).filter((m) => TABLES_DM.test(String(m.text)));
    const everyone = pairs.flat();
    const told = tablesTold(t, everyone);
    expect(everyone.flatMap(tablesDms)).toHaveLength(0);
    expect(t.db.select().from(worldCafeSeats).all()).toHaveLength(0);

    // The German reader reads the German name and description; the others the English ones.
    const german = JSON.stringify(t.fake.dmsTo("UEXEC00001")[0]?.blocks);
    expect(german).toContain("World Café: KI im Alltag");
    expect(german).toContain("Was hat sich durch KI verändert?");
    expect(german).toContain("Bitte antworte bis Montag, 4. Mai");
    expect(german).toContain("in 3 Runden");
    expect(german).toContain("insgesamt 2-mal");
    expect(german).not.toContain("AI at work");
    expect(german).not.toContain("What has AI");
    const english = JSON.stringify(t.fake.dmsTo("UMENTOR001")[0]?.blocks);
    expect(english).toContain("World Café: AI at work");
    expect(english).not.toContain("KI im Alltag");

    let clicks = 0;
    const answer = async (userId: string, r: "going" | "not_going") => {
      const dm = t.fake.dmsTo(userId)[0];
      await t.slack.blockAction(
        userId,
        { action_id: memberId(ids.rhythm.rsvp, r), value: JSON.stringify({ e: event?.id, r }) },
        { channelId: `D${userId.slice(1)}`, message: { ts: dm?.ts } },
      );
      await t.fake.waitForCall("response_url", ++clicks);
    };
    // Two decline, one never answers, nine say yes.
    for (const user of everyone) {
      if (user === "UEXEC00006") continue;
      await answer(user, user === "UMENTOR006" || user === "UEXEC00005" ? "not_going" : "going");
    }

    // The day of the deadline: nothing planned yet.
    t.setNow("2026-05-04T10:00:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([]);
    expect(t.db.select().from(worldCafeSeats).all()).toHaveLength(0);

    // 09:00 Berlin on the next working day: planned from the nine yes answers and sent to them.
    t.setNow("2026-05-05T07:00:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([`tables:e${event?.id}:r1`]);
    const seatsNow = () => t.db.select().from(worldCafeSeats).all();
    const going1 = everyone.filter((u) => !["UMENTOR006", "UEXEC00005", "UEXEC00006"].includes(u));
    expect([...new Set(seatsNow().map((s) => s.userId))].sort()).toEqual([...going1].sort());
    const tableSizes = () => {
      const sizes = new Map<string, number>();
      for (const s of seatsNow())
        sizes.set(`${s.round}.${s.tableNo}`, (sizes.get(`${s.round}.${s.tableNo}`) ?? 0) + 1);
      return [...sizes.values()];
    };
    for (const size of tableSizes()) expect(size).toBeGreaterThanOrEqual(4);
    await told.expectOneDmPerChange();
    await t.fake.waitFor(() => going1.every((u) => tablesDms(u).length === 1), "tables for the nine");
    for (const user of ["UMENTOR006", "UEXEC00005", "UEXEC00006"]) expect(tablesDms(user)).toHaveLength(0);
    expect(JSON.stringify(tablesDms("UEXEC00001")[0]?.blocks)).toContain(
      "Deine Tische bei der Veranstaltung *World Café: KI im Alltag*",
    );
    // A tick later with the same answers plans nothing again.
    t.setNow("2026-05-05T07:05:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([]);

    // A yes turns into a no: planned again without them; only who changed table is told.
    await answer("UMENTOR001", "not_going");
    t.setNow("2026-05-05T08:00:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([`tables:e${event?.id}:r2`]);
    expect(seatsNow().some((s) => s.userId === "UMENTOR001")).toBe(false);
    for (const size of tableSizes()) expect(size).toBeGreaterThanOrEqual(4);
    await told.expectOneDmPerChange();
    const moved = going1.filter((u) => tablesDms(u).length === 2);
    expect(moved.length).toBeLessThan(8);
    for (const user of moved)
      expect(JSON.stringify(tablesDms(user)[1]?.blocks)).toMatch(/planned again|neu geplant/);
    // A no turns into a yes: seated, and told their tables.
    await answer("UEXEC00005", "going");
    t.setNow("2026-05-05T09:00:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([`tables:e${event?.id}:r3`]);
    await told.expectOneDmPerChange();
    await t.fake.waitFor(() => tablesDms("UEXEC00005").length === 1, "the late yes gets their tables");
    expect(JSON.stringify(tablesDms("UEXEC00005")[0]?.blocks)).toContain("Your tables at");

    // The day before (Wednesday 09:00 Berlin): a reminder fitting each answer.
    t.setNow("2026-05-06T07:00:00Z");
    const before = t.fake.messages.length;
    const { sent } = await runDueWork(t.deps, t.deps.clock());
    expect(sent).toContain(`reminder:e${event?.id}:1d`);
    await t.fake.waitFor(() => t.fake.messages.length >= before + 10, "ten reminders");
    await new Promise((r) => setTimeout(r, 200));
    const reminderTo = (user: string) =>
      t.fake
        .dmsTo(user)
        .filter((m) => /Reminder|Erinnerung|You said yes|Du hast zugesagt/.test(String(m.text)));
    for (const user of ["UMENTOR001", "UMENTOR006"]) expect(reminderTo(user)).toHaveLength(0);
    // no new plan, no new tables DM: the reminder carries them
    await told.expectOneDmPerChange();
    const yes = JSON.stringify(reminderTo("UMENTOR002")[0]);
    expect(yes).toContain("You said yes, and it is tomorrow");
    expect(yes).toContain("Round 1: table");
    expect(yes).not.toContain("Will you be there");
    expect(yes).not.toContain(memberId(ids.rhythm.rsvp, "going"));
    const ja = JSON.stringify(reminderTo("UEXEC00001")[0]);
    expect(ja).toContain("Du hast zugesagt, morgen ist es so weit: *World Café: KI im Alltag*");
    expect(ja).toContain("Was hat sich durch KI verändert?");
    const open = JSON.stringify(reminderTo("UEXEC00006")[0]);
    expect(open).toContain("We have no answer from you yet");
    expect(open).toContain(memberId(ids.rhythm.rsvp, "going"));

    // The manager sees the tables as sent from the list.
    await t.slack.command(MANAGER, "event list");
    await t.fake.waitForCall("response_url", ++clicks);
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.rhythm.cafePropose, value: JSON.stringify({ e: event?.id }) },
      { channelId: "C0GENERAL", message: { ts: "1.2" } },
    );
    await t.fake.waitForCall("response_url", ++clicks);
    expect(JSON.stringify(t.fake.responses().at(-1)?.blocks)).toContain("Tables (sent)");

    // Once the event has begun, answers change nothing any more.
    await answer("UMENTOR003", "not_going");
    t.setNow("2026-05-07T13:30:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([]);
  });

  it("sends the tables planned on the day of the day-before reminder once: the tables DM, no reminder besides", async () => {
    const everyone: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const pair: [string, string] = [`UMENTOR00${i}`, `UEXEC0000${i}`];
      everyone.push(...pair);
      tandem(t.db, programId, ...pair);
      for (const id of pair) t.fake.addUser({ id, locale: "en-US" });
    }
    const view = await openEventModal(1);
    // Tuesday 12 May: answers close on Friday 8 May, the tables come on Monday 11 May at 09:00,
    // the day the day-before reminder goes out too
    await t.slack.viewSubmission(MANAGER, view, {
      [IN.kind]: "world_cafe",
      [IN.date]: "2026-05-12",
      [IN.time]: "15:00",
      [IN.place]: "Cafeteria",
      [IN.rounds]: 3,
    });
    await t.fake.waitFor(() => t.fake.callsTo("chat.postMessage").length === 10, "ten invitations");
    const event = t.db.select().from(events).get();
    let clicks = 0;
    for (const user of everyone) {
      const dm = t.fake.dmsTo(user)[0];
      await t.slack.blockAction(
        user,
        {
          action_id: memberId(ids.rhythm.rsvp, "going"),
          value: JSON.stringify({ e: event?.id, r: "going" }),
        },
        { channelId: `D${user.slice(1)}`, message: { ts: dm?.ts } },
      );
      await t.fake.waitForCall("response_url", ++clicks);
    }
    const told = tablesTold(t, everyone);
    const before = new Map(everyone.map((u) => [u, t.fake.dmsTo(u).length]));
    t.setNow("2026-05-11T07:00:00Z");
    const result = await runDueWork(t.deps, t.deps.clock());
    expect(result.cafeTables).toEqual([`tables:e${event?.id}:r1`]);
    expect(result.sent).toContain(`reminder:e${event?.id}:1d`);
    await told.expectOneDmPerChange();
    for (const user of everyone) {
      const fresh = t.fake.dmsTo(user).slice(before.get(user) ?? 0);
      expect(fresh.map((m) => String(m.text).slice(0, 20))).toEqual(["Your tables at World"]);
      expect(JSON.stringify(fresh[0]?.blocks)).toContain("Round 1: table");
    }
    // a later tick of that day with the same answers sends nothing more
    t.setNow("2026-05-11T07:05:00Z");
    expect((await runDueWork(t.deps, t.deps.clock())).cafeTables).toEqual([]);
    await told.expectOneDmPerChange();
  });
});
