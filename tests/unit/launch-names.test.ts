import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  channelPrefix,
  circleChannelName,
  firstNameOf,
  slug,
  tandemChannelName,
  uniqueName,
} from "../../src/slack/channelNames";

const VALID = /^[a-z0-9][a-z0-9_-]*$/;
const person = (name: string, userId = "U0ABC123") => ({ name, userId });

describe("channel names", () => {
  it("transliterates German the German way and other letters without marks", () => {
    expect(slug("Jürgen Öztürk-Weiß")).toBe("juergen-oeztuerk-weiss");
    expect(slug("ÄRGER")).toBe("aerger");
    expect(slug("François Łukasz Søren Ångström")).toBe("francois-lukasz-soeren-aangstroem");
    expect(slug("José María")).toBe("jose-maria");
  });

  it("falls back to the user id for names without Latin letters", () => {
    expect(tandemChannelName("tandem", person("Дмитрий", "U0DMITRY"), person("美咲", "U0MISAKI"))).toBe(
      "tandem-u0dmitry-u0misaki",
    );
  });

  it("builds prefix-first-first from a cleaned prefix", () => {
    expect(tandemChannelName("Tandem 2026!", person("Anna"), person("Bernd"))).toBe("tandem-2026-anna-bernd");
    expect(channelPrefix("  ")).toBe("tandem");
    expect(circleChannelName("rm", "Mentorenkreis")).toBe("rm-mentorenkreis");
  });

  it("takes the first name, else the first word of the real name, else the id", () => {
    expect(firstNameOf({ userId: "U1", firstName: " Anna ", realName: "Anna Schmidt" })).toBe("Anna");
    expect(firstNameOf({ userId: "U1", firstName: "", realName: "Bernd Meier" })).toBe("Bernd");
    expect(firstNameOf({ userId: "U1", firstName: null, realName: null })).toBe("U1");
  });

  it("is always valid and at most 80 characters, with room for a suffix", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 60 }),
        (a, b, p) => {
          const name = tandemChannelName(p, person(a, "U0AAA"), person(b, "U0BBB"));
          expect(name).toMatch(VALID);
          expect(name.length).toBeLessThanOrEqual(77);
          const taken = new Set([name]);
          const next = uniqueName(name, taken);
          expect(next).toMatch(VALID);
          expect(next.length).toBeLessThanOrEqual(80);
          expect(next).not.toBe(name);
        },
      ),
    );
  });

  it("keeps names unique: -2, -3 …", () => {
    const taken = new Set<string>();
    expect([1, 2, 3].map(() => uniqueName("tandem-anna-bernd", taken))).toEqual([
      "tandem-anna-bernd",
      "tandem-anna-bernd-2",
      "tandem-anna-bernd-3",
    ]);
  });
});
