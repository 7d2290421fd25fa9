import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { participants } from "../../src/db/schema";
import { ids } from "../../src/slack/ids";
import { type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { type PersonTraces, seedFootprint, settle } from "../helpers/trust-seed";

describe("/mentoring my-data", () => {
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

  it("sends everything held about the person to their DM, as a summary in their language and as JSON", async () => {
    await t.slack.command(person.userId, "my-data");
    await t.fake.waitFor(() => t.fake.filesIn(person.userId).length === 2, "two files in the DM");
    await t.fake.waitForCall("response_url", 1);
    expect(String(t.fake.responses()[0]?.text)).toContain("Direktnachrichten");

    const [summary, json] = t.fake.filesIn(person.userId);
    expect(summary?.filename).toMatch(/^tandem-my-data-2026-05-04\.md$/);
    expect(summary?.initialComment).toContain("Alles, was Tandem über dich speichert");
    const text = summary?.content?.toString("utf8") ?? "";
    expect(text).toContain(`# Was Tandem über ${person.userId} speichert`);
    for (const heading of [
      "Anmeldungen (Profil, Antworten, Einwilligung)",
      "Einschätzungen je Thema und Phase",
      "Check-in-Antworten",
      "Evaluationen",
      "Zusagen zu Veranstaltungen",
      "Ziele im Aktionsplan",
      "Bitten um ein neues Tandem",
      "Protokolleinträge von dir oder über dich",
    ])
      expect(text).toContain(`## ${heading}`);
    for (const trace of person.texts.filter((x) => x !== "Kommentar Abendstern"))
      expect(text).toContain(trace);
    expect(text).toContain("Kommentar Abendstern");

    const data = JSON.parse(json?.content?.toString("utf8") ?? "{}") as {
      userId: string;
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(data.userId).toBe(person.userId);
    expect(data.tables.participants?.[0]).toMatchObject({
      user_id: person.userId,
      learning_goals: "Lernziel Blauwalstrategie",
      consent: 1,
    });
    expect(data.tables.checkin_answers?.[0]).toMatchObject({ next_step: "Schritt Wendeltreppe" });
    expect(data.tables.evaluations?.[0]?.answers).toEqual({ comment: "Kommentar Abendstern", usefulness: 4 });
    expect(data.tables.event_rsvps).toHaveLength(1);
    expect(data.tables.audit_log?.[0]).toMatchObject({ subject_user_id: person.userId });
    expect(data.tables.slack_users?.[0]).toMatchObject({ real_name: person.realName });
    // Nothing about the other tandem's people.
    const other = seed.tandems[1] ?? expect.fail("no tandem");
    expect(JSON.stringify(data)).not.toContain(other.mentee);
  });

  it("lets the person change later whether their goals are shared with the partner", async () => {
    const tandem = seed.tandems[1] ?? expect.fail("no tandem");
    await t.slack.command(tandem.mentee, "profile");
    await t.fake.waitForCall("response_url", 1);
    const profile = JSON.stringify(t.fake.responses()[0]?.blocks);
    expect(profile).toContain("are shared");
    expect(profile).toContain(ids.trust.shareToggle);
    await t.slack.blockAction(
      tandem.mentee,
      { action_id: ids.trust.shareToggle, value: "off" },
      { channelId: "C0GENERAL", message: { ts: "1700000000.000001", text: "x" } },
    );
    await t.fake.waitForCall("response_url", 2);
    expect(String(t.fake.responses()[1]?.text)).toContain("not shared");
    const row = t.db.select().from(participants).where(eq(participants.id, tandem.menteeParticipantId)).get();
    expect(row?.shareWithPartner).toBe(false);
  });
});
