import { describe, expect, it } from "vitest";
import { ids, memberId, parseMemberId } from "../../src/slack/ids";

describe("action id families", () => {
  it("gives each button of a family its own id and reads family and member back", () => {
    const yes = memberId(ids.rhythm.checkinAnswer, "yes");
    const help = memberId(ids.rhythm.checkinAnswer, "help");
    expect(yes).not.toBe(help);
    expect(parseMemberId(yes)).toEqual({ family: ids.rhythm.checkinAnswer, member: "yes" });
    expect(parseMemberId(memberId(ids.rhythm.rsvp, "not_going"))).toEqual({
      family: ids.rhythm.rsvp,
      member: "not_going",
    });
  });

  it("treats a plain id, a bare family or an empty member as no member", () => {
    expect(parseMemberId(ids.signup.join)).toBeUndefined();
    expect(parseMemberId(ids.rhythm.checkinAnswer)).toBeUndefined();
    expect(parseMemberId(`${ids.rhythm.checkinAnswer}:`)).toBeUndefined();
    expect(parseMemberId(":yes")).toBeUndefined();
  });

  it("keeps every id within Slack's 255 characters and free of the member separator", () => {
    const all: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") all.push(v);
      else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
    };
    walk(ids);
    for (const id of all) {
      expect(id.length).toBeLessThanOrEqual(255);
      expect(id).not.toContain(":");
    }
  });
});
