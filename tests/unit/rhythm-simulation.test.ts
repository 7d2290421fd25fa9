import { describe, expect, it } from "vitest";
import {
  type CheckinSnapshot,
  dueItems,
  type ProgramSnapshot,
  type RhythmItem,
  type RhythmState,
  type TandemSnapshot,
} from "../../src/domain/rhythm/due";
import { addDays, isAllowedForAll, localDate } from "../../src/domain/rhythm/time";

/*
 * A six-month program run hour by hour with an injected clock. Four tandems:
 *   t1  mentor and executive in Berlin, meets every two weeks
 *   t2  mentor in Berlin, executive in New York, paused 2027-03-08 until 2027-03-29
 *   t3  mentor in New York, executive in Berlin, stops reporting meetings after 2027-03-12
 *   t4  both in New York, asks for help on 2027-05-19
 * The program runs in Berlin time, 2027-02-01 to 2027-07-30, with a kickoff, a World Café and a
 * closing event on 2027-07-26; the last check-in (the final reflection, period 13) comes the day after.
 * The program has no holiday calendar here (weekends only); tests/integration/rhythm-holidays.test.ts
 * covers holidays. Europe changes to summer time on 2027-03-28, New York on 2027-03-14.
 */

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const HOUR = 3_600_000;

const program: ProgramSnapshot = {
  id: 1,
  status: "running",
  startDate: "2027-02-01",
  endDate: "2027-07-30",
  timezone: BERLIN,
  checkinCadenceDays: 14,
  circleCadenceDays: 21,
  nudgeAfterDays: 21,
  alertAfterDays: 35,
  hasMentorCircle: true,
};

const LAUNCHED_AT = "2027-02-02T09:30:00Z";

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

const zones: Record<number, [mentor: string, mentee: string]> = {
  1: [BERLIN, BERLIN],
  2: [BERLIN, NEW_YORK],
  3: [NEW_YORK, BERLIN],
  4: [NEW_YORK, NEW_YORK],
};

const HELP_AT = "2027-05-19T12:20:00Z";

/**
 * The check-ins posted to a tandem so far, each answered "yes, we met" when a meeting took place
 * after the check-in before it and by the time it was asked (the members report their meetings).
 */
function postedCheckins(id: number, log: readonly Sent[], today: string): CheckinSnapshot[] {
  const posted = log.flatMap((s) =>
    s.item.kind === "checkin" && s.item.tandemId === id
      ? [{ period: s.item.period, sentOn: localDate(new Date(`${s.at}:00:00Z`), BERLIN) }]
      : [],
  );
  return posted.map((c, i) => {
    const after = posted[i - 1]?.sentOn ?? "";
    const met = (meetings[id] ?? []).some((d) => d > after && d <= c.sentOn && d <= today);
    return { ...c, met, answered: met };
  });
}

/** What the database would hold at `now` (only what people did; the sent keys come separately). */
function world(now: Date, sent: ReadonlySet<string>, log: readonly Sent[] = []): RhythmState {
  const today = localDate(now, BERLIN);
  const tandems: TandemSnapshot[] = [1, 2, 3, 4].map((id) => {
    const [mentorTz, menteeTz] = zones[id] ?? [BERLIN, BERLIN];
    const met = (meetings[id] ?? []).filter((d) => d <= today);
    const pauseStarted = id === 2 && today >= "2027-03-08";
    return {
      id,
      programId: 1,
      // The pause is never lifted by hand: the tandem must resume by itself on 2027-03-29.
      status: pauseStarted ? "paused" : "active",
      pausedUntil: pauseStarted ? "2027-03-29" : null,
      launchedAt: LAUNCHED_AT,
      mentorTz,
      menteeTz,
      lastMetOn: met.at(-1) ?? null,
      checkins: postedCheckins(id, log, today),
      nudgedSince:
        log
          .flatMap((s) => (s.item.kind === "nudge" && s.item.tandemId === id ? [s.item.since] : []))
          .at(-1) ?? null,
    };
  });
  return {
    programs: [program],
    tandems,
    helpRequests:
      now.getTime() >= Date.parse(HELP_AT) ? [{ id: "c40-U4E", tandemId: 4, requestedAt: HELP_AT }] : [],
    events: [
      { id: 1, programId: 1, kind: "kickoff", startsAt: "2027-02-08T15:00:00Z", cancelledAt: null },
      { id: 2, programId: 1, kind: "world_cafe", startsAt: "2027-04-21T13:00:00Z", cancelledAt: null },
      { id: 3, programId: 1, kind: "closing", startsAt: "2027-07-26T14:00:00Z", cancelledAt: null },
    ],
    sent,
  };
}

interface Sent {
  key: string;
  at: string;
  item: RhythmItem;
}

