import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ids } from "../../src/slack/ids";
import { type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { type PersonTraces, seedFootprint, settle } from "../helpers/trust-seed";

/** The words of the person as they sit in the database file's bytes, main file and write-ahead log. */
function inFiles(path: string, words: string[]): string[] {
  const bytes = [path, `${path}-wal`]
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p).toString("latin1"))
    .join("\n");
  return words.filter((w) => bytes.includes(Buffer.from(w, "utf8").toString("latin1")));
}

describe("erasure leaves nothing readable in the database file", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  let person: PersonTraces;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-05-04T09:00:00Z" });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
    person = seedFootprint(t.db, t.fake, seed.programId, seed.tandems[0] ?? expect.fail("no tandem"));
  });
  afterEach(async () => {
    await settle(t.fake);
    await t.stop();
  });

  it("overwrites the erased text in free pages and truncates the write-ahead log", async () => {
    // Before: what the person wrote is in the file's bytes (so the check below can fail).
    t.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    expect(inFiles(t.config.databasePath, person.texts)).toEqual(person.texts);

    await t.slack.command(person.userId, "forget-me");
    await t.fake.waitForCall("views.open", 1);
    const view = [...t.fake.views.values()].find((v) => v.callback_id === ids.trust.forgetModal) ?? {};
    const answer = await t.slack.viewSubmission(person.userId, view, {});
    expect(answer.json()).toMatchObject({ response_action: "update" });
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish", 15000);

    expect(inFiles(t.config.databasePath, person.texts)).toEqual([]);
    expect(t.db.$client.pragma("secure_delete", { simple: true })).toBe(1);
  });
});
