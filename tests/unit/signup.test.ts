import type { KnownBlock, ModalView } from "@slack/types";
import { describe, expect, it } from "vitest";
import { fillView } from "../../sim/slack-requests";
import type { Participant } from "../../src/db/queries/participants";
import {
  joinGate,
  LIMITS,
  leaveGate,
  localDate,
  parseOtherLanguages,
  type RawSignup,
  splitLanguages,
  statusAfterSubmit,
  validateSignup,
} from "../../src/domain/signup";
import { translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import {
  buildQuestionnaire,
  buildRoleModal,
  parseQuestionnaireMeta,
  readQuestionnaire,
  type StateValues,
  slackErrors,
} from "../../src/slack/views/signup";
import {
  buildProfileBlocks,
  buildSignupDm,
  closedText,
  formatDate,
} from "../../src/slack/views/signupMessages";

const TOPICS = ["social_media", "ai_tools"];
const ctx = { userId: "UME0000001", topics: TOPICS };

function mentee(overrides: RawSignup = {}): RawSignup {
  return {
    department: " Finance ",
    learningGoals: "Use AI",
    expectations: "Patience",
    concerns: "",
    meetingFormat: "in_person",
    meetingsPerMonth: "2",
    languages: ["de"],
    otherLanguages: "",
    availability: "Mondays",
    excludedUserIds: ["UBOSS00001"],
    consent: true,
    ratings: { social_media: "2", ai_tools: "1" },
    ...overrides,
  };
}

describe("validateSignup", () => {
  it("accepts a complete mentee questionnaire and cleans it", () => {
    const result = validateSignup("mentee", mentee({ background: "ignored for mentees" }), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toMatchObject({
      role: "mentee",
      department: "Finance",
      concerns: null,
      background: null,
      meetingsPerMonth: 2,
      languages: ["de"],
      excludedUserIds: ["UBOSS00001"],
      ratings: [
        { topic: "social_media", level: 2 },
        { topic: "ai_tools", level: 1 },
      ],
    });
  });

  it("requires each role's own texts", () => {
    const result = validateSignup("mentor", mentee(), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields).toEqual({
      background: { code: "required" },
      hopeToLearn: { code: "required" },
    });
  });

  it("reports every problem at once", () => {
    const result = validateSignup(
      "mentee",
      mentee({
        department: "x".repeat(LIMITS.department + 1),
        expectations: "   ",
        meetingFormat: "by_carrier_pigeon",
        meetingsPerMonth: "7",
        languages: [],
        otherLanguages: "",
        availability: null,
        excludedUserIds: ["UME0000001"],
        consent: false,
        ratings: { social_media: "9" },
      }),
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields).toEqual({
      department: { code: "too_long", max: LIMITS.department },
      expectations: { code: "required" },
      meetingFormat: { code: "invalid_choice" },
      meetingsPerMonth: { code: "invalid_choice" },
      languages: { code: "no_language" },
      availability: { code: "required" },
      excluded: { code: "exclude_self" },
      consent: { code: "consent_required" },
    });
    expect(result.errors.ratings).toEqual({ social_media: "invalid_choice", ai_tools: "rating_required" });
  });

  it("counts a typed language as a language, and limits each one", () => {
    const ok = validateSignup(
      "mentee",
      mentee({ languages: [], otherLanguages: "Türkçe, Polski; türkçe" }),
      ctx,
    );
    // recognized names are stored as codes, so "Polski" and "Polish" are one language
    expect(ok.ok && ok.answers.languages).toEqual(["tr", "pl"]);
    const named = validateSignup(
      "mentee",
      mentee({ languages: ["en"], otherLanguages: "Englisch, Französisch, FR, Plattdütsch" }),
      ctx,
    );
    expect(named.ok && named.answers.languages).toEqual(["en", "fr", "Plattdütsch"]);
    const long = validateSignup("mentee", mentee({ otherLanguages: "x".repeat(41) }), ctx);
    expect(!long.ok && long.errors.fields.otherLanguages).toEqual({ code: "language_too_long", max: 40 });
  });

  it("limits the number of excluded people and counts characters, not UTF-16 units", () => {
    const many = Array.from({ length: 11 }, (_, i) => `UX${String(i).padStart(8, "0")}`);
    const r = validateSignup("mentee", mentee({ excludedUserIds: many }), ctx);
    expect(!r.ok && r.errors.fields.excluded?.code).toBe("too_many_excluded");
    const emoji = validateSignup("mentee", mentee({ department: "😀".repeat(LIMITS.department) }), ctx);
    expect(emoji.ok).toBe(true);
  });
});

describe("parsing helpers", () => {
  it("splits other languages and stored languages", () => {
    expect(parseOtherLanguages(" Français ,, Español/ Polski\nfrançais ")).toEqual([
      "Français",
      "Español",
      "Polski",
    ]);
    expect(parseOtherLanguages(null)).toEqual([]);
    expect(splitLanguages(["de", "Français", "en", "Polski"])).toEqual({
      codes: ["de", "en"],
      other: ["Français", "Polski"],
    });
  });

  it("gives today's date in the program's time zone", () => {
    expect(localDate(new Date("2030-03-15T23:30:00Z"), "Europe/Berlin")).toBe("2030-03-16");
    expect(localDate(new Date("2030-03-15T23:30:00Z"), "Not/AZone")).toBe("2030-03-15");
  });

  it("formats dates per language", () => {
    expect(formatDate("2030-03-05", "de")).toBe("5. März 2030");
    expect(formatDate("2030-03-05", "en")).toBe("5 March 2030");
  });
});

describe("gates", () => {
  const open = { signupOpen: true, signupDeadline: "2030-03-15" };
  const closed = { signupOpen: false, signupDeadline: "2030-03-15" };
  const day = "2030-03-01";
  it("lets new people join only while sign-up is open, and edits until matched", () => {
    expect(joinGate(open, undefined, day)).toEqual({ kind: "new" });
    expect(joinGate(open, undefined, "2030-03-15")).toEqual({ kind: "new" });
    expect(joinGate(open, undefined, "2030-03-16")).toEqual({ kind: "closed" });
    expect(joinGate(closed, undefined, day)).toEqual({ kind: "closed" });
    expect(joinGate(closed, { status: "draft", role: "mentor" }, day)).toEqual({ kind: "closed" });
    expect(joinGate(open, { status: "withdrawn", role: "mentor" }, day)).toEqual({ kind: "new" });
    expect(joinGate(closed, { status: "complete", role: "mentee" }, day)).toEqual({
      kind: "edit",
      role: "mentee",
    });
    expect(joinGate(closed, { status: "waiting", role: "mentor" }, day)).toEqual({
      kind: "edit",
      role: "mentor",
    });
    expect(joinGate(open, { status: "matched", role: "mentor" }, day)).toEqual({ kind: "matched" });
  });

  it("keeps a waiting person waiting and decides who can leave", () => {
    expect(statusAfterSubmit(undefined)).toBe("complete");
    expect(statusAfterSubmit("draft")).toBe("complete");
    expect(statusAfterSubmit("waiting")).toBe("waiting");
    expect(leaveGate(undefined)).toBe("not_signed_up");
    expect(leaveGate({ status: "withdrawn" })).toBe("not_signed_up");
    expect(leaveGate({ status: "matched" })).toBe("matched");
    expect(leaveGate({ status: "draft" })).toBe("ok");
  });
});

const program = {
  id: 7,
  name: "Pilot <2030>",
  topics: ["social_media", "ai_tools", "custom:x"],
  customTopics: { "custom:x": "Prompting" },
  signupDeadline: "2030-03-15",
  signupOpen: true,
  status: "signup" as const,
};

/** Every plain_text and option in a view, to check Slack's length limits. */
function walk(node: unknown, visit: (key: string, value: Record<string, unknown>) => void, key = ""): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit, key);
  else if (node && typeof node === "object") {
    visit(key, node as Record<string, unknown>);
    for (const [k, v] of Object.entries(node)) walk(v, visit, k);
  }
}

