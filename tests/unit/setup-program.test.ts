import { describe, expect, it } from "vitest";
import {
  addMonths,
  durationWarning,
  isValidTimezone,
  type ProgramForm,
  parseCustomTopics,
  TIMEZONES,
  todayIn,
  validateProgram,
} from "../../src/domain/program";
import { customTopicKey, MAX_TOPICS, TOPIC_CATALOG } from "../../src/domain/topics";
import { parseChannelArg, parseUserArgs } from "../../src/listeners/setup/args";

const NOW = new Date("2025-03-10T09:00:00Z");

function form(overrides: Partial<ProgramForm> = {}): ProgramForm {
  return {
    name: "Reverse Mentoring 2025",
    topics: ["ai_tools", "social_media"],
    customTopics: null,
    startDate: "2025-04-01",
    endDate: "2025-09-01",
    signupDeadline: "2025-03-25",
    meetingCadenceDays: "30",
    language: "de",
    timezone: "Europe/Berlin",
    mentorCapacity: "1",
    channelPrefix: "tandem",
    executiveCircle: "no",
    checkinCadenceDays: "14",
    circleCadenceDays: "21",
    nudgeAfterDays: "21",
    alertAfterDays: "35",
    ...overrides,
  };
}

const isNew = { now: NOW, isNew: true };

describe("validateProgram", () => {
  it("accepts a complete program of five months without warnings", () => {
    const r = validateProgram(form(), isNew);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.settings).toMatchObject({
      name: "Reverse Mentoring 2025",
      topics: ["ai_tools", "social_media"],
      customTopics: {},
      meetingCadenceDays: 30,
      language: "de",
      executiveCircle: false,
      alertAfterDays: 35,
    });
  });

  it("requires the end after the start", () => {
    for (const endDate of ["2025-04-01", "2025-03-31"]) {
      const r = validateProgram(form({ endDate }), isNew);
      expect(r.ok ? undefined : r.errors.endDate?.code).toBe("end_before_start");
    }
  });

  it("requires the sign-up deadline on or before the start", () => {
    expect(validateProgram(form({ signupDeadline: "2025-04-01" }), isNew).ok).toBe(true);
    const r = validateProgram(form({ signupDeadline: "2025-04-02" }), isNew);
    expect(r.ok ? undefined : r.errors.signupDeadline?.code).toBe("deadline_after_start");
  });

  it("refuses dates in the past for a new program, judged in the program's time zone", () => {
    const r = validateProgram(form({ startDate: "2025-03-09", signupDeadline: "2025-03-09" }), isNew);
    expect(r.ok ? undefined : r.errors.startDate?.code).toBe("date_in_past");
    expect(r.ok ? undefined : r.errors.signupDeadline?.code).toBe("date_in_past");
    // 23:30 UTC on 9 March is already 10 March in Berlin, so "today" is allowed there.
    const late = { now: new Date("2025-03-09T23:30:00Z"), isNew: true };
    expect(validateProgram(form({ signupDeadline: "2025-03-10" }), late).ok).toBe(true);
    expect(
      validateProgram(form({ signupDeadline: "2025-03-09", timezone: "America/New_York" }), late).ok,
    ).toBe(true);
  });

  it("lets an edited (running) program keep dates in the past", () => {
    const r = validateProgram(form({ startDate: "2025-01-01", signupDeadline: "2024-12-15" }), {
      now: NOW,
      isNew: false,
    });
    expect(r.ok).toBe(true);
  });

  it("warns, but accepts, a program outside 4–6 months", () => {
    const short = validateProgram(form({ endDate: "2025-07-15" }), isNew);
    expect(short.ok && short.warnings.map((w) => w.code)).toEqual(["duration_short"]);
    const long = validateProgram(form({ endDate: "2025-12-01" }), isNew);
    expect(long.ok && long.warnings.map((w) => w.code)).toEqual(["duration_long"]);
    expect(durationWarning("2025-04-01", "2025-08-01")).toBeUndefined();
    expect(durationWarning("2025-04-01", "2025-10-01")).toBeUndefined();
    expect(durationWarning("2025-04-01", "2025-10-02")?.code).toBe("duration_long");
  });

  it("stores own topics with stable keys, one per line, without duplicates", () => {
    const r = validateProgram(
      form({ customTopics: "Prompting 101\n\n  prompting 101 \nLinkedIn für Chefs\r\n" }),
      isNew,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const k1 = customTopicKey("Prompting 101");
    const k2 = customTopicKey("LinkedIn für Chefs");
    expect(r.settings.topics).toEqual(["ai_tools", "social_media", k1, k2]);
    expect(r.settings.customTopics).toEqual({ [k1]: "Prompting 101", [k2]: "LinkedIn für Chefs" });
  });

  it("limits the total number of topics and needs at least one", () => {
    const all = TOPIC_CATALOG.slice(0, MAX_TOPICS).map((t) => t.key);
    expect(validateProgram(form({ topics: all }), isNew).ok).toBe(true);
    const r = validateProgram(form({ topics: all, customTopics: "One more" }), isNew);
    expect(r.ok ? undefined : r.errors.topics).toEqual({
      code: "too_many_topics",
      params: { max: MAX_TOPICS, count: MAX_TOPICS + 1 },
    });
    const none = validateProgram(form({ topics: [], customTopics: "  \n" }), isNew);
    expect(none.ok ? undefined : none.errors.topics?.code).toBe("no_topics");
    expect(validateProgram(form({ topics: [], customTopics: "Only mine" }), isNew).ok).toBe(true);
  });

  it("ignores topic keys that are not in the catalog (forged options)", () => {
    const r = validateProgram(form({ topics: ["ai_tools", "evil"] }), isNew);
    expect(r.ok && r.settings.topics).toEqual(["ai_tools"]);
  });

  it("rejects an own topic that is too long for a select option", () => {
    const r = validateProgram(form({ customTopics: "x".repeat(61) }), isNew);
    expect(r.ok ? undefined : r.errors.customTopics?.code).toBe("custom_topic_too_long");
  });

  it("validates the channel prefix, lowercasing it", () => {
    const ok = validateProgram(form({ channelPrefix: " RM-2025 " }), isNew);
    expect(ok.ok && ok.settings.channelPrefix).toBe("rm-2025");
    for (const channelPrefix of ["tandem_", "-tandem", "tandem-", "tän", "a b", "x".repeat(21), ""]) {
      const r = validateProgram(form({ channelPrefix }), isNew);
      expect(r.ok ? channelPrefix : r.errors.channelPrefix?.code).toMatch(/invalid_prefix|required/);
    }
  });

  it("checks numbers, their ranges, and that the alert comes after the reminder", () => {
    const r = validateProgram(
      form({ mentorCapacity: "0", checkinCadenceDays: "1.5", circleCadenceDays: "", alertAfterDays: "21" }),
      isNew,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.mentorCapacity).toEqual({ code: "number_out_of_range", params: { min: 1, max: 5 } });
    expect(r.errors.checkinCadenceDays?.code).toBe("invalid_number");
    expect(r.errors.circleCadenceDays?.code).toBe("required");
    expect(r.errors.alertAfterDays?.code).toBe("alert_before_nudge");
  });

  it("checks name, language, time zone and the executives' circle", () => {
    const r = validateProgram(
      form({ name: "   ", language: "fr", timezone: "Mars/Olympus", executiveCircle: null }),
      isNew,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.name?.code).toBe("required");
    expect(r.errors.language?.code).toBe("invalid_language");
    expect(r.errors.timezone?.code).toBe("invalid_timezone");
    expect(r.errors.executiveCircle?.code).toBe("required");
    const long = validateProgram(form({ name: "n".repeat(81) }), isNew);
    expect(long.ok ? undefined : long.errors.name?.code).toBe("name_too_long");
  });

  it("rejects impossible dates", () => {
    const r = validateProgram(form({ endDate: "2025-02-30" }), isNew);
    expect(r.ok ? undefined : r.errors.endDate?.code).toBe("invalid_date");
  });
});

