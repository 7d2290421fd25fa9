import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { addDays, isAllowedForAll, localDate } from "../../src/domain/rhythm/time";
import { runDueWork } from "../../src/jobs/scheduler";
import { createLogger } from "../../src/logger";

/*
 * The scheduler against a real SQLite file: a six-month program with four tandems, runDueWork on an
 * injected clock every hour, people's meetings, a pause and a call for help written to the database
 * as they happen, and a restart in the middle (the database closed and opened again, new deps).
 * The same world as tests/unit/rhythm-simulation.test.ts, which drives dueItems alone:
 *   t1  mentor and executive in Berlin, meets every two weeks
 *   t2  mentor in Berlin, executive in New York, paused 2027-03-08 until 2027-03-29
 *   t3  mentor in New York, executive in Berlin, stops reporting meetings after 2027-03-12
 *   t4  both in New York, asks for help on 2027-05-19
 */

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const HOUR = 3_600_000;
const MANAGER = "UPM0000001";
const START = "2027-02-01T00:00:00Z";
const RESTART = "2027-04-13T10:00:00Z";
const END = "2027-08-09T00:00:00Z";
const HELP_AT = "2027-05-19T12:20:00Z";

const zones: Record<number, [mentor: string, mentee: string]> = {
  1: [BERLIN, BERLIN],
  2: [BERLIN, NEW_YORK],
  3: [NEW_YORK, BERLIN],
  4: [NEW_YORK, NEW_YORK],
};

function everyTwoWeeks(first: string, until = "2027-07-30"): string[] {
  const dates: string[] = [];
  for (let d = first; d <= until; d = addDays(d, 14)) dates.push(d);
  return dates;
}

const meetings: Record<number, string[]> = {
  1: everyTwoWeeks("2027-02-09"),
  2: ["2027-02-16", "2027-03-02", ...everyTwoWeeks("2027-04-06")],
  3: ["2027-02-12", "2027-02-26", "2027-03-12"],
  4: everyTwoWeeks("2027-02-11"),
};

function deps(db: Db, dir: string): Deps {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: "secret",
    PORT: "0",
    DATABASE_PATH: join(dir, "six-months.db"),
    PROGRAM_MANAGERS: MANAGER,
    DEFAULT_LANGUAGE: "en",
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return {
    config: result.config,
    db,
    clock: () => new Date(START),
    logger: createLogger("error"),
    wakeOutbox: () => {},
  };
}

/** The program as the launch leaves it: four active tandems with channels, a mentor circle, three events. */
function seed(db: Db): void {
  const programId = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2027",
      topics: ["ai_tools"],
      startDate: "2027-02-01",
      endDate: "2027-07-30",
      signupDeadline: "2027-01-15",
      language: "en",
      timezone: BERLIN,
      status: "running",
      createdBy: MANAGER,
    })
    .returning({ id: programs.id })
    .get().id;
  const person = (userId: string, role: "mentor" | "mentee", tz: string) => {
    db.insert(slackUsers).values({ userId, tz, locale: "en-US", fetchedAt: "2027-01-01T00:00:00Z" }).run();
    return db
      .insert(participants)
      .values({ programId, userId, role, status: "matched", consent: true, consentVersion: CONSENT_VERSION })
      .returning({ id: participants.id })
      .get().id;
  };
  for (const t of [1, 2, 3, 4]) {
    const [mentorTz, menteeTz] = zones[t] ?? [BERLIN, BERLIN];
    db.insert(tandems)
      .values({
        programId,
        mentorId: person(`UMEN00000${t}`, "mentor", mentorTz),
        menteeId: person(`UEXE00000${t}`, "mentee", menteeTz),
        channelId: `G0TANDEM0${t}`,
        status: "active",
        launchedAt: "2027-02-02T09:30:00Z",
      })
      .run();
  }
  db.insert(circles).values({ programId, kind: "mentor", channelId: "G0CIRCLE01" }).run();
  for (const [kind, startsAt] of [
    ["kickoff", "2027-02-08T15:00:00Z"],
    ["world_cafe", "2027-04-21T13:00:00Z"],
    ["closing", "2027-07-26T14:00:00Z"],
  ] as const) {
    db.insert(events).values({ programId, kind, startsAt, createdBy: MANAGER }).run();
  }
}

/**
 * What people do by `now`: meetings reported (on check-in rows of their own, so they never collide
 * with the scheduler's periods), t2's pause from 2027-03-08, t4's call for help.
 */
