import { describe, expect, it } from "vitest";
import {
  checkinPlan,
  circlePromptPlace,
  dueItems,
  type EventSnapshot,
  type ProgramSnapshot,
  type RhythmState,
  sendableNow,
  stallLevel,
  type TandemSnapshot,
  upcomingItems,
} from "../../src/domain/rhythm/due";
import { PROMPT_LIBRARY, selectPrompt } from "../../src/domain/rhythm/prompts";
import { daysBetween } from "../../src/domain/rhythm/time";
import { translator } from "../../src/i18n";

const BERLIN = "Europe/Berlin";

const program: ProgramSnapshot = {
  id: 3,
  status: "running",
  startDate: "2027-02-01",
  endDate: "2027-07-30",
  timezone: BERLIN,
  checkinCadenceDays: 14,
  circleCadenceDays: 21,
  nudgeAfterDays: 21,
  alertAfterDays: 35,
  hasMentorCircle: false,
};

function tandem(overrides: Partial<TandemSnapshot> = {}): TandemSnapshot {
  return {
    id: 12,
    programId: 3,
    status: "active",
    pausedUntil: null,
    launchedAt: "2027-02-02T09:30:00Z",
    mentorTz: BERLIN,
    menteeTz: BERLIN,
    lastMetOn: null,
    ...overrides,
  };
}

/** The snapshot; the check-ins the tandems were posted count as sent, as in the database. */
function state(overrides: Partial<RhythmState> = {}): RhythmState {
  const base: RhythmState = {
    programs: [program],
    tandems: [tandem()],
    helpRequests: [],
    events: [],
    sent: new Set(),
    ...overrides,
  };
  const posted = base.tandems.flatMap((t) => (t.checkins ?? []).map((c) => `checkin:t${t.id}:p${c.period}`));
  return { ...base, sent: new Set([...base.sent, ...posted]) };
}

const keys = (s: RhythmState, now: string) => dueItems(s, new Date(now)).map((i) => i.key);