describe("date and time zone helpers", () => {
  it("offers only valid IANA time zones", () => {
    for (const tz of TIMEZONES) expect(isValidTimezone(tz), tz).toBe(true);
    expect(isValidTimezone("Europe/Atlantis")).toBe(false);
  });

  it("knows today's date in a time zone", () => {
    expect(todayIn("Europe/Berlin", new Date("2025-03-09T23:30:00Z"))).toBe("2025-03-10");
    expect(todayIn("America/Los_Angeles", new Date("2025-03-10T05:00:00Z"))).toBe("2025-03-09");
  });

  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2025-04-01", 4)).toBe("2025-08-01");
  });

  it("parses own topics line by line", () => {
    expect(parseCustomTopics(null)).toEqual([]);
    expect(parseCustomTopics(" A  b \nA b").map((c) => c.label)).toEqual(["A b"]);
  });
});

describe("command arguments", () => {
  it("reads channels however Slack sends them", () => {
    expect(parseChannelArg("<#C0123ABC|general>")).toEqual({ id: "C0123ABC" });
    expect(parseChannelArg("<#C0123ABC>")).toEqual({ id: "C0123ABC" });
    expect(parseChannelArg("<#G0123ABC|secret> please")).toEqual({ id: "G0123ABC" });
    expect(parseChannelArg("C0123ABC")).toEqual({ id: "C0123ABC" });
    expect(parseChannelArg("#Mentoring-News")).toEqual({ name: "mentoring-news" });
    expect(parseChannelArg("")).toBeUndefined();
    expect(parseChannelArg("<!channel>")).toBeUndefined();
    expect(parseChannelArg("#!!")).toBeUndefined();
  });

  it("reads user mentions however Slack sends them", () => {
    expect(parseUserArgs("<@U0123ABC|anna> <@W0456DEF>")).toEqual(["U0123ABC", "W0456DEF"]);
    expect(parseUserArgs("U0789GHI")).toEqual(["U0789GHI"]);
    expect(parseUserArgs("@anna <!channel>")).toEqual([]);
  });
});
