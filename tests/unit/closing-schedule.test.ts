import { describe, expect, it } from "vitest";
import { type ClosingItem, closingPlan, successesEventId, successesKey } from "../../src/domain/closing";
import { retentionStep } from "../../src/domain/consent";
import {
  archiveDue,
  dayStepAt,
  programEndDue,
  successPromptDue,
  successPromptFrom,
} from "../../src/domain/lifecycle";
import { addDays } from "../../src/domain/rhythm/time";
import { dueEvalItems, type EvalState, waveSends } from "../../src/domain/steering/waves";
import { translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import { buildSchedule } from "../../src/slack/views/rhythmSchedule";

/*
 * The closing phase in the managers' schedule: every moment comes from the rules the scheduler's
 * steps use, so each is checked against them (due at the moment, not a minute before).
 */

const TZ = "Europe/Berlin";
const program = {
  id: 3,
  status: "running" as const,
  startDate: "2026-01-05",
  endDate: "2026-06-30",
  timezone: TZ,
  midtermEvalDate: null,
  finalEvalDate: null,
  evalWindowDays: 14,
  archiveAfterDays: 14 as number | null,
  retentionMonths: 12,
};
/** Thursday 25 June 2026, 16:00 in Berlin */
const EVENT = { id: 9, startsAt: "2026-06-25T14:00:00.000Z", promptsPending: 4, promptsSent: 0 };
/** Wednesday 10 June 2026, 10:00 in Berlin */
const NOW = new Date("2026-06-10T08:00:00Z");
const MINUTE = 60_000;

const byKey = (items: ClosingItem[]) => new Map(items.map((i) => [i.key, i]));

describe("the closing phase's moments", () => {
  it("lists evaluations, success prompts, showcase, end, archiving and deletion at the scheduler's moments", () => {
    const items = closingPlan(program, [EVENT], NOW, 28);
    expect(items.map((i) => [i.key, i.date, i.at?.toISOString(), i.status])).toEqual([
      ["successes:e9", "2026-06-18", "2026-06-18T07:00:00.000Z", "upcoming"],
      ["showcase:e9", "2026-06-25", "2026-06-25T14:00:00.000Z", "upcoming"],
      // the final wave opens on the end date (derived)
      ["eval:final:invite", "2026-06-30", "2026-06-30T07:00:00.000Z", "upcoming"],
      ["close:p3", "2026-06-30", "2026-06-30T07:00:00.000Z", "upcoming"],
      // day 4 is a Saturday: Monday 09:00
      ["eval:final:r1", "2026-07-04", "2026-07-06T07:00:00.000Z", "upcoming"],
      // past the horizon (8 July) but after the end: listed, the program has no schedule after it
      ["archive:p3", "2026-07-14", "2026-07-14T07:00:00.000Z", "upcoming"],
      ["erase:p3", "2027-06-30", undefined, "upcoming"],
    ]);
    expect(byKey(items).get("erase:p3")).toMatchObject({ noticeOn: "2027-06-16" });
  });

  it("leaves out what lies beyond the horizon, and the end's consequences until the end is within it", () => {
    const early = closingPlan(program, [EVENT], new Date("2026-05-22T08:00:00Z"), 28);
    expect(early.map((i) => i.key)).toEqual(["successes:e9"]);
    const kept = closingPlan({ ...program, archiveAfterDays: null }, [], NOW, 28);
    expect(byKey(kept).get("archive:p3")).toMatchObject({ kind: "keep", at: undefined });
    expect(closingPlan({ ...program, status: "closed" }, [EVENT], NOW, 28)).toEqual([]);
    // on the wave's day: due from its first moment, each person in their own working hours
    const onTheDay = byKey(closingPlan(program, [], new Date("2026-06-30T10:00:00Z"), 28));
    expect(onTheDay.get("eval:final:invite")).toMatchObject({
      status: "pending",
      at: new Date("2026-06-30T07:00:00Z"),
    });
  });

  it("marks success prompts due outside working hours, and sent once every tandem was asked", () => {
    const evening = new Date("2026-06-18T16:00:00Z");
    const [due] = closingPlan(program, [EVENT], evening, 28);
    expect(due).toMatchObject({ key: "successes:e9", status: "pending", pending: 4 });
    expect(due?.at?.toISOString()).toBe("2026-06-19T07:00:00.000Z");
    expect(successPromptDue(EVENT.startsAt, TZ, evening)).toBe(false);
    expect(successPromptDue(EVENT.startsAt, TZ, due?.at as Date)).toBe(true);
    const asked = closingPlan(program, [{ ...EVENT, promptsPending: 0, promptsSent: 4 }], evening, 28);
    expect(asked[0]).toMatchObject({ status: "sent", at: undefined });
    // no tandem with a channel: nothing to ask
    expect(closingPlan(program, [{ ...EVENT, promptsSent: 0, promptsPending: 0 }], NOW, 28)[0]?.kind).toBe(
      "showcase",
    );
  });

  it("agrees with the scheduler's rules: due at the listed moment, not a minute before", () => {
    const from = successPromptFrom(EVENT.startsAt, TZ);
    expect(successPromptDue(EVENT.startsAt, TZ, from)).toBe(true);
    expect(successPromptDue(EVENT.startsAt, TZ, new Date(from.getTime() - MINUTE))).toBe(false);
    // end and archiving on every weekday and weekend day of two weeks
    for (let i = 0; i < 14; i++) {
      const day = addDays("2026-06-22", i);
      const at = dayStepAt(day, TZ);
      expect(programEndDue(day, TZ, at), day).toBe(true);
      expect(programEndDue(day, TZ, new Date(at.getTime() - MINUTE)), day).toBe(false);
      expect(archiveDue(addDays(day, -14), 14, TZ, at), day).toBe(true);
      expect(archiveDue(addDays(day, -14), 14, TZ, new Date(at.getTime() - MINUTE)), day).toBe(false);
    }
    // Saturday: from the start of working hours on Monday (nothing goes out on a weekend)
    expect(dayStepAt("2026-07-04", TZ).toISOString()).toBe("2026-07-06T07:00:00.000Z");
    // deletion on the listed day, by runRetention's rule
    const closed = { ...program, status: "closed", personalDataErasedAt: null };
    expect(retentionStep(closed, "2027-06-30").step).toBe("erase");
    expect(retentionStep(closed, "2027-06-16").step).toBe("notice");
    expect(retentionStep(closed, "2027-06-15").step).toBe("none");
  });

  it("lists evaluation sends on the days dueEvalItems sends them", () => {
    const member = {
      programId: 3,
      participantId: 1,
      userId: "U1",
      role: "mentor" as const,
      tz: TZ,
      tandemStatus: "active" as const,
      launchedAt: "2026-01-06T09:00:00Z",
      endedAt: null,
    };
    for (const send of waveSends(program)) {
      const invitedAt = addDays(send.day, -5);
      const state: EvalState = {
        programs: [program],
        members: [member],
        answered: new Set(),
        sent:
          send.kind === "invite"
            ? new Map()
            : new Map([
                [`eval:p3:${send.wave}:U1`, `${invitedAt}T08:00:00.000Z`],
                ...(send.reminder === 2 ? [[`eval:p3:${send.wave}:U1:r1`, invitedAt] as const] : []),
              ]),
      };
      const key = `${send.wave}:${send.kind}:${send.reminder ?? 0}`;
      expect(
        dueEvalItems(state, new Date(send.from.getTime() - MINUTE)).some((i) => i.due),
        key,
      ).toBe(false);
      const [item] = dueEvalItems(state, send.from);
      expect(item, key).toMatchObject({ due: true, kind: send.kind, wave: send.wave });
    }
  });

  it("keys success prompts per closing event for Send now", () => {
    expect(successesKey(9)).toBe("successes:e9");
    expect(successesEventId("successes:e9")).toBe(9);
    expect(successesEventId("successes:t1:e9")).toBeUndefined();
    expect(successesEventId("checkin:t1:p1")).toBeUndefined();
  });
});

describe("the closing phase in the schedule message", () => {
  const data = (lang: "en" | "de") =>
    buildSchedule(translator(lang), {
      programId: 3,
      programName: "Cohort <!here>",
      timezone: TZ,
      hasMentorCircle: true,
      rows: [],
      closing: closingPlan(program, [EVENT], NOW, 28),
    });

  it("shows each item with its time in the program's zone, in English", () => {
    const msg = data("en");
    const json = JSON.stringify(msg.blocks);
    expect(json).not.toContain("Nothing is planned");
    expect(json).toContain("*Evaluations and the program's end*");
    expect(json).toContain("*Tue 30 Jun, 09:00* · Final evaluation: invitations by direct message");
    expect(json).toContain(
      "*Mon 6 Jul, 09:00* · Final evaluation: reminder 1 to those who have not answered",
    );
    expect(json).toContain("*Thu 25 Jun, 16:00* · Closing event: the successes both members agreed to share");
    expect(json).toContain("*Tue 30 Jun, 09:00* · The program ends");
    expect(json).toContain("*Tue 14 Jul, 09:00* · Tandem channels archived");
    expect(json).toContain(
      "*30 June 2027* · Personal data of the program deleted (program managers are told on 16 June 2027)",
    );
    expect(json).toContain("Cohort &lt;!here&gt;");
    // only the success prompts can be sent now
    const buttons = msg.blocks.flatMap((b) =>
      b.type === "section" && b.accessory?.type === "button" ? [b] : [],
    );
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.text?.text).toBe(
      "*Thu 18 Jun, 09:00* · Success-story prompts for the closing event · 4 tandem channels",
    );
    expect(buttons[0]?.accessory).toMatchObject({ action_id: ids.rhythm.sendNow });
  });

  it("and in German", () => {
    const json = JSON.stringify(data("de").blocks);
    expect(json).toContain("*Evaluationen und Programmende*");
    expect(json).toContain("*Di., 30. Juni, 09:00* · Abschluss-Evaluation: Einladungen per Direktnachricht");
    expect(json).toContain("*Mo., 6. Juli, 09:00* · Abschluss-Evaluation: Erinnerung 1");
    expect(json).toContain("Bitte um Erfolgsgeschichten für die Abschlussveranstaltung · 4 Tandem-Kanäle");
    expect(json).toContain("*30. Juni 2027* · Personenbezogene Daten des Programms werden gelöscht");
    expect(json).toContain("Tandem-Kanäle werden archiviert");
  });
});