/**
 * The scheduler loop: each hourly tick takes a fresh snapshot and "sends" the items due now.
 * Nothing but the sent log survives between ticks, as after a restart.
 */
function simulate(from: string, to: string, log: Sent[] = [], down?: [string, string]): Sent[] {
  const sent = new Set(log.map((s) => s.key));
  for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) {
    if (down && t >= Date.parse(down[0]) && t < Date.parse(down[1])) continue;
    const now = new Date(t);
    for (const item of dueItems(world(now, sent, log), now)) {
      if (!item.due) continue;
      log.push({ key: item.key, at: now.toISOString().slice(0, 13), item });
      sent.add(item.key);
    }
  }
  return log;
}

const START = "2027-02-01T00:00:00Z";
const END = "2027-08-09T00:00:00Z";

/**
 * [period, send time (UTC, to the hour)] for each tandem's check-ins. Each tandem's check-in falls due
 * at its own moment of the working day (checkinMoment: the start of the window plus a stable offset
 * from its id); the hourly ticks send it at the next full hour.
 */
const checkins: Record<number, [number, string][]> = {
  // Berlin only: 10:55 Berlin, 09:55Z in winter and 08:55Z in summer.
  1: [
    [1, "2027-02-16T10"],
    [2, "2027-03-02T10"],
    [3, "2027-03-16T10"],
    [4, "2027-03-30T09"],
    [5, "2027-04-13T09"],
    [6, "2027-04-27T09"],
    [7, "2027-05-11T09"],
    [8, "2027-05-25T09"],
    [9, "2027-06-08T09"],
    [10, "2027-06-22T09"],
    [11, "2027-07-06T09"],
    [12, "2027-07-20T09"],
    [13, "2027-07-27T09"],
  ],
  // Berlin and New York share 14–16Z in winter and 13–15Z once New York is on summer time; tandem 2's
  // moment is the start of that window. Period 3 (2027-03-16) fell into the pause and is skipped.
  2: [
    [1, "2027-02-16T14"],
    [2, "2027-03-02T14"],
    [4, "2027-03-30T13"],
    [5, "2027-04-13T13"],
    [6, "2027-04-27T13"],
    [7, "2027-05-11T13"],
    [8, "2027-05-25T13"],
    [9, "2027-06-08T13"],
    [10, "2027-06-22T13"],
    [11, "2027-07-06T13"],
    [12, "2027-07-20T13"],
    [13, "2027-07-27T13"],
  ],
  // New York mentor, Berlin mentee: within the common hours, 14:25Z in winter, 13:35Z on 2027-03-16
  // (New York on summer time, Berlin not yet: a longer common window), 13:25Z in summer.
  3: [
    [1, "2027-02-16T15"],
    [2, "2027-03-02T15"],
    [3, "2027-03-16T14"],
    [4, "2027-03-30T14"],
    [5, "2027-04-13T14"],
    [6, "2027-04-27T14"],
    [7, "2027-05-11T14"],
    [8, "2027-05-25T14"],
    [9, "2027-06-08T14"],
    [10, "2027-06-22T14"],
    [11, "2027-07-06T14"],
    [12, "2027-07-20T14"],
    [13, "2027-07-27T14"],
  ],
  // New York only: 13:10 New York, 18:10Z in winter and 17:10Z in summer.
  4: [
    [1, "2027-02-16T19"],
    [2, "2027-03-02T19"],
    [3, "2027-03-16T18"],
    [4, "2027-03-30T18"],
    [5, "2027-04-13T18"],
    [6, "2027-04-27T18"],
    [7, "2027-05-11T18"],
    [8, "2027-05-25T18"],
    [9, "2027-06-08T18"],
    [10, "2027-06-22T18"],
    [11, "2027-07-06T18"],
    [12, "2027-07-20T18"],
    [13, "2027-07-27T18"],
  ],
};

const expected: [string, string][] = [
  ...[1, 2, 3, 4].flatMap((t) =>
    (checkins[t] ?? []).map(([p, at]): [string, string] => [`checkin:t${t}:p${p}`, at]),
  ),
  // t3's last meeting was 2027-03-12: nudged 21 days later in the thread of its check-in of 2027-03-30
  // (three working days without a meeting), managers alerted once three check-ins in a row brought
  // no meeting (2027-03-30, 04-13 and 04-27, each given three working days; Berlin 09:00).
  ["nudge:t3:since2027-03-12", "2027-04-02T13"],
  ["alert:t3:since2027-03-12", "2027-04-30T07"],
  // t4 asked for help at 14:20 Berlin time: the managers hear of it at the next tick.
  ["alert:t4:helpc40-U4E", "2027-05-19T13"],
  // Mentor circle every three weeks from the start, Mondays 09:00 Berlin.
  ["circle:p1:n1", "2027-02-22T08"],
  ["circle:p1:n2", "2027-03-15T08"],
  ["circle:p1:n3", "2027-04-05T07"],
  ["circle:p1:n4", "2027-04-26T07"],
  ["circle:p1:n5", "2027-05-17T07"],
  ["circle:p1:n6", "2027-06-07T07"],
  ["circle:p1:n7", "2027-06-28T07"],
  ["circle:p1:n8", "2027-07-19T07"],
  // A week and a day before each event, on the working day before when that falls on a weekend.
  ["reminder:e1:7d", "2027-02-01T08"],
  ["reminder:e1:1d", "2027-02-05T08"],
  ["reminder:e2:7d", "2027-04-14T07"],
  ["reminder:e2:1d", "2027-04-20T07"],
  ["reminder:e3:7d", "2027-07-19T07"],
  ["reminder:e3:1d", "2027-07-23T07"],
];

