import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sharedSuccesses } from "../../src/db/queries/successes";
import {
  circlePrompts,
  events,
  participants,
  programs,
  slackOps,
  tandemSuccesses,
  tandems,
  topicRatings,
} from "../../src/db/schema";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids } from "../../src/slack/ids";
import { values } from "../../src/slack/values";
import { findMessage, messageOf, messagesIn, prefilled, waitForView } from "../helpers/close-seed";
import { addPerson, MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";

const SHOWCASE = "CSHOWCASE1";
const IN = ids.rhythm.eventInput;

describe("a six-month program from launch to closed, archived and the next cohort", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-04-06T08:00:00Z" });
    seed = seedRhythm(t.db, t.fake, { tandems: 3 });
  });
  afterEach(async () => t.stop());

  const tick = async (iso: string) => {
    t.setNow(iso);
    return runDueWork(t.deps, new Date(iso));
  };
  const rate = (participantId: number, level: number) =>
    t.db.insert(topicRatings).values({ participantId, topic: "ai_tools", level }).run();
  const programRow = () => t.db.select().from(programs).where(eq(programs.id, seed.programId)).get();
  const tandemRows = () => t.db.select().from(tandems).where(eq(tandems.programId, seed.programId)).all();

  it("matches the waiting list late, collects consented successes, shows them, ends, archives and starts anew", async () => {
    // Late sign-ups: a mentor from the waiting list and an executive who joined after the approval.
    rate(addPerson(t.db, t.fake, seed.programId, "UWAIT00001", "mentor", "waiting"), 5);
    rate(addPerson(t.db, t.fake, seed.programId, "ULATE00001", "mentee", "complete", "de-DE"), 1);
    t.db
      .insert(circlePrompts)
      .values({ programId: seed.programId, phase: "end", text: "What surprised you?", createdBy: MANAGER })
      .run();
    const running = tandemRows();

    // --- the late round: only the two newcomers, running tandems untouched
    await t.slack.command(MANAGER, "match");
    const review = await waitForView(t, ids.matching.reviewModal);
    expect(JSON.stringify(review.blocks)).toContain("Late round: only the 2 people");
    await t.slack.blockAction(MANAGER, { action_id: ids.matching.approve }, { view: review });
    await t.fake.waitFor(
      () => tandemRows().some((r) => r.status === "active" && !running.some((o) => o.id === r.id)),
      "late tandem launched",
      10_000,
    );
    const after = tandemRows();
    expect(after).toHaveLength(4);
    for (const old of running) expect(after.find((r) => r.id === old.id)).toEqual(old);
    const late = after.find((r) => !running.some((o) => o.id === r.id));
    if (!late?.channelId) throw new Error("no late tandem channel");
    // one new tandem channel, plus the mentor circle this seeded program did not have yet
    const createdNames = t.fake.callsTo("conversations.create").map((c) => String(c.params.name));
    expect(createdNames).toHaveLength(2);
    expect(createdNames).toContain(late.channelName);
    const waitingNow = t.db.select().from(participants).where(eq(participants.status, "waiting")).all();
    expect(waitingNow).toHaveLength(0);

    // --- the closing event and where its showcase goes
    await t.slack.command(MANAGER, "event");
    const eventView = await waitForView(t, ids.rhythm.eventModal);
    await t.slack.viewSubmission(MANAGER, eventView, {
      [IN.kind]: "closing",
      [IN.date]: "2026-09-24",
      [IN.time]: "16:00",
      [IN.place]: "Atrium",
      [IN.descriptionEn]: null,
      [IN.rounds]: null,
    });
    const closing = t.db.select().from(events).get();
    expect(closing?.startsAt).toBe("2026-09-24T14:00:00.000Z");
    await t.slack.command(MANAGER, "closing");
    const settings = await waitForView(t, ids.close.settingsModal);
    expect(JSON.stringify(settings.blocks)).toContain("The closing event is on");
    const saved = await t.slack.viewSubmission(MANAGER, settings, {
      [ids.close.settingsInput.showcase]: SHOWCASE,
      [ids.close.settingsInput.archive]: "14",
    });
    expect(saved.status).toBe(200);
    expect(programRow()).toMatchObject({ showcaseChannel: SHOWCASE, archiveAfterDays: 14 });

    // --- a week before: each tandem channel is asked for its first successes, once, in working hours
    expect((await tick("2026-09-17T05:00:00Z")).lifecycle).toEqual([]);
    const prompted = await tick("2026-09-17T08:00:00Z");
    const live = tandemRows();
    expect(prompted.lifecycle?.filter((k) => k.startsWith("successes:")).sort()).toEqual(
      live.map((r) => `successes:t${r.id}:e${closing?.id}`).sort(),
    );
    expect((await tick("2026-09-17T08:05:00Z")).lifecycle?.filter((k) => k.startsWith("successes:"))).toEqual(
      [],
    );
    for (const r of live) {
      await t.fake.waitFor(
        () => !!findMessage(t.fake, r.channelId ?? "", ids.close.successEdit),
        `prompt in ${r.channelId}`,
      );
    }
    const [one, two] = seed.tandems;
    if (!one || !two) throw new Error("seed");
    const promptOf = (channel: string) => {
      const m = findMessage(t.fake, channel, ids.close.successEdit);
      if (!m) throw new Error("no prompt");
      return m;
    };
    const value = (tandemId: number) => values.close.tandem.encode({ t: tandemId });

    // the mentor writes (user text that must not ping), both agree
    await t.slack.blockAction(
      one.mentor,
      { action_id: ids.close.successEdit, value: value(one.id) },
      { channelId: one.channelId, message: messageOf(promptOf(one.channelId)) },
    );
    const modal = await waitForView(t, ids.close.successModal);
    const text = "Petra now runs her staff meeting in Teams <!channel> & shares notes";
    const res = await t.slack.viewSubmission(one.mentor, modal, { [ids.close.successInput]: text });
    expect(res.status).toBe(200);
    await t.fake.waitFor(() => promptOf(one.channelId).updates === 1, "prompt updated");
    expect(JSON.stringify(promptOf(one.channelId).blocks)).toContain("&lt;!channel&gt; &amp; shares");
    // someone from another tandem cannot agree for them
    await t.slack.blockAction(
      two.mentor,
      { action_id: ids.close.successAgree, value: value(one.id) },
      { channelId: one.channelId, message: messageOf(promptOf(one.channelId)) },
    );
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("Only the two members")),
      "refused",
    );
    for (const who of [one.mentee, one.mentor]) {
      await t.slack.blockAction(
        who,
        { action_id: ids.close.successAgree, value: value(one.id) },
        { channelId: one.channelId, message: messageOf(promptOf(one.channelId)) },
      );
    }
    await t.fake.waitFor(
      () => t.fake.responses().filter((r) => JSON.stringify(r).includes("agreed to share it")).length >= 2,
      "consents shown",
    );
    // tandem two writes, only the mentor agrees: not shared
    await t.slack.blockAction(
      two.mentee,
      { action_id: ids.close.successEdit, value: value(two.id) },
      { channelId: two.channelId, message: messageOf(promptOf(two.channelId)) },
    );
    const modal2 = await waitForView(t, ids.close.successModal, 2);
    await t.slack.viewSubmission(two.mentee, modal2, { [ids.close.successInput]: "A private success" });
    await t.slack.blockAction(
      two.mentor,
      { action_id: ids.close.successAgree, value: value(two.id) },
      { channelId: two.channelId, message: messageOf(promptOf(two.channelId)) },
    );
    await t.fake.waitFor(
      () =>
        !!t.db.select().from(tandemSuccesses).where(eq(tandemSuccesses.tandemId, two.id)).get()
          ?.mentorConsentAt,
      "consent two",
    );
    expect(sharedSuccesses(t.db, seed.programId)).toEqual([{ tandemId: one.id, text }]);

    // --- the closing event starts: the showcase holds the consented success only, escaped
    await tick("2026-09-24T14:05:00Z");
    await t.fake.waitFor(() => messagesIn(t.fake, SHOWCASE).length === 1, "showcase posted");
    const show = JSON.stringify(messagesIn(t.fake, SHOWCASE)[0]?.blocks);
    expect(show).toContain("&lt;!channel&gt; &amp; shares notes");
    expect(show).toContain(`<@${one.mentor}> & <@${one.mentee}>`);
    expect(show).not.toContain("A private success");
    await tick("2026-09-24T14:10:00Z");
    expect(messagesIn(t.fake, SHOWCASE)).toHaveLength(1);

    // --- the end date: a thank-you in every channel, tandems ended, the program closed
    const ended = await tick("2026-09-30T08:00:00Z");
    expect(ended.lifecycle).toContain(`close:p${seed.programId}`);
    for (const r of live) {
      await t.fake.waitFor(
        () => !!findMessage(t.fake, r.channelId ?? "", "final evaluation"),
        `thank-you in ${r.channelId}`,
      );
    }
    const lateThanks = findMessage(t.fake, late.channelId, "archived on");
    expect(lateThanks).toBeDefined();
    expect(programRow()?.status).toBe("closed");
    await t.fake.waitFor(
      () => t.fake.dmsTo(MANAGER).some((m) => String(m.text).includes("has ended: 4 tandems")),
      "managers told",
    );
    expect(tandemRows().every((r) => r.status === "ended" && r.endedAt)).toBe(true);
    expect((await tick("2026-10-01T08:00:00Z")).sent.filter((k) => k.startsWith("checkin:"))).toEqual([]);

    // the closed program stays readable in the App Home
    const publishes = (user: string) =>
      t.fake.callsTo("views.publish").filter((c) => c.params.user_id === user).length;
    const before = [publishes(one.mentee), publishes(MANAGER)];
    for (const [i, user] of [one.mentee, MANAGER].entries()) {
      await t.slack.event({
        type: "app_home_opened",
        user,
        channel: "D0HOME",
        tab: "home",
        event_ts: String(i),
      });
    }
    await t.fake.waitFor(
      () => publishes(one.mentee) > (before[0] ?? 0) && publishes(MANAGER) > (before[1] ?? 0),
      "homes",
    );
    expect(JSON.stringify(t.fake.homes.get(one.mentee))).toContain("ended on");
    expect(JSON.stringify(t.fake.homes.get(MANAGER))).toContain("closed on");
    expect(JSON.stringify(t.fake.homes.get(MANAGER))).toContain("with 4 tandems");

    // --- 14 days later the channels are archived, once
    expect((await tick("2026-10-13T08:00:00Z")).lifecycle).toEqual([]);
    await tick("2026-10-14T08:00:00Z");
    await t.fake.waitFor(
      () => live.every((r) => t.fake.channels.get(r.channelId ?? "")?.archived),
      "archived",
      10_000,
    );
    await tick("2026-10-14T09:00:00Z");
    const archives = t.db.select().from(slackOps).where(eq(slackOps.kind, "channel.archive")).all();
    expect(
      archives
        .map((o) => o.key)
        .filter((k) => k.startsWith("archive:t"))
        .sort(),
    ).toEqual(live.map((r) => `archive:t${r.id}`).sort());

    // --- the next cohort from the last one: settings, prompts and events' shape, new dates
    t.setNow("2026-10-15T09:00:00Z");
    await t.slack.command(MANAGER, "program new");
    const next = await waitForView(t, ids.setup.programView);
    expect(JSON.stringify(next.blocks)).toContain("A new cohort based on");
    const answers = prefilled(next);
    expect(answers[ids.setup.input.name]).toBe("Digital Leadership 2027");
    expect(answers[ids.setup.input.startDate]).toBe("2026-12-02");
    const created = await t.slack.viewSubmission(MANAGER, next, answers);
    expect(created.json().response_action).toBe("update");
    await t.fake.waitFor(
      () => t.db.select().from(programs).all().length === 2 && t.db.select().from(events).all().length === 2,
      "next cohort",
    );
    const cohort = t.db.select().from(programs).where(eq(programs.previousProgramId, seed.programId)).get();
    expect(cohort).toMatchObject({
      status: "draft",
      topics: expect.arrayContaining(["ai_tools", "social_media"]),
      endDate: "2027-06-02",
      checkinCadenceDays: 14,
      language: "en",
      showcaseChannel: SHOWCASE,
    });
    const copied = t.db
      .select()
      .from(events)
      .where(eq(events.programId, cohort?.id ?? 0))
      .get();
    expect(copied).toMatchObject({ kind: "closing", place: "Atrium", startsAt: "2027-05-27T14:00:00.000Z" });
    expect(
      t.db
        .select()
        .from(circlePrompts)
        .where(and(eq(circlePrompts.programId, cohort?.id ?? 0)))
        .all()
        .map((p) => p.text),
    ).toEqual(["What surprised you?"]);
    // the closed program stays readable: its tandems, successes and showcase are kept
    expect(sharedSuccesses(t.db, seed.programId)).toHaveLength(1);
    // ... and its report: the final report lists the consented success, never the private one
    await t.slack.command(MANAGER, "report");
    await t.fake.waitFor(
      () => t.fake.dmsTo(MANAGER).some((m) => m.text?.startsWith("Steering report")),
      "the final report",
      15000,
    );
    const report = JSON.stringify(
      t.fake.dmsTo(MANAGER).find((m) => m.text?.startsWith("Steering report"))?.blocks,
    );
    expect(report).toContain("shares notes");
    expect(report).not.toContain("A private success");
  }, 60_000);
});