describe("check-ins", () => {
  it("come one cadence after the launch, not before", () => {
    expect(keys(state(), "2027-02-15T10:00:00Z")).toEqual([]);
    const [item] = dueItems(state(), new Date("2027-02-16T10:00:00Z"));
    expect(item).toMatchObject({ key: "checkin:t12:p1", kind: "checkin", period: 1, due: true });
  });

  it("wait for working hours and the tandem's moment in them, and say when they may go", () => {
    // 2027-02-16 07:00Z is 08:00 in Berlin; tandem 12's moment that day is 10:20 (09:00 + its offset).
    const [early] = dueItems(state(), new Date("2027-02-16T07:00:00Z"));
    expect(early).toMatchObject({
      key: "checkin:t12:p1",
      due: false,
      dueAt: new Date("2027-02-16T09:20:00Z"),
      sendAt: new Date("2027-02-16T09:20:00Z"),
    });
    expect(sendableNow(state(), new Date("2027-02-16T07:00:00Z"))).toEqual([]);
    expect(sendableNow(state(), new Date("2027-02-16T09:15:00Z"))).toEqual([]);
    expect(sendableNow(state(), new Date("2027-02-16T09:20:00Z")).map((i) => i.key)).toEqual([
      "checkin:t12:p1",
    ]);
    // a tick that comes later that day, or after downtime, still finds it due
    expect(sendableNow(state(), new Date("2027-02-16T15:55:00Z")).map((i) => i.key)).toEqual([
      "checkin:t12:p1",
    ]);
  });

  it("spread over the working day: a stable moment per tandem on the five-minute grid", () => {
    const many = Array.from({ length: 300 }, (_, i) => tandem({ id: i + 1 }));
    const moments = (at: string) =>
      dueItems(state({ tandems: many }), new Date(at))
        .filter((i) => i.kind === "checkin")
        .map((i) => i.dueAt.getTime());
    const day = moments("2027-02-16T06:00:00Z");
    expect(day).toHaveLength(300);
    // 09:00 to 16:45 in Berlin (08:00Z to 15:45Z): a quarter of an hour before the end stays free
    for (const t of day) {
      expect(t).toBeGreaterThanOrEqual(Date.parse("2027-02-16T08:00:00Z"));
      expect(t).toBeLessThanOrEqual(Date.parse("2027-02-16T15:45:00Z"));
      expect(t % 300_000).toBe(0);
    }
    const perTick = new Map<number, number>();
    for (const t of day) perTick.set(t, (perTick.get(t) ?? 0) + 1);
    expect(perTick.size).toBeGreaterThan(60);
    expect(Math.max(...perTick.values())).toBeLessThan(15);
    // the same moments whenever they are computed (a restart), and at every tick of the day
    expect(moments("2027-02-16T11:00:00Z").sort()).toEqual([...day].sort());
    // each tick of the day sends those whose moment has come, each once
    const sent = new Set<string>();
    for (let t = Date.parse("2027-02-16T06:00:00Z"); t < Date.parse("2027-02-16T18:00:00Z"); t += 300_000) {
      for (const item of sendableNow(state({ tandems: many, sent }), new Date(t))) {
        expect(item.dueAt.getTime()).toBe(t);
        sent.add(item.key);
      }
    }
    expect(sent.size).toBe(300);
  });

  it("fall into the window both members share that day, else the mentee's", () => {
    // Berlin and New York share 15:00-17:00 Berlin (14:00Z-16:00Z) in February.
    const apart = Array.from({ length: 50 }, (_, i) =>
      tandem({ id: i + 1, mentorTz: BERLIN, menteeTz: "America/New_York" }),
    );
    for (const item of dueItems(state({ tandems: apart }), new Date("2027-02-16T06:00:00Z"))) {
      expect(item.dueAt.getTime()).toBeGreaterThanOrEqual(Date.parse("2027-02-16T14:00:00Z"));
      expect(item.dueAt.getTime()).toBeLessThanOrEqual(Date.parse("2027-02-16T15:45:00Z"));
    }
    // Tokyo and New York share no hours: the mentee's own day (09:00-16:45 New York)
    const far = Array.from({ length: 50 }, (_, i) =>
      tandem({ id: i + 1, mentorTz: "Asia/Tokyo", menteeTz: "America/New_York" }),
    );
    const times = dueItems(state({ tandems: far }), new Date("2027-02-16T06:00:00Z")).map((i) =>
      i.dueAt.getTime(),
    );
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse("2027-02-16T14:00:00Z"));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse("2027-02-16T21:45:00Z"));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(4 * 3_600_000);
  });

  it("are not repeated once sent, and only the latest missed period is due", () => {
    expect(keys(state({ sent: new Set(["checkin:t12:p1"]) }), "2027-02-16T10:00:00Z")).toEqual([]);
    // Six weeks without a tick: periods 1 and 2 are skipped, period 3 is due.
    expect(keys(state(), "2027-03-16T10:00:00Z")).toContain("checkin:t12:p3");
    expect(keys(state(), "2027-03-16T10:00:00Z")).not.toContain("checkin:t12:p2");
  });

  it("skip paused, unlaunched, ended tandems and periods that fell into a pause", () => {
    const paused = tandem({ status: "paused", pausedUntil: "2027-03-20" });
    expect(keys(state({ tandems: [paused] }), "2027-03-16T10:00:00Z")).toEqual([]);
    // Back from the pause on 2027-03-20: period 3 (2027-03-16) is not sent afterwards.
    expect(keys(state({ tandems: [paused] }), "2027-03-22T10:00:00Z")).not.toContain("checkin:t12:p3");
    expect(keys(state({ tandems: [paused] }), "2027-03-30T10:00:00Z")).toContain("checkin:t12:p4");
    expect(keys(state({ tandems: [tandem({ status: "paused" })] }), "2027-03-30T10:00:00Z")).toEqual([]);
    expect(
      keys(state({ tandems: [tandem({ status: "launching", launchedAt: null })] }), "2027-03-30T10:00:00Z"),
    ).toEqual([]);
    expect(keys(state({ tandems: [tandem({ status: "ended" })] }), "2027-03-30T10:00:00Z")).toEqual([]);
  });

  it("stop at the program's end and for programs that are not running", () => {
    expect(keys(state(), "2027-08-03T10:00:00Z")).toEqual([]);
    expect(keys(state({ programs: [{ ...program, status: "closed" }] }), "2027-02-16T10:00:00Z")).toEqual([]);
    // A program that ends on Friday 2027-03-05: its last stretch starts on Monday 2027-03-01, so period
    // 2 (Tuesday 2027-03-02) is not a check-in; the final reflection comes on that Monday instead.
    const s = state({ programs: [{ ...program, endDate: "2027-03-05" }] });
    const items = dueItems(s, new Date("2027-03-01T10:00:00Z"));
    expect(items.map((i) => [i.key, i.kind === "checkin" && i.final === true])).toEqual([
      ["checkin:t12:p2", true],
    ]);
    expect(keys(s, "2027-03-08T10:00:00Z")).toEqual([]);
    // A tandem launched inside the last stretch gets neither a check-in nor a reflection.
    const late = state({
      programs: [{ ...program, endDate: "2027-02-19" }],
      tandems: [tandem({ launchedAt: "2027-02-05T09:00:00Z" })],
    });
    expect(keys(late, "2027-02-19T10:00:00Z")).toEqual([]);
  });

  it("skip weekends and public holidays of the program's calendar", () => {
    // Launched on Monday 2027-03-15: period 1 falls on Easter Monday (2027-03-29), a public holiday
    // in Germany, and goes out on Tuesday; without a calendar it goes out on the Monday.
    const launched = tandem({ launchedAt: "2027-03-15T09:00:00Z" });
    const german = state({ programs: [{ ...program, calendar: "DE" }], tandems: [launched] });
    expect(keys(german, "2027-03-29T13:00:00Z")).toEqual([]);
    expect(dueItems(german, new Date("2027-03-29T13:00:00Z"))).toEqual([]);
    expect(keys(german, "2027-03-30T14:55:00Z")).toEqual(["checkin:t12:p1"]);
    const plain = state({ tandems: [launched] });
    expect(keys(plain, "2027-03-29T14:55:00Z")).toEqual(["checkin:t12:p1"]);
  });

  it("keep the cadence after a check-in moved off a holiday", () => {
    // Period 1 falls on Easter Monday (2027-03-29) and goes out on Tuesday the 30th: period 2 comes a
    // full cadence (14 days) after that, on Tuesday 2027-04-13, not on Monday the 12th, 13 days later.
    const launched = tandem({ launchedAt: "2027-03-15T09:00:00Z" });
    const german = { ...program, calendar: "DE" };
    const plan = checkinPlan(german, launched);
    expect(plan.slice(0, 2).map((c) => c.date)).toEqual(["2027-03-30", "2027-04-13"]);
    for (const [before, after] of plan.slice(0, -1).map((c, i) => [c, plan[i + 1]] as const)) {
      if (!after || after.final) continue;
      expect(daysBetween(before.date, after.date)).toBeGreaterThanOrEqual(program.checkinCadenceDays);
    }
    // Without a holiday in the way, the plan stays on launch + n × cadence.
    expect(
      checkinPlan(program, launched)
        .slice(0, 2)
        .map((c) => c.date),
    ).toEqual(["2027-03-29", "2027-04-12"]);
    // And the scheduler follows the plan: nothing on the 12th, period 2 on the 13th.
    const sent = tandem({
      ...launched,
      checkins: [{ period: 1, sentOn: "2027-03-30", met: true, answered: true }],
    });
    const after = state({ programs: [{ ...german, calendar: "DE" }], tandems: [sent] });
    expect(keys(after, "2027-04-12T14:55:00Z")).toEqual([]);
    expect(keys(after, "2027-04-13T14:55:00Z")).toEqual(["checkin:t12:p2"]);
  });
});

