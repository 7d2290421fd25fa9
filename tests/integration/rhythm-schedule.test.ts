import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { circlePrompts, circles, scheduledSends, slackOps } from "../../src/db/schema";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids } from "../../src/slack/ids";
import { MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue, parseValue } from "../helpers/values";

/*
 * The seeded program runs 2026-04-01 to 2026-09-30 in Berlin; its two tandems were launched on
 * 2026-04-02, so the first check-ins fall on 2026-04-16 and the first circle prompt on 2026-04-22.
 * The clock stands on Friday 2026-04-10, 12:00 in Berlin.
 */

const CIRCLE = "G0CIRCLE01";
const OUTSIDER = "UEMP000001";

type Block = {
  type: string;
  text?: { text: string };
  accessory?: { action_id?: string; value?: string };
  elements?: { action_id?: string; value?: string; text?: unknown }[];
};

describe("/mentoring schedule and custom circle prompts", () => {
  let app: TestApp;
  let seed: RhythmSeed;

  beforeEach(async () => {
    app = await startTestApp({ now: "2026-04-10T10:00:00Z" });
    seed = seedRhythm(app.db, app.fake, { tandems: 2 });
    app.db.insert(circles).values({ programId: seed.programId, kind: "mentor", channelId: CIRCLE }).run();
    app.fake.addChannel({ id: CIRCLE });
    app.fake.addUser({ id: OUTSIDER, locale: "en-US" });
  });
  afterEach(async () => {
    await app.stop();
  });

  async function lastResponse(count: number): Promise<{ text: string; blocks: Block[] }> {
    await app.fake.waitFor(() => app.fake.responses().length >= count, `response ${count}`);
    const r = app.fake.responses()[count - 1] ?? {};
    return { text: String(r.text ?? ""), blocks: (r.blocks ?? []) as Block[] };
  }

  async function schedule(user: string, count: number) {
    await app.slack.command(user, "schedule");
    return lastResponse(count);
  }

  const sectionFor = (blocks: Block[], key: string) =>
    blocks.find(
      (b) => b.accessory?.action_id === ids.rhythm.sendNow && parseValue(b.accessory.value).k === key,
    );

  const channelMessages = (channel: string) => app.fake.messages.filter((m) => m.channel === channel);

  it("lists the next check-ins, nudges, alerts and the circle prompt with its text", async () => {
    const { blocks } = await schedule(MANAGER, 1);
    const [t1, t2] = seed.tandems;
    expect(t1 && t2).toBeTruthy();
    // Check-ins at 09:00 Berlin on 16 April, with the tandem's members.
    expect(sectionFor(blocks, "checkin:t1:p1")?.text?.text).toBe(
      // each tandem's own moment in the working day (checkinMoment)
      `*Thu 16 Apr, 10:55* · Check-in #1 · <@${t1?.mentor}> & <@${t1?.mentee}>`,
    );
    expect(sectionFor(blocks, "checkin:t2:p1")).toBeDefined();
    // A stall counts from the first check-in (16 April): the nudge follows three weeks later, in the
    // thread of the check-in of 30 April; an alert needs three check-ins without a meeting (not within 4 weeks).
    expect(sectionFor(blocks, "nudge:t1:since2026-04-16")?.text?.text).toContain("Thu 7 May, 09:00");
    expect(JSON.stringify(blocks)).not.toContain("alert:t1:");
    expect(sectionFor(blocks, "circle:p1:n1")?.text?.text).toContain(
      "*Wed 22 Apr, 09:00* · Prompt #1 · First meetings (from the library)",
    );
    expect(JSON.stringify(blocks)).toContain("times in Europe/Berlin");
    expect(sectionFor(blocks, "circle:p1:n1")?.text?.text).toContain(
      "> How did your first meeting go? Share one thing",
    );
    expect(blocks.length).toBeLessThanOrEqual(50);
    // The button asks for confirmation and says that working hours do not apply.
    const button = sectionFor(blocks, "checkin:t1:p1")?.accessory as { confirm?: { text: { text: string } } };
    expect(button.confirm?.text.text).toContain("outside working hours");
  });

  it("sends a check-in now exactly once: a second click and the scheduler's tick send nothing more", async () => {
    const [t1] = seed.tandems;
    if (!t1) throw new Error("no tandem");
    await schedule(MANAGER, 1);
    await app.slack.blockAction(MANAGER, {
      action_id: ids.rhythm.sendNow,
      value: encodeValue({ k: "checkin:t1:p1" }),
    });
    await app.fake.waitFor(() => channelMessages(t1.channelId).length === 1, "the check-in");
    const after = await lastResponse(2);
    expect(after.blocks[1]?.text?.text).toContain(":white_check_mark: Sent now: Check-in #1");
    expect(after.blocks[1]?.text?.text).toContain("outside working hours");
    // The schedule shown again marks it sent and offers no button for it.
    expect(sectionFor(after.blocks, "checkin:t1:p1")).toBeUndefined();
    expect(JSON.stringify(after.blocks)).toContain(":white_check_mark: sent");
    expect(channelMessages(t1.channelId)[0]?.text).toBe("Check-in: have you met since the last check-in?");

    // A second click (the old button) sends nothing.
    await app.slack.blockAction(MANAGER, {
      action_id: ids.rhythm.sendNow,
      value: encodeValue({ k: "checkin:t1:p1" }),
    });
    const again = await lastResponse(3);
    expect(again.blocks[1]?.text?.text).toBe("This was already sent; nothing was sent again.");

    // At the other check-in's planned time (09:10 Berlin) the scheduler sends it, and only it.
    app.setNow("2026-04-16T07:10:00Z");
    expect((await runDueWork(app.deps, app.deps.clock())).sent).toEqual(["checkin:t2:p1"]);
    app.setNow("2026-04-16T12:00:00Z");
    expect((await runDueWork(app.deps, app.deps.clock())).sent).toEqual([]);
    const t2 = seed.tandems[1];
    await app.fake.waitFor(() => channelMessages(t2?.channelId ?? "").length === 1, "the other check-in");
    await new Promise((r) => setTimeout(r, 100));
    expect(channelMessages(t1.channelId)).toHaveLength(1);
    expect(app.db.select().from(slackOps).where(eq(slackOps.key, "checkin:t1:p1")).all()).toHaveLength(1);
    expect(
      app.db.select().from(scheduledSends).where(eq(scheduledSends.key, "checkin:t1:p1")).get(),
    ).toMatchObject({ kind: "checkin", sentAt: "2026-04-10T10:00:00.000Z", channelId: t1.channelId });
  });

  it("refuses non-managers at the command, at a forged Send now and at a forged prompt", async () => {
    const refused = await schedule(OUTSIDER, 1);
    expect(refused.text).toContain("Only program managers can do this");
    await app.slack.blockAction(OUTSIDER, {
      action_id: ids.rhythm.sendNow,
      value: encodeValue({ k: "checkin:t1:p1" }),
    });
    const click = await lastResponse(2);
    expect(click.text).toContain("Only program managers can do this");
    await app.slack.command(OUTSIDER, "prompt add");
    expect((await lastResponse(3)).text).toContain("Only program managers can do this");

    // A forged submission of the prompt modal (opened by a manager) is refused inline.
    await app.slack.command(MANAGER, "prompt add");
    await app.fake.waitForCall("views.open");
    const view = [...app.fake.views.values()][0] ?? {};
    const res = await app.slack.viewSubmission(OUTSIDER, view, {
      [ids.rhythm.promptInput.phase]: "start",
      [ids.rhythm.promptInput.text]: "Forged",
    });
    expect(res.json()).toMatchObject({ response_action: "errors" });
    await new Promise((r) => setTimeout(r, 100));
    expect(app.db.select().from(scheduledSends).all()).toEqual([]);
    expect(app.db.select().from(circlePrompts).all()).toEqual([]);
    expect(app.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("adds a custom prompt through the modal: it is the next one shown and the next one posted", async () => {
    const first = await schedule(MANAGER, 1);
    const add = first.blocks
      .find((b) => b.type === "actions")
      ?.elements?.find((e) => e.action_id === ids.rhythm.promptOpen);
    await app.slack.blockAction(MANAGER, { action_id: ids.rhythm.promptOpen, value: add?.value ?? "" });
    await app.fake.waitForCall("views.open");
    const view = [...app.fake.views.values()][0] ?? {};
    expect(view.callback_id).toBe(ids.rhythm.promptModal);

    // Inline errors: no text, and text over 1000 characters.
    const empty = await app.slack.viewSubmission(MANAGER, view, {
      [ids.rhythm.promptInput.phase]: "start",
      [ids.rhythm.promptInput.text]: "   ",
    });
    expect(empty.json()).toEqual({
      response_action: "errors",
      errors: { [ids.rhythm.promptInput.text]: "Please write a prompt." },
    });
    const long = await app.slack.viewSubmission(MANAGER, view, {
      [ids.rhythm.promptInput.phase]: "start",
      [ids.rhythm.promptInput.text]: "x".repeat(1001),
    });
    expect(long.json()).toMatchObject({
      errors: { [ids.rhythm.promptInput.text]: "Please keep it to 1000 characters (now 1001)." },
    });

    const prompt = "What surprised you <!channel> in your first meeting? <https://evil.example|click>";
    const saved = await app.slack.viewSubmission(MANAGER, view, {
      [ids.rhythm.promptInput.phase]: "start",
      [ids.rhythm.promptInput.text]: prompt,
    });
    expect(saved.json().response_action).toBe("update");
    expect(JSON.stringify(saved.json().view)).toContain(
      "It will be posted in the mentor circle on 22 April 2026.",
    );
    // The same submission again stores nothing new.
    await app.slack.viewSubmission(MANAGER, view, {
      [ids.rhythm.promptInput.phase]: "start",
      [ids.rhythm.promptInput.text]: prompt,
    });
    expect(app.db.select().from(circlePrompts).all()).toHaveLength(1);

    const shown = await schedule(MANAGER, 2);
    const circle = sectionFor(shown.blocks, "circle:p1:n1")?.text?.text ?? "";
    expect(circle).toContain("Prompt #1 · First meetings (your prompt)");
    expect(circle).toContain("&lt;!channel&gt;");
    expect(circle).not.toContain("<!channel>");

    app.setNow("2026-04-22T07:00:00Z");
    expect((await runDueWork(app.deps, app.deps.clock())).sent).toContain("circle:p1:n1");
    await app.fake.waitFor(() => channelMessages(CIRCLE).length === 1, "the circle prompt");
    const posted = JSON.stringify(channelMessages(CIRCLE)[0]?.blocks);
    expect(posted).toContain("What surprised you &lt;!channel&gt; in your first meeting?");
    expect(posted).not.toContain("<https://evil");

    // Listed, and removable by a manager.
    await app.slack.command(MANAGER, "prompt list");
    const list = await lastResponse(3);
    const remove = list.blocks.find((b) => b.accessory?.action_id === ids.rhythm.promptRemove);
    expect(remove?.text?.text).toContain("First meetings");
    await app.slack.blockAction(MANAGER, {
      action_id: ids.rhythm.promptRemove,
      value: remove?.accessory?.value ?? "",
    });
    expect((await lastResponse(4)).text).toBe("The prompt was removed.");
    expect(app.db.select().from(circlePrompts).all()).toEqual([]);
  });
});
