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
      [IN.description]: "Meet your partner",
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
      [IN.description]: "Meet your partner",
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

  it("seats 12 people of 6 tandems at tables of 4–6 per round and DMs each person their tables once", async () => {
    const pairs: [string, string][] = [];
    for (let i = 1; i <= 6; i++) {
      const pair: [string, string] = [`UMENTOR00${i}`, `UEXEC0000${i}`];
      pairs.push(pair);
      tandem(t.db, programId, ...pair);
    }
    const view = await openEventModal(1);
    const res = await t.slack.viewSubmission(MANAGER, view, {
      [IN.kind]: "world_cafe",
      [IN.date]: "2026-05-05",
      [IN.time]: "15:00",
      [IN.place]: "Cafeteria",
      [IN.rounds]: 3,
    });
    expect(res.json().response_action).toBe("update");
    await t.fake.waitForCall("views.update");
    const proposal = t.fake.views.get(view.id as string);
    expect(JSON.stringify(proposal)).toContain("Proposed tables");

    const seats = t.db.select().from(worldCafeSeats).all();
    expect(seats).toHaveLength(36);
    for (const round of [1, 2, 3]) {
      const inRound = seats.filter((s) => s.round === round);
      const tables = new Map<number, string[]>();
      for (const s of inRound) tables.set(s.tableNo, [...(tables.get(s.tableNo) ?? []), s.userId]);
      for (const people of tables.values()) {
        expect(people.length).toBeGreaterThanOrEqual(4);
        expect(people.length).toBeLessThanOrEqual(6);
        expect(people.some((u) => u.startsWith("UMENTOR"))).toBe(true);
        expect(people.some((u) => u.startsWith("UEXEC"))).toBe(true);
        for (const [a, b] of pairs) expect(people.includes(a) && people.includes(b)).toBe(false);
      }
    }

    // A participant cannot send the tables; a click in a modal has no response_url, so the app's DM says so.
    await t.slack.blockAction(
      "UMENTOR001",
      { action_id: ids.rhythm.cafeConfirm, value: JSON.stringify({ e: seats[0]?.eventId }) },
      { view: proposal },
    );
    await t.fake.waitFor(
      () => t.fake.dmsTo("UMENTOR001").some((m) => String(m.text).includes("Only program managers")),
      "the refusal in the DM",
    );
    expect(
      t.db
        .select()
        .from(slackOps)
        .all()
        .filter((o) => o.key.includes(":tables:")),
    ).toHaveLength(0);

    for (let click = 0; click < 2; click++) {
      await t.slack.blockAction(
        MANAGER,
        { action_id: ids.rhythm.cafeConfirm, value: JSON.stringify({ e: seats[0]?.eventId }) },
        { view: t.fake.views.get(view.id as string) },
      );
      await t.fake.waitForCall("views.update", 2 + click);
    }
    await t.fake.waitFor(
      () => t.fake.callsTo("chat.postMessage").length === 25,
      "the refusal, 12 announcements and 12 tables",
    );
    await new Promise((r) => setTimeout(r, 150));
    for (const [mentor, exec] of pairs) {
      for (const user of [mentor, exec]) {
        const tablesDms = t.fake
          .dmsTo(user)
          .filter((m) => JSON.stringify(m.blocks ?? []).includes("Round 1: table"));
        expect(tablesDms).toHaveLength(1);
        expect(JSON.stringify(tablesDms[0]?.blocks)).toContain("Round 3: table");
      }
    }
    expect(JSON.stringify(t.fake.views.get(view.id as string))).toContain(
      "Tables sent: 0 (already had them: 12)",
    );

    // From the list, a manager can plan the tables again; the proposal replaces the list message.
    await t.slack.command(MANAGER, "event list");
    await t.fake.waitForCall("response_url", 1);
    expect(JSON.stringify(t.fake.responses()[0]?.blocks)).toContain(ids.rhythm.cafePropose);
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.rhythm.cafePropose, value: JSON.stringify({ e: seats[0]?.eventId }) },
      { channelId: "C0GENERAL", message: { ts: "1.2" } },
    );
    await t.fake.waitForCall("response_url", 2);
    expect(t.fake.responses()[1]).toMatchObject({ replace_original: true });
    expect(JSON.stringify(t.fake.responses()[1]?.blocks)).toContain("Proposed tables");
    expect(t.db.select().from(worldCafeSeats).all()).toHaveLength(36);
  });
});