/** Check-ins posted on these days, answered "yes, we met" where marked. */
function posted(...list: [period: number, sentOn: string, met?: boolean][]) {
  return list.map(([period, sentOn, met = false]) => ({ period, sentOn, met, answered: met }));
}

describe("stalls and help", () => {
  // Met on 2027-03-01 (reported in check-in 2), then check-ins 3, 4 and 5 bring no meeting.
  const quiet = tandem({
    lastMetOn: "2027-03-01",
    checkins: posted([1, "2027-02-16", true], [2, "2027-03-02", true], [3, "2027-03-16"]),
  });

  it("nudge once, in the thread of the open check-in, three weeks into a stall", () => {
    expect(keys(state({ tandems: [quiet] }), "2027-03-19T10:00:00Z")).not.toContain(
      "nudge:t12:since2027-03-01",
    );
    const nudge = dueItems(state({ tandems: [quiet] }), new Date("2027-03-22T10:00:00Z")).find(
      (i) => i.kind === "nudge",
    );
    expect(nudge).toMatchObject({ key: "nudge:t12:since2027-03-01", period: 3 });
    const sent = new Set(["nudge:t12:since2027-03-01"]);
    expect(keys(state({ tandems: [quiet], sent }), "2027-03-23T10:00:00Z")).not.toContain(
      "nudge:t12:since2027-03-01",
    );
    // A new meeting starts a new count; the next stall gets its own nudge.
    const metAgain = tandem({
      lastMetOn: "2027-03-24",
      checkins: posted([3, "2027-03-16"], [4, "2027-03-30", true], [5, "2027-04-13"]),
    });
    expect(keys(state({ tandems: [metAgain], sent }), "2027-04-16T10:00:00Z")).toContain(
      "nudge:t12:since2027-03-24",
    );
  });

  it("never nudge beside a check-in, nor before the tandem had a check-in to answer", () => {
    // The check-in of the day is still to go out: it comes alone.
    const waiting = tandem({ lastMetOn: "2027-03-01", checkins: posted([2, "2027-03-02", true]) });
    expect(keys(state({ tandems: [waiting] }), "2027-03-22T10:00:00Z")).toEqual(["checkin:t12:p3"]);
    // Two days after a check-in there is no nudge yet.
    const fresh = tandem({ lastMetOn: "2027-03-01", checkins: posted([3, "2027-03-16"]) });
    expect(keys(state({ tandems: [fresh] }), "2027-03-18T10:00:00Z")).toEqual([]);
    // Never met and never asked (the scheduler was down): the first check-in only.
    const first = tandem({ checkins: [] });
    expect(keys(state({ tandems: [first] }), "2027-03-08T10:00:00Z")).toEqual(["checkin:t12:p2"]);
  });

  it("alert the program managers once three check-ins in a row brought no meeting", () => {
    const three = {
      ...quiet,
      checkins: [...(quiet.checkins ?? []), ...posted([4, "2027-03-30"], [5, "2027-04-13"])],
      nudgedSince: "2027-03-01",
    };
    expect(keys(state({ tandems: [three] }), "2027-04-15T10:00:00Z")).not.toContain(
      "alert:t12:since2027-03-01",
    );
    const alert = dueItems(state({ tandems: [three] }), new Date("2027-04-16T10:00:00Z")).find(
      (i) => i.kind === "alert",
    );
    expect(alert).toMatchObject({ key: "alert:t12:since2027-03-01", since: "2027-03-01", unanswered: 3 });
    // not when they asked for help lately, nor when a manager already dealt with this stall
    const helpRequests = [{ id: "c3-U1", tandemId: 12, requestedAt: "2027-03-17T10:00:00Z" }];
    const nudged = new Set(["nudge:t12:since2027-03-01"]);
    const sent = new Set([...nudged, "alert:t12:helpc3-U1"]);
    expect(keys(state({ tandems: [three], helpRequests, sent }), "2027-04-16T10:00:00Z")).toEqual([]);
    const dealtWith = { ...three, lastAlertOn: "2027-04-01" };
    expect(keys(state({ tandems: [dealtWith], sent: nudged }), "2027-04-16T10:00:00Z")).toEqual([]);
    // nor when fewer than ten working days are left to act
    const ending = { ...program, endDate: "2027-04-23" };
    expect(
      keys(state({ programs: [ending], tandems: [three], sent: nudged }), "2027-04-16T10:00:00Z"),
    ).toEqual([]);
    expect(stallLevel(program, quiet, new Date("2027-03-10T10:00:00Z"))).toBe("ok");
    expect(stallLevel(program, quiet, new Date("2027-03-23T10:00:00Z"))).toBe("quiet");
    expect(stallLevel(program, three, new Date("2027-04-16T10:00:00Z"))).toBe("at_risk");
  });

  it("count from the end of a pause, and stay quiet during one", () => {
    const paused = tandem({ lastMetOn: "2027-02-10", status: "paused", pausedUntil: "2027-03-29" });
    expect(keys(state({ tandems: [paused] }), "2027-03-24T10:00:00Z")).toEqual([]);
    expect(keys(state({ tandems: [paused] }), "2027-03-30T10:00:00Z")).toEqual(["checkin:t12:p4"]);
    const back = {
      ...paused,
      checkins: posted([1, "2027-02-16", true], [2, "2027-03-02"], [4, "2027-03-30"], [5, "2027-04-13"]),
    };
    expect(keys(state({ tandems: [back] }), "2027-04-16T10:00:00Z")).not.toContain(
      "nudge:t12:since2027-03-29",
    );
    expect(keys(state({ tandems: [back] }), "2027-04-19T10:00:00Z")).toContain("nudge:t12:since2027-03-29");
  });

  it("alert at once on a call for help, even during a pause", () => {
    const paused = tandem({ status: "paused", pausedUntil: "2027-04-30", lastMetOn: "2027-03-25" });
    const helpRequests = [{ id: "7-U1", tandemId: 12, requestedAt: "2027-03-31T09:10:00Z" }];
    expect(keys(state({ tandems: [paused], helpRequests }), "2027-03-31T09:15:00Z")).toEqual([
      "alert:t12:help7-U1",
    ]);
  });
});

