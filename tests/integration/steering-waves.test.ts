import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { circles, evaluations, events, programs, scheduledSends, topicRatings } from "../../src/db/schema";
import { startScheduler } from "../../src/jobs/scheduler";
import { ids } from "../../src/slack/ids";
import { seedRhythm } from "../helpers/rhythm-seed";
import {
  answerEval,
  type Block,
  clickEval,
  evalDms,
  evalTick,
  GERMAN,
  MANAGER,
  MIDTERM_9AM,
  menteeAnswers,
  mentorAnswers,
  openEvalModal,
  seedSteering,
  waitForEvalDms,
} from "../helpers/steering";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { parseValue } from "../helpers/values";

describe("evaluation waves", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-06-30T10:00:00Z" });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("asks everyone at the midpoint in working hours, reminds at most twice, stops on answer, closes after 14 days", async () => {
    const seed = seedSteering(t);
    const [one, two, three] = seed.tandems;
    if (!one || !two || !three) throw new Error("seed");
    const everyone = seed.tandems.flatMap((x) => [x.mentor, x.mentee]);
    // This program says "Sie": every German text of it does.
    t.db.update(programs).set({ address: "sie" }).where(eq(programs.id, seed.programId)).run();

    expect(evalTick(t, "2026-06-30T10:00:00Z")).toEqual([]);
    // 07:00 in Berlin on the wave's day: not yet, working hours start at 09:00.
    expect(evalTick(t, "2026-07-01T05:00:00Z")).toEqual([]);
    const invited = evalTick(t, MIDTERM_9AM);
    expect(invited).toEqual(everyone.map((u) => `eval:p${seed.programId}:midterm:${u}`).sort());
    // A second tick (or a restart) sends nothing again.
    expect(evalTick(t, "2026-07-01T07:05:00Z")).toEqual([]);
    for (const user of everyone) await waitForEvalDms(t, user, 1);

    const [dm] = evalDms(t, one.mentor);
    expect(dm?.text).toBe("Mid-term evaluation: a few questions about your tandem");
    const button = ((dm?.blocks ?? []) as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ids.steering.evalOpen);
    expect(parseValue(button?.value)).toEqual({ p: seed.programId, w: "midterm" });
    expect(JSON.stringify(dm?.blocks)).toContain("Open until 15 July 2026");
    expect(evalDms(t, GERMAN)[0]?.text).toBe("Halbzeit-Evaluation: ein paar Fragen zu Ihrem Tandem");

    // The mentor's modal: the mentor questions, in English; nothing stored on opening.
    const mentorView = await openEvalModal(t, one.mentor);
    expect(mentorView.callback_id).toBe(ids.steering.evalModal);
    const mentorBlocks = (mentorView.blocks as Block[]).map((b) => b.block_id);
    expect(mentorBlocks).toContain(ids.steering.evalInput.learned);
    expect(mentorBlocks.some((b) => b?.startsWith(ids.steering.evalRatingPrefix))).toBe(false);
    // Missing answers are refused beside their inputs.
    const refused = await t.slack.viewSubmission(one.mentor, mentorView, {
      [ids.steering.evalInput.meetings]: null,
    });
    expect(refused.json()).toMatchObject({
      response_action: "errors",
      errors: {
        [ids.steering.evalInput.satisfaction]: "Please answer this.",
        [ids.steering.evalInput.meetings]: "Please answer this.",
        [ids.steering.evalInput.again]: "Please answer this.",
      },
    });
    const ok = await t.slack.viewSubmission(
      one.mentor,
      mentorView,
      mentorAnswers({ satisfaction: 4, meetings: 3, learned: "How a board decides", share: true }),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toBe("");
    const stored = t.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.participantId, one.mentorParticipantId))
      .all();
    expect(stored).toEqual([
      expect.objectContaining({
        kind: "midterm",
        programId: seed.programId,
        answers: expect.objectContaining({
          role: "mentor",
          satisfaction: 4,
          meetings: 3,
          learned: "How a board decides",
          again: "yes",
          shareText: true,
        }),
      }),
    ]);

    // The German executive gets the executive questions in German, with the intake topics to re-rate.
    const germanView = await openEvalModal(t, GERMAN);
    expect(JSON.stringify(germanView.title)).toContain("Halbzeit-Evaluation");
    const germanBlocks = (germanView.blocks as Block[]).map((b) => b.block_id);
    expect(germanBlocks).not.toContain(ids.steering.evalInput.learned);
    expect(germanBlocks).toEqual(
      expect.arrayContaining([
        `${ids.steering.evalRatingPrefix}ai_tools`,
        `${ids.steering.evalRatingPrefix}social_media`,
      ]),
    );
    const missingRating = await t.slack.viewSubmission(GERMAN, germanView, {
      ...menteeAnswers({ satisfaction: 5, ratings: { ai_tools: 4 } }),
    });
    expect(missingRating.json()).toMatchObject({
      errors: { [`${ids.steering.evalRatingPrefix}social_media`]: "Bitte beantworten Sie diese Frage." },
    });
    await t.slack.viewSubmission(
      GERMAN,
      germanView,
      menteeAnswers({ satisfaction: 5, ratings: { ai_tools: 4, social_media: 3 } }),
    );
    expect(
      t.db
        .select()
        .from(topicRatings)
        .where(
          and(eq(topicRatings.participantId, two.menteeParticipantId), eq(topicRatings.phase, "midterm")),
        )
        .all(),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ topic: "ai_tools", level: 4 }),
        expect.objectContaining({ topic: "social_media", level: 3 }),
      ]),
    );

    // Day 4 is a Sunday: the first reminder waits for Monday 09:00, for those who have not answered.
    expect(evalTick(t, "2026-07-05T10:00:00Z")).toEqual([]);
    const firstReminders = evalTick(t, "2026-07-06T07:00:00Z");
    const waiting = everyone.filter((u) => u !== one.mentor && u !== GERMAN);
    expect(firstReminders).toEqual(waiting.map((u) => `eval:p${seed.programId}:midterm:${u}:r1`).sort());
    await waitForEvalDms(t, three.mentee, 2);
    expect(evalDms(t, three.mentee)[1]?.blocks?.length).toBeGreaterThan(0);
    expect(JSON.stringify(evalDms(t, three.mentee)[1]?.blocks)).toContain("Reminder");

    // The third executive answers; the second reminder (day 9) goes to the others only.
    await answerEval(
      t,
      three.mentee,
      menteeAnswers({ satisfaction: 3, ratings: { ai_tools: 2, social_media: 2 } }),
    );
    const second = evalTick(t, "2026-07-10T07:00:00Z");
    expect(second).toEqual(
      waiting
        .filter((u) => u !== three.mentee)
        .map((u) => `eval:p${seed.programId}:midterm:${u}:r2`)
        .sort(),
    );
    // Never a third.
    expect(evalTick(t, "2026-07-13T07:00:00Z")).toEqual([]);
    expect(evalTick(t, "2026-07-15T10:00:00Z")).toEqual([]);
    await waitForEvalDms(t, two.mentor, 3);
    expect(evalDms(t, one.mentor)).toHaveLength(1);
    expect(evalDms(t, three.mentee)).toHaveLength(2);
    expect(evalDms(t, two.mentor)).toHaveLength(3);
    const sends = t.db.select().from(scheduledSends).where(eq(scheduledSends.kind, "eval")).all();
    expect(sends).toHaveLength(6 + 4 + 3);

    // Until the wave closes the answers can be changed: the modal opens prefilled.
    t.setNow("2026-07-15T15:00:00Z");
    const again = await openEvalModal(t, one.mentor);
    expect(JSON.stringify(again.blocks)).toContain("How a board decides");
    await t.slack.viewSubmission(
      one.mentor,
      again,
      mentorAnswers({ satisfaction: 2, meetings: 4, learned: "Patience" }),
    );
    const changed = t.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.participantId, one.mentorParticipantId))
      .all();
    expect(changed).toHaveLength(1);
    expect(changed[0]?.answers).toMatchObject({
      satisfaction: 2,
      meetings: 4,
      learned: "Patience",
      shareText: false,
    });

    // After the window: a clear answer, no modal, and a forged submission is refused.
    t.setNow("2026-07-16T08:00:00Z");
    const opened = t.fake.callsTo("views.open").length;
    await clickEval(t, two.mentor);
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("has closed")),
      "the closed answer",
    );
    expect(t.fake.callsTo("views.open")).toHaveLength(opened);
    const late = await t.slack.viewSubmission(one.mentor, again, mentorAnswers({ satisfaction: 5 }));
    expect(late.json()).toMatchObject({ response_action: "errors" });
    expect(
      t.db.select().from(evaluations).where(eq(evaluations.participantId, one.mentorParticipantId)).get()
        ?.answers,
    ).toMatchObject({
      satisfaction: 2,
    });
    expect(evalTick(t, "2026-07-20T08:00:00Z")).toEqual([]);
  });

  it("goes out with the scheduler's tick, beside the rhythm's items", async () => {
    const seed = seedSteering(t);
    t.setNow(MIDTERM_9AM);
    const scheduler = startScheduler(t.deps, "0 0 1 1 *");
    const result = await scheduler.tick();
    await scheduler.stop();
    const keys = result?.evaluations ?? [];
    expect(keys.filter((k) => k.startsWith("eval:"))).toHaveLength(6);
    expect(keys).toContain(`eval:p${seed.programId}:midterm:${GERMAN}`);
    await waitForEvalDms(t, GERMAN, 1);
  });

  it("lists the waves in /mentoring schedule and lets program managers change their dates", async () => {
    const seed = seedSteering(t);
    t.setNow("2026-06-01T08:00:00Z");
    await t.slack.command(MANAGER, "schedule");
    await t.fake.waitFor(() => t.fake.responses().length > 0, "the schedule");
    const schedule = t.fake.responses().at(-1) as { blocks: Block[] };
    const waves = schedule.blocks.find((b) => b.accessory?.action_id === ids.steering.wavesOpen);
    expect(waves?.text?.text).toContain(
      "Mid-term evaluation: *1 July 2026*, open until 15 July 2026 · upcoming (from the program's dates)",
    );
    expect(waves?.text?.text).toContain(
      "Final evaluation: *30 September 2026*, open until 14 October 2026 · upcoming",
    );

    // Not for participants.
    const participant = seed.tandems[0]?.mentor ?? "";
    await t.slack.blockAction(
      participant,
      { action_id: ids.steering.wavesOpen, value: waves?.accessory?.value ?? "" },
      { channelId: "C0GENERAL", message: { ts: "1.1" } },
    );
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("program managers")),
      "the refusal",
    );
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.wavesOpen, value: waves?.accessory?.value ?? "" },
      { channelId: "C0GENERAL", message: { ts: "1.1" } },
    );
    await t.fake.waitForCall("views.open");
    const view = [...t.fake.views.values()].at(-1) ?? {};
    const W = ids.steering.wavesInput;
    const wrong = await t.slack.viewSubmission(MANAGER, view, {
      [W.midterm]: "2026-07-10",
      [W.final]: "2026-07-05",
      [W.window]: 10,
    });
    expect(wrong.json()).toMatchObject({
      response_action: "errors",
      errors: { [W.final]: "Pick a date after the mid-term evaluation." },
    });
    const forged = await t.slack.viewSubmission(participant, view, {
      [W.midterm]: "2026-06-15",
      [W.final]: null,
      [W.window]: 7,
    });
    expect(forged.json()).toMatchObject({ response_action: "errors" });
    const saved = await t.slack.viewSubmission(MANAGER, view, {
      [W.midterm]: "2026-06-15",
      [W.final]: null,
      [W.window]: 7,
    });
    expect(saved.body).toBe("");
    expect(t.db.select().from(programs).get()).toMatchObject({
      midtermEvalDate: "2026-06-15",
      finalEvalDate: null,
      evalWindowDays: 7,
    });

    // The wave now comes on the new date (a Monday) and closes 7 days later.
    expect(evalTick(t, "2026-06-12T08:00:00Z")).toEqual([]);
    expect(evalTick(t, "2026-06-15T07:00:00Z")).toHaveLength(6);
    expect(evalTick(t, "2026-06-24T07:00:00Z")).toEqual([]);
  });

  it("keeps the waves and every button in a full schedule, within Slack's 50 blocks", async () => {
    const { programId } = seedRhythm(t.db, t.fake, { tandems: 40 });
    t.db.insert(circles).values({ programId, kind: "mentor", channelId: "G0CIRCLE01" }).run();
    for (let day = 3; day <= 24; day += 3)
      t.db
        .insert(events)
        .values({
          programId,
          kind: "world_cafe",
          startsAt: `2026-06-${String(day).padStart(2, "0")}T14:00:00Z`,
          createdBy: MANAGER,
        })
        .run();
    t.setNow("2026-06-01T08:00:00Z");
    await t.slack.command(MANAGER, "schedule");
    await t.fake.waitFor(() => t.fake.responses().length > 0, "the schedule");
    const schedule = t.fake.responses().at(-1) as { blocks: Block[] };
    expect(schedule.blocks.length).toBeLessThanOrEqual(50);
    const text = JSON.stringify(schedule.blocks);
    expect(text).toContain("Mid-term evaluation: *1 July 2026*");
    const actionIds = schedule.blocks.flatMap((b) => [
      ...(b.elements ?? []).map((e) => e.action_id),
      b.accessory?.action_id,
    ]);
    expect(actionIds).toEqual(
      expect.arrayContaining([ids.steering.wavesOpen, ids.rhythm.promptOpen, ids.rhythm.promptList]),
    );
  });
});
