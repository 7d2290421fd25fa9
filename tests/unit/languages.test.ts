import { describe, expect, it } from "vitest";
import { languageCode } from "../../src/domain/languages";
import type { Candidate } from "../../src/domain/matching/score";
import { sharedLanguages } from "../../src/domain/matching/score";
import { translator } from "../../src/i18n";
import { languageLabel } from "../../src/slack/views/signup";

describe("typed languages", () => {
  it("recognizes codes and English, German and native names, in any case", () => {
    for (const typed of ["fr", "FR", "French", "französisch", "Français", " français "])
      expect(languageCode(typed)).toBe("fr");
    expect(languageCode("Englisch")).toBe("en");
    expect(languageCode("Türkçe")).toBe("tr");
    expect(languageCode("Plattdütsch")).toBeUndefined();
    expect(languageCode("")).toBeUndefined();
  });

  it("lets two people who typed one language in different words share it", () => {
    const person = (languages: string[]) => ({ languages }) as unknown as Candidate;
    expect(sharedLanguages(person(["de", "French"]), person(["Französisch", "en"]))).toEqual(["fr"]);
    expect(sharedLanguages(person(["Plattdütsch"]), person(["plattdütsch"]))).toEqual(["plattdütsch"]);
  });

  it("shows a stored code by its name in the reader's language, anything else as typed", () => {
    expect(languageLabel(translator("en"), "fr")).toBe("French");
    expect(languageLabel(translator("de"), "fr")).toBe("Französisch");
    expect(languageLabel(translator("de"), "en")).not.toBe("en");
    expect(languageLabel(translator("en"), "Plattdütsch")).toBe("Plattdütsch");
  });
});