describe("event reminders", () => {
  const events: EventSnapshot[] = [
    { id: 7, programId: 3, kind: "world_cafe", startsAt: "2027-04-21T13:00:00Z", cancelledAt: null },
  ];

  it("come a week and a day before", () => {
    expect(keys(state({ tandems: [], events }), "2027-04-14T08:00:00Z")).toEqual(["reminder:e7:7d"]);
    expect(keys(state({ tandems: [], events }), "2027-04-20T08:00:00Z")).toEqual(["reminder:e7:1d"]);
  });

  it("are skipped when their moment passed more than a day ago, or the event is cancelled", () => {
    expect(keys(state({ tandems: [], events }), "2027-04-16T08:00:00Z")).toEqual([]);
    const cancelled = events.map((e) => ({ ...e, cancelledAt: "2027-04-01T10:00:00Z" }));
    expect(keys(state({ tandems: [], events: cancelled }), "2027-04-20T08:00:00Z")).toEqual([]);
  });
});

describe("mentor circle prompts", () => {
  const withCircle = { ...program, hasMentorCircle: true };

  it("come every circle cadence from the start, with the phase of their position", () => {
    expect(keys(state({ programs: [withCircle], tandems: [] }), "2027-02-22T10:00:00Z")).toEqual([
      "circle:p3:n1",
    ]);
    expect(circlePromptPlace(withCircle, 1)).toEqual({ phase: "start", indexInPhase: 0 });
    expect(circlePromptPlace(withCircle, 4)).toEqual({ phase: "middle", indexInPhase: 1 });
    expect(circlePromptPlace(withCircle, 8)).toEqual({ phase: "end", indexInPhase: 2 });
  });

  it("use the program's own prompts not posted yet first, then the library, cycling", () => {
    const custom = [
      { id: 9, phase: "start" as const, text: "Our own question", postedAt: null },
      { id: 4, phase: "start" as const, text: "An older one", postedAt: null },
      { id: 5, phase: "end" as const, text: "Not this phase", postedAt: null },
    ];
    expect(selectPrompt("start", 0, custom)).toEqual({ source: "custom", id: 4, text: "An older one" });
    expect(selectPrompt("start", 1, custom, 1)).toEqual({
      source: "custom",
      id: 9,
      text: "Our own question",
    });
    expect(selectPrompt("start", 2, custom, 2)).toEqual({ source: "library", key: "rhythm.prompt.start.1" });
    expect(selectPrompt("middle", 0, custom)).toEqual({ source: "library", key: "rhythm.prompt.middle.1" });

    // both own prompts posted: the library continues where it left off and goes round again
    const posted = custom.map((p) => ({ ...p, postedAt: "2027-01-01T09:00:00.000Z" }));
    expect(selectPrompt("start", 3, posted)).toEqual({ source: "library", key: "rhythm.prompt.start.2" });
    const cycle = 2 + PROMPT_LIBRARY.start.length;
    expect(selectPrompt("start", cycle, posted)).toEqual({ source: "library", key: "rhythm.prompt.start.1" });
  });

  it("post an own prompt added in the middle of a phase next", () => {
    // two library prompts of the phase went out before the program manager added one
    const added = [{ id: 12, phase: "start" as const, text: "Added later", postedAt: null }];
    expect(selectPrompt("start", 2, added)).toEqual({ source: "custom", id: 12, text: "Added later" });
    const afterIt = added.map((p) => ({ ...p, postedAt: "2027-01-25T09:00:00.000Z" }));
    expect(selectPrompt("start", 3, afterIt)).toEqual({ source: "library", key: "rhythm.prompt.start.3" });
  });

  it("have at least five library prompts per phase, in German and English", () => {
    for (const phase of ["start", "middle", "end"] as const) {
      expect(PROMPT_LIBRARY[phase].length).toBeGreaterThanOrEqual(5);
      for (const key of PROMPT_LIBRARY[phase]) {
        const en = translator("en")(key);
        const de = translator("de")(key);
        expect(en).not.toBe(key);
        expect(de).not.toBe(en);
        expect(de.length).toBeLessThan(3000);
      }
    }
  });
});

