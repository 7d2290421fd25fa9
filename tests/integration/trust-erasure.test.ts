import { existsSync, readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkinAnswers, eventRsvps, participants, slackOps, tandems } from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { ids } from "../../src/slack/ids";
import { MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { type PersonTraces, scanFor, seedFootprint, settle, tracesOf } from "../helpers/trust-seed";

/** The words of the person as they sit in the database file's bytes, main file and write-ahead log. */
function inFiles(path: string, words: string[]): string[] {
  const bytes = [path, `${path}-wal`]
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p).toString("latin1"))
    .join("\n");
  return words.filter((w) => bytes.includes(Buffer.from(w, "utf8").toString("latin1")));
}

describe("/mentoring forget-me", () => {
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

  async function confirmErasure(userId: string): Promise<Record<string, unknown>> {
    await t.slack.command(userId, "forget-me");
    await t.fake.waitForCall("views.open", 1);
    const opened = t.fake.callsTo("views.open")[0]?.params.view as Record<string, unknown>;
    expect(opened.callback_id).toBe(ids.trust.forgetModal);
    const view = [...t.fake.views.values()].find((v) => v.callback_id === ids.trust.forgetModal) ?? {};
    const res = await t.slack.viewSubmission(userId, view, {});
    return res.json();
  }

  it("says plainly what happens, then forgets the person everywhere in the database", async () => {
    const tandem = seed.tandems[0] ?? expect.fail("no tandem");
    expect(scanFor(t.db, tracesOf(person)).length).toBeGreaterThan(10);

    await t.slack.command(person.userId, "forget-me");
    await t.fake.waitForCall("views.open", 1);
    const modal = JSON.stringify(t.fake.callsTo("views.open")[0]?.params.view);
    // The person's Slack language (German) and every consequence in plain words.
    expect(modal).toContain("Tandem vergisst dich");
    expect(modal).toContain("Dein Tandem endet");
    expect(modal).toContain("Noch nicht gesendete Nachrichten");
    expect(modal).toContain("ab drei Personen");
    expect(modal).toContain("bleiben in Slack");

    const view = [...t.fake.views.values()].find((v) => v.callback_id === ids.trust.forgetModal) ?? {};
    const answer = await t.slack.viewSubmission(person.userId, view, {});
    expect(answer.json()).toMatchObject({ response_action: "update" });
    expect(JSON.stringify(answer.json())).toContain("Tandem hat deine Daten gelöscht");

    // The tandem ends: the partner and the managers are told neutrally, the channel is archived.
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish", 15000);
    const partnerDm = t.fake.dmsTo(tandem.mentor).map((m) => m.text);
    expect(partnerDm.join("\n")).toContain("your partner has left the program");
    const managerDm = t.fake
      .dmsTo(MANAGER)
      .map((m) => m.text)
      .join("\n");
    expect(managerDm).toContain("asked for their data to be erased");
    expect(managerDm).toContain(`<@${tandem.mentor}> is back on the waiting list`);
    expect(managerDm).not.toContain(person.userId);
    expect(t.fake.channels.get(tandem.channelId)?.archived).toBe(true);
    const goodbye = t.fake.messages.filter((m) => m.channel === tandem.channelId).at(-1);
    expect(goodbye?.text).toContain("one partner left the program");
    expect(t.db.select().from(tandems).where(eq(tandems.id, tandem.id)).get()?.status).toBe("ended");
    const partner = t.db
      .select()
      .from(participants)
      .where(eq(participants.id, tandem.mentorParticipantId))
      .get();
    expect(partner).toMatchObject({ userId: tandem.mentor, status: "waiting" });
    // The pending DM to them was cancelled, never sent.
    expect(t.fake.dmsTo(person.userId).some((m) => m.text.includes("denk an morgen"))).toBe(false);

    // The scan: every table, every column, outbox payloads and caches included.
    expect(scanFor(t.db, tracesOf(person))).toEqual([]);
    // Anonymous facts stay: the check-in was answered, someone is going to the World Café.
    expect(t.db.select().from(checkinAnswers).all()).toMatchObject([{ answer: "yes", topicsCovered: null }]);
    expect(t.db.select().from(eventRsvps).all()).toMatchObject([{ response: "going" }]);
    const other = seed.tandems[1] ?? expect.fail("no second tandem");
    expect(t.db.select().from(tandems).where(eq(tandems.id, other.id)).get()?.status).toBe("active");
  });

  it("works for someone who only signed up, and for someone Tandem knows nothing about", async () => {
    const loner = "UEXE000099";
    t.fake.addUser({ id: loner, firstName: "Ottilie" });
    t.db
      .insert(participants)
      .values({
        programId: seed.programId,
        userId: loner,
        role: "mentee",
        status: "waiting",
        consent: true,
        consentVersion: CONSENT_VERSION,
        learningGoals: "Lernziel Pfauenfeder",
      })
      .run();
    const answer = await confirmErasure(loner);
    expect(answer).toMatchObject({ response_action: "update" });
    await t.fake.waitFor(
      () => t.fake.dmsTo(MANAGER).some((m) => m.text.includes("asked for their data to be erased")),
      "the managers to be told",
    );
    expect(scanFor(t.db, [loner, "Pfauenfeder", "Ottilie"])).toEqual([]);

    const stranger = "USTRANGE01";
    t.fake.addUser({ id: stranger });
    t.fake.calls.length = 0;
    const again = await confirmErasure(stranger);
    expect(again).toMatchObject({ response_action: "update" });
    expect(scanFor(t.db, [stranger])).toEqual([]);
  });

  it("is offered by /mentoring leave, also to someone in a tandem", async () => {
    const tandem = seed.tandems[1] ?? expect.fail("no tandem");
    await t.slack.command(tandem.mentee, "leave");
    await t.fake.waitForCall("response_url", 1);
    const reply = t.fake.responses()[0] ?? {};
    expect(String(reply.text)).toContain("forget-me");
    expect(JSON.stringify(reply.blocks)).toContain(ids.trust.forgetOpen);
    const button = { action_id: ids.trust.forgetOpen };
    await t.slack.blockAction(tandem.mentee, button, {
      channelId: "C0GENERAL",
      message: { ts: "1700000000.000009", text: "x" },
    });
    await t.fake.waitForCall("views.open", 1);
    expect(t.fake.callsTo("views.open")[0]?.params.view).toMatchObject({
      callback_id: ids.trust.forgetModal,
    });
    expect(
      t.db
        .select()
        .from(slackOps)
        .all()
        .filter((o) => o.batch === "trust:depart"),
    ).toEqual([]);
  });

  it("leaves nothing readable in the database file: free pages overwritten, write-ahead log truncated", async () => {
    // Before: what the person wrote is in the file's bytes (so the check below can fail).
    t.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    expect(inFiles(t.config.databasePath, person.texts)).toEqual(person.texts);

    expect(await confirmErasure(person.userId)).toMatchObject({ response_action: "update" });
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish", 15000);

    expect(inFiles(t.config.databasePath, person.texts)).toEqual([]);
    expect(t.db.$client.pragma("secure_delete", { simple: true })).toBe(1);
  });
});