const sortByKey = (rows: [string, string][]) => [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const rowsOf = (log: Sent[]) => sortByKey(log.map((s): [string, string] => [s.key, s.at]));

describe("six months of rhythm, hour by hour", () => {
  const continuous = simulate(START, END);

  it("sends exactly the expected check-ins, nudges, alerts, prompts and reminders", () => {
    expect(rowsOf(continuous)).toEqual(sortByKey(expected));
  });

  it("sends nothing twice and everything within the audience's working hours", () => {
    expect(new Set(continuous.map((s) => s.key)).size).toBe(continuous.length);
    for (const { item, at } of continuous) {
      const when = new Date(`${at}:00:00Z`);
      expect(isAllowedForAll(when, item.audience.tzs, item.audience.primaryTz), item.key).toBe(true);
    }
  });

  it("gives circle prompts the phase of their place in the program", () => {
    const phases = continuous.flatMap((s) =>
      s.item.kind === "circle" ? [[s.item.phase, s.item.indexInPhase]] : [],
    );
    expect(phases).toEqual([
      ["start", 0],
      ["start", 1],
      ["middle", 0],
      ["middle", 1],
      ["middle", 2],
      ["end", 0],
      ["end", 1],
      ["end", 2],
    ]);
  });

  it("gives the same result when the app restarts in the middle", () => {
    const before = simulate(START, "2027-04-13T10:00:00Z");
    // The restart keeps only what the database keeps: the sent keys.
    const after = simulate("2027-04-13T10:00:00Z", END, [...before]);
    expect(rowsOf(after)).toEqual(rowsOf(continuous));
  });

  it("sends each missed item once after a week of downtime", () => {
    const log = simulate(START, END, [], ["2027-04-12T00:00:00Z", "2027-04-19T12:00:00Z"]);
    const shifted = new Map([
      // Due during the downtime: sent at the first allowed tick after it.
      ["checkin:t1:p5", "2027-04-19T12"],
      ["checkin:t2:p5", "2027-04-19T13"],
      ["checkin:t3:p5", "2027-04-19T13"],
      ["checkin:t4:p5", "2027-04-19T13"],
    ]);
    const want = expected
      // A reminder whose moment passed more than a day ago is dropped.
      .filter(([key]) => key !== "reminder:e2:7d")
      .map(([key, at]): [string, string] => [key, shifted.get(key) ?? at]);
    expect(rowsOf(log)).toEqual(sortByKey(want));
  });

  it("sends only the latest missed period of each series after a longer downtime", () => {
    const log = simulate(START, END, [], ["2027-06-01T00:00:00Z", "2027-06-24T10:00:00Z"]);
    const keys = new Set(log.map((s) => s.key));
    // Check-in period 9 (2027-06-08) was superseded by period 10 (2027-06-22), circle prompt 6
    // (2027-06-07) is the latest missed one and goes out late.
    for (const t of [1, 2, 3, 4]) {
      expect(keys.has(`checkin:t${t}:p9`)).toBe(false);
      expect(keys.has(`checkin:t${t}:p10`)).toBe(true);
    }
    expect(log.find((s) => s.key === "circle:p1:n6")?.at).toBe("2027-06-24T10");
    expect(log.filter((s) => s.at === "2027-06-24T10").map((s) => s.key)).toEqual([
      "checkin:t1:p10",
      "circle:p1:n6",
    ]);
  });

  it("does not flood when the scheduler first runs months after the start", () => {
    const log = simulate("2027-05-03T00:00:00Z", "2027-05-04T00:00:00Z");
    expect(rowsOf(log)).toEqual(
      sortByKey([
        ["checkin:t1:p6", "2027-05-03T07"],
        ["checkin:t2:p6", "2027-05-03T13"],
        ["checkin:t3:p6", "2027-05-03T13"],
        ["checkin:t4:p6", "2027-05-03T13"],
        // no nudge and no alert: nobody has had a check-in to answer yet
        ["circle:p1:n4", "2027-05-03T07"],
      ]),
    );
  });
});
