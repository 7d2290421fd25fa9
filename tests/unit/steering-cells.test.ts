import type { KnownBlock } from "@slack/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport, type ReportInput } from "../../src/domain/steering/report";
import {
  type Cell,
  isHidden,
  possibleFills,
  type SpreadParts,
  spreadBeside,
  suppressSmallCells,
} from "../../src/domain/steering/stats";
import { type Lang, translator } from "../../src/i18n";
import { aggregateRows } from "../../src/services/export";
import { buildReportMessage } from "../../src/slack/views/steering";

/*
 * The small-cell rule against a reader who knows it: for every distribution, the distributions of the
 * same total that would be published exactly alike (cells, kinds, median and quartiles) must differ in
 * every hidden cell, and no shown number may be false.
 */

const cellsOf = (counts: readonly number[]): Cell[] => [
  ...suppressSmallCells(new Map(counts.map((n, i) => [i + 1, n]))).values(),
];
const valuesOf = (counts: readonly number[]) => counts.flatMap((n, i) => Array<number>(n).fill(i + 1));
const pointsOf = (counts: readonly number[]) => counts.map((_, i) => i + 1);

/** What a report and the CSV show of a distribution: its cells and (for satisfaction) the spread. */
function published(counts: readonly number[]): { cells: Cell[]; spread: SpreadParts } {
  const cells = cellsOf(counts);
  return { cells, spread: spreadBeside(valuesOf(counts), cells, pointsOf(counts)) };
}

function* compositions(total: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [total];
    return;
  }
  for (let i = 0; i <= total; i++) for (const rest of compositions(total - i, parts - 1)) yield [i, ...rest];
}

/** Every distribution of `total` over `parts` cells, grouped by what is published of it. */
function readersView(total: number, parts: number): Map<string, number[][]> {
  const groups = new Map<string, number[][]>();
  for (const counts of compositions(total, parts)) {
    const key = JSON.stringify(published(counts));
    groups.set(key, [...(groups.get(key) ?? []), counts]);
  }
  return groups;
}

/** The hidden cells a reader could pin down, looking at all distributions published alike. */
function derivable(counts: readonly number[]): number[] {
  const total = counts.reduce((s, n) => s + n, 0);
  const view = published(counts);
  const alike = readersView(total, counts.length).get(JSON.stringify(view)) ?? [];
  return view.cells.flatMap((c, i) => (isHidden(c) && new Set(alike.map((a) => a[i])).size < 2 ? [i] : []));
}

function truthful(counts: readonly number[]): boolean {
  return cellsOf(counts).every((c, i) => {
    const n = counts[i] ?? 0;
    if (typeof c === "number") return c === n;
    return c.hidden === "complement" || (n >= 1 && n <= 2);
  });
}

