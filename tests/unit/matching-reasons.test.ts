import { describe, expect, it } from "vitest";
import type { PairReason } from "../../src/domain/types";
import { type Lang, translator } from "../../src/i18n";
import { buildTandemWelcome, type TandemMember } from "../../src/slack/views/launchMessages";
import { buildReviewView } from "../../src/slack/views/matching";
import { formatName, languageName, reasonText } from "../../src/slack/views/reasons";

/** Every kind of reason the matching stores (src/domain/matching/score.ts), with codes inside. */
const REASONS: PairReason[] = [
  { key: "matching.reason.strong_in", params: { topic: "ai_tools", mentorLevel: 5, menteeLevel: 1 } },
  {
    key: "matching.reason.strong_in_goal",
    params: { topic: "custom:prompting", mentorLevel: 4, menteeLevel: 2 },
  },
  { key: "matching.reason.same_format", params: { format: "in_person" } },
  { key: "matching.reason.same_frequency", params: { perMonth: 2 } },
  { key: "matching.reason.different_departments", params: {} },
  { key: "matching.reason.shared_language", params: { language: "en" } },
];
const CUSTOM = { "custom:prompting": "Prompting <101>" };

const EXPECTED: Record<Lang, string[]> = {
  en: [
    "strong in AI tools (5/5), where the executive rated themselves 1 of 5",
    "strong in Prompting &lt;101&gt; (4/5), a goal the executive named, rating themselves 2 of 5",
    "both prefer in-person meetings",
    "both want to meet 2× a month",
    "different departments",
    "shared language: English",
  ],
  de: [
    "stark im Thema KI-Werkzeuge (5/5), wo sich die Führungskraft mit 1 von 5 eingeschätzt hat",
    "stark im Thema Prompting &lt;101&gt; (4/5), einem Lernziel der Führungskraft, die sich mit 2 von 5 eingeschätzt hat",
    "beide bevorzugen Treffen vor Ort",
    "beide möchten sich 2× im Monat treffen",
    "verschiedene Abteilungen",
    "gemeinsame Sprache: Englisch",
  ],
};

/** What the matching stores and a person must never read. */
const RAW = ["in_person", "ai_tools", "custom:", "language: en", "Sprache: en", "matching.reason", "<101>"];

const member = (userId: string): TandemMember => ({
  userId,
  name: "Anna",
  department: "Sales",
  background: null,
  hopeToLearn: null,
  learningGoals: null,
  expectations: null,
  consent: true,
});

describe("matching reasons in words", () => {
  it("renders every kind the matching gives, in English and German", () => {
    for (const lang of ["en", "de"] as const) {
      const t = translator(lang);
      expect(REASONS.map((r) => reasonText(t, r, CUSTOM))).toEqual(EXPECTED[lang]);
    }
  });

  it("names every meeting format and the signup's languages, never their codes", () => {
    const en = translator("en");
    const de = translator("de");
    expect(["in_person", "remote", "mixed"].map((f) => formatName(en, f))).toEqual([
      "in-person meetings",
      "remote meetings",
      "a mix of remote and in-person meetings",
    ]);
    expect(["in_person", "remote", "mixed"].map((f) => formatName(de, f))).toEqual([
      "Treffen vor Ort",
      "Remote-Treffen",
      "eine Mischung aus Remote-Treffen und Treffen vor Ort",
    ]);
    expect([languageName(en, "de"), languageName(en, "en")]).toEqual(["German", "English"]);
    expect([languageName(de, "de"), languageName(de, "en")]).toEqual(["Deutsch", "Englisch"]);
  });

  it("names other language codes someone typed, and keeps names and unknown words as typed", () => {
    expect(languageName(translator("en"), "fr")).toBe("French");
    expect(languageName(translator("de"), "fr")).toBe("Französisch");
    expect(languageName(translator("de"), "français")).toBe("français");
    expect(languageName(translator("en"), "xyz")).toBe("xyz");
    expect(
      reasonText(
        translator("en"),
        { key: "matching.reason.shared_language", params: { language: "<b>" } },
        {},
      ),
    ).toBe("shared language: &lt;b&gt;");
  });

  it("leaves keys the catalog does not know to the view", () => {
    expect(reasonText(translator("en"), { key: "not.a.key", params: {} }, {})).toBeUndefined();
  });

  it("shows the same words in the tandem's welcome and in the managers' review", () => {
    for (const lang of ["en", "de"] as const) {
      const t = translator(lang);
      const welcome = JSON.stringify(
        buildTandemWelcome(t, {
          program: "Pilot",
          mentor: member("UMENTOR01"),
          mentee: member("UMENTEE01"),
          reasons: [...REASONS, { key: "not.a.key", params: {} }],
          customTopics: CUSTOM,
        }),
      );
      const review = JSON.stringify(
        buildReviewView(t, {
          proposalId: 1,
          programName: "Pilot",
          customTopics: CUSTOM,
          pairs: [
            {
              mentor: { participantId: 1, userId: "UMENTOR01", department: null },
              mentee: { participantId: 2, userId: "UMENTEE01", department: null },
              score: 0.9,
              reasons: REASONS,
            },
          ],
          unmatched: [],
          constraints: [],
          page: 0,
        }).blocks,
      );
      for (const text of [welcome, review]) {
        for (const line of EXPECTED[lang]) expect(text).toContain(`• ${line}`);
        for (const raw of [...RAW, "not.a.key"]) expect(text).not.toContain(raw);
      }
    }
  });
});
