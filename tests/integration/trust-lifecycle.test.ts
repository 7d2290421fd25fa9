import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, participants, slackOps, slackUsers, tandems } from "../../src/db/schema";
import { enqueue } from "../../src/outbox/enqueue";
import { MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { settle } from "../helpers/trust-seed";

describe("Slack's lifecycle events", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-05-04T09:00:00Z" });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
  });
  afterEach(async () => {
    await settle(t.fake);
    await t.stop();
  });

  const actions = () =>
    t.db
      .select()
      .from(auditLog)
      .all()
      .map((e) => e.action);

  it("withdraws a deactivated user, ends the tandem, tells partner and managers, cancels pending sends", async () => {
    const tandem = seed.tandems[0] ?? expect.fail("no tandem");
    t.db
      .insert(slackOps)
      .values({
        key: `test:nudge:${tandem.mentee}`,
        batch: "test",
        kind: "dm.post",
        payload: { args: { user: tandem.mentee, text: "Reminder" } },
        notBefore: "2099-01-01T00:00:00Z",
      })
      .run();
    const event = {
      type: "user_change",
      user: { id: tandem.mentee, deleted: true, name: "x" },
      event_ts: "1.2",
    };
    await t.slack.event(event, { eventId: "EvDEACT1" });
    // Slack retries: the same delivery acts once.
    await t.slack.event(event, { eventId: "EvDEACT1", retryNum: 1 });
    await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length >= 1, "the managers to be told");
    await t.fake.waitFor(() => t.fake.dmsTo(tandem.mentor).length >= 1, "the partner to be told");

    expect(t.fake.dmsTo(MANAGER).map((m) => m.text)).toEqual([
      expect.stringContaining(`<@${tandem.mentee}> was deactivated in Slack`),
    ]);
    expect(t.fake.dmsTo(tandem.mentor)[0]?.text).toContain("your partner has left the program");
    const mentee = t.db
      .select()
      .from(participants)
      .where(eq(participants.id, tandem.menteeParticipantId))
      .get();
    expect(mentee?.status).toBe("withdrawn");
    expect(t.db.select().from(tandems).where(eq(tandems.id, tandem.id)).get()?.status).toBe("ended");
    expect(
      t.db
        .select()
        .from(slackOps)
        .where(eq(slackOps.key, `test:nudge:${tandem.mentee}`))
        .get(),
    ).toBeUndefined();
    expect(actions()).toContain("person.deactivated_withdrawn");
    // Their data is kept (until retention), not erased.
    expect(mentee?.userId).toBe(tandem.mentee);
    expect(t.db.select().from(slackUsers).where(eq(slackUsers.userId, tandem.mentee)).get()?.deleted).toBe(
      true,
    );
  });

  it("reports a member leaving a tandem channel and a tandem channel archived by hand", async () => {
    const tandem = seed.tandems[1] ?? expect.fail("no tandem");
    await t.slack.event({
      type: "member_left_channel",
      user: tandem.mentor,
      channel: tandem.channelId,
      channel_type: "G",
      team: "T0001",
    });
    await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length === 1, "the report of the leave");
    expect(t.fake.dmsTo(MANAGER)[0]?.text).toContain(
      `<@${tandem.mentor}> left the tandem channel <#${tandem.channelId}>`,
    );

    await t.slack.event({
      type: "group_archive",
      channel: tandem.channelId,
      user: "UADMIN0001",
      event_ts: "1.3",
    });
    await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length === 2, "the report of the archive");
    expect(t.fake.dmsTo(MANAGER)[1]?.text).toContain(`<#${tandem.channelId}> was archived by hand`);

    // A channel that is not a live tandem's, or one Tandem archives itself, is not reported.
    await t.slack.event({ type: "member_left_channel", user: "UX", channel: "GNOTOURS1", channel_type: "G" });
    const other = seed.tandems[0] ?? expect.fail("no tandem");
    enqueue(t.db, "test", [
      { key: "test:archive", kind: "channel.archive", args: { channel: other.channelId } },
    ]);
    await t.slack.event({
      type: "group_archive",
      channel: other.channelId,
      user: "UBOT0000001",
      event_ts: "1.4",
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(t.fake.dmsTo(MANAGER)).toHaveLength(2);
    expect(actions()).toEqual(
      expect.arrayContaining(["slack.member_left_tandem_channel", "slack.tandem_channel_archived"]),
    );
  });

  for (const type of ["app_uninstalled", "tokens_revoked"]) {
    it(`stops the workers on ${type} without losing queued work`, async () => {
      await t.slack.event({
        type,
        ...(type === "tokens_revoked" ? { tokens: { bot: ["UBOT0000001"] } } : {}),
      });
      await t.fake.waitFor(() => actions().includes(`slack.${type}`), "the stop to be recorded");
      await new Promise((r) => setTimeout(r, 50));
      enqueue(t.db, "test", [
        { key: "test:queued", kind: "dm.post", args: { user: MANAGER, text: "Later" } },
      ]);
      t.deps.wakeOutbox();
      await new Promise((r) => setTimeout(r, 400));
      expect(t.fake.dmsTo(MANAGER)).toEqual([]);
      expect(t.db.select().from(slackOps).where(eq(slackOps.key, "test:queued")).get()?.status).toBe(
        "pending",
      );
      // A new start (after a reinstall) performs it.
      t.outbox.start();
      await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length === 1, "the queued DM after a restart");
    });
  }
});
