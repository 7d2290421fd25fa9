import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCohort } from "../../src/domain/cohorts";
import {
  isLowResponse,
  lowResponseNoticeDue,
  participantSummary,
  resultsNoticeDue,
  signupDeadlineNoticeDue,
  summaryDay,
  summaryDue,
} from "../../src/domain/notices";
import type { WaveProgram } from "../../src/domain/steering/waves";
import { translator } from "../../src/i18n";
import { buildSummaryDm } from "../../src/slack/views/notices";

const PROGRAM: WaveProgram = {
  id: 1,
  status: "running",
  startDate: "2026-04-01",
  endDate: "2026-09-30",
  timezone: "Europe/Berlin",
  midtermEvalDate: null,
  finalEvalDate: null,
  evalWindowDays: 14,
};

describe("participant summary under k ≥ 3", () => {
  const facts = { people: 6, tandems: 3, meetings: 1, finalSatisfaction: [], finalAgain: [] };

  it("shows a share only where neither the part nor the rest is one or two people", () => {
    const sat = (levels: number[]) => participantSummary({ ...facts, finalSatisfaction: levels }).satisfied;
    expect(sat([5, 5, 5])).toEqual({ part: 3, of: 3, percent: 100 });
    expect(sat([5, 5, 5, 2, 2, 2, 2])).toEqual({ part: 3, of: 7, percent: 43 });
    expect(sat([5, 5, 5, 2])).toBeUndefined(); // one not satisfied
    expect(sat([5, 5, 1, 1, 1, 3, 3, 3])).toBeUndefined(); // two satisfied
    expect(sat([1, 1, 1])).toEqual({ part: 0, of: 3, percent: 0 });
    expect(sat([5, 5])).toBeUndefined(); // fewer than three answers
  });

  it("shows no share beside a level the report hides: the share would pin the hidden cells down", () => {
    const summary = (levels: number[], roles: string[]) =>
      participantSummary({ ...facts, finalSatisfaction: levels, finalRoles: roles }).satisfied;
    // 29 satisfied, 3 not: in the report the three sit in three hidden cells (mentors 2, executives
    // 2 and 3), so "29 of 32" would tell that each is exactly one person.
    const mentors = [...Array(9).fill(4), ...Array(6).fill(5), 2];
    const mentees = [...Array(6).fill(4), ...Array(8).fill(5), 2, 3];
    const roles = [...mentors.map(() => "mentor"), ...mentees.map(() => "mentee")];
    expect(summary([...mentors, ...mentees], roles)).toBeUndefined();
    // every level of every role held by three or more: nothing is hidden, the share is shown
    expect(summary([4, 4, 4, 5, 5, 5], ["mentor", "mentor", "mentor", "mentee", "mentee", "mentee"])).toEqual(
      {
        part: 6,
        of: 6,
        percent: 100,
      },
    );
  });

  it("never shows a figure over fewer than three, nor a cell of one or two (random answers)", () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(10),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 12 }),
        fc.array(fc.constantFrom("yes", "no", "unsure"), { maxLength: 12 }),
        (people, tandems, sat, again) => {
          const s = participantSummary({
            people,
            tandems,
            meetings: 4,
            finalSatisfaction: sat,
            finalAgain: again,
          });
          if (s.people !== undefined) expect(s.people).toBeGreaterThanOrEqual(3);
          if (s.tandems !== undefined) expect(s.tandems).toBeGreaterThanOrEqual(3);
          if (s.meetings !== undefined) expect(s.tandems).toBeDefined();
          for (const share of [s.satisfied, s.again]) {
            if (!share) continue;
            expect(share.of).toBeGreaterThanOrEqual(3);
            for (const cell of [share.part, share.of - share.part])
              expect(cell === 0 || cell >= 3).toBe(true);
          }
        },
      ),
    );
  });

  it("says nothing about changes when none were written, and reads 1 meeting right", () => {
    for (const lang of ["de", "en"] as const) {
      const t = translator(lang);
      const message = buildSummaryDm(t, {
        program: "P & Q",
        summary: participantSummary(facts),
        changes: null,
      });
      const text = JSON.stringify(message.blocks);
      expect(text).not.toMatch(/What changes|Was sich/);
      expect(text).toContain("P &amp; Q");
      expect(text).toContain(lang === "de" ? "1 in Check-ins gemeldetes Treffen" : "1 meeting reported");
    }
  });
});

