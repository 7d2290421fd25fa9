import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import {
  checkins,
  circles,
  participants,
  programs,
  scheduledSends,
  slackUsers,
  tandems,
} from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids, memberId } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { parseValue } from "../helpers/values";

const MANAGER = "UPM0000001";
const MENTOR = "UMENTOR001";
const EXEC = "UEXEC00001";
const CHANNEL = "G0TANDEM01";
const CIRCLE = "G0CIRCLE01";

function seed(db: Db, language: "en" | "de" = "en"): number {
  const { id: programId } = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2027",
      topics: ["ai_tools"],
      startDate: "2027-02-01",
      endDate: "2027-07-30",
      signupDeadline: "2027-01-15",
      language,
      timezone: "Europe/Berlin",
      status: "running",
      createdBy: MANAGER,
    })
    .returning({ id: programs.id })
    .get();
  const person = (userId: string, role: "mentor" | "mentee") => {
    db.insert(slackUsers)
      .values({ userId, tz: "Europe/Berlin", locale: "en-US", fetchedAt: "2027-01-01T00:00:00Z" })
      .run();
    return db
      .insert(participants)
      .values({ programId, userId, role, status: "matched", consent: true, consentVersion: CONSENT_VERSION })
      .returning({ id: participants.id })
      .get().id;
  };
  db.insert(tandems)
    .values({
      programId,
      mentorId: person(MENTOR, "mentor"),
      menteeId: person(EXEC, "mentee"),
      channelId: CHANNEL,
      status: "active",
      launchedAt: "2027-02-02T09:30:00Z",
    })
    .run();
  db.insert(circles).values({ programId, kind: "mentor", channelId: CIRCLE }).run();
  return programId;
}

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };

describe("scheduled messages reach Slack once", () => {
  let app: TestApp;

  beforeEach(async () => {
    // 10:00 in Berlin: the tandem's check-in moment that day (10:55 Berlin) has come.
    app = await startTestApp({ now: "2027-02-16T10:00:00Z" });
    // The tandem's and the circle's private channels, which the app created at launch.
    app.fake.addChannel({ id: CHANNEL, members: new Set([app.fake.botUserId, MENTOR, EXEC]) });
    app.fake.addChannel({ id: CIRCLE });
  });
  afterEach(async () => {
    await app.stop();
  });

  it("posts the check-in with its answer buttons and remembers where it landed", async () => {
    seed(app.db);
    const now = app.deps.clock();
    expect((await runDueWork(app.deps, now)).sent).toEqual(["checkin:t1:p1"]);
    // A second tick at the same moment (or after a restart) adds nothing.
    expect((await runDueWork(app.deps, now)).sent).toEqual([]);
    await app.fake.waitFor(() => app.fake.messages.some((m) => m.channel === CHANNEL), "the check-in");
    const posted = app.fake.messages.filter((m) => m.channel === CHANNEL);
    expect(posted).toHaveLength(1);
    const blocks = (posted[0]?.blocks ?? []) as Block[];
    expect(blocks[0]?.text?.text).toContain(`<@${MENTOR}>`);
    const buttons = blocks.find((b) => b.type === "actions")?.elements ?? [];
    const checkin = app.db.select().from(checkins).get();
    expect(buttons.map((b) => [b.action_id, parseValue(b.value)])).toEqual([
      [memberId(ids.rhythm.checkinAnswer, "yes"), { c: checkin?.id, a: "yes" }],
      [memberId(ids.rhythm.checkinAnswer, "not_yet"), { c: checkin?.id, a: "not_yet" }],
      [memberId(ids.rhythm.checkinAnswer, "help"), { c: checkin?.id, a: "help" }],
    ]);
    await app.fake.waitFor(() => app.db.select().from(checkins).get()?.messageTs != null, "the recorded ts");
    expect(app.db.select().from(checkins).get()).toMatchObject({
      channelId: CHANNEL,
      messageTs: posted[0]?.ts,
    });
    const send = app.db.select().from(scheduledSends).where(eq(scheduledSends.key, "checkin:t1:p1")).get();
    expect(send).toMatchObject({ channelId: CHANNEL, messageTs: posted[0]?.ts });
  });

  it("starts a mentor-circle thread in the program's language and alerts the managers of a stall", async () => {
    seed(app.db, "de");
    app.setNow("2027-03-09T08:00:00Z");
    // After downtime only what still makes sense goes out: the latest check-in and the circle prompt,
    // no nudge and no alert beside the first check-in the tandem could answer.
    expect((await runDueWork(app.deps, app.deps.clock())).sent).toEqual(["checkin:t1:p2", "circle:p1:n1"]);
    await app.fake.waitFor(() => app.fake.messages.some((m) => m.channel === CIRCLE), "the circle prompt");
    const prompt = app.fake.messages.find((m) => m.channel === CIRCLE);
    expect(((prompt?.blocks ?? []) as Block[])[0]?.text?.text).toBe("Mentor:innen-Runde · Erste Treffen");
    const tick = async (iso: string) => {
      app.setNow(iso);
      const { sent } = await runDueWork(app.deps, app.deps.clock());
      await app.fake.waitFor(() => app.outbox.isIdle(), "the outbox");
      return sent.filter((key) => !key.startsWith("circle:"));
    };
    await app.fake.waitFor(() => app.db.select().from(checkins).get()?.messageTs != null, "the check-in");
    // Three weeks into the stall a nudge, not beside the check-in of the day but three working days
    // later, in the thread of that check-in.
    expect(await tick("2027-03-16T10:00:00Z")).toEqual(["checkin:t1:p3"]);
    expect(await tick("2027-03-30T10:00:00Z")).toEqual(["checkin:t1:p4"]);
    expect(await tick("2027-04-01T10:00:00Z")).toEqual([]);
    expect(await tick("2027-04-02T10:00:00Z")).toEqual(["nudge:t1:since2027-03-09"]);
    const checkinP4 = app.db.select().from(checkins).where(eq(checkins.period, 4)).get();
    const nudge = app.fake.messages.find((m) => m.channel === CHANNEL && m.threadTs);
    expect(nudge?.text).toBe("A friendly reminder: this check-in is still open.");
    expect(nudge?.threadTs).toBe(checkinP4?.messageTs);
    // Three check-ins without a meeting, over five weeks: the managers hear of it, with the history.
    expect(await tick("2027-04-13T08:00:00Z")).toEqual(["alert:t1:since2027-03-09"]);
    await app.fake.waitForCall("views.publish");
    const dm = app.fake.messages.find((m) => m.channel !== CHANNEL && m.channel !== CIRCLE && !m.threadTs);
    // The manager has no cached locale: the program's language.
    expect(dm?.text).toBe("Ein Tandem hat seit 35 Tagen kein Treffen gemeldet");
    // The tandem never reported a meeting: the history counts from its start, not from 9 March (its
    // first check-in after the downtime).
    expect(JSON.stringify(dm?.blocks)).toContain(
      "Kein Treffen gemeldet, seit das Tandem am 2. Februar 2027 gestartet ist. Check-ins ohne gemeldetes Treffen: 3.",
    );
    const follow = ((dm?.blocks ?? []) as Block[]).find((b) => b.type === "actions")?.elements ?? [];
    expect(follow.map((b) => parseValue(b.value).f)).toEqual(["claim", "resolve", "pause"]);
  });
});
