import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { type Db, openDb } from "../../src/db/client";
import {
  checkinAnswers,
  checkins,
  circles,
  events,
  participants,
  programs,
  scheduledSends,
  slackOps,
  slackUsers,
  tandemAlerts,
  tandems,
} from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { runDueWork, startScheduler } from "../../src/jobs/scheduler";
import { createLogger } from "../../src/logger";
import { ids, memberId } from "../../src/slack/ids";
import { alertDmKey } from "../../src/slack/views/rhythmAlerts";
import { parseValue } from "../helpers/values";

const MANAGER = "UPM0000001";
const HOUR = 3_600_000;

function makeDeps(db: Db, now: () => Date, wakes: { count: number }): Deps {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "secret",
    DATABASE_PATH: ":memory:",
    PROGRAM_MANAGERS: MANAGER,
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return {
    config: result.config,
    db,
    clock: now,
    logger: createLogger("error"),
    wakeOutbox: () => {
      wakes.count++;
    },
  };
}

interface Seed {
  programId: number;
  t1: number;
  t2: number;
}

/** Two tandems launched 2027-02-02: t1 in Berlin with its channel, t2 Berlin/New York without one yet. */
function seed(db: Db): Seed {
  const { id: programId } = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2027",
      topics: ["ai_tools"],
      startDate: "2027-02-01",
      endDate: "2027-07-30",
      signupDeadline: "2027-01-15",
      language: "en",
      timezone: "Europe/Berlin",
      status: "running",
      createdBy: MANAGER,
    })
    .returning({ id: programs.id })
    .get();
  const person = (userId: string, role: "mentor" | "mentee", tz: string) => {
    db.insert(slackUsers).values({ userId, tz, locale: "en-US", fetchedAt: "2027-01-01T00:00:00Z" }).run();
    return db
      .insert(participants)
      .values({ programId, userId, role, status: "matched", consent: true, consentVersion: CONSENT_VERSION })
      .returning({ id: participants.id })
      .get().id;
  };
  const tandem = (mentorId: number, menteeId: number, channelId: string | null) =>
    db
      .insert(tandems)
      .values({
        programId,
        mentorId,
        menteeId,
        channelId,
        status: "active",
        launchedAt: "2027-02-02T09:30:00Z",
      })
      .returning({ id: tandems.id })
      .get().id;
  const t1 = tandem(
    person("UMENTOR001", "mentor", "Europe/Berlin"),
    person("UEXEC00001", "mentee", "Europe/Berlin"),
    "G0TANDEM01",
  );
  const t2 = tandem(
    person("UMENTOR002", "mentor", "Europe/Berlin"),
    person("UEXEC00002", "mentee", "America/New_York"),
    null,
  );
  db.insert(circles).values({ programId, kind: "mentor", channelId: "G0CIRCLE01" }).run();
  db.insert(events)
    .values({
      programId,
      kind: "world_cafe",
      startsAt: "2027-03-10T13:00:00Z",
      rounds: 3,
      createdBy: MANAGER,
    })
    .run();
  return { programId, t1, t2 };
}