describe("what comes next", () => {
  it("lists the next period of each series within the horizon", () => {
    const s = state({
      programs: [{ ...program, hasMentorCircle: true }],
      tandems: [
        tandem({
          lastMetOn: "2027-03-01",
          checkins: posted([1, "2027-02-16", true], [2, "2027-03-02", true]),
        }),
      ],
      events: [{ id: 7, programId: 3, kind: "closing", startsAt: "2027-03-29T14:00:00Z", cancelledAt: null }],
    });
    expect(upcomingItems(s, new Date("2027-03-08T10:00:00Z"), 28).map((i) => [i.date, i.key])).toEqual([
      ["2027-03-15", "circle:p3:n2"],
      ["2027-03-16", "checkin:t12:p3"],
      ["2027-03-22", "nudge:t12:since2027-03-01"],
      ["2027-03-22", "reminder:e7:7d"],
      ["2027-03-26", "reminder:e7:1d"],
    ]);
  });

  it("skips the periods of a pause", () => {
    const paused = tandem({ status: "paused", pausedUntil: "2027-03-20", lastMetOn: "2027-03-01" });
    const keys = upcomingItems(state({ tandems: [paused] }), new Date("2027-03-08T10:00:00Z"), 28).map(
      (i) => i.key,
    );
    expect(keys).toEqual(["checkin:t12:p4"]);
  });
});
