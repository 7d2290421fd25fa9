import { describe, expect, it } from "vitest";
import { values } from "../../src/slack/values";

describe("typed values of Slack surfaces", () => {
  it("reads back exactly what it wrote", () => {
    const rsvp = values.rhythm.rsvp;
    expect(rsvp.parse(rsvp.encode({ e: 42, r: "going" }))).toEqual({ e: 42, r: "going" });
    const follow = values.rhythm.alertFollowUp;
    expect(follow.parse(follow.encode({ t: 7, f: "resolve" }))).toEqual({ t: 7, f: "resolve" });
    expect(values.setup.programView.parse(values.setup.programView.encode({ programId: null }))).toEqual({
      programId: null,
    });
  });

  it("refuses stale, forged or garbled data instead of throwing", () => {
    const rsvp = values.rhythm.rsvp;
    expect(rsvp.parse(undefined)).toBeUndefined();
    expect(rsvp.parse("")).toBeUndefined();
    expect(rsvp.parse("{not json")).toBeUndefined();
    expect(rsvp.parse('{"e":"42","r":"going"}')).toBeUndefined();
    expect(rsvp.parse('{"e":42,"r":"maybe"}')).toBeUndefined();
    expect(rsvp.parse('{"e":-1,"r":"going"}')).toBeUndefined();
    expect(values.rhythm.alertFollowUp.parse('{"t":3,"f":"claim"}')).toBeUndefined();
  });
});
