import { describe, expect, it } from "vitest";
import { validateEvaluation } from "../../src/domain/steering/evaluation";
import { buildReport, type ReportInput } from "../../src/domain/steering/report";
import {
  distribution,
  guard,
  hideSmall,
  median,
  percent,
  quantile,
  spread,
  suppressSmallCells,
} from "../../src/domain/steering/stats";
import {
  derivedWaveDate,
  dueEvalItems,
  type EvalMember,
  type EvalState,
  validateWaveForm,
  type WaveProgram,
  waveDates,
  wavePhase,
} from "../../src/domain/steering/waves";

describe("steering maths", () => {
  it("hides distribution cells of one or two people, with one more as a complement", () => {
    const cells = (counts: number[]) => [
      ...suppressSmallCells(new Map(counts.map((n, i) => [i + 1, n]))).values(),
    ];
    const S = { hidden: "small" };
    const C = { hidden: "complement" };
    expect(cells([0, 0, 3, 4, 5])).toEqual([0, 0, 3, 4, 5]);
    // the largest cell is hidden with the small ones (tests/unit/steering-cells)
    expect(cells([0, 2, 0, 1, 9])).toEqual([0, S, 0, S, C]);
    expect(cells([0, 1, 4, 7, 4])).toEqual([0, S, 4, C, 4]);
    // a largest cell only one ahead of the next could not take a second person: withheld
    expect(cells([0, 1, 4, 5, 4])).toEqual([C, C, C, C, C]);
    // small cells and at most two people per level: withheld as a whole
    expect(cells([0, 2, 0, 1, 4])).toEqual([C, C, C, C, C]);
    expect(cells([0, 0, 0, 0, 7])).toEqual([0, 0, 0, 0, 7]);
  });

  it("hides a count of one or two standing alone, and nothing else", () => {
    expect([0, 1, 2, 3, 40].map(hideSmall)).toEqual([0, null, null, 3, 40]);
  });

  it("computes medians and quartiles by linear interpolation", () => {
    expect(median([3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(quantile([0, 1, 2], 0.25)).toBe(0.5);
    expect(quantile([0, 1, 2], 0.75)).toBe(1.5);
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
    expect(() => median([])).toThrow();
  });

  it("never shows a figure over fewer than three people", () => {
    expect(guard(2, () => 42)).toEqual({ shown: false, n: 2 });
    expect(guard(0, () => 42)).toEqual({ shown: false, n: 0 });
    expect(guard(3, () => 42)).toEqual({ shown: true, value: 42, n: 3 });
    expect(spread([4, 5])).toEqual({ shown: false, n: 2 });
    expect(spread([2, 2, 3])).toEqual({ shown: true, value: { median: 2, q1: 2, q3: 2.5, n: 3 }, n: 3 });
  });

  it("counts a distribution over fixed points and rounds shares", () => {
    expect([...distribution([1, 3, 3, 9], [1, 2, 3]).entries()]).toEqual([
      [1, 1],
      [2, 0],
      [3, 2],
    ]);
    expect(percent(2, 3)).toBe(67);
    expect(percent(5, 8)).toBe(63);
    expect(percent(0, 0)).toBe(0);
  });
});

const program: WaveProgram = {
  id: 1,
  status: "running",
  startDate: "2026-04-01",
  endDate: "2026-09-30",
  timezone: "Europe/Berlin",
  midtermEvalDate: null,
  finalEvalDate: null,
  evalWindowDays: 14,
};

const member = (userId: string, participantId: number, extra: Partial<EvalMember> = {}): EvalMember => ({
  programId: 1,
  participantId,
  userId,
  role: "mentor",
  tz: "Europe/Berlin",
  tandemStatus: "active",
  launchedAt: "2026-04-02T09:00:00Z",
  endedAt: null,
  ...extra,
});

function state(over: Partial<EvalState> = {}): EvalState {
  return {
    programs: [program],
    members: [
      member("UA", 1),
      member("UB", 2, { tandemStatus: "paused" }),
      member("UC", 3, { tandemStatus: "failed" }),
    ],
    answered: new Set(),
    sent: new Map(),
    ...over,
  };
}

describe("evaluation waves", () => {
  it("derives the midpoint and the end, unless a manager set them", () => {
    expect(derivedWaveDate(program, "midterm")).toBe("2026-07-01");
    expect(waveDates(program, "final")).toEqual({
      wave: "final",
      date: "2026-09-30",
      lastDay: "2026-10-14",
      derived: true,
    });
    const set = { ...program, midtermEvalDate: "2026-06-15", evalWindowDays: 7 };
    expect(waveDates(set, "midterm")).toEqual({
      wave: "midterm",
      date: "2026-06-15",
      lastDay: "2026-06-22",
      derived: false,
    });
    expect(wavePhase(program, "midterm", new Date("2026-06-30T12:00:00Z"))).toBe("upcoming");
    expect(wavePhase(program, "midterm", new Date("2026-07-15T20:00:00Z"))).toBe("open");
    expect(wavePhase(program, "midterm", new Date("2026-07-15T22:30:00Z"))).toBe("closed");
  });

  it("checks the managers' dates", () => {
    expect(validateWaveForm(program, { midterm: null, final: null, window: null })).toEqual({
      ok: true,
      midterm: null,
      final: null,
      window: 14,
    });
    expect(validateWaveForm(program, { midterm: "2026-03-01", final: null, window: 14 })).toMatchObject({
      ok: false,
      errors: { midterm: "order" },
    });
    expect(
      validateWaveForm(program, { midterm: "2026-08-01", final: "2026-07-01", window: 0 }),
    ).toMatchObject({
      ok: false,
      errors: { final: "order", window: "window" },
    });
  });

  it("invites members of running and paused tandems in their working hours", () => {
    expect(dueEvalItems(state(), new Date("2026-06-30T10:00:00Z"))).toEqual([]);
    const early = dueEvalItems(state(), new Date("2026-07-01T05:00:00Z"));
    expect(early.map((i) => [i.key, i.due, i.sendAt.toISOString()])).toEqual([
      ["eval:p1:midterm:UA", false, "2026-07-01T07:00:00.000Z"],
      ["eval:p1:midterm:UB", false, "2026-07-01T07:00:00.000Z"],
    ]);
    // Someone in New York is asked at nine in New York.
    const ny = state({ members: [member("UN", 9, { tz: "America/New_York" })] });
    expect(dueEvalItems(ny, new Date("2026-07-01T07:00:00Z"))[0]?.sendAt.toISOString()).toBe(
      "2026-07-01T13:00:00.000Z",
    );
  });

  it("reminds at most twice, only the latest after downtime, and never once answered or closed", () => {
    const invited = new Map([["eval:p1:midterm:UA", "2026-07-01T07:00:00Z"]]);
    const s = state({ members: [member("UA", 1)], sent: invited });
    expect(dueEvalItems(s, new Date("2026-07-03T07:00:00Z"))).toEqual([]);
    expect(dueEvalItems(s, new Date("2026-07-06T07:00:00Z")).map((i) => i.key)).toEqual([
      "eval:p1:midterm:UA:r1",
    ]);
    // After a week of downtime only the second reminder is due; the first is skipped.
    expect(dueEvalItems(s, new Date("2026-07-10T07:00:00Z")).map((i) => i.key)).toEqual([
      "eval:p1:midterm:UA:r2",
    ]);
    const both = new Map([...invited, ["eval:p1:midterm:UA:r2", "2026-07-10T07:00:00Z"]]);
    expect(dueEvalItems({ ...s, sent: both }, new Date("2026-07-13T07:00:00Z"))).toEqual([]);
    expect(
      dueEvalItems({ ...s, answered: new Set(["1:midterm"]) }, new Date("2026-07-10T07:00:00Z")),
    ).toEqual([]);
    expect(dueEvalItems(state({ members: [member("UA", 1)] }), new Date("2026-07-16T07:00:00Z"))).toEqual([]);
    // A late invitation is not chased at once.
    const late = new Map([["eval:p1:midterm:UA", "2026-07-09T07:00:00Z"]]);
    expect(dueEvalItems({ ...s, sent: late }, new Date("2026-07-10T07:00:00Z"))).toEqual([]);
  });

  it("asks a person in two tandems (after a rematch) once", () => {
    const twice = state({
      members: [member("UA", 1, { tandemStatus: "ended", endedAt: "2026-07-01T12:00:00Z" }), member("UA", 1)],
    });
    expect(dueEvalItems(twice, new Date("2026-07-01T07:00:00Z")).map((i) => i.key)).toEqual([
      "eval:p1:midterm:UA",
    ]);
  });

  it("asks the members of tandems the program's end ended in the final wave", () => {
    const ended = state({
      programs: [{ ...program, status: "closed" }],
      members: [
        member("UE", 5, { tandemStatus: "ended", endedAt: "2026-09-30T16:00:00Z" }),
        member("UF", 6, { tandemStatus: "ended", endedAt: "2026-06-01T10:00:00Z" }),
      ],
    });
    expect(dueEvalItems(ended, new Date("2026-10-01T07:00:00Z")).map((i) => i.key)).toEqual([
      "eval:p1:final:UE",
    ]);
  });
});

describe("evaluation answers", () => {
  const form = {
    satisfaction: "4",
    meetings: "3",
    helps: " x ",
    change: "",
    learned: "y",
    again: "yes",
    shareText: true,
    ratings: {},
  };
  it("accepts mentors' answers and drops the executives-only parts", () => {
    expect(validateEvaluation("mentor", ["ai_tools"], form)).toEqual({
      ok: true,
      answers: {
        role: "mentor",
        satisfaction: 4,
        meetings: 3,
        helps: "x",
        change: null,
        learned: "y",
        again: "yes",
        shareText: true,
      },
      ratings: {},
    });
  });
  it("asks executives to rate every topic and refuses nonsense", () => {
    expect(
      validateEvaluation("mentee", ["ai_tools", "social_media"], {
        ...form,
        meetings: "2.5",
        ratings: { ai_tools: "3", social_media: null },
      }),
    ).toEqual({
      ok: false,
      errors: { meetings: "number", ratings: { social_media: "required" } },
    });
    expect(
      validateEvaluation("mentee", ["ai_tools"], {
        ...form,
        helps: "x".repeat(1001),
        ratings: { ai_tools: "3" },
      }),
    ).toMatchObject({
      ok: false,
      errors: { helps: "too_long" },
    });
  });
});

describe("the report", () => {
  const answers = (
    role: "mentor" | "mentee",
    satisfaction: number,
    helps: string | null,
    shareText: boolean,
  ) => ({
    role,
    satisfaction,
    meetings: 2,
    helps,
    change: null,
    learned: null,
    again: "yes" as const,
    shareText,
  });
  const input: ReportInput = {
    programId: 1,
    programName: "P",
    topics: ["ai_tools"],
    waves: [],
    tandems: [1, 3].map((m, i) => ({
      id: i + 1,
      status: "active",
      mentorParticipantId: m,
      menteeParticipantId: m + 1,
      checkins: 1,
      checkinAnswers: 2,
      membersWhoAnswered: 2,
      answeredBy: [m, m + 1],
      meetings: 1,
      hasPlan: true,
      stalled: false,
      paused: false,
    })),
    roles: new Map([
      [1, "mentor"],
      [2, "mentee"],
      [3, "mentor"],
      [4, "mentee"],
    ]),
    invited: { midterm: new Set([1, 2, 3, 4]), final: new Set() },
    evaluations: [
      { participantId: 1, wave: "midterm", answers: answers("mentor", 4, "a", true) },
      { participantId: 3, wave: "midterm", answers: answers("mentor", 5, "b", true) },
      { participantId: 2, wave: "midterm", answers: answers("mentee", 3, "c", true) },
    ],
    ratings: [],
  };

  it("hides every figure of a group under three: two tandems, two mentors, two invited executives", () => {
    const r = buildReport(input);
    const mentors = r.perWaveRole.find((f) => f.wave === "midterm" && f.role === "mentor");
    expect(mentors?.responseRate).toEqual({ shown: false, n: 2 });
    expect(mentors?.satisfaction.shown).toBe(false);
    expect(r.meetingsPerTandem.shown).toBe(false);
    expect(r.withPlan.shown).toBe(false);
    expect(r.checkinResponseRate.shown).toBe(false);
    expect(r.funnel.map((s) => [s.stage, s.count.shown ? s.count.value : null])).toEqual([
      ["people", 4],
      ["checkin_answered", 4],
      ["met", 4],
      ["midterm", 3],
      ["final", null],
    ]);
    // Three people agreed and wrote what helps: pooled, sorted, without names.
    expect(r.texts.find((x) => x.wave === "midterm" && x.question === "helps")?.items).toEqual({
      shown: true,
      value: [
        { text: "a", count: 1 },
        { text: "b", count: 1 },
        { text: "c", count: 1 },
      ],
      n: 3,
    });
    expect(r.successes).toEqual([]);
  });

  it("keeps the free text of people who did not agree out, and shows the first successes it is given", () => {
    const r = buildReport({
      ...input,
      evaluations: input.evaluations.map((e) =>
        e.participantId === 2 ? { ...e, answers: { ...e.answers, shareText: false } } : e,
      ),
      successes: [{ text: "Board meeting on Teams" }],
    });
    expect(r.texts.find((x) => x.wave === "midterm" && x.question === "helps")?.items).toEqual({
      shown: false,
      n: 2,
    });
    expect(r.successes).toEqual([{ text: "Board meeting on Teams" }]);
  });
});