describe("when the managers hear of it", () => {
  it("tells of the sign-up deadline from the next working morning, while sign-up lasts", () => {
    const p = { status: "signup" as const, signupDeadline: "2026-03-13", timezone: "Europe/Berlin" };
    expect(signupDeadlineNoticeDue(p, new Date("2026-03-13T10:00:00Z"))).toBe(false);
    expect(signupDeadlineNoticeDue(p, new Date("2026-03-14T10:00:00Z"))).toBe(false); // Saturday
    expect(signupDeadlineNoticeDue(p, new Date("2026-03-16T07:59:00Z"))).toBe(false);
    expect(signupDeadlineNoticeDue(p, new Date("2026-03-16T08:00:00Z"))).toBe(true);
    expect(signupDeadlineNoticeDue({ ...p, status: "running" }, new Date("2026-03-16T08:00:00Z"))).toBe(
      false,
    );
  });

  it("calls a response low under half of at least three invited", () => {
    expect(isLowResponse(1, 2)).toBe(false);
    expect(isLowResponse(1, 3)).toBe(true);
    expect(isLowResponse(5, 10)).toBe(false);
    expect(isLowResponse(4, 10)).toBe(true);
  });

  it("warns from three days before the wave's last day, and says results are ready for a week after it", () => {
    // mid-term: 1 to 15 July 2026 (a Wednesday)
    const low = { answered: 1, invited: 6 };
    expect(lowResponseNoticeDue(PROGRAM, "midterm", low, new Date("2026-07-10T07:00:00Z"))).toBe(false);
    expect(lowResponseNoticeDue(PROGRAM, "midterm", low, new Date("2026-07-13T07:00:00Z"))).toBe(true);
    expect(
      lowResponseNoticeDue(PROGRAM, "midterm", { answered: 3, invited: 6 }, new Date("2026-07-13T07:00:00Z")),
    ).toBe(false);
    expect(lowResponseNoticeDue(PROGRAM, "midterm", low, new Date("2026-07-16T07:00:00Z"))).toBe(false);
    expect(resultsNoticeDue(PROGRAM, "midterm", new Date("2026-07-15T10:00:00Z"))).toBe(false);
    expect(resultsNoticeDue(PROGRAM, "midterm", new Date("2026-07-16T07:00:00Z"))).toBe(true);
    expect(resultsNoticeDue(PROGRAM, "midterm", new Date("2026-07-24T07:00:00Z"))).toBe(false);
  });

  it("sends the summary on the first working day four days after the final wave closed", () => {
    // final wave: 30 September to 14 October; + 4 is Sunday the 18th, so Monday the 19th
    expect(summaryDay(PROGRAM)).toBe("2026-10-19");
    expect(summaryDue({ ...PROGRAM, status: "closed" }, new Date("2026-10-19T06:59:00Z"))).toBe(false);
    expect(summaryDue({ ...PROGRAM, status: "closed" }, new Date("2026-10-19T07:00:00Z"))).toBe(true);
  });
});

describe("a cohort by name", () => {
  const cohorts = [
    { id: 3, name: "Leadership 2026" },
    { id: 2, name: "Leadership 2025" },
    { id: 1, name: "Pilot" },
  ];
  it("finds the exact name in any case, else the one name containing it, else offers the choices", () => {
    expect(findCohort(cohorts, "pilot")).toEqual({ kind: "found", cohort: cohorts[2] });
    expect(findCohort(cohorts, " leadership   2025 ")).toEqual({ kind: "found", cohort: cohorts[1] });
    expect(findCohort(cohorts, "2026")).toEqual({ kind: "found", cohort: cohorts[0] });
    expect(findCohort(cohorts, "Leadership")).toEqual({ kind: "ambiguous", choices: cohorts.slice(0, 2) });
    expect(findCohort(cohorts, "Gamma")).toEqual({ kind: "unknown", choices: cohorts });
  });
});
