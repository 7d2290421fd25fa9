import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../sim/fake-slack";
import {
  actionPlans,
  checkinAnswers,
  circles,
  events,
  participants,
  planGoals,
  rematchRequests,
  slackOps,
  tandemAlerts,
  tandems,
} from "../../src/db/schema";
import { translator } from "../../src/i18n";
import { runDueWork } from "../../src/jobs/scheduler";
import { planLaunch } from "../../src/services/launch";
import { ids, memberId } from "../../src/slack/ids";
import { buildNudgeMessage } from "../../src/slack/views/rhythmScheduled";
import { addPerson, MANAGER, postCheckin, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue } from "../helpers/values";

/*
 * Each person's story (issue 20, items 5, 6, 7, 9): private help, one message per change of state,
 * the waiting list as a place in the program, pinned plans that follow check-ins, buttons instead of
 * commands. The real app over HTTP, the fake Slack, a real SQLite file, the scheduler on a moved clock.
 */

const NOW = "2026-05-12T09:00:00Z";
const PROGRAM = "Digital Leadership 2026";
const WAITING = "UMEN000009";

interface Block {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string }[];
  accessory?: { action_id?: string; value?: string };
}

function buttonOf(
  blocks: unknown,
  actionId: string,
): { action_id: string; value?: string; block_id: string } {
  for (const block of (blocks ?? []) as Block[]) {
    for (const el of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]) {
      if (el.action_id === actionId)
        return {
          action_id: actionId,
          block_id: block.block_id ?? "b",
          ...(el.value ? { value: el.value } : {}),
        };
    }
  }
  throw new Error(`no button ${actionId} in ${JSON.stringify(blocks)}`);
}