describe("the scheduler job", () => {
  let db: Db;
  let s: Seed;
  const wakes = { count: 0 };

  beforeEach(() => {
    db = openDb(":memory:");
    s = seed(db);
    wakes.count = 0;
  });
  afterEach(() => db.$client.close());

  /** Hourly ticks; a "restart" builds new deps, so nothing but the database carries over. */
  async function run(from: string, to: string, each?: (now: Date) => void): Promise<string[]> {
    const sent: string[] = [];
    for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) {
      const now = new Date(t);
      each?.(now);
      const deps = makeDeps(db, () => now, wakes);
      sent.push(
        ...(await runDueWork(deps, now)).sent.map((key) => `${now.toISOString().slice(0, 13)} ${key}`),
      );
    }
    return sent;
  }

  it("records every due item once, with its outbox ops under the same key, across restarts", async () => {
    const giveT2AChannel = (now: Date) => {
      if (now.toISOString() === "2027-02-17T00:00:00.000Z")
        db.update(tandems).set({ channelId: "G0TANDEM02" }).where(eq(tandems.id, s.t2)).run();
    };
    const sent = [
      ...(await run("2027-02-01T00:00:00Z", "2027-02-20T11:00:00Z", giveT2AChannel)),
      ...(await run("2027-02-20T11:00:00Z", "2027-03-24T00:00:00Z")),
    ];
    expect(sent).toEqual([
      // t1's check-ins are due at its moment of the day, 10:55 in Berlin, and go at the next tick.
      "2027-02-16T10 checkin:t1:p1",
      // t2 had no channel on the 16th: its check-in waits, then goes at 09:00 New York time.
      "2027-02-17T14 checkin:t2:p1",
      "2027-02-22T08 circle:p1:n1",
      "2027-03-02T10 checkin:t1:p2",
      "2027-03-02T14 checkin:t2:p2",
      "2027-03-03T08 reminder:e1:7d",
      // Stalls count from the first check-in (2027-02-16): three weeks later a nudge follows up the
      // unanswered check-in of 2027-03-02 in its thread.
      "2027-03-09T08 nudge:t1:since2027-02-16",
      "2027-03-09T08 reminder:e1:1d",
      // t2's first check-in went out a day late (it had no channel yet): its stall counts from then.
      "2027-03-10T14 nudge:t2:since2027-02-17",
      "2027-03-15T08 circle:p1:n2",
      "2027-03-16T10 checkin:t1:p3",
      "2027-03-16T13 checkin:t2:p3",
      // Three check-ins without a meeting, five weeks into the stall: the managers hear of it.
      "2027-03-23T08 alert:t1:since2027-02-16",
    ]);

    const ops = db.select().from(slackOps).all();
    const opKeys = ops.map((o) => o.key);
    for (const line of sent) {
      const key = line.split(" ")[1] ?? "";
      expect(db.select().from(scheduledSends).where(eq(scheduledSends.key, key)).get()).toBeDefined();
      expect(opKeys.some((k) => k === key || k.startsWith(`${key}:`))).toBe(true);
    }
    // Alerts: a DM and a refreshed App Home for the manager, and one open "at risk" alert each.
    const alerts = db.select().from(tandemAlerts).all();
    expect(alerts.map((a) => [a.key, a.tandemId, a.reason, a.since, a.unanswered])).toEqual([
      ["alert:t1:since2027-02-16", s.t1, "stall", "2027-02-16", 3],
    ]);
    expect(opKeys).toContain(alertDmKey(alerts[0]?.id ?? 0, MANAGER));
    expect(opKeys).toContain(`alert:t1:since2027-02-16:home:${MANAGER}`);
    // The nudge is a reply in the thread of the check-in it follows up.
    const nudge = ops.find((o) => o.key === "nudge:t1:since2027-02-16");
    expect(nudge?.dependsOn).toBe("checkin:t1:p2");
    expect((nudge?.payload.args as { thread_ts?: string } | undefined)?.thread_ts).toBe("<%ts%>");
    // Reminders: a DM to each matched participant.
    expect(opKeys.filter((k) => k.startsWith("reminder:e1:1d:")).sort()).toEqual([
      "reminder:e1:1d:UEXEC00001",
      "reminder:e1:1d:UEXEC00002",
      "reminder:e1:1d:UMENTOR001",
      "reminder:e1:1d:UMENTOR002",
    ]);
    // Check-ins: one row per period, and the buttons carry that row's id.
    const rows = db.select().from(checkins).all();
    expect(rows.map((c) => [c.tandemId, c.period])).toEqual([
      [s.t1, 1],
      [s.t2, 1],
      [s.t1, 2],
      [s.t2, 2],
      [s.t1, 3],
      [s.t2, 3],
    ]);
    const first = ops.find((o) => o.key === "checkin:t1:p1");
    expect(first?.kind).toBe("message.post");
    type Block = { type: string; block_id?: string; elements?: { action_id: string; value: string }[] };
    const args = (first?.payload.args ?? {}) as { blocks?: Block[] };
    const row = args.blocks?.find((b) => b.type === "actions");
    expect(row?.block_id).toBe(ids.rhythm.checkinActions);
    const buttons = row?.elements ?? [];
    expect(buttons.map((b) => b.action_id)).toEqual([
      memberId(ids.rhythm.checkinAnswer, "yes"),
      memberId(ids.rhythm.checkinAnswer, "not_yet"),
      memberId(ids.rhythm.checkinAnswer, "help"),
    ]);
    expect(buttons.map((b) => parseValue(b.value))).toEqual([
      { c: rows[0]?.id, a: "yes" },
      { c: rows[0]?.id, a: "not_yet" },
      { c: rows[0]?.id, a: "help" },
    ]);
    // The outbox is woken once per tick that recorded something.
    expect(wakes.count).toBe(new Set(sent.map((line) => line.split(" ")[0])).size);
  });

  it("does nothing twice when two ticks race for the same moment", async () => {
    const now = new Date("2027-02-16T10:00:00Z");
    const deps = makeDeps(db, () => now, wakes);
    expect((await runDueWork(deps, now)).sent).toEqual(["checkin:t1:p1"]);
    expect((await runDueWork(deps, now)).sent).toEqual([]);
    expect(db.select().from(slackOps).all()).toHaveLength(1);
  });

  it("leaves an item due, with nothing written, while it cannot be sent", async () => {
    const now = new Date("2027-02-16T14:00:00Z");
    const result = await runDueWork(
      makeDeps(db, () => now, wakes),
      now,
    );
    expect(result.sent).toEqual(["checkin:t1:p1"]);
    expect(result.notReady).toEqual(["checkin:t2:p1"]);
    expect(
      db.select().from(scheduledSends).where(eq(scheduledSends.key, "checkin:t2:p1")).get(),
    ).toBeUndefined();
    expect(db.select().from(checkins).where(eq(checkins.tandemId, s.t2)).all()).toEqual([]);
  });

  it("alerts the managers of a call for help, and keeps meetings from counting as a stall", async () => {
    const checkinId = db.insert(checkins).values({ tandemId: s.t1, period: 1 }).returning().get().id;
    db.insert(checkinAnswers)
      .values([
        {
          checkinId,
          userId: "UMENTOR001",
          answer: "yes",
          metOn: "2027-02-15",
          answeredAt: "2027-02-16T09:00:00Z",
        },
        { checkinId, userId: "UEXEC00001", answer: "help", answeredAt: "2027-02-16T09:05:00Z" },
      ])
      .run();
    const now = new Date("2027-02-16T09:10:00Z");
    db.insert(scheduledSends)
      .values({
        key: "checkin:t1:p1",
        programId: s.programId,
        kind: "checkin",
        sentAt: "2027-02-16T09:00:00Z",
      })
      .run();
    expect(
      (
        await runDueWork(
          makeDeps(db, () => now, wakes),
          now,
        )
      ).sent,
    ).toEqual([`alert:t1:helpc${checkinId}-UEXEC00001`]);
    expect(
      db
        .select()
        .from(tandemAlerts)
        .all()
        .map((a) => [a.tandemId, a.reason]),
    ).toEqual([[s.t1, "help"]]);
    // The meeting on the 15th restarts the stall count: no nudge for t1 three weeks later.
    const later = new Date("2027-03-09T09:00:00Z");
    expect(
      (
        await runDueWork(
          makeDeps(db, () => later, wakes),
          later,
        )
      ).sent,
    ).not.toContain("nudge:t1:since2027-02-16");
  });

  it("ticks once at start-up, then on its cron schedule, until stopped", async () => {
    const now = new Date("2027-02-16T10:00:00Z");
    const scheduler = startScheduler(makeDeps(db, () => now, wakes));
    await new Promise((resolve) => setImmediate(resolve));
    await scheduler.stop();
    expect(
      db
        .select()
        .from(scheduledSends)
        .all()
        .map((r) => r.key),
    ).toEqual(["checkin:t1:p1"]);
    expect((await scheduler.tick())?.sent).toEqual([]);
  });
});