function act(db: Db, now: Date, done: Set<string>): void {
  const today = localDate(now, BERLIN);
  const once = (key: string, write: () => void) => {
    if (done.has(key)) return;
    done.add(key);
    write();
  };
  for (const t of [1, 2, 3, 4]) {
    (meetings[t] ?? []).forEach((metOn, i) => {
      if (metOn > today) return;
      once(`met:t${t}:${metOn}`, () => {
        const { id } = db
          .insert(checkins)
          .values({ tandemId: t, period: 1000 + i })
          .returning({ id: checkins.id })
          .get();
        db.insert(checkinAnswers)
          .values({
            checkinId: id,
            userId: `UEXE00000${t}`,
            answer: "yes",
            metOn,
            answeredAt: now.toISOString(),
          })
          .run();
      });
    });
  }
  if (today >= "2027-03-08") {
    once("pause:t2", () =>
      db.update(tandems).set({ status: "paused", pausedUntil: "2027-03-29" }).where(eq(tandems.id, 2)).run(),
    );
  }
  if (now.getTime() >= Date.parse(HELP_AT)) {
    once("help:t4", () => {
      db.insert(checkins).values({ id: 99_999, tandemId: 4, period: 999 }).run();
      db.insert(checkinAnswers)
        .values({ checkinId: 99_999, userId: "UEXE000004", answer: "help", answeredAt: HELP_AT })
        .run();
    });
  }
}

/**
 * Ticks from `from` to `to` as the cron job would: every hour on weekdays from 05:00 to 23:00 UTC
 * (around every working hour in Berlin and New York), every four hours at night and at weekends,
 * where nothing may go out. Fewer ticks keep the test fast; the night ones check that nothing is sent.
 */
async function run(d: Deps, from: string, to: string, done: Set<string>): Promise<void> {
  for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) {
    const now = new Date(t);
    const weekday = now.getUTCDay() >= 1 && now.getUTCDay() <= 5;
    const hour = now.getUTCHours();
    if (!(weekday && hour >= 5) && hour % 4 !== 0) continue;
    act(d.db, now, done);
    const result = await runDueWork(d, now);
    expect(result.failed, now.toISOString()).toEqual([]);
    expect(result.notReady, now.toISOString()).toEqual([]);
  }
}

/**
 * [period, send time (UTC, to the hour)] of each tandem's check-ins: due at the tandem's own moment of
 * the working day (checkinMoment), sent at the next hourly tick. Periods fall on these dates:
 */
const periods: [number, string][] = [
  [1, "2027-02-16"],
  [2, "2027-03-02"],
  [3, "2027-03-16"],
  [4, "2027-03-30"],
  [5, "2027-04-13"],
  [6, "2027-04-27"],
  [7, "2027-05-11"],
  [8, "2027-05-25"],
  [9, "2027-06-08"],
  [10, "2027-06-22"],
  [11, "2027-07-06"],
  [12, "2027-07-20"],
  // the final reflection: the last stretch starts on 2027-07-26, the closing event's day, so it comes a day later
  [13, "2027-07-27"],
];
/** The hour of the send in winter, and once the zones involved are on summer time (from `summer` on). */
const at = (winter: string, summer: string, from: string) =>
  periods.map(([p, date]): [number, string] => [p, `${date}T${date < from ? winter : summer}`]);
const checkinTimes: Record<number, [number, string][]> = {
  // Berlin only, 10:55 Berlin: 09:55Z in winter, 08:55Z in summer.
  1: at("10", "09", "2027-03-29"),
  // Berlin and New York: the start of their common hours; period 3 fell into the pause and is skipped.
  2: at("14", "13", "2027-03-14").filter(([p]) => p !== 3),
  // New York mentor, Berlin mentee: inside their common hours (14:25Z, 13:35Z, then 13:25Z).
  3: at("15", "14", "2027-03-14"),
  // New York only, 13:10 New York: 18:10Z in winter, 17:10Z in summer.
  4: at("19", "18", "2027-03-14"),
};

const expected: [string, string][] = [
  ...[1, 2, 3, 4].flatMap((t) =>
    (checkinTimes[t] ?? []).map(([p, at]): [string, string] => [`checkin:t${t}:p${p}`, at]),
  ),
  ["nudge:t3:since2027-03-12", "2027-04-02T13"],
  ["alert:t3:since2027-03-12", "2027-04-16T07"],
  ["alert:t4:helpc99999-UEXE000004", "2027-05-19T13"],
  ["circle:p1:n1", "2027-02-22T08"],
  ["circle:p1:n2", "2027-03-15T08"],
  ["circle:p1:n3", "2027-04-05T07"],
  ["circle:p1:n4", "2027-04-26T07"],
  // 2027-05-17 is Whit Monday, a public holiday in Germany (the program's calendar, from its zone)
  ["circle:p1:n5", "2027-05-18T07"],
  ["circle:p1:n6", "2027-06-07T07"],
  ["circle:p1:n7", "2027-06-28T07"],
  ["circle:p1:n8", "2027-07-19T07"],
  ["reminder:e1:7d", "2027-02-01T08"],
  ["reminder:e1:1d", "2027-02-05T08"],
  ["reminder:e2:7d", "2027-04-14T07"],
  ["reminder:e2:1d", "2027-04-20T07"],
  ["reminder:e3:7d", "2027-07-19T07"],
  ["reminder:e3:1d", "2027-07-23T07"],
];

