import { describe, expect, it } from "vitest";
import { checkSlackPayload } from "../../sim/block-kit";
import {
  archiveDue,
  isShared,
  nextCohortDates,
  nextCohortName,
  programEndDue,
  shiftInstant,
  showcaseDue,
  successPromptDue,
} from "../../src/domain/lifecycle";
import { translator } from "../../src/i18n";
import {
  buildClosingSettingsModal,
  buildEventPicker,
  buildShowcase,
  buildSuccessModal,
  buildSuccessPrompt,
} from "../../src/slack/views/close";

const TZ = "Europe/Berlin";

describe("the end of a program, as rules", () => {
  it("asks for successes from 09:00 on the working day a week before the closing event, in working hours", () => {
    const event = "2026-09-24T14:00:00.000Z"; // Thursday 16:00 in Berlin
    expect(successPromptDue(event, TZ, new Date("2026-09-17T06:59:00Z"))).toBe(false);
    expect(successPromptDue(event, TZ, new Date("2026-09-17T07:00:00Z"))).toBe(true);
    expect(successPromptDue(event, TZ, new Date("2026-09-19T10:00:00Z"))).toBe(false); // Saturday
    expect(successPromptDue(event, TZ, new Date("2026-09-24T14:00:00Z"))).toBe(false); // started
    // a Monday event: the Monday before
    expect(successPromptDue("2026-09-28T14:00:00Z", TZ, new Date("2026-09-21T07:30:00Z"))).toBe(true);
  });

  it("posts the showcase at the event's start, not half a day late", () => {
    expect(showcaseDue("2026-09-24T14:00:00Z", new Date("2026-09-24T13:59:00Z"))).toBe(false);
    expect(showcaseDue("2026-09-24T14:00:00Z", new Date("2026-09-24T14:00:00Z"))).toBe(true);
    expect(showcaseDue("2026-09-24T14:00:00Z", new Date("2026-09-25T02:00:00Z"))).toBe(false);
  });

  it("ends on the end date in working hours, or at once after downtime; archives later unless kept", () => {
    expect(programEndDue("2026-09-30", TZ, new Date("2026-09-30T05:00:00Z"))).toBe(false);
    expect(programEndDue("2026-09-30", TZ, new Date("2026-09-30T07:00:00Z"))).toBe(true);
    expect(programEndDue("2026-09-30", TZ, new Date("2026-10-03T22:00:00Z"))).toBe(true);
    expect(archiveDue("2026-09-30", 14, TZ, new Date("2026-10-13T10:00:00Z"))).toBe(false);
    expect(archiveDue("2026-09-30", 14, TZ, new Date("2026-10-14T10:00:00Z"))).toBe(true);
    expect(archiveDue("2026-09-30", null, TZ, new Date("2027-10-14T10:00:00Z"))).toBe(false);
  });

  it("moves the next cohort six weeks past today or the end, on the same weekday, deadline never past", () => {
    const previous = { startDate: "2026-04-01", endDate: "2026-09-30", signupDeadline: "2026-03-15" };
    const next = nextCohortDates(previous, "2026-10-15");
    expect(next).toEqual({
      startDate: "2026-12-02",
      endDate: "2027-06-02",
      signupDeadline: "2026-11-15",
      shiftDays: 245,
    });
    expect(new Date(`${next.startDate}T00:00:00Z`).getUTCDay()).toBe(
      new Date("2026-04-01T00:00:00Z").getUTCDay(),
    );
    const late = nextCohortDates({ ...previous, signupDeadline: "2026-01-01" }, "2026-10-15");
    expect(late.signupDeadline >= "2026-10-15").toBe(true);
    expect(nextCohortName("Digital Leadership 2026", 245)).toBe("Digital Leadership 2027");
    expect(nextCohortName("Pilot (2)", 60)).toBe("Pilot (3)");
    expect(nextCohortName("Pilot", 60)).toBe("Pilot (2)");
    // the same wall-clock time across a DST change
    expect(shiftInstant("2026-09-24T14:00:00.000Z", 63, TZ)).toBe("2026-11-26T15:00:00.000Z");
  });

  it("shares a success only with both consents to a non-empty text", () => {
    expect(isShared({ text: "x", mentorConsentAt: "a", menteeConsentAt: "b" })).toBe(true);
    expect(isShared({ text: "x", mentorConsentAt: "a", menteeConsentAt: null })).toBe(false);
    expect(isShared({ text: " ", mentorConsentAt: "a", menteeConsentAt: "b" })).toBe(false);
    expect(isShared(undefined)).toBe(false);
  });
});

describe("closing surfaces at their largest", () => {
  for (const lang of ["en", "de"] as const) {
    const t = translator(lang);
    it(`keeps a showcase of 150 long successes within Slack's limits (${lang})`, () => {
      const items = Array.from({ length: 150 }, (_, i) => ({
        mentorUserId: `UMEN${String(i).padStart(6, "0")}`,
        menteeUserId: `UEXE${String(i).padStart(6, "0")}`,
        text: `<!channel> & ${"ü".repeat(1990)}`,
      }));
      const messages = buildShowcase(t, { program: "P".repeat(80), items });
      const shown = messages.flatMap((m) => m.blocks).map((b) => JSON.stringify(b));
      expect(shown.join("").match(/UMEN\d{6}/g)).toHaveLength(150);
      expect(shown.join("")).not.toContain("<!channel>");
      for (const m of messages)
        expect(checkSlackPayload("chat.postMessage", { channel: "C1", ...m })).toEqual({ ok: true });
    });

    it(`builds the prompt, its modal, the settings and the event picker within limits (${lang})`, () => {
      const success = { text: "x".repeat(2000), mentorConsentAt: "a", menteeConsentAt: null };
      const prompt = buildSuccessPrompt(t, {
        tandemId: 1,
        mentorUserId: "U1",
        menteeUserId: "U2",
        when: "soon",
        success,
      });
      expect(checkSlackPayload("chat.postMessage", { channel: "C1", ...prompt })).toEqual({ ok: true });
      const views = [
        buildSuccessModal(t, { tandemId: 1, text: "y".repeat(2000) }),
        buildClosingSettingsModal(t, {
          programId: 1,
          program: "P".repeat(80),
          endDate: "2026-09-30",
          showcaseChannel: "C1",
          archiveAfterDays: 45,
          closing: { when: "Thursday" },
          counts: { written: 150, shared: 120 },
        }),
      ];
      for (const view of views) expect(checkSlackPayload("views.open", { view })).toEqual({ ok: true });
      const picker = buildEventPicker(
        t,
        Array.from({ length: 60 }, (_, i) => ({
          id: i + 1,
          kind: "world_cafe" as const,
          startsAt: "2026-05-20T15:00:00Z",
          place: "R".repeat(300),
          timezone: TZ,
        })),
      );
      expect(checkSlackPayload("chat.postMessage", { channel: "C1", ...picker })).toEqual({ ok: true });
    });
  }
});
