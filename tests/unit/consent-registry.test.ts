import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIENCES, type PersonalField, VISIBILITY, visibleTo } from "../../src/domain/consent";
import { CATALOGS, translator } from "../../src/i18n";
import { consentText } from "../../src/slack/views/consent";
import { buildTandemWelcome, type TandemMember } from "../../src/slack/views/launchMessages";

/**
 * What a builder shows of one person to another is in the consent registry (VISIBILITY), and the
 * consent text and docs/privacy.md list the same things.
 */

/** Each answer of a member, with a marker that can be found in what is rendered. */
const MEMBER_FIELDS: Record<Exclude<keyof TandemMember, "userId" | "name" | "consent">, PersonalField> = {
  department: "department",
  background: "background",
  hopeToLearn: "hopeToLearn",
  learningGoals: "learningGoals",
  expectations: "expectations",
};

/** The matching reasons (welcome and matching review) and the answer each one reveals. */
const REASON_FIELDS: Record<string, PersonalField | undefined> = {
  "matching.reason.strong_in": "topicRatings",
  "matching.reason.strong_in_goal": "topicRatings",
  "matching.reason.same_format": "meetingFormat",
  "matching.reason.same_frequency": "meetingFrequency",
  "matching.reason.different_departments": "department",
  "matching.reason.shared_language": "languages",
  "matching.reason.fallback": undefined,
};

const member = (userId: string, marker: string): TandemMember => ({
  userId,
  name: "Anna",
  department: `${marker}-department`,
  background: `${marker}-background`,
  hopeToLearn: `${marker}-hopeToLearn`,
  learningGoals: `${marker}-learningGoals`,
  expectations: `${marker}-expectations`,
  consent: true,
});

describe("consent registry", () => {
  it("every answer the tandem's welcome shows the partner is in the registry for the partner", () => {
    const reasons = Object.keys(REASON_FIELDS).map((key) => ({
      key,
      params: {
        topic: "ai_tools",
        mentorLevel: 5,
        menteeLevel: 2,
        format: "remote",
        perMonth: 2,
        language: "fr",
      },
    }));
    const shown = JSON.stringify(
      buildTandemWelcome(translator("en"), {
        program: "P",
        mentor: member("UMENTOR01", "mentor"),
        mentee: member("UMENTEE01", "mentee"),
        reasons,
        customTopics: {},
      }),
    );
    const fields = new Set<PersonalField>();
    for (const [key, field] of Object.entries(MEMBER_FIELDS)) {
      if (shown.includes(`mentor-${key}`) || shown.includes(`mentee-${key}`)) fields.add(field);
    }
    for (const [, field] of Object.entries(REASON_FIELDS)) if (field) fields.add(field);
    expect(shown).toContain("rated themselves 2 of 5");
    expect([...fields].filter((f) => !visibleTo("partner", f))).toEqual([]);
  });

  it("every matching reason (shown to managers in the review and to the partner) names a field both may see", () => {
    const reasonKeys = CATALOGS.flatMap((c) => Object.keys(c.en)).filter((k) =>
      k.startsWith("matching.reason."),
    );
    expect(reasonKeys.filter((k) => !(k in REASON_FIELDS))).toEqual([]);
    for (const field of Object.values(REASON_FIELDS)) {
      if (!field) continue;
      expect(visibleTo("managers", field)).toBe(true);
      expect(visibleTo("partner", field)).toBe(true);
    }
  });

  it("the consent text lists every field of every role, in every language and form of address", () => {
    for (const t of [translator("en"), translator("de", "du"), translator("de", "sie")]) {
      const text = consentText(t);
      for (const audience of AUDIENCES) {
        for (const field of VISIBILITY[audience]) expect(text).toContain(t.plain(`consent.field.${field}`));
      }
      expect(text.length).toBeLessThanOrEqual(3000);
    }
  });

  it("docs/privacy.md lists the same fields for each role", () => {
    const doc = readFileSync("docs/privacy.md", "utf8");
    const en = translator("en");
    const missing: string[] = [];
    for (const audience of AUDIENCES) {
      const row = doc.split("\n").find((line) => line.startsWith(`| **consent: ${audience}**`)) ?? "";
      for (const field of VISIBILITY[audience]) {
        const label = en.plain(`consent.field.${field}`).replace(/^your /, "");
        if (!row.includes(label)) missing.push(`${audience}: ${label}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
