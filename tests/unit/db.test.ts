import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDb } from "../../src/db/client";
import { programs } from "../../src/db/schema";

describe("openDb", () => {
  const dir = mkdtempSync(join(tmpdir(), "tandem-db-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the database with WAL and foreign keys, and reuses it on the next start", () => {
    const path = join(dir, "nested", "tandem.db");
    const first = openDb(path);
    expect(first.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(first.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    first
      .insert(programs)
      .values({
        name: "Cohort 1",
        topics: ["ai_tools"],
        startDate: "2027-01-01",
        endDate: "2027-06-30",
        signupDeadline: "2026-12-15",
        language: "de",
        timezone: "Europe/Berlin",
        createdBy: "UPM0000001",
      })
      .run();
    first.$client.close();

    const second = openDb(path);
    expect(
      second
        .select()
        .from(programs)
        .all()
        .map((p) => p.name),
    ).toEqual(["Cohort 1"]);
    const applied = second.$client.prepare("select count(*) as n from __drizzle_migrations").get() as {
      n: number;
    };
    expect(applied.n).toBeGreaterThan(0);
    second.$client.close();
  });
});
