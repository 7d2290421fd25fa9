import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../../src/db/client";
import { ERASURE, eraseSubject, PERSONAL_DATA, userTables } from "../../src/db/queries/personalData";
import { slackOps } from "../../src/db/schema";
import { addMonths, consentIsCurrent, retentionStep } from "../../src/domain/consent";

/**
 * Every table with a text column can hold a person's id, name or words: it must say how it forgets
 * them (src/db/queries/personalData.ts, ERASURE), or why it holds nothing personal. A table added by
 * a later branch fails here until it is covered.
 */
describe("the erasure registry", () => {
  const dir = mkdtempSync(join(tmpdir(), "tandem-registry-"));
  const path = join(dir, "t.db");
  copyFileSync(inject("templateDb"), path);
  const db = openDb(path);
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("covers every table that has a text column", () => {
    const uncovered = userTables(db)
      .filter((t) => t.textColumns.length > 0)
      .map((t) => t.name)
      .filter((name) => !(name in ERASURE));
    expect(uncovered, "add these tables to ERASURE in src/db/queries/personalData.ts").toEqual([]);
  });

  it("names only tables that exist", () => {
    const names = new Set(userTables(db).map((t) => t.name));
    expect(Object.keys(ERASURE).filter((n) => !names.has(n))).toEqual([]);
    expect(Object.keys(PERSONAL_DATA).filter((n) => !names.has(n))).toEqual([]);
  });

  it("gives a reason for every table it leaves alone", () => {
    for (const [table, eraser] of Object.entries(ERASURE)) {
      if ("none" in eraser) expect(eraser.none.length, table).toBeGreaterThan(10);
    }
  });
});

describe("erasing the outbox", () => {
  it("cancels what is addressed to the person, scrubs what was sent about them, and leaves others' messages", () => {
    const dir = mkdtempSync(join(tmpdir(), "tandem-erase-"));
    const path = join(dir, "t.db");
    copyFileSync(inject("templateDb"), path);
    const db = openDb(path);
    const op = (key: string, user: string, text: string, status: "pending" | "done") =>
      db
        .insert(slackOps)
        .values({ key, batch: "b", kind: "dm.post", payload: { args: { user, text } }, status })
        .run();
    op("a:UGONE00001", "UGONE00001", "Hallo", "pending");
    op("b", "UOTHER0001", "Grüße von Xaverius", "done");
    op("c", "UOTHER0001", "Hallo Xaveriusfreund", "pending");
    op("d", "UOTHER0002", "Treffen mit Xaverius morgen", "pending");
    eraseSubject(db, {
      userId: "UGONE00001",
      participantIds: [],
      tandemIds: [],
      eventIds: [],
      pseudonym: "erased-x",
      everywhere: true,
      needles: ["UGONE00001", "Xaverius"],
      now: "2026-05-04T09:00:00Z",
    });
    const left = db.select().from(slackOps).all();
    expect(left.map((o) => [o.key, o.status, JSON.stringify(o.payload)])).toEqual([
      ["b", "done", '{"args":{}}'],
      ["c", "pending", expect.stringContaining("Xaveriusfreund")],
      // Someone else's message that only names them stays: it is that person's, and not yet sent.
      ["d", "pending", expect.stringContaining("Treffen mit Xaverius")],
    ]);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("consent and retention rules", () => {
  it("asks again when the text is newer than what was accepted", () => {
    expect(consentIsCurrent({ consent: true, consentVersion: 1 }, 1)).toBe(true);
    expect(consentIsCurrent({ consent: true, consentVersion: null }, 1)).toBe(true);
    expect(consentIsCurrent({ consent: true, consentVersion: 1 }, 2)).toBe(false);
    expect(consentIsCurrent({ consent: false, consentVersion: 2 }, 2)).toBe(false);
  });

  it("deletes twelve months after the end, with a notice fourteen days before", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-09-30", 12)).toBe("2027-09-30");
    const program = {
      status: "closed",
      endDate: "2026-09-30",
      retentionMonths: 12,
      personalDataErasedAt: null,
    };
    expect(retentionStep(program, "2027-09-15").step).toBe("none");
    expect(retentionStep(program, "2027-09-16").step).toBe("notice");
    expect(retentionStep(program, "2027-09-30").step).toBe("erase");
    expect(retentionStep({ ...program, status: "running" }, "2028-01-01").step).toBe("none");
    expect(retentionStep({ ...program, personalDataErasedAt: "2027-09-30" }, "2028-01-01").step).toBe("none");
  });
});
