import { describe, expect, it } from "vitest";
import type { PairReason } from "../../src/db/schema";
import { translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import { buildReviewView, PAIRS_PER_PAGE, type ReviewData } from "../../src/slack/views/matching";
import { reasonText } from "../../src/slack/views/reasons";

function data(pairCount: number, over: Partial<ReviewData> = {}): ReviewData {
  return {
    proposalId: 7,
    programName: "Pilot <!channel>",
    customTopics: { "custom:prompting": "Prompting & more" },
    pairs: Array.from({ length: pairCount }, (_, i) => ({
      mentor: { participantId: i + 1, userId: `UMEN${String(i).padStart(6, "0")}`, department: "IT <@U1>" },
      mentee: { participantId: 1000 + i, userId: `UEXE${String(i).padStart(6, "0")}`, department: null },
      score: 0.8234,
      reasons: <PairReason[]>[
        {
          key: "matching.reason.strong_in",
          params: { topic: "collaboration_tools", mentorLevel: 5, menteeLevel: 1 },
        },
        { key: "matching.reason.same_format", params: { format: "remote" } },
      ],
    })),
    unmatched: [
      {
        participantId: 99,
        userId: "UMEN000099",
        department: null,
        role: "mentor",
        reason: { key: "matching.unmatched.all_mentees_paired", params: {} },
      },
    ],
    constraints: [],
    page: 0,
    ...over,
  };
}

describe("buildReviewView", () => {
  it("shows pairs with fit, reasons and menu, and the unmatched, escaping user text", () => {
    const view = buildReviewView(
      translator("en"),
      data(2, { constraints: [{ mentorId: 1, menteeId: 1000, kind: "lock" }] }),
    );
    const text = JSON.stringify(view.blocks);
    expect(view.callback_id).toBe(ids.matching.reviewModal);
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ p: 7, page: 0 });
    expect(text).toContain("<@UMEN000000>");
    expect(text).toContain("fit 82%");
    expect(text).toContain(
      "strong in Collaboration tools (5/5), where the executive rated themselves 1 of 5",
    );
    expect(text).toContain("both prefer remote meetings");
    expect(text).toContain(":lock: locked");
    expect(text).toContain("Unlock this pair");
    expect(text).toContain("every executive already has a mentor");
    expect(text).toContain("Pilot &lt;!channel&gt;");
    expect(text).toContain("IT &lt;@U1&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("<@U1>");
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it("speaks German", () => {
    const view = buildReviewView(translator("de"), data(1));
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("stark in Kollaborations-Tools (5/5)");
    expect(text).toContain("beide bevorzugen Remote-Treffen");
    expect(text).toContain("Passung 82 %");
  });

  it("pages large cohorts and stays within Slack's limits", () => {
    const big = data(1000, {
      unmatched: Array.from({ length: 200 }, (_, i) => ({
        participantId: 5000 + i,
        userId: `UW${String(i).padStart(8, "0")}`,
        department: "x".repeat(100),
        role: "mentee" as const,
        reason: { key: "matching.unmatched.no_capacity", params: {} },
      })),
    });
    for (const page of [0, 5, 24]) {
      const view = buildReviewView(translator("en"), { ...big, page });
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(JSON.stringify(view).length).toBeLessThan(250_000);
      const blockIds = view.blocks.map((b) => b.block_id).filter(Boolean);
      expect(new Set(blockIds).size).toBe(blockIds.length);
      for (const b of view.blocks) {
        const text = "text" in b && b.text && typeof b.text === "object" ? b.text.text : "";
        expect(text.length).toBeLessThanOrEqual(3000);
      }
    }
    const text = JSON.stringify(buildReviewView(translator("en"), { ...big, page: 1 }).blocks);
    expect(text).toContain(`Pairs ${PAIRS_PER_PAGE + 1}–${2 * PAIRS_PER_PAGE} of 1000`);
    expect(text).toContain("matching.page.prev");
    expect(text).toContain("… and 140 more.");
  });

  it("renders custom topics and unknown languages as typed, escaped", () => {
    const t = translator("en");
    expect(
      reasonText(
        t,
        {
          key: "matching.reason.strong_in_goal",
          params: { topic: "custom:prompting", mentorLevel: 5, menteeLevel: 2 },
        },
        { "custom:prompting": "Prompting & more" },
      ),
    ).toBe("strong in Prompting &amp; more (5/5), a goal the executive named, rating themselves 2 of 5");
    expect(reasonText(t, { key: "matching.reason.shared_language", params: { language: "de" } }, {})).toBe(
      "shared language: German",
    );
    expect(
      reasonText(t, { key: "matching.reason.shared_language", params: { language: "français" } }, {}),
    ).toBe("shared language: français");
  });
});
