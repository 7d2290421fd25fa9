import { describe, expect, it } from "vitest";
import type { RhythmState } from "../../src/domain/rhythm/due";
import {
  circlePlan,
  findScheduledItem,
  type ScheduleEntry,
  scheduleOverview,
  validatePromptForm,
} from "../../src/domain/rhythm/schedule";
import { translator } from "../../src/i18n";
import { buildPromptModal, buildSchedule, type ScheduleRow } from "../../src/slack/views/rhythmSchedule";

const program = {
  id: 1,
  status: "running" as const,
  startDate: "2026-04-01",
  endDate: "2026-09-30",
  timezone: "Europe/Berlin",
  checkinCadenceDays: 14,
  circleCadenceDays: 21,
  nudgeAfterDays: 21,
  alertAfterDays: 35,
  hasMentorCircle: true,
};

function state(tandems: number, sent: string[] = []): RhythmState {
  return {
    programs: [program],
    tandems: Array.from({ length: tandems }, (_, i) => ({
      id: i + 1,
      programId: 1,
      status: "active" as const,
      pausedUntil: null,
      launchedAt: "2026-04-02T09:00:00Z",
      mentorTz: "Europe/Berlin",
      menteeTz: "America/New_York",
      lastMetOn: null,
    })),
    helpRequests: [],
    events: [],
    sent: new Set(sent),
  };
}

const NOW = new Date("2026-04-10T10:00:00Z");

describe("the schedule overview", () => {
  it("plans each item at the time the scheduler would send it and marks items sent early", () => {
    const entries = scheduleOverview(state(1, ["checkin:t1:p1"]), NOW, 1);
    const byKey = new Map(entries.map((e) => [e.key, e]));
    expect(byKey.get("checkin:t1:p1")).toMatchObject({ status: "sent", sendAt: undefined });
    // The stall counts from the first check-in (2026-04-16); three weeks later the nudge follows up the
    // check-in of 2026-04-30 in its thread. Berlin and New York share 15:00–17:00 Berlin time in May.
    expect(byKey.get("nudge:t1:since2026-04-16")?.sendAt?.toISOString()).toBe("2026-05-07T13:00:00.000Z");
    expect(byKey.get("circle:p1:n1")?.sendAt?.toISOString()).toBe("2026-04-22T07:00:00.000Z");
  });

  it("finds an item by its key only while it is scheduled and not sent", () => {
    expect(findScheduledItem(state(1), NOW, "checkin:t1:p1")).toEqual({
      key: "checkin:t1:p1",
      programId: 1,
      kind: "checkin",
      tandemId: 1,
      period: 1,
    });
    expect(findScheduledItem(state(1, ["checkin:t1:p1"]), NOW, "checkin:t1:p1")).toBeUndefined();
    expect(findScheduledItem(state(1), NOW, "checkin:t1:p7")).toBeUndefined();
    expect(findScheduledItem(state(1), NOW, "checkin:t9:p1")).toBeUndefined();
  });

  it("plans the remaining circle prompts with the program's own prompts first in their phase", () => {
    const plan = circlePlan(program, NOW, new Set(), [
      { id: 3, phase: "middle", text: "Ours", postedAt: null },
    ]);
    expect(plan.map((e) => [e.date, e.phase])).toEqual([
      ["2026-04-22", "start"],
      ["2026-05-13", "start"],
      ["2026-06-03", "middle"],
      ["2026-06-24", "middle"],
      ["2026-07-15", "middle"],
      ["2026-08-05", "end"],
      ["2026-08-26", "end"],
      ["2026-09-16", "end"],
    ]);
    expect(plan[2]?.prompt).toEqual({ source: "custom", id: 3, text: "Ours" });
    expect(plan[3]?.prompt).toEqual({ source: "library", key: "rhythm.prompt.middle.1" });
  });
});

describe("the schedule message", () => {
  it("stays within 50 blocks for a large cohort and sums up the rest", () => {
    const entries = scheduleOverview(state(100), NOW, 1);
    const rows: ScheduleRow[] = entries.map((entry: ScheduleEntry) => ({
      entry,
      mentorUserId: "UMEN000001",
      menteeUserId: "UEXE000001",
    }));
    const msg = buildSchedule(translator("en"), {
      programId: 1,
      programName: "<!channel> Cohort",
      timezone: "Europe/Berlin",
      hasMentorCircle: true,
      rows,
    });
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    const json = JSON.stringify(msg.blocks);
    // one page of 25 in send order (each check-in at its own moment), and the way to the next
    expect(json).toContain("1–25 of 201.");
    expect(json).toContain("rhythm.schedule_page:later");
    const times = [...json.matchAll(/\*(\d\d:\d\d)\* · /g)].map((m) => m[1]);
    expect(times).toHaveLength(25);
    expect([...times].sort()).toEqual(times);
    expect(json).toContain("&lt;!channel&gt; Cohort");
    expect(json).not.toContain("<!channel>");
  });

  it("validates a prompt and preselects the next phase in the modal", () => {
    expect(validatePromptForm({ phase: "end", text: "  Why?  " })).toEqual({
      ok: true,
      phase: "end",
      text: "Why?",
    });
    expect(validatePromptForm({ phase: null, text: "" })).toEqual({
      ok: false,
      errors: { phase: { code: "phase_required" }, text: { code: "text_required" } },
    });
    const modal = buildPromptModal(translator("de"), { programId: 1, phase: "middle" });
    expect(JSON.stringify(modal.blocks)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Mitte des Programms"',
    );
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
  });
});