function checkLimits(view: ModalView) {
  expect((view.title.text ?? "").length).toBeLessThanOrEqual(24);
  expect((view.submit?.text ?? "").length).toBeLessThanOrEqual(24);
  expect((view.close?.text ?? "").length).toBeLessThanOrEqual(24);
  expect(view.blocks.length).toBeLessThanOrEqual(100);
  expect((view.private_metadata ?? "").length).toBeLessThanOrEqual(3000);
  const blockIds = view.blocks.map((b) => b.block_id).filter(Boolean);
  expect(new Set(blockIds).size).toBe(blockIds.length);
  walk(view.blocks, (key, obj) => {
    if (key === "options" || key === "initial_option" || key === "initial_options") {
      const text = obj.text as { text: string };
      expect(text.text.length, text.text).toBeLessThanOrEqual(75);
      expect(String(obj.value).length).toBeLessThanOrEqual(75);
      const description = obj.description as { text: string } | undefined;
      if (description) expect(description.text.length, description.text).toBeLessThanOrEqual(75);
    }
    if (key === "placeholder") expect((obj.text as string).length).toBeLessThanOrEqual(150);
  });
}

describe("questionnaire views", () => {
  for (const lang of ["en", "de"] as const) {
    it(`keep Slack's limits (${lang})`, () => {
      const t = translator(lang);
      checkLimits(buildRoleModal(t, program));
      checkLimits(buildQuestionnaire(t, program, "mentor"));
      checkLimits(buildQuestionnaire(t, program, "mentee", { editing: true }));
    });
  }

  it("round-trips: what Slack sends back reads as the answers, and errors map to block ids", () => {
    const t = translator("en");
    const view = buildQuestionnaire(t, program, "mentee");
    expect(parseQuestionnaireMeta(view.private_metadata)).toEqual({ programId: 7, role: "mentee" });
    const q = ids.signup.q;
    const values = fillView(view as unknown as Record<string, unknown>, {
      [q.department]: "IT",
      [q.learningGoals]: "goals",
      [q.expectations]: "exp",
      [q.meetingFormat]: "remote",
      [q.meetingsPerMonth]: "1",
      [q.languages]: ["en"],
      [q.otherLanguages]: "Polski",
      [q.availability]: "any",
      [q.excluded]: ["UBOSS00001"],
      [q.consent]: ["yes"],
      [`${ids.signup.ratingPrefix}social_media`]: "3",
      [`${ids.signup.ratingPrefix}ai_tools`]: "2",
    }) as StateValues;
    const raw = readQuestionnaire(values, program.topics);
    expect(raw).toMatchObject({
      department: "IT",
      languages: ["en"],
      consent: true,
      excludedUserIds: ["UBOSS00001"],
      ratings: { social_media: "3", ai_tools: "2", "custom:x": null },
    });
    const result = validateSignup("mentee", raw, { userId: "UME0000001", topics: program.topics });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(slackErrors(t, result.errors)).toEqual({
      [`${ids.signup.ratingPrefix}custom:x`]: "Please choose a level for this topic.",
    });
  });

  it("prefills role answers and ratings only for the same role", () => {
    const t = translator("en");
    const existing = participant({ role: "mentor", background: "bg", department: "Ops" });
    const ratings = new Map([["ai_tools", 4]]);
    const same = JSON.stringify(
      buildQuestionnaire(t, program, "mentor", { existing, ratings, editing: true }),
    );
    expect(same).toContain('"initial_value":"bg"');
    expect(same).toContain('"initial_option":{"text":{"type":"plain_text","text":"4 · Advanced"');
    const switchedView = buildQuestionnaire(t, program, "mentee", { existing, ratings, editing: true });
    const switched = JSON.stringify(switchedView);
    expect(switched).toContain('"initial_value":"Ops"');
    expect(switched).toContain("switching from");
    const aiBlock = switchedView.blocks.find((b) => b.block_id === `${ids.signup.ratingPrefix}ai_tools`);
    expect(aiBlock && "element" in aiBlock && "initial_option" in aiBlock.element).toBe(false);
    const consent = switchedView.blocks.find((b) => b.block_id === ids.signup.q.consent);
    expect(consent && "element" in consent && "initial_options" in consent.element).toBe(false);
    const sameConsent = buildQuestionnaire(t, program, "mentor", { existing, editing: true }).blocks.find(
      (b) => b.block_id === ids.signup.q.consent,
    );
    expect(sameConsent && "element" in sameConsent && "initial_options" in sameConsent.element).toBe(true);
  });
});