describe("one consistent story per person", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    t = await startTestApp({ now: NOW });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
  });
  afterEach(async () => t.stop());

  const tandem = (i: number) => {
    const found = seed.tandems[i];
    if (!found) throw new Error(`no tandem ${i}`);
    return found;
  };
  const idle = () => t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish");
  const dmTexts = (userId: string) => t.fake.dmsTo(userId).map((m) => m.text);
  const lastView = () => {
    const view = [...t.fake.views.values()].at(-1);
    if (!view) throw new Error("no view opened");
    return view;
  };
  /** The launch as it left the program: the mentor circle, and the waiting list told once. */
  async function launched() {
    planLaunch(t.db, seed.programId, t.deps.clock(), [MANAGER]);
    t.deps.wakeOutbox();
    await idle();
  }

  it("help in private reaches only the program managers; the partner and the check-in show nothing", async () => {
    const tn = tandem(0);
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 1);
    await t.slack.blockAction(
      tn.mentee,
      {
        action_id: memberId(ids.rhythm.checkinAnswer, "help"),
        value: encodeValue({ c: checkinId, a: "help" }),
      },
      { channelId: tn.channelId, message: { ts: message.ts, text: message.text, blocks: message.blocks } },
    );
    await t.fake.waitForCall("response_url");
    // First a question only the clicker sees; nothing is recorded or shown yet.
    const choice = t.fake.responses()[0];
    expect(choice).toMatchObject({
      response_type: "ephemeral",
      text: "Who should know that you are asking for help?",
    });
    expect(JSON.stringify(choice?.blocks)).toContain(memberId(ids.rhythm.helpChoice, "shared"));
    expect(t.db.select().from(tandemAlerts).all()).toEqual([]);

    await t.slack.blockAction(
      tn.mentee,
      buttonOf(choice?.blocks, memberId(ids.rhythm.helpChoice, "private")),
      {
        channelId: tn.channelId,
      },
    );
    await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length === 1, "the managers' alert");
    await idle();
    const alert = t.fake.dmsTo(MANAGER)[0];
    expect(alert?.text).toBe("Someone asked privately for help with their tandem");
    const shown = JSON.stringify(alert?.blocks);
    expect(shown).toContain(`*<@${tn.mentee}> asked privately for help*`);
    expect(shown).toContain(`<@${tn.mentor}> has not been told`);
    expect(shown).not.toContain(memberId(ids.rhythm.alertFollowUp, "pause"));
    expect(t.fake.responses().at(-1)).toMatchObject({
      replace_original: true,
      text: `🔒 Only the program managers were told; <@${tn.mentor}> sees nothing of it. One of them will get in touch with you soon.`,
    });
    // The partner hears nothing; the check-in is as it was; no answer is stored.
    expect(t.fake.dmsTo(tn.mentor)).toEqual([]);
    expect(message.updates).toBe(0);
    expect(t.fake.messages.filter((m) => m.channel === tn.channelId)).toHaveLength(1);
    expect(t.db.select().from(checkinAnswers).all()).toEqual([]);
    const [row] = t.db.select().from(tandemAlerts).all();
    expect(row).toMatchObject({ reason: "help", askedPrivatelyBy: tn.mentee, tandemId: tn.id });

    // A manager takes it: every copy keeps saying it is private.
    await t.slack.blockAction(MANAGER, buttonOf(alert?.blocks, memberId(ids.rhythm.alertFollowUp, "claim")), {
      channelId: alert?.channel ?? "D0",
      message: { ts: alert?.ts, text: alert?.text, blocks: alert?.blocks },
    });
    await t.fake.waitFor(() => alert?.updates === 1, "the alert updated");
    expect(JSON.stringify(alert?.blocks)).toContain("asked privately for help");
    // The scheduler raises no help alert of its own for it, and the partner still knows nothing.
    await runDueWork(t.deps, new Date(NOW));
    await idle();
    expect(t.fake.dmsTo(MANAGER).filter((m) => /help/i.test(m.text))).toHaveLength(1);
    expect(t.fake.dmsTo(tn.mentor)).toEqual([]);
  });

  it("a rematch followed by a new match: each person's direct messages tell one story, in order", async () => {
    const waitingMentor = addPerson(t.db, t.fake, seed.programId, WAITING, "mentor", "waiting");
    await launched();
    const tn = tandem(0);
    expect(dmTexts(WAITING)).toEqual([`You are on the waiting list for ${PROGRAM}`]);

    // The executive asks, confidentially, for a new partner; a manager approves.
    await t.slack.command(tn.mentee, "rematch", { channelId: tn.channelId });
    await t.fake.waitForCall("views.open");
    await t.slack.viewSubmission(tn.mentee, lastView(), {
      [ids.rhythm.rematchReason]: "we never find a time",
    });
    await idle();
    const request = t.db.select().from(rematchRequests).get();
    const pmDm = t.fake
      .dmsTo(MANAGER)
      .find((m) => JSON.stringify(m.blocks).includes(ids.rhythm.rematchDecision));
    if (!request || !pmDm) throw new Error("no request");
    await t.slack.blockAction(
      MANAGER,
      {
        action_id: memberId(ids.rhythm.rematchDecision, "approve"),
        value: encodeValue({ r: request.id, d: "approve" }),
      },
      { channelId: pmDm.channel, message: { ts: pmDm.ts, text: pmDm.text, blocks: pmDm.blocks } },
    );
    await t.fake.waitFor(() =>
      t.fake.responses().some((r) => String(r.text).includes("New tandems being launched: 1")),
    );
    const fresh = t.db.select().from(tandems).where(eq(tandems.replacesTandemId, tn.id)).get();
    await t.fake.waitFor(
      () =>
        fresh?.id !== undefined &&
        t.db.select().from(tandems).where(eq(tandems.id, fresh.id)).get()?.status === "active",
    );
    await idle();
    const newChannel = t.db
      .select()
      .from(tandems)
      .where(eq(tandems.replacesTandemId, tn.id))
      .get()?.channelId;
    expect(fresh?.mentorId).toBe(waitingMentor);

    // The requester: one message, the new tandem's, which also says the old one ended.
    expect(dmTexts(tn.mentee)).toEqual([
      `Your tandem with <@${tn.mentor}> has ended; your new tandem is ready: <#${newChannel}>`,
    ]);
    expect(JSON.stringify(t.fake.dmsTo(tn.mentee)[0]?.blocks)).toContain("approved your request");
    // The partner, not paired again: one message about the end and the waiting list, nothing else.
    const partnerStory = dmTexts(tn.mentor);
    expect(partnerStory).toEqual([
      `Your tandem with <@${tn.mentee}> has ended and its channel is archived. Thank you for the time you invested! Sometimes a pair does not fit, and that is nobody's fault. You are back on the waiting list, and we will tell you as soon as there is a new partner for you.`,
    ]);
    expect(partnerStory.join(" ")).not.toContain("we never find a time");
    // The waiting mentor: the waiting list, then the end of the wait.
    expect(dmTexts(WAITING)).toEqual([
      `You are on the waiting list for ${PROGRAM}`,
      `A place has opened up, and your tandem is ready: <#${newChannel}>`,
    ]);
    // The other tandem hears nothing of it.
    expect(dmTexts(tandem(1).mentor)).toEqual([]);
    expect(dmTexts(tandem(1).mentee)).toEqual([]);

    // A new executive signs up late; the managers' next matching round pairs the waiting mentor.
    const LATE = "UEXE000077";
    addPerson(t.db, t.fake, seed.programId, LATE, "mentee", "complete");
    await t.slack.command(MANAGER, "match");
    await t.fake.waitForCall("views.open", 2);
    const review = lastView();
    expect(JSON.stringify(review.blocks)).toContain(LATE);
    await t.slack.blockAction(MANAGER, { action_id: ids.matching.approve }, { view: review });
    await t.fake.waitFor(
      () => t.db.select().from(participants).where(eq(participants.userId, LATE)).get()?.status === "matched",
      "the late round approved",
    );
    await t.fake.waitFor(() => t.fake.dmsTo(tn.mentor).length === 2, "the mentor's new tandem");
    await idle();
    const late = t.db.select().from(tandems).where(eq(tandems.mentorId, tn.mentorParticipantId)).all().at(-1);
    expect(dmTexts(tn.mentor)).toEqual([
      partnerStory[0],
      `A place has opened up, and your tandem is ready: <#${late?.channelId}>`,
    ]);
    expect(dmTexts(LATE)).toEqual([`Your tandem is ready: <#${late?.channelId}>`]);
    // Nobody got the first-round "we did not find a partner" beside any of it.
    for (const user of [tn.mentor, tn.mentee, LATE])
      expect(dmTexts(user).join(" ")).not.toContain("You are on the waiting list for");
    expect(dmTexts(WAITING)).toHaveLength(2);
  });

  it("a waiting mentor who is never matched: waiting-list texts, every event, circle prompts, the end", async () => {
    t.setNow("2026-04-06T08:00:00Z");
    addPerson(t.db, t.fake, seed.programId, WAITING, "mentor", "waiting");
    await launched();
    const circle = t.db.select().from(circles).get();
    expect(circle?.channelId).toBeTruthy();

    // The managers schedule the kickoff and a World Café through the event modal.
    const IN = ids.rhythm.eventInput;
    for (const [kind, date] of [
      ["kickoff", "2026-04-20"],
      ["world_cafe", "2026-06-15"],
    ] as const) {
      const opens = t.fake.callsTo("views.open").length;
      await t.slack.command(MANAGER, "event");
      await t.fake.waitForCall("views.open", opens + 1);
      const res = await t.slack.viewSubmission(MANAGER, lastView(), {
        [IN.kind]: kind,
        [IN.date]: date,
        [IN.time]: "16:00",
        [IN.place]: "Room 4.12",
        [IN.descriptionEn]: "Hear from the board and plan the next weeks.",
        ...(kind === "world_cafe" ? { [IN.rounds]: "3" } : {}),
      });
      expect(res.json().response_action).toBe("update");
    }
    await idle();
    expect(t.db.select().from(events).all()).toHaveLength(2);

    // Months of scheduler ticks, Mondays and the last day, on a moved clock.
    const days: string[] = [];
    for (
      let d = new Date("2026-04-06T09:00:00Z");
      d < new Date("2026-09-30T00:00:00Z");
      d.setUTCDate(d.getUTCDate() + 7)
    )
      days.push(d.toISOString());
    days.push("2026-09-30T09:00:00Z");
    for (const day of days) {
      t.setNow(day);
      await runDueWork(t.deps, new Date(day));
      await idle();
    }

    const story = t.fake.dmsTo(WAITING);
    const texts = story.map((m) => m.text);
    expect(texts[0]).toBe(`You are on the waiting list for ${PROGRAM}`);
    expect(texts.at(-1)).toBe(`${PROGRAM} has ended`);
    expect(JSON.stringify(story.at(-1)?.blocks)).toContain("We did not find a partner for you in this round");
    const invitations = story.filter((m) => m.text.startsWith("Invitation:"));
    expect(invitations.map((m) => m.text.split(",")[0])).toEqual([
      "Invitation: Kickoff",
      "Invitation: World Café",
    ]);
    for (const m of invitations) {
      expect(JSON.stringify(m.blocks)).toContain(
        "You are still on the waiting list, and you are welcome all the same",
      );
    }
    // Reminders come for both events too; never a word about a partner or a tandem of their own.
    expect(texts.filter((x) => /^(Reminder|You said yes)/.test(x)).length).toBeGreaterThanOrEqual(2);
    const everything = story.map((m) => `${m.text} ${JSON.stringify(m.blocks)}`).join(" ");
    expect(everything).not.toContain("Your tandem is ready");
    expect(everything).not.toContain("your partner");
    // The matched people's invitations have no waiting-list wording.
    expect(JSON.stringify(t.fake.dmsTo(tandem(0).mentor))).not.toContain("waiting list");

    // Mentor-circle prompts invite the mentors without a tandem in, as they are.
    const prompts = t.fake.messages.filter(
      (m) => m.channel === circle?.channelId && m.text.startsWith("Mentor circle:"),
    );
    expect(prompts.length).toBeGreaterThanOrEqual(3);
    for (const p of prompts)
      expect(JSON.stringify(p.blocks)).toContain("Still waiting for a tandem? Join in all the same");
  });

  it("a check-in's goal progress updates the pinned action plan through the outbox", async () => {
    const tn = tandem(0);
    await t.slack.command(tn.mentor, "plan", { channelId: tn.channelId });
    await t.fake.waitForCall("views.open");
    const planView = lastView();
    await t.slack.blockAction(tn.mentor, { action_id: ids.rhythm.planAddGoal }, { view: planView });
    await t.fake.waitForCall("views.update");
    const saved = await t.slack.viewSubmission(tn.mentor, lastView(), {
      "rhythm.plan.goal.1": "Use Copilot for meeting notes",
      "rhythm.plan.goal.2": "Write a prompt guide",
    });
    expect(saved.body).toBe("");
    await t.fake.waitForCall("pins.add");
    await idle();
    const plan = t.db.select().from(actionPlans).get();
    const pinned = t.fake.messages.find((m) => m.channel === tn.channelId && m.ts === plan?.messageTs);
    if (!pinned) throw new Error("no pinned plan");
    expect(JSON.stringify(pinned.blocks)).not.toContain("Done");

    // The executive answers a check-in: met, one goal done, one in progress.
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 2);
    const opens = t.fake.callsTo("views.open").length;
    await t.slack.blockAction(
      tn.mentee,
      {
        action_id: memberId(ids.rhythm.checkinAnswer, "yes"),
        value: encodeValue({ c: checkinId, a: "yes" }),
      },
      { channelId: tn.channelId, message: { ts: message.ts, text: message.text, blocks: message.blocks } },
    );
    await t.fake.waitForCall("views.open", opens + 1);
    const goals = t.db.select().from(planGoals).where(eq(planGoals.tandemId, tn.id)).all();
    const [first, second] = goals;
    if (!first || !second) throw new Error("no goals");
    const answered = await t.slack.viewSubmission(tn.mentee, lastView(), {
      [ids.rhythm.checkinInput.metOn]: "2026-05-11",
      [`${ids.rhythm.checkinGoalPrefix}${first.id}`]: "done",
      [`${ids.rhythm.checkinGoalPrefix}${second.id}`]: "in_progress",
    });
    expect(answered.body).toBe("");
    await t.fake.waitFor(() => pinned.updates === 1, "the pinned plan updated");
    await idle();
    const text = JSON.stringify(pinned.blocks);
    expect(text).toContain("✅ Done");
    expect(text).toContain("🔵 In progress");
    expect(text).toContain(`Last changed by <@${tn.mentee}> on 12 May 2026`);
    expect(t.db.select().from(actionPlans).get()).toMatchObject({ version: 2, updatedBy: tn.mentee });
    const update = t.db
      .select()
      .from(slackOps)
      .where(eq(slackOps.key, `plan:${tn.id}:v2:update`))
      .get();
    expect(update).toMatchObject({ kind: "message.update", status: "done" });
    expect(t.fake.callsTo("chat.postMessage").filter((c) => c.params.channel === tn.channelId)).toHaveLength(
      1,
    );

    // The same answer again changes nothing and sends nothing.
    await t.slack.viewSubmission(tn.mentee, lastView(), {
      [ids.rhythm.checkinInput.metOn]: "2026-05-11",
      [`${ids.rhythm.checkinGoalPrefix}${first.id}`]: "done",
      [`${ids.rhythm.checkinGoalPrefix}${second.id}`]: "in_progress",
    });
    await idle();
    expect(pinned.updates).toBe(1);
  });

  it("someone in a tandem who asks to leave gets the confidential new-match request as a button", async () => {
    const tn = tandem(0);
    await t.slack.command(tn.mentee, "leave");
    await t.fake.waitForCall("response_url");
    const answer = t.fake.responses()[0];
    expect(String(answer?.text)).toContain("ask them confidentially for a new match");
    expect(String(answer?.text)).not.toContain("/mentoring rematch");
    await t.slack.blockAction(tn.mentee, buttonOf(answer?.blocks, ids.rhythm.rematchOpen), {
      channelId: "D0DM",
    });
    await t.fake.waitForCall("views.open");
    expect(lastView()).toMatchObject({
      callback_id: ids.rhythm.rematchModal,
      private_metadata: JSON.stringify({ t: tn.id }),
    });
  });

  it("a nudge carries its pause button and the pause notice its resume button; both work", async () => {
    const tn = tandem(1);
    // The nudge as the scheduler posts it in the channel.
    const nudge = buildNudgeMessage(translator("en"), {
      mentorUserId: tn.mentor,
      menteeUserId: tn.mentee,
      days: 21,
      tandemId: tn.id,
    });
    expect(JSON.stringify(nudge.blocks)).not.toContain("/mentoring");
    const posted: FakeMessage = { channel: tn.channelId, ts: t.fake.nextTs(), ...nudge, updates: 0 };
    t.fake.messages.push(posted);

    // Someone outside the tandem cannot use a copy of the button.
    await t.slack.blockAction(tandem(0).mentee, buttonOf(posted.blocks, ids.rhythm.pauseOpen), {
      channelId: tn.channelId,
      message: { ts: posted.ts },
    });
    await t.fake.waitFor(() => t.fake.responses().length === 1, "the refusal");
    expect(String(t.fake.responses()[0]?.text)).toContain("Only the members of this tandem");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    await t.slack.blockAction(tn.mentee, buttonOf(posted.blocks, ids.rhythm.pauseOpen), {
      channelId: tn.channelId,
      message: { ts: posted.ts },
    });
    await t.fake.waitForCall("views.open");
    expect(lastView().callback_id).toBe(ids.rhythm.pauseModal);
    expect(JSON.stringify(lastView().blocks)).not.toContain("/mentoring");
    const ok = await t.slack.viewSubmission(tn.mentee, lastView(), { [ids.rhythm.pauseUntil]: "2026-06-01" });
    expect(ok.body).toBe("");
    await idle();
    const notice = t.fake.messages.find(
      (m) => m.channel === tn.channelId && m.text.includes("paused this tandem"),
    );
    if (!notice) throw new Error("no pause notice");
    expect(t.db.select().from(tandems).where(eq(tandems.id, tn.id)).get()?.status).toBe("paused");

    await t.slack.blockAction(tn.mentor, buttonOf(notice.blocks, ids.rhythm.resumeNow), {
      channelId: tn.channelId,
      message: { ts: notice.ts },
    });
    await t.fake.waitFor(
      () => t.db.select().from(tandems).where(eq(tandems.id, tn.id)).get()?.status === "active",
      "the tandem resumed",
    );
    await idle();
    expect(t.fake.messages.filter((m) => m.channel === tn.channelId).map((m) => m.text)).toContainEqual(
      expect.stringContaining(`<@${tn.mentor}> resumed this tandem`),
    );
  });
});
