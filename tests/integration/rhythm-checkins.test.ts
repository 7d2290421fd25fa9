import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../sim/fake-slack";
import {
  checkinAnswers,
  planGoals,
  programManagers,
  scheduledSends,
  slackOps,
  slackUsers,
  tandemAlerts,
  tandems,
} from "../../src/db/schema";
import { ids, memberId } from "../../src/slack/ids";
import { addGoals, MANAGER, postCheckin, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue } from "../helpers/values";

const NOW = "2026-05-12T09:00:00Z";
const MANAGER_2 = "UPM0000002";

interface Block {
  type: string;
  block_id?: string;
  element?: {
    type: string;
    action_id: string;
    options?: { value: string }[];
    initial_option?: { value: string };
  };
  elements?: { type: string; action_id?: string; value?: string; text?: unknown }[];
}

describe("check-ins in a tandem channel", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    t = await startTestApp({ now: NOW });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
    t.db.insert(programManagers).values({ userId: MANAGER_2, addedBy: MANAGER }).run();
    t.fake.addUser({ id: MANAGER_2, locale: "de-DE" });
    // Known to the app from an earlier visit: alerts go out in each manager's cached language.
    t.db
      .insert(slackUsers)
      .values({ userId: MANAGER_2, locale: "de-DE", tz: "Europe/Berlin", fetchedAt: "2099-01-01T00:00:00Z" })
      .run();
  });
  afterEach(async () => t.stop());

  const tandem = (i: number) => {
    const found = seed.tandems[i];
    if (!found) throw new Error(`no tandem ${i}`);
    return found;
  };

  function click(userId: string, message: FakeMessage, checkinId: number, a: "yes" | "not_yet" | "help") {
    return t.slack.blockAction(
      userId,
      {
        action_id: memberId(ids.rhythm.checkinAnswer, a),
        value: encodeValue({ c: checkinId, a }),
        block_id: ids.rhythm.checkinActions,
      },
      { channelId: message.channel, message: { ts: message.ts, text: message.text, blocks: message.blocks } },
    );
  }

  /** "We need help", then the choice only the clicker sees: shown on the check-in, or private. */
  async function askHelp(
    userId: string,
    message: FakeMessage,
    checkinId: number,
    h: "shared" | "private" = "shared",
  ) {
    const before = t.fake.responses().length;
    const isChoice = (r: Record<string, unknown>) =>
      JSON.stringify(r.blocks ?? []).includes(ids.rhythm.helpChoice);
    await click(userId, message, checkinId, "help");
    await t.fake.waitFor(() => t.fake.responses().slice(before).some(isChoice), "the choice who should know");
    const choice = t.fake.responses().slice(before).find(isChoice);
    expect(choice).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(choice?.blocks)).toContain(memberId(ids.rhythm.helpChoice, h));
    return t.slack.blockAction(
      userId,
      { action_id: memberId(ids.rhythm.helpChoice, h), value: encodeValue({ c: checkinId, h }) },
      { channelId: message.channel },
    );
  }

  /**
   * A tandem that has really gone quiet: launched on 10 March, its check-ins of 24 March, 7 and 21
   * April went out (as the scheduler records them) and brought no answer, nor did the nudge: 49 days by 12 May.
   */
  function stall(i: number) {
    const tn = tandem(i);
    t.db.update(tandems).set({ launchedAt: "2026-03-10T09:00:00Z" }).where(eq(tandems.id, tn.id)).run();
    for (const [period, day] of [
      [1, "2026-03-24"],
      [2, "2026-04-07"],
      [3, "2026-04-21"],
    ] as const) {
      postCheckin(t.db, t.fake, tn, period);
      t.db
        .insert(scheduledSends)
        .values({
          key: `checkin:t${tn.id}:p${period}`,
          programId: seed.programId,
          kind: "checkin",
          sentAt: `${day}T09:00:00.000Z`,
        })
        .run();
    }
    // and the nudge in the thread of the last one went unanswered too
    t.db
      .insert(scheduledSends)
      .values({
        key: `nudge:t${tn.id}:since2026-03-24`,
        programId: seed.programId,
        kind: "nudge",
        sentAt: "2026-04-14T09:00:00.000Z",
      })
      .run();
    return tn;
  }

  function answers(checkinId: number) {
    return t.db.select().from(checkinAnswers).where(eq(checkinAnswers.checkinId, checkinId)).all();
  }

  function lastView(): Record<string, unknown> {
    const view = [...t.fake.views.values()].at(-1);
    if (!view) throw new Error("no view opened");
    return view;
  }

  it("yes opens the modal; the answer is stored, goals move on and the message shows who answered", async () => {
    const tn = tandem(0);
    const [g1, g2] = addGoals(t.db, tn.id, ["Post on the intranet weekly", "Run a Teams meeting alone"]);
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 1);

    expect((await click(tn.mentee, message, checkinId, "yes")).status).toBe(200);
    await t.fake.waitForCall("views.open");
    const view = lastView();
    expect(view.callback_id).toBe(ids.rhythm.checkinModal);
    const blocks = view.blocks as Block[];
    const goalInputs = blocks.filter((b) => b.block_id?.startsWith(ids.rhythm.checkinGoalPrefix));
    expect(goalInputs.map((b) => b.block_id)).toEqual([
      `${ids.rhythm.checkinGoalPrefix}${g1}`,
      `${ids.rhythm.checkinGoalPrefix}${g2}`,
    ]);
    expect(JSON.stringify(view)).toContain("Post on the intranet weekly");
    // Clicking is not answering: nothing stored until the modal is saved.
    expect(answers(checkinId)).toEqual([]);

    const future = await t.slack.viewSubmission(tn.mentee, view, {
      [ids.rhythm.checkinInput.metOn]: "2026-05-20",
    });
    expect(future.json()).toMatchObject({
      response_action: "errors",
      errors: { [ids.rhythm.checkinInput.metOn]: expect.stringContaining("future") },
    });

    const res = await t.slack.viewSubmission(tn.mentee, view, {
      [ids.rhythm.checkinInput.metOn]: "2026-05-08",
      [ids.rhythm.checkinInput.topics]: "Copilot prompts <!channel>",
      [ids.rhythm.checkinInput.usefulness]: "4",
      [ids.rhythm.checkinInput.nextStep]: "Try it in the team meeting",
      [`${ids.rhythm.checkinGoalPrefix}${g1}`]: "done",
      [`${ids.rhythm.checkinGoalPrefix}${g2}`]: "in_progress",
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    const stored = answers(checkinId);
    expect(stored).toEqual([
      expect.objectContaining({
        userId: tn.mentee,
        answer: "yes",
        metOn: "2026-05-08",
        topicsCovered: "Copilot prompts <!channel>",
        usefulness: 4,
        nextStep: "Try it in the team meeting",
        goalProgress: { [String(g1)]: "done", [String(g2)]: "in_progress" },
      }),
    ]);
    const goals = t.db.select().from(planGoals).where(eq(planGoals.tandemId, tn.id)).all();
    expect(goals.map((g) => g.status)).toEqual(["done", "in_progress"]);

    await t.fake.waitFor(() => message.updates >= 1, "the check-in message to be updated");
    const shown = JSON.stringify(message.blocks);
    expect(shown).toContain(`<@${tn.mentee}>: ✅ met`);
    expect(shown).toContain(`<@${tn.mentor}>: no answer yet`);
    expect(shown).not.toContain("Copilot");
    // The buttons stay for the partner.
    expect(shown).toContain(ids.rhythm.checkinAnswer);

    // Answering again replaces the answer (one row per person and check-in).
    await click(tn.mentee, message, checkinId, "not_yet");
    await t.fake.waitFor(() => message.updates >= 2, "the second update");
    expect(answers(checkinId)).toEqual([expect.objectContaining({ userId: tn.mentee, answer: "not_yet" })]);
    expect(JSON.stringify(message.blocks)).toContain(`<@${tn.mentee}>: ⏳ not yet`);
  });

  it("not yet is recorded at once and shown on the message", async () => {
    const tn = tandem(1);
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 1);
    await click(tn.mentor, message, checkinId, "not_yet");
    await t.fake.waitFor(() => message.updates === 1, "the message update");
    expect(answers(checkinId)).toEqual([
      expect.objectContaining({ userId: tn.mentor, answer: "not_yet", metOn: null }),
    ]);
    expect(JSON.stringify(message.blocks)).toContain(`<@${tn.mentor}>: ⏳ not yet`);
    expect(t.fake.callsTo("views.open")).toHaveLength(0);
  });

  it("refuses someone outside the tandem, privately", async () => {
    const tn = tandem(0);
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 1);
    await click(tandem(1).mentor, message, checkinId, "yes");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses()[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      text: expect.stringContaining("Only the two members"),
    });
    expect(t.fake.callsTo("views.open")).toHaveLength(0);
    expect(answers(checkinId)).toEqual([]);
    expect(message.updates).toBe(0);

    // A forged modal submission is refused as well.
    await click(tn.mentor, message, checkinId, "yes");
    await t.fake.waitForCall("views.open");
    const forged = await t.slack.viewSubmission(tandem(1).mentor, lastView(), {
      [ids.rhythm.checkinInput.metOn]: "2026-05-08",
    });
    expect(forged.json()).toMatchObject({ response_action: "errors" });
    expect(answers(checkinId)).toEqual([]);
  });

  it("we need help alerts every manager once, however often it is clicked", async () => {
    const tn = tandem(0);
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 1);
    await askHelp(tn.mentee, message, checkinId);
    await askHelp(tn.mentee, message, checkinId);
    await askHelp(tn.mentor, message, checkinId);
    await t.fake.waitFor(() => message.updates >= 3, "three message updates");
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish");

    for (const pm of [MANAGER, MANAGER_2]) expect(t.fake.dmsTo(pm)).toHaveLength(1);
    const en = t.fake.dmsTo(MANAGER)[0];
    expect(en?.text).toBe("A tandem is asking for help");
    expect(JSON.stringify(en?.blocks)).toContain(ids.rhythm.alertFollowUp);
    expect(t.fake.dmsTo(MANAGER_2)[0]?.text).toBe("Ein Tandem bittet um Hilfe");
    expect(t.db.select().from(tandemAlerts).all()).toEqual([
      expect.objectContaining({
        tandemId: tn.id,
        reason: "help",
        key: `help:c${checkinId}`,
        resolvedAt: null,
      }),
    ]);
    // The scheduler will not alert again for either member's answer.
    const sent = t.db
      .select()
      .from(scheduledSends)
      .all()
      .map((s) => s.key);
    expect(sent.sort()).toEqual(
      [
        `alert:t${tn.id}:helpc${checkinId}-${tn.mentee}`,
        `alert:t${tn.id}:helpc${checkinId}-${tn.mentor}`,
      ].sort(),
    );
    expect(answers(checkinId).map((a) => a.answer)).toEqual(["help", "help"]);
    const acks = t.fake.responses().filter((r) => String(r.text).includes("program managers have been told"));
    expect(acks).toHaveLength(3);
    expect(JSON.stringify(message.blocks)).toContain(`<@${tn.mentor}>: 🆘 asked for help`);
  });

  it("managers follow up with one click; others are refused; the at-risk list follows", async () => {
    stall(1);
    const tn = tandem(0);
    const { checkinId, message } = postCheckin(t.db, t.fake, tn, 1);
    await askHelp(tn.mentee, message, checkinId);
    await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length === 1 && t.fake.dmsTo(MANAGER_2).length === 1);
    const alert = t.db.select().from(tandemAlerts).get();
    if (!alert) throw new Error("no alert");
    const dm = t.fake.dmsTo(MANAGER)[0];
    if (!dm) throw new Error("no DM");

    const homeText = async (userId: string) => {
      const before = t.fake.callsTo("views.publish").filter((c) => c.params.user_id === userId).length;
      await t.slack.event({
        type: "app_home_opened",
        user: userId,
        channel: "D0HOME",
        tab: "home",
        event_ts: "1",
      });
      await t.fake.waitFor(
        () => t.fake.callsTo("views.publish").filter((c) => c.params.user_id === userId).length > before,
      );
      return JSON.stringify(t.fake.homes.get(userId));
    };
    const home = await homeText(MANAGER);
    expect(home).toContain("Tandems at risk");
    expect(home).toContain(`<#${tn.channelId}>`);
    expect(home).toContain("asked for help");

    const follow = (userId: string, f: string) =>
      t.slack.blockAction(
        userId,
        { action_id: memberId(ids.rhythm.alertFollowUp, f), value: encodeValue({ a: alert.id, f }) },
        { channelId: dm.channel, message: { ts: dm.ts, text: dm.text, blocks: dm.blocks } },
      );

    // A participant who forges the click is refused.
    await follow(tn.mentee, "resolve");
    await t.fake.waitFor(() =>
      t.fake.responses().some((r) => String(r.text).includes("Only program managers")),
    );
    expect(t.db.select().from(tandemAlerts).get()?.resolvedAt).toBeNull();

    await follow(MANAGER, "claim");
    await t.fake.waitFor(() => t.db.select().from(tandemAlerts).get()?.claimedBy === MANAGER);
    await t.fake.waitFor(() => dm.updates === 1, "the manager's alert DM to be updated");
    expect(JSON.stringify(dm.blocks)).toContain(`<@${MANAGER}> is reaching out`);
    const other = t.fake.dmsTo(MANAGER_2)[0];
    await t.fake.waitFor(() => other?.updates === 1, "the other manager's copy to be updated");
    expect(JSON.stringify(other?.blocks)).toContain(`<@${MANAGER}> meldet sich beim Tandem`);

    // The second manager cannot take it too.
    await follow(MANAGER_2, "claim");
    await t.fake.waitFor(() =>
      t.fake.responses().some((r) => String(r.text).includes("meldet sich bereits")),
    );

    await follow(MANAGER_2, "resolve");
    await t.fake.waitFor(() => t.db.select().from(tandemAlerts).get()?.resolvedBy === MANAGER_2);
    await t.fake.waitFor(() => dm.updates === 2, "the resolved update");
    const resolved = JSON.stringify(dm.blocks);
    expect(resolved).toContain(`Resolved by <@${MANAGER_2}>`);
    expect(resolved).not.toContain(ids.rhythm.alertFollowUp);
    const afterResolve = await homeText(MANAGER);
    expect(afterResolve).not.toContain(`<#${tn.channelId}>`);
    expect(afterResolve).toContain(`<#${tandem(1).channelId}>`);

    // Resolving twice changes nothing.
    const opsBefore = t.db.select().from(slackOps).all().length;
    await follow(MANAGER, "resolve");
    await t.fake.waitFor(() => t.fake.responses().some((r) => String(r.text).includes("already resolved")));
    expect(t.db.select().from(slackOps).all()).toHaveLength(opsBefore);

    // "Pause tandem" opens the pause modal for the manager.
    await follow(MANAGER, "pause");
    await t.fake.waitForCall("views.open");
    expect([...t.fake.views.values()].at(-1)?.callback_id).toBe(ids.rhythm.pauseModal);
  });

  it("lists a stalled tandem as at risk and lets a manager resolve it from the App Home", async () => {
    // Three check-ins without a meeting since the first one on 24 March: 49 days by 12 May.
    const tn = stall(1);
    await t.slack.event({
      type: "app_home_opened",
      user: MANAGER,
      channel: "D0HOME",
      tab: "home",
      event_ts: "1",
    });
    await t.fake.waitForCall("views.publish");
    const home = t.fake.homes.get(MANAGER);
    const text = JSON.stringify(home);
    expect(text).toContain("no meeting for *49 days*");
    const blocks = (home?.blocks ?? []) as { accessory?: { action_id: string; value: string } }[];
    const resolveButtons = blocks.flatMap((b) =>
      b.accessory?.action_id === memberId(ids.rhythm.alertFollowUp, "resolve") ? [b.accessory] : [],
    );
    // Tandem 0 never had a check-in to answer: it is not at risk.
    expect(resolveButtons).toHaveLength(1);
    expect(text).not.toContain(`<#${tandem(0).channelId}>`);
    const second = resolveButtons.find((b) => JSON.parse(b.value).t === tn.id);
    if (!second) throw new Error("no resolve button for the stalled tandem");

    const view = { id: "VHOME", type: "home" };
    await t.slack.blockAction(
      MANAGER,
      { action_id: memberId(ids.rhythm.alertFollowUp, "resolve"), value: second.value },
      { view },
    );
    await t.fake.waitForCall("views.publish", 2);
    const after = JSON.stringify(t.fake.homes.get(MANAGER));
    expect(after).not.toContain(`<#${tn.channelId}>`);
    expect(after).toContain("No tandem is at risk right now.");
  });
});
