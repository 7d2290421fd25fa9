import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeSlack } from "../../sim/fake-slack";
import { circles, slackOps, tandems } from "../../src/db/schema";
import type { PairReason } from "../../src/domain/types";
import { planLaunch } from "../../src/services/launch";
import { ids } from "../../src/slack/ids";
import { seedLaunch } from "../helpers/launch-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";

const PM = "UPM0000001";

async function launchDone(t: TestApp): Promise<void> {
  await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish", 15000);
}

function channelsNamed(fake: FakeSlack, prefix: string) {
  return [...fake.channels.values()].filter((c) => c.name.startsWith(prefix));
}

function textOf(m: { text: string; blocks: unknown[] | undefined }): string {
  return `${m.text} ${JSON.stringify(m.blocks ?? [])}`;
}

describe("launch", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.fake.addUser({ id: PM, firstName: "Petra" });
    t.fake.addUser({ id: "UEMP000001", firstName: "Emil" });
  });
  afterEach(async () => t.stop());

  it("gives each tandem one channel with both members, one welcome and a DM each", async () => {
    const seed = seedLaunch(t.db, t.fake, {
      tandems: 3,
      waiting: 1,
      names: (i) =>
        i === 1 ? { mentor: "Jürgen", mentee: "Özlem" } : { mentor: `Mentor${i}`, mentee: `Mentee${i}` },
      // Pair 2 both read German, so their welcome is German; pair 1 is mixed, pair 3 English.
      locale: (id) => (id === "UME0001" || id.endsWith("0002") ? "de-DE" : "en-US"),
      // Every kind of reason the matching gives, as stored: keys, codes and numbers.
      reasons: (): PairReason[] => [
        {
          key: "matching.reason.strong_in_goal",
          params: { topic: "ai_tools", mentorLevel: 5, menteeLevel: 2 },
        },
        { key: "matching.reason.same_format", params: { format: "in_person" } },
        { key: "matching.reason.same_frequency", params: { perMonth: 2 } },
        { key: "matching.reason.different_departments", params: {} },
        { key: "matching.reason.shared_language", params: { language: "en" } },
      ],
    });
    const { batch, enqueued } = planLaunch(t.db, seed.programId, new Date(), [PM]);
    t.deps.wakeOutbox();
    await launchDone(t);

    expect(planLaunch(t.db, seed.programId, new Date(), [PM]).enqueued).toBe(0);
    expect(enqueued).toBeGreaterThan(0);
    const ops = t.db.select().from(slackOps).where(eq(slackOps.batch, batch)).all();
    expect(ops.filter((o) => o.status !== "done")).toEqual([]);

    const rows = t.db.select().from(tandems).all();
    for (const [i, tandem] of rows.entries()) {
      const mentor = seed.mentors[i]?.userId ?? "";
      const mentee = seed.mentees[i]?.userId ?? "";
      expect(tandem.status).toBe("active");
      expect(tandem.launchedAt).not.toBeNull();
      const channel = t.fake.channels.get(tandem.channelId ?? "");
      expect(channel?.isPrivate).toBe(true);
      expect(channel?.name).toBe(tandem.channelName);
      expect([...(channel?.members ?? [])].sort()).toEqual([mentee, mentor, t.fake.botUserId].sort());
      expect(channel?.purpose?.length).toBeLessThanOrEqual(250);
      const welcomes = t.fake.messages.filter((m) => m.channel === tandem.channelId);
      expect(welcomes).toHaveLength(1);
      const welcome = textOf(welcomes[0] ?? { text: "", blocks: [] });
      expect(welcome).toContain(`<@${mentor}>`);
      const german = i === 1;
      expect(welcome).toContain(german ? "erstes Treffen" : "first meeting");
      expect(welcome).toContain("&lt;!channel&gt;");
      // The reasons in words of the welcome's language, never as stored
      expect(welcome).toContain(
        german ? "beide bevorzugen Treffen vor Ort" : "both prefer in-person meetings",
      );
      expect(welcome).toContain(german ? "gemeinsame Sprache: Englisch" : "shared language: English");
      expect(welcome).toContain(german ? "stark im Thema KI-Werkzeuge" : "strong in AI tools");
      expect(welcome).toContain(german ? "2× im Monat" : "2× a month");
      expect(welcome).toContain(german ? "verschiedene Abteilungen" : "different departments");
      for (const raw of ["in_person", "ai_tools", "language: en", "Sprache: en", "matching.reason"]) {
        expect(welcome).not.toContain(raw);
      }
      expect(welcome).not.toContain("<!channel>");
      for (const user of [mentor, mentee]) {
        const dms = t.fake.dmsTo(user);
        expect(dms).toHaveLength(1);
        expect(dms[0]?.text).toContain(`<#${tandem.channelId}>`);
      }
    }
    expect(rows[0]?.channelName).toBe("tandem-juergen-oezlem");
    // Özlem reads German, Jürgen English: the shared welcome falls back to the program's language
    expect(t.fake.dmsTo("UME0001")[0]?.text).toContain("Dein Tandem");
    expect(t.fake.dmsTo("UMR0001")[0]?.text).toContain("Your tandem");

    const circle = t.db.select().from(circles).where(eq(circles.kind, "mentor")).get();
    const circleChannel = t.fake.channels.get(circle?.channelId ?? "");
    expect(circleChannel?.name).toBe("tandem-mentor-circle");
    expect([...(circleChannel?.members ?? [])].sort()).toEqual(
      [...seed.mentors.map((m) => m.userId), PM, t.fake.botUserId].sort(),
    );
    const circleMessages = t.fake.messages.filter((m) => m.channel === circle?.channelId);
    expect(circleMessages).toHaveLength(1);
    expect(textOf(circleMessages[0] ?? { text: "", blocks: [] })).toContain("mentor circle");

    const waitingDms = t.fake.dmsTo(seed.waiting[0]?.userId ?? "");
    expect(waitingDms).toHaveLength(1);
    expect(textOf(waitingDms[0] ?? { text: "", blocks: [] })).toContain("waiting list");
  });

  it("moves past a name taken by someone else, and adopts its own channel after a lost answer", async () => {
    const seed = seedLaunch(t.db, t.fake, {
      tandems: 2,
      names: (i) => (i === 1 ? { mentor: "Anna", mentee: "Bernd" } : { mentor: "Carla", mentee: "Dieter" }),
    });
    t.fake.channels.set("COTHER0001", {
      id: "COTHER0001",
      name: "tandem-anna-bernd",
      isPrivate: false,
      members: new Set(["UEMP000001"]),
      archived: false,
      created: 1_600_000_000,
    });
    // Slack creates tandem-carla-dieter but the answer is lost (as if the process died)
    let lost = false;
    t.fake.on("conversations.create", (params, fake) => {
      const answer = fake.defaultAnswer("conversations.create", params);
      if (params.name === "tandem-carla-dieter" && !lost) {
        lost = true;
        return { status: 503, body: { ok: false, error: "service_unavailable" } };
      }
      return answer;
    });
    planLaunch(t.db, seed.programId, new Date(), [PM]);
    t.deps.wakeOutbox();
    await launchDone(t);

    const rows = t.db.select().from(tandems).orderBy(tandems.id).all();
    expect(rows.map((r) => r.channelName)).toEqual(["tandem-anna-bernd-2", "tandem-carla-dieter"]);
    expect(channelsNamed(t.fake, "tandem-carla-dieter")).toHaveLength(1);
    expect(channelsNamed(t.fake, "tandem-anna-bernd")).toHaveLength(2);
    for (const row of rows) {
      expect(row.status).toBe("active");
      expect(t.fake.channels.get(row.channelId ?? "")?.members.size).toBe(3);
      expect(t.fake.messages.filter((m) => m.channel === row.channelId)).toHaveLength(1);
    }
    expect(t.fake.callsTo("conversations.list").length).toBeGreaterThan(0);
  });

  it("shows a deactivated member as a failure with its reason, and a retry completes the launch", async () => {
    const seed = seedLaunch(t.db, t.fake, { tandems: 2 });
    const inactive = seed.mentees[1]?.userId ?? "";
    t.fake.addUser({ id: inactive, firstName: "Mentee2", deleted: true });
    const { batch } = planLaunch(t.db, seed.programId, new Date(), [PM]);
    t.deps.wakeOutbox();
    await launchDone(t);

    await t.slack.command(PM, "launch");
    await t.fake.waitForCall("response_url");
    const status = JSON.stringify(t.fake.responses()[0]?.blocks);
    expect(status).toContain("1 failed");
    expect(status).toContain("deactivated");
    expect(status).toContain(`<@${inactive}>`);
    expect(status).toContain(ids.launch.retry);
    expect(status).toMatch(/\d+ steps wait for a failed step/);
    const second = t.db
      .select()
      .from(tandems)
      .where(eq(tandems.id, seed.tandemIds[1] ?? 0))
      .get();
    expect(second?.status).toBe("launching");
    expect(t.fake.messages.filter((m) => m.channel === second?.channelId)).toHaveLength(0);

    // someone who is not a program manager cannot retry
    const value = JSON.stringify({ batch });
    await t.slack.blockAction(
      "UEMP000001",
      { action_id: ids.launch.retry, value },
      { channelId: "C0GENERAL" },
    );
    await t.fake.waitForCall("response_url", 2);
    expect(JSON.stringify(t.fake.responses()[1])).toContain("Only program managers");
    expect(t.db.select().from(slackOps).where(eq(slackOps.status, "failed")).all()).toHaveLength(1);

    t.fake.addUser({ id: inactive, firstName: "Mentee2", deleted: false });
    await t.slack.blockAction(PM, { action_id: ids.launch.retry, value }, { channelId: "C0GENERAL" });
    await t.fake.waitForCall("response_url", 3);
    await t.fake.waitFor(
      () =>
        !t.outbox.isIdle() ||
        t.db
          .select()
          .from(slackOps)
          .all()
          .every((o) => o.status === "done"),
    );
    await launchDone(t);

    const after = t.db
      .select()
      .from(tandems)
      .where(eq(tandems.id, seed.tandemIds[1] ?? 0))
      .get();
    expect(after?.status).toBe("active");
    const channel = t.fake.channels.get(after?.channelId ?? "");
    expect(channel?.members.has(inactive)).toBe(true);
    expect(t.fake.messages.filter((m) => m.channel === after?.channelId)).toHaveLength(1);
    expect(t.fake.dmsTo(inactive)).toHaveLength(1);

    await t.slack.command(PM, "launch");
    await t.fake.waitForCall("response_url", 4);
    expect(JSON.stringify(t.fake.responses()[3]?.blocks)).toContain("All done");
  });

  it("answers /mentoring launch only for program managers", async () => {
    await t.slack.command("UEMP000001", "launch");
    await t.fake.waitForCall("response_url");
    expect(JSON.stringify(t.fake.responses()[0])).toContain("Only program managers");
  });

  it("loses nothing and doubles nothing under 429s and server errors", async () => {
    const seed = seedLaunch(t.db, t.fake, { tandems: 6, waiting: 2 });
    const counts = new Map<string, number>();
    const flaky = (method: string, every: number, answer: "429" | "500") => {
      t.fake.on(method, (params, fake) => {
        const n = (counts.get(method) ?? 0) + 1;
        counts.set(method, n);
        if (n % every === 0) {
          return answer === "429"
            ? { status: 429, headers: { "retry-after": "2" }, body: { ok: false, error: "ratelimited" } }
            : { status: 500, body: { ok: false, error: "internal_error" } };
        }
        return fake.defaultAnswer(method, params);
      });
    };
    flaky("conversations.create", 2, "429");
    flaky("conversations.invite", 3, "429");
    flaky("conversations.setPurpose", 2, "500");
    flaky("chat.postMessage", 3, "500");
    const { batch } = planLaunch(t.db, seed.programId, new Date(), [PM]);
    t.deps.wakeOutbox();
    await launchDone(t);

    const ops = t.db.select().from(slackOps).where(eq(slackOps.batch, batch)).all();
    expect(ops.filter((o) => o.status !== "done").map((o) => `${o.key} ${o.lastError}`)).toEqual([]);
    expect(t.outbox.stats.rateLimited).toBeGreaterThan(0);
    expect(t.outbox.stats.transient).toBeGreaterThan(0);
    const rows = t.db.select().from(tandems).all();
    expect(new Set(rows.map((r) => r.channelId)).size).toBe(6);
    for (const row of rows) {
      expect(row.status).toBe("active");
      expect(t.fake.channels.get(row.channelId ?? "")?.members.size).toBe(3);
      expect(t.fake.messages.filter((m) => m.channel === row.channelId)).toHaveLength(1);
    }
    expect([...t.fake.channels.values()].filter((c) => c.name.startsWith("tandem-")).length).toBe(7);
    for (const user of [...seed.mentors, ...seed.mentees, ...seed.waiting]) {
      expect(t.fake.dmsTo(user.userId)).toHaveLength(1);
    }
  });
});