describe("small and complementary cells", () => {
  it("says which hidden cells are small and which are hidden to protect them", () => {
    const S = { hidden: "small" };
    const C = { hidden: "complement" };
    expect(cellsOf([0, 0, 3, 4, 5])).toEqual([0, 0, 3, 4, 5]);
    // one small cell: the largest cell is hidden with it, as "–", not as "<3"
    expect(cellsOf([0, 1, 4, 6, 5])).toEqual([0, S, 4, C, 5]);
    expect(cellsOf([2, 1, 0, 9, 5])).toEqual([S, S, 0, C, 5]);
    expect(cellsOf([0, 1, 3, 5, 4])).toEqual([0, S, 3, C, 4]);
    // issue 19: mid-term mentors 3: 1, 4: 12, 5: 3 are shown with the one cell hidden, not withheld
    expect(cellsOf([0, 0, 1, 12, 3])).toEqual([0, 0, S, C, 3]);
    // a "1" beside a largest cell of exactly 3 would add up to the least they could be: withheld
    expect(cellsOf([1, 3, 0, 0, 0])).toEqual([C, C, C, C, C]);
    // so is one with small cells and no more than two people per cell in all (3 + 1 + 1 of 5 levels)
    expect(cellsOf([0, 1, 0, 1, 3])).toEqual([C, C, C, C, C]);
    expect(cellsOf([1, 1, 1])).toEqual([C, C, C]);
  });

  it("tells the reader of the median and quartiles only what the cells tell", () => {
    const parts = (counts: number[]) => spreadBeside(valuesOf(counts), cellsOf(counts), [1, 2, 3, 4, 5]);
    // "· <3 · <3 · 9 · – · 4": the median (4) is 4 whatever the hidden cells hold; the lower quartile
    // would tell 2 + 1 + 9 from 1 + 1 + 10 and so on
    const s = parts([0, 2, 1, 9, 4]);
    expect(s.median).toEqual({ shown: true, value: 4, n: 16 });
    expect(s.q1).toEqual({ shown: false, n: 16, withheld: true });
    expect(s.q3).toEqual({ shown: true, value: 4.25, n: 16 });
    // "<3 · <3 · 4 · – · 0": here the median would tell
    expect(parts([2, 1, 4, 6, 0]).median).toEqual({ shown: false, n: 13, withheld: true });
    // nothing hidden: all shown
    const all = spreadBeside(valuesOf([0, 0, 3, 4, 5]), cellsOf([0, 0, 3, 4, 5]), [1, 2, 3, 4, 5]);
    expect([all.median.shown, all.q1.shown, all.q3.shown]).toEqual([true, true, true]);
  });

  it("lists what a reader can hold possible for the hidden cells", () => {
    const cells = cellsOf([2, 1, 0, 9, 5]);
    expect(possibleFills(cells, 17)).toEqual([
      [1, 1, 0, 10, 5],
      [2, 1, 0, 9, 5],
      [1, 2, 0, 9, 5],
      [2, 2, 0, 8, 5],
    ]);
  });

  it("leaves no hidden cell to be worked out, and shows nothing false: every distribution up to 14 answers", () => {
    for (const parts of [3, 5]) {
      for (let total = 3; total <= 14; total++) {
        for (const [key, alike] of readersView(total, parts)) {
          const { cells } = JSON.parse(key) as { cells: Cell[] };
          cells.forEach((c, i) => {
            if (isHidden(c))
              expect(new Set(alike.map((a) => a[i])).size, `${key} cell ${i}`).toBeGreaterThan(1);
          });
          for (const counts of alike) expect(truthful(counts), String(counts)).toBe(true);
        }
      }
    }
  });

  it("holds for random distributions of the three answers to 'again' up to 60 people", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }), (counts) => {
        fc.pre(counts.reduce((s, n) => s + n, 0) >= 3);
        expect(truthful(counts)).toBe(true);
        expect(derivable(counts)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("holds for random satisfaction distributions, median and quartiles included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 })), {
          minLength: 5,
          maxLength: 5,
        }),
        (counts) => {
          fc.pre(counts.reduce((s, n) => s + n, 0) >= 3);
          expect(truthful(counts)).toBe(true);
          expect(derivable(counts)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the report and the CSV with small and complementary cells", () => {
  // 16 mentors at mid-term: satisfaction 2 ×1, 3 ×4, 4 ×6, 5 ×5; again: yes 14, no 1, not sure 1
  const mentors = Array.from({ length: 16 }, (_, i) => i + 1);
  const satisfaction = [2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5];
  const input: ReportInput = {
    programId: 1,
    programName: "P",
    topics: [],
    waves: [{ wave: "midterm", date: "2026-05-01", lastDay: "2026-05-14", phase: "closed" }],
    tandems: [],
    roles: new Map(mentors.map((p) => [p, "mentor"])),
    invited: { midterm: new Set(mentors), final: new Set() },
    evaluations: mentors.map((p, i) => ({
      participantId: p,
      wave: "midterm" as const,
      answers: {
        role: "mentor" as const,
        satisfaction: satisfaction[i] ?? 3,
        meetings: 2,
        helps: null,
        change: null,
        learned: null,
        again: i === 0 ? ("no" as const) : i === 1 ? ("unsure" as const) : ("yes" as const),
        shareText: false,
      },
    })),
    ratings: [],
  };
  const report = buildReport(input);
  const text = (lang: Lang) =>
    (
      buildReportMessage(translator(lang), { report, topicsCustom: {}, charts: { titles: [] } })
        .blocks as KnownBlock[]
    )
      .map((b) => (b as { text?: { text?: string } }).text?.text ?? "")
      .join("\n");

  it("shows small cells as <3 and the complement as –, with a footnote, in English", () => {
    const en = text("en");
    expect(en).toContain(
      "Mentors, satisfaction (16 answers): median 4 · 1: 0 · 2: &lt;3 · 3: 4 · 4: – · 5: 5",
    );
    // two small cells of 1 and 1 out of 16: the 14 yes are the complement; either small cell could be 1 or 2
    expect(en).toContain("Mentors, would take part again (16 answers): yes – · no &lt;3 · not sure &lt;3");
    expect(en).toContain("_– hidden so that groups under 3 cannot be worked out_");
  });

  it("and in German", () => {
    const de = text("de");
    expect(de).toContain(
      "Mentor:innen, Zufriedenheit (16 Antworten): Median 4 · 1: 0 · 2: &lt;3 · 3: 4 · 4: – · 5: 5",
    );
    expect(de).toContain("_– verborgen, damit Gruppen unter 3 nicht erschlossen werden können_");
  });

  it("writes no footnote where nothing is hidden as a complement", () => {
    const plain = buildReport({
      ...input,
      evaluations: input.evaluations.map((e) => ({
        ...e,
        answers: { ...e.answers, satisfaction: 4, again: "yes" as const },
      })),
    });
    const en = (
      buildReportMessage(translator("en"), { report: plain, topicsCustom: {}, charts: { titles: [] } })
        .blocks as KnownBlock[]
    )
      .map((b) => (b as { text?: { text?: string } }).text?.text ?? "")
      .join("\n");
    expect(en).toContain("would take part again (16 answers): yes 16 · no 0 · not sure 0");
    expect(en).not.toContain("hidden so that");
  });

  it("leaves hidden cells empty in the CSV, with a note that says which kind", () => {
    for (const lang of ["en", "de"] as const) {
      const rows = aggregateRows(translator(lang), report);
      const row = (measure: string) =>
        rows.find((r) => r[0] === "midterm" && r[1] === "mentor" && r[2] === measure);
      const t = translator(lang);
      expect(row("satisfaction_2")).toEqual([
        "midterm",
        "mentor",
        "satisfaction_2",
        "",
        "",
        t.plain("steering.export.small"),
      ]);
      expect(row("satisfaction_4")).toEqual([
        "midterm",
        "mentor",
        "satisfaction_4",
        "",
        "",
        t.plain("steering.export.withheld"),
      ]);
      expect(row("satisfaction_3")).toEqual(["midterm", "mentor", "satisfaction_3", 4, 16, ""]);
      expect(row("again_yes")?.[5]).toBe(t.plain("steering.export.withheld"));
      expect(row("satisfaction_median")).toEqual(["midterm", "mentor", "satisfaction_median", 4, 16, ""]);
    }
  });
});
