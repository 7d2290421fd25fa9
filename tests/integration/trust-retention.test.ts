import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadMatchInput } from "../../src/db/queries/matching";
import { getProgram } from "../../src/db/queries/programs";
import { auditLog, participants, programs, tandems } from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { trustTick } from "../../src/jobs/trust";
import { ids } from "../../src/slack/ids";
import { addPerson, MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { type PersonTraces, scanFor, seedFootprint, settle, tracesOf } from "../helpers/trust-seed";

describe("retention of a closed program", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  let person: PersonTraces;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-10-01T09:00:00Z" });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
    person = seedFootprint(t.db, t.fake, seed.programId, seed.tandems[0] ?? expect.fail("no tandem"));
    t.db.update(tandems).set({ status: "ended", endedAt: "2026-09-30T12:00:00Z" }).run();
    t.db
      .update(programs)
      .set({ status: "closed", endDate: "2026-09-30" })
      .where(eq(programs.id, seed.programId))
      .run();
  });
  afterEach(async () => {
    await settle(t.fake);
    await t.stop();
  });

  const tick = () => trustTick(t.deps, t.deps.clock());
  const managerDms = () => t.fake.dmsTo(MANAGER).map((m) => m.text);

  it("tells the managers 14 days before, once, then deletes the personal data on the day", async () => {
    const stays = seed.tandems[1]?.mentor ?? expect.fail("no tandem");
    // Someone who also takes part in the next cohort keeps that participation.
    const next = t.db
      .insert(programs)
      .values({
        name: "Cohort 2027",
        topics: ["ai_tools"],
        startDate: "2027-10-01",
        endDate: "2028-03-31",
        signupDeadline: "2027-09-20",
        language: "en",
        timezone: "Europe/Berlin",
        status: "signup",
        createdBy: MANAGER,
      })
      .returning()
      .get();
    addPerson(t.db, t.fake, next.id, stays, "mentor", "complete");

    t.setNow("2027-09-15T09:00:00Z");
    expect(tick()).toEqual({ noticed: [], erased: [] });
    t.setNow("2027-09-16T09:00:00Z");
    expect(tick()).toEqual({ noticed: [seed.programId], erased: [] });
    expect(tick()).toEqual({ noticed: [], erased: [] });
    await t.fake.waitFor(() => managerDms().length === 1, "the notice");
    expect(managerDms()[0]).toContain("will be deleted on 2027-09-30, 12 months after the program ended");

    t.setNow("2027-09-30T09:00:00Z");
    expect(tick()).toEqual({ noticed: [], erased: [seed.programId] });
    await t.fake.waitFor(() => managerDms().length === 2, "the report");
    expect(managerDms()[1]).toContain("personal data of 4 people has been deleted");
    expect(getProgram(t.db, seed.programId)?.personalDataErasedAt).toBe("2027-09-30T09:00:00.000Z");
    expect(tick()).toEqual({ noticed: [], erased: [] });

    const gone = seed.tandems.flatMap((x) => [x.mentor, x.mentee]).filter((u) => u !== stays);
    expect(scanFor(t.db, [...tracesOf(person), ...gone])).toEqual([]);
    const old = t.db.select().from(participants).where(eq(participants.programId, seed.programId)).all();
    expect(old.every((p) => p.userId.startsWith("erased-") && p.status === "withdrawn")).toBe(true);
    const kept = t.db.select().from(participants).where(eq(participants.programId, next.id)).all();
    expect(kept.map((p) => p.userId)).toEqual([stays]);
    expect(
      t.db
        .select()
        .from(auditLog)
        .all()
        .map((e) => e.action),
    ).toEqual(expect.arrayContaining(["retention.notice", "retention.erased"]));
  });

  it("follows the program's own retention period", () => {
    t.db.update(programs).set({ retentionMonths: 3 }).where(eq(programs.id, seed.programId)).run();
    t.setNow("2026-12-16T09:00:00Z");
    expect(tick()?.noticed).toEqual([seed.programId]);
    t.setNow("2026-12-30T09:00:00Z");
    expect(tick()?.erased).toEqual([seed.programId]);
  });
});

describe("consent to a changed text", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-03-01T09:00:00Z" });
  });
  afterEach(async () => {
    await settle(t.fake);
    await t.stop();
  });

  it("asks once again, leaves the person out of matching until they agree, and records the version", async () => {
    const seed = seedRhythm(t.db, t.fake, { tandems: 0 });
    t.db.update(programs).set({ status: "signup" }).where(eq(programs.id, seed.programId)).run();
    const asked = "UMEN000077";
    const id = addPerson(t.db, t.fake, seed.programId, asked, "mentor", "complete");
    addPerson(t.db, t.fake, seed.programId, "UEXE000077", "mentee", "complete");
    // Accepted an older text than the current one.
    t.db.update(participants).set({ consentVersion: 0 }).where(eq(participants.id, id)).run();
    const program = getProgram(t.db, seed.programId) ?? expect.fail("no program");
    expect(loadMatchInput(t.db, program).mentors).toEqual([]);

    tick(t);
    tick(t);
    await t.fake.waitFor(() => t.fake.dmsTo(asked).length === 1, "the request");
    const request = t.fake.dmsTo(asked)[0];
    expect(request?.text).toContain("has changed. Please read it and agree again");
    expect(JSON.stringify(request?.blocks)).toContain(ids.trust.consentAccept);

    const where = { channelId: request?.channel ?? "", message: { ts: request?.ts, text: request?.text } };
    // A request for an older text (from before a later change) agrees to nothing.
    await t.slack.blockAction(
      asked,
      { action_id: ids.trust.consentAccept, value: JSON.stringify({ v: 0 }) },
      where,
    );
    await t.fake.waitForCall("response_url", 1);
    expect(String(t.fake.responses()[0]?.text)).toContain("has changed again");
    expect(t.db.select().from(participants).where(eq(participants.id, id)).get()?.consentVersion).toBe(0);
    await t.slack.blockAction(
      asked,
      { action_id: ids.trust.consentAccept, value: JSON.stringify({ v: CONSENT_VERSION }) },
      where,
    );
    await t.fake.waitForCall("response_url", 2);
    expect(String(t.fake.responses()[1]?.text)).toContain("your consent to the current text is recorded");
    expect(t.db.select().from(participants).where(eq(participants.id, id)).get()?.consentVersion).toBe(
      CONSENT_VERSION,
    );
    expect(loadMatchInput(t.db, program).mentors.map((m) => m.id)).toEqual([id]);
  });
});

function tick(t: TestApp) {
  return trustTick(t.deps, t.deps.clock());
}