const byKey = (rows: [string, string][]) => [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe("six months of scheduling against the database, with a restart", () => {
  let dir: string;
  let sends: (typeof scheduledSends.$inferSelect)[];
  let ops: (typeof slackOps.$inferSelect)[];
  let alerts: number;

  /** The closing work of services/lifecycle, checked on its own below. */
  const LIFECYCLE_KINDS = ["successes", "showcase", "close"];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tandem-six-months-"));
    const path = join(dir, "six-months.db");
    const first = openDb(path);
    seed(first);
    // What people did, kept across the restart (it is the world, not the app).
    const done = new Set<string>();
    await run(deps(first, dir), START, RESTART, done);
    first.$client.close();
    // The restart: a new process opens the same file; only the database carries over.
    const second = openDb(path);
    await run(deps(second, dir), RESTART, END, done);
    sends = second.select().from(scheduledSends).all();
    ops = second.select().from(slackOps).all();
    alerts = second.select().from(tandemAlerts).all().length;
    second.$client.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("records exactly the expected check-ins, nudges, alerts, circle prompts and reminders", () => {
    // evaluations and the managers' notices are checked in their own tests (steering, notices)
    const rhythm = sends.filter(
      (s) => !LIFECYCLE_KINDS.includes(s.kind) && s.kind !== "eval" && s.kind !== "notice",
    );
    expect(byKey(rhythm.map((s): [string, string] => [s.key, s.sentAt.slice(0, 13)]))).toEqual(
      byKey(expected),
    );
    const count = (kind: string) => sends.filter((s) => s.kind === kind).length;
    expect([count("checkin"), count("nudge"), count("alert"), count("circle"), count("reminder")]).toEqual([
      51, 1, 2, 8, 6,
    ]);
  });

  it("asks for successes a week before the closing event and closes the program on its end date", () => {
    const lifecycle = sends.filter((s) => LIFECYCLE_KINDS.includes(s.kind));
    expect(byKey(lifecycle.map((s): [string, string] => [s.key, s.sentAt.slice(0, 13)]))).toEqual(
      byKey([
        ...[1, 2, 3, 4].map((t): [string, string] => [`successes:t${t}:e3`, "2027-07-19T07"]),
        ["showcase:e3", "2027-07-26T14"],
        ["close:p1", "2027-07-30T07"],
      ]),
    );
    const posts = ops.filter((o) => o.batch === "lifecycle").map((o) => o.key.split(":")[0]);
    // no success was shared, so no showcase; a thank-you per tandem with a channel
    expect(posts.filter((k) => k === "successes")).toHaveLength(4);
    expect(posts.filter((k) => k === "farewell")).toHaveLength(4);
  });

  it("sends every item within its audience's working hours", () => {
    for (const send of sends) {
      const t = Number(/^(?:checkin|nudge):t(\d)/.exec(send.key)?.[1] ?? 0);
      const [mentorTz, menteeTz] = zones[t] ?? [BERLIN, BERLIN];
      const audience = t ? [mentorTz, menteeTz] : [BERLIN];
      const primary = t ? menteeTz : BERLIN;
      expect(isAllowedForAll(new Date(send.sentAt), audience, primary), send.key).toBe(true);
    }
  });

  it("invites each of the eight participants once per evaluation wave, and reminds nobody more than twice", () => {
    const evals = sends.filter((s) => s.kind === "eval").map((s) => s.key);
    const invitations = evals.filter((k) => !/:r\d$/.test(k));
    expect(invitations.filter((k) => k.includes(":midterm:"))).toHaveLength(8);
    expect(invitations.filter((k) => k.includes(":final:"))).toHaveLength(8);
    for (const invitation of invitations) {
      const reminders = evals.filter((k) => k.startsWith(`${invitation}:r`));
      expect(reminders.length, invitation).toBeLessThanOrEqual(2);
    }
    const dms = ops.filter((o) => o.key.startsWith("eval:"));
    expect(dms.map((o) => o.key).sort()).toEqual([...evals].sort());
  });

  it("hands each item to the outbox once: one post per message, one DM per person", () => {
    const keyed = (prefix: string, kind: string) =>
      ops.filter((o) => o.key.startsWith(prefix) && o.kind === kind).length;
    expect(keyed("checkin:", "message.post")).toBe(51);
    expect(keyed("nudge:", "message.post")).toBe(1);
    expect(keyed("circle:", "message.post")).toBe(8);
    // Alerts: a DM to the one program manager and a refresh of their App Home, per alert.
    expect(keyed("rhythm:alert:", "dm.post")).toBe(2);
    expect(keyed("alert:", "home.publish")).toBe(2);
    expect(alerts).toBe(2);
    // Reminders: each of the eight participants, twice per event.
    expect(keyed("reminder:", "dm.post")).toBe(6 * 8);
    // The paused tandem's channel is told once, when its pause ends.
    expect(keyed("pause-end:", "message.post")).toBe(1);
    const rhythmOps = ops.filter(
      (o) => o.batch !== "lifecycle" && !o.key.startsWith("eval:") && !o.key.startsWith("notice:"),
    );
    expect(rhythmOps).toHaveLength(51 + 1 + 8 + 2 + 2 + 48 + 1);
    expect(new Set(ops.map((o) => o.key)).size).toBe(ops.length);
  });
});
