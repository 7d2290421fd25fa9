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
    expect(text).toContain("🔒 locked");
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
    expect(text).toContain("stark im Thema Kollaborationswerkzeuge (5/5)");
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

  it("lists people waiting for consent with the reason and the next step, and counts everybody", () => {
    const waitingForConsent = (over: Partial<ReviewData["unmatched"][number]>) => ({
      participantId: 98,
      userId: "UEXE000098",
      department: "Legal <!here>",
      role: "mentee" as const,
      reason: { key: "matching.unmatched.consent_asked", params: { date: "2026-03-02" } },
      ...over,
    });
    const review = data(2, {
      unmatched: [
        ...data(0).unmatched,
        waitingForConsent({}),
        waitingForConsent({
          participantId: 97,
          userId: "UMEN000097",
          department: null,
          role: "mentor",
          reason: { key: "matching.unmatched.consent_sending", params: {} },
        }),
      ],
    });
    const view = buildReviewView(translator("en"), review);
    const text = JSON.stringify(view.blocks);
    // 2 pairs = 4 people, 1 without a partner, 2 waiting for consent
    expect(text).toContain(
      "*2 pairs* proposed for *Pilot &lt;!channel&gt;*. People: 7 · in a pair: 4 · not matched: 3.",
    );
    expect(text).toContain("*Not matched (3)*");
    expect(text).toContain("Except those waiting for consent to the updated privacy notice (2)");
    expect(text).toContain("`/mentoring match` again for a late round");
    expect(text).toContain(
      "<@UEXE000098>* (Legal &lt;!here&gt;) (executive): waiting for consent to the updated privacy notice (asked on 2 March 2026)",
    );
    expect(text).toContain(
      "<@UMEN000097>* (mentor): waiting for consent to the updated privacy notice (the request is about to be sent)",
    );
    expect(text).not.toContain("<!here>");
    const approve = (
      view.blocks as { elements?: { action_id?: string; confirm?: { text: { text: string } } }[] }[]
    )
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ids.matching.approve);
    expect(approve?.confirm?.text.text).toBe(
      "Tandems to create: 2 · on the waiting list: 1 · waiting for consent: 2. Everyone is told, except those waiting for consent. This cannot be undone.",
    );

    const de = JSON.stringify(buildReviewView(translator("de"), review).blocks);
    expect(de).toContain("Personen: 7 · in einem Paar: 4 · ohne Tandem: 3.");
    expect(de).toContain(
      "Zustimmung zum geänderten Datenschutzhinweis steht aus (angefragt am 2. März 2026)",
    );
    expect(de).toContain("(die Anfrage wird gleich verschickt)");

    // without anybody waiting for consent, the title and the confirmation stay as they were
    const plain = JSON.stringify(buildReviewView(translator("en"), data(2)));
    expect(plain).toContain(
      "they go on the waiting list and get a kind message when you approve.*".slice(0, -1),
    );
    expect(plain).not.toContain("waiting for consent");
    expect(plain).toContain("Tandems to create: 2 · on the waiting list: 1. Everyone is told.");
  });

  it("cuts nobody off when long lines fill a section: whoever does not fit is counted", () => {
    const unmatched = Array.from({ length: 60 }, (_, i) => ({
      participantId: i + 1,
      userId: `UW${String(i).padStart(8, "0")}`,
      // escaped, each character of a long department takes four or five
      department: "<&>".repeat(40),
      role: "mentee" as const,
      reason: { key: "matching.unmatched.consent_failed", params: {} },
    }));
    for (const lang of ["en", "de"] as const) {
      const view = buildReviewView(translator(lang), data(0, { unmatched }));
      const sections = view.blocks.flatMap((b) =>
        "text" in b && b.text && typeof b.text === "object" ? [b.text.text] : [],
      );
      for (const text of sections) expect(text.length).toBeLessThan(3000);
      const listed = unmatched.filter((u) => sections.some((x) => x.includes(`<@${u.userId}>`))).length;
      expect(listed).toBeGreaterThan(30);
      expect(listed).toBeLessThan(60);
      const more = lang === "en" ? `… and ${60 - listed} more.` : `… und ${60 - listed} weitere.`;
      expect(JSON.stringify(view.blocks)).toContain(more);
    }
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
