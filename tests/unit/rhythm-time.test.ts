import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  isAllowedForAll,
  isWithinWorkingHours,
  localDate,
  nextAllowedTime,
  nextAllowedTimeForAll,
  pickTimeZone,
  weekday,
  zonedTime,
} from "../../src/domain/rhythm/time";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const utc = (iso: string) => new Date(iso);

describe("working hours in one time zone", () => {
  it("are Monday to Friday, 09:00 to 17:00 local time", () => {
    // 2027-03-01 is a Monday; Berlin is UTC+1 in winter.
    expect(isWithinWorkingHours(utc("2027-03-01T07:59:59Z"), BERLIN)).toBe(false);
    expect(isWithinWorkingHours(utc("2027-03-01T08:00:00Z"), BERLIN)).toBe(true);
    expect(isWithinWorkingHours(utc("2027-03-01T15:59:59Z"), BERLIN)).toBe(true);
    expect(isWithinWorkingHours(utc("2027-03-01T16:00:00Z"), BERLIN)).toBe(false);
    expect(isWithinWorkingHours(utc("2027-03-06T10:00:00Z"), BERLIN)).toBe(false);
    expect(isWithinWorkingHours(utc("2027-03-07T10:00:00Z"), BERLIN)).toBe(false);
  });

  it("keep an allowed time and move others to the next working morning", () => {
    expect(nextAllowedTime(utc("2027-03-01T10:15:00Z"), BERLIN)).toEqual(utc("2027-03-01T10:15:00Z"));
    expect(nextAllowedTime(utc("2027-03-01T05:00:00Z"), BERLIN)).toEqual(utc("2027-03-01T08:00:00Z"));
    expect(nextAllowedTime(utc("2027-03-01T16:00:00Z"), BERLIN)).toEqual(utc("2027-03-02T08:00:00Z"));
    // Friday evening and Saturday go to Monday morning.
    expect(nextAllowedTime(utc("2027-03-05T17:30:00Z"), BERLIN)).toEqual(utc("2027-03-08T08:00:00Z"));
    expect(nextAllowedTime(utc("2027-03-06T12:00:00Z"), BERLIN)).toEqual(utc("2027-03-08T08:00:00Z"));
  });

  it("follow the wall clock across daylight-saving changes", () => {
    // Europe springs forward on Sunday 2027-03-28: Friday 09:00 is 08:00Z, Monday 09:00 is 07:00Z.
    expect(nextAllowedTime(utc("2027-03-26T16:00:00Z"), BERLIN)).toEqual(utc("2027-03-29T07:00:00Z"));
    expect(isWithinWorkingHours(utc("2027-03-29T06:59:00Z"), BERLIN)).toBe(false);
    expect(isWithinWorkingHours(utc("2027-03-29T14:59:00Z"), BERLIN)).toBe(true);
    // and falls back on Sunday 2027-10-31.
    expect(nextAllowedTime(utc("2027-10-29T16:00:00Z"), BERLIN)).toEqual(utc("2027-11-01T08:00:00Z"));
    // New York springs forward on 2027-03-14.
    expect(nextAllowedTime(utc("2027-03-12T23:00:00Z"), NEW_YORK)).toEqual(utc("2027-03-15T13:00:00Z"));
    expect(nextAllowedTime(utc("2027-03-11T23:00:00Z"), NEW_YORK)).toEqual(utc("2027-03-12T14:00:00Z"));
  });

  it("are the first allowed moment, in any zone (property)", () => {
    const zones = [BERLIN, NEW_YORK, "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2029, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, tz) => {
          const from = new Date(Math.floor(ms / 60_000) * 60_000);
          const next = nextAllowedTime(from, tz);
          expect(next.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(isWithinWorkingHours(next, tz)).toBe(true);
          for (let t = from.getTime(); t < next.getTime(); t += 15 * 60_000) {
            expect(isWithinWorkingHours(new Date(t), tz)).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("working hours for two people in different zones", () => {
  it("prefer a time that suits both that day", () => {
    // Monday 2027-03-01: Berlin works 08–16Z, New York 14–22Z; both 14–16Z.
    const next = nextAllowedTimeForAll(utc("2027-03-01T06:00:00Z"), [BERLIN, NEW_YORK], NEW_YORK);
    expect(next).toEqual(utc("2027-03-01T14:00:00Z"));
    expect(isAllowedForAll(utc("2027-03-01T15:00:00Z"), [BERLIN, NEW_YORK], NEW_YORK)).toBe(true);
    expect(isAllowedForAll(utc("2027-03-01T09:00:00Z"), [BERLIN, NEW_YORK], BERLIN)).toBe(false);
  });

  it("fall back to the mentee's hours when no common time is left that day", () => {
    // 16:30Z: Berlin has finished, the New York mentee is at 11:30.
    const from = utc("2027-03-01T16:30:00Z");
    expect(nextAllowedTimeForAll(from, [BERLIN, NEW_YORK], NEW_YORK)).toEqual(from);
    // Tokyo (00–08Z) and Berlin (08–16Z) never overlap: the mentee's hours decide.
    expect(nextAllowedTimeForAll(utc("2027-03-01T00:00:00Z"), ["Asia/Tokyo", BERLIN], BERLIN)).toEqual(
      utc("2027-03-01T08:00:00Z"),
    );
  });

  it("use the shifted overlap between the two daylight-saving changes", () => {
    // 2027-03-15: New York already on summer time (09:00 = 13Z), Berlin not yet (17:00 = 16Z).
    expect(nextAllowedTimeForAll(utc("2027-03-15T05:00:00Z"), [BERLIN, NEW_YORK], BERLIN)).toEqual(
      utc("2027-03-15T13:00:00Z"),
    );
  });
});

describe("calendar helpers", () => {
  it("count days, weekdays and local dates", () => {
    expect(addDays("2027-02-26", 3)).toBe("2027-03-01");
    expect(daysBetween("2027-03-01", "2027-03-29")).toBe(28);
    expect(weekday("2027-03-01")).toBe(1);
    expect(localDate(utc("2027-03-01T23:30:00Z"), BERLIN)).toBe("2027-03-02");
    expect(zonedTime("2027-07-01", 9, 0, BERLIN)).toEqual(utc("2027-07-01T07:00:00Z"));
    expect(pickTimeZone(null, "Not/AZone", NEW_YORK)).toBe(NEW_YORK);
    expect(pickTimeZone(undefined)).toBe("UTC");
  });
});