function participant(o: Partial<Participant> = {}): Participant {
  return {
    id: 1,
    programId: 7,
    userId: "UME0000001",
    role: "mentee",
    status: "complete",
    department: "Dept",
    background: null,
    hopeToLearn: null,
    learningGoals: "goals",
    expectations: "exp",
    concerns: null,
    meetingFormat: "remote",
    meetingsPerMonth: 1,
    languages: ["de", "Polski"],
    availability: "any",
    excludedUserIds: [],
    consent: true,
    consentAt: "2030-03-01T09:00:00.000Z",
    consentVersion: 1,
    shareWithPartner: null,
    createdAt: "2030-03-01T09:00:00.000Z",
    updatedAt: null,
    withdrawnAt: null,
    ...o,
  };
}

describe("messages", () => {
  it("the DM names the status and the next step", () => {
    const t = translator("en");
    const dm = buildSignupDm(t, program, participant(), "new", "2030-03-01");
    expect(dm.text).toBe(
      "Thanks! You're signed up for *Pilot &lt;2030&gt;*. Your role: *Executive (mentee)*.",
    );
    expect(JSON.stringify(dm.blocks)).toContain("sign-up closes on 15 March 2030");
    const waiting = buildSignupDm(t, program, participant({ status: "waiting" }), "updated", "2030-03-01");
    expect(JSON.stringify(waiting.blocks)).toContain("waiting list");
  });

  it("the closed reply says whether sign-up has not opened yet or is over", () => {
    const t = translator("de");
    expect(closedText(t, { ...program, status: "draft", signupOpen: false }, "2030-03-01")).toContain(
      "noch nicht geöffnet",
    );
    expect(closedText(t, { ...program, signupOpen: false }, "2030-04-01")).toContain("15. März 2030");
    expect(closedText(t, { ...program, signupOpen: false }, "2030-03-01")).toContain("gerade geschlossen");
  });

  it("the profile escapes user text and keeps exclusions to a count", () => {
    const t = translator("en");
    const blocks: KnownBlock[] = buildProfileBlocks(
      t,
      program,
      participant({ expectations: "<@U999> <!here> & <https://x|y>", excludedUserIds: ["UBOSS00001"] }),
      new Map([["custom:x", 5]]),
    );
    const text = JSON.stringify(blocks);
    expect(text).toContain("&lt;@U999&gt; &lt;!here&gt; &amp; &lt;https://x|y&gt;");
    expect(text).not.toContain("<!here>");
    expect(text).not.toContain("UBOSS00001");
    expect(text).toContain("Prompting: 5 · Highly specialised");
    expect(text).toContain("Deutsch, Polski");
    expect(blocks.length).toBeLessThanOrEqual(50);
  });
});
