import { describe, expect, it } from "vitest";
import { CATALOGS, SIE_TABLES, translator } from "../../src/i18n";
import { pluralBranches, renderMessage } from "../../src/i18n/plural";
import {
  countWithoutPlural,
  englishInGerman,
  formalMarker,
  germanInEnglish,
  informalMarker,
  shortcode,
} from "../helpers/language";

/**
 * Every key of every catalog in every variant: German with "du" (`de`), German with "Sie" (`de` with
 * the catalog's Sie table over it) and English. After a merge, a new German "du" text without its
 * Sie text fails here with the key's name: add it to catalogs/<name>.sie.ts.
 */

const keys = CATALOGS.flatMap((c) => Object.keys(c.en));
const en = translator("en");
const du = translator("de", "du");
const sie = translator("de", "sie");
const raw = (t: typeof en, key: string) => t.plain(key as Parameters<typeof en.plain>[0]);
const sieKeys = new Set(SIE_TABLES.flatMap((s) => Object.keys(s)));

/** Texts that are the same in both languages on purpose. */
const SAME_IN_BOTH =
  /^([\s\p{P}\p{S}\d]|\{\w+\}|`[^`]*`|World Café|Tandems?|Mentee|Check-ins?|Status|Matching|Remote|Deutsch|English)*$/u;

function failures(check: (key: string) => string | undefined): string[] {
  return keys.flatMap((key) => {
    const problem = check(key);
    return problem ? [`${key}: ${problem}`] : [];
  });
}

describe("catalogs: every key in German (du), German (Sie) and English", () => {
  it("a German du text never says Sie", () => {
    expect(failures((k) => formalMarker(raw(du, k)))).toEqual([]);
  });

  it("a German Sie text never says du or ihr", () => {
    expect(failures((k) => informalMarker(raw(sie, k)))).toEqual([]);
  });

  it("a du text that addresses the reader has its own Sie text, and a Sie text belongs to such a key", () => {
    expect(
      failures((k) =>
        informalMarker(raw(du, k)) && !sieKeys.has(k) ? "no Sie text in catalogs/*.sie.ts" : undefined,
      ),
    ).toEqual([]);
    const orphans = [...sieKeys].filter((k) => !keys.includes(k) || raw(sie, k) === raw(du, k));
    expect(orphans).toEqual([]);
  });

  it("no :shortcode: emoji, in any variant", () => {
    expect(failures((k) => shortcode(raw(en, k)) ?? shortcode(raw(du, k)) ?? shortcode(raw(sie, k)))).toEqual(
      [],
    );
  });

  it("English texts have no German in them, German texts no English", () => {
    expect(failures((k) => germanInEnglish(raw(en, k)))).toEqual([]);
    expect(failures((k) => englishInGerman(raw(du, k)) ?? englishInGerman(raw(sie, k)))).toEqual([]);
  });

  it("every text is translated: German differs from English unless it is only names", () => {
    expect(
      failures((k) => {
        const e = raw(en, k);
        const d = raw(du, k);
        return e === d && !SAME_IN_BOTH.test(e) ? `"${e}" in both` : undefined;
      }),
    ).toEqual([]);
  });

  it("every count with a noun has plural forms, in both languages", () => {
    expect(
      failures(
        (k) =>
          countWithoutPlural(raw(en, k), "en") ??
          countWithoutPlural(raw(du, k), "de") ??
          countWithoutPlural(raw(sie, k), "de"),
      ),
    ).toEqual([]);
  });

  it("plural forms have an `other` form and only the selectors the language knows", () => {
    const known = /^(=\d+|zero|one|two|few|many|other)$/;
    expect(
      failures((k) => {
        for (const text of [raw(en, k), raw(du, k), raw(sie, k)]) {
          for (const m of text.matchAll(/\{\w+,\s*plural,((?:[^{}]|\{[^{}]*\})*)\}/g)) {
            const branches = pluralBranches(m[1] ?? "");
            if (!branches.has("other")) return "plural without other";
            const bad = [...branches.keys()].find((s) => !known.test(s));
            if (bad) return `unknown plural selector ${bad}`;
          }
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("placeholders are the same in every variant", () => {
    const names = (text: string) =>
      [
        ...new Set(
          [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:[},])/g)].map((m) => m[1]),
        ),
      ]
        .sort()
        .join(",");
    expect(
      failures((k) => {
        const e = names(raw(en, k));
        return e !== names(raw(du, k)) || e !== names(raw(sie, k)) ? "placeholders differ" : undefined;
      }),
    ).toEqual([]);
  });
});

describe("plural and select forms", () => {
  const render = (lang: "de" | "en", text: string, params: Record<string, string | number>) =>
    renderMessage(text, { lang, params });
  const people = "{n, plural, =0 {nobody} one {# person} other {# people}}";

  it("chooses by Intl.PluralRules, exact numbers first; # is the number", () => {
    expect([0, 1, 2, 21].map((n) => render("en", people, { n }))).toEqual([
      "nobody",
      "1 person",
      "2 people",
      "21 people",
    ]);
    expect(render("de", "{n, plural, one {# Tag} other {# Tage}}", { n: 1 })).toBe("1 Tag");
    expect(render("de", "{n, plural, one {# Tag} other {# Tage}}", { n: 3 })).toBe("3 Tage");
  });

  it("a number already formatted takes the other form; a missing one leaves the text as it was", () => {
    expect(render("de", "{m, plural, one {# Monat} other {# Monate}}", { m: "3,5" })).toBe("3,5 Monate");
    expect(render("en", people, {})).toBe(people);
  });

  it("select picks by value, with placeholders inside a branch", () => {
    const text =
      "Du bist {e, select, kickoff {zur Auftaktveranstaltung} world_cafe {zum World Café} other {zu {kind}}} eingeladen.";
    expect(render("de", text, { e: "world_cafe" })).toBe("Du bist zum World Café eingeladen.");
    expect(render("de", text, { e: "x", kind: "Lunch" })).toBe("Du bist zu Lunch eingeladen.");
  });

  it("the translator escapes parameters inside forms too", () => {
    expect(translator("en").plain("event.cafe.summary", { people: 1, rounds: 3, size: 4 })).toContain(
      "1 person, 3 rounds",
    );
  });
});
