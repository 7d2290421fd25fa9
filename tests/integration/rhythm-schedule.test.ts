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

  it("lists the next check-ins, nudges, alerts and the circle prompt by day, in send order, Send now where it helps", async () => {
    const { blocks } = await schedule(MANAGER, 1);
    const [t1, t2] = seed.tandems;
    expect(t1 && t2).toBeTruthy();
    const text = blocks.map((b) => b.text?.text ?? "").join("\n");
    // Each tandem's check-in at its own moment in the working day (checkinMoment), under its day.
    expect(text).toContain(
      `*Thursday 16 April*\n*09:10* · Check-in #1 · <@${t2?.mentor}> & <@${t2?.mentee}>\n*10:55* · Check-in #1 · <@${t1?.mentor}> & <@${t1?.mentee}>`,
    );
    expect(text).toContain("*Thursday 7 May*\n*09:00* · Nudge · ");
    // A stall counts from the first check-in: no alert within four weeks (three check-ins without a meeting first).
    expect(text).not.toContain("Alert to managers");
    const days = [...text.matchAll(/\*(\w+day \d+ \w+)\*/g)].map((m) => m[1]);
    expect(days).toEqual(["Thursday 16 April", "Wednesday 22 April", "Thursday 7 May"]);
    expect(sectionFor(blocks, "circle:p1:n1")?.text?.text).toContain(
      "*09:00* · Prompt #1 · First meetings (from the library)",
    );
    expect(JSON.stringify(blocks)).toContain("times in Europe/Berlin");
    expect(sectionFor(blocks, "circle:p1:n1")?.text?.text).toContain(
      "> How did your first meeting go? Share one thing",
    );
    expect(blocks.length).toBeLessThanOrEqual(50);
    // Send now only on the circle prompt: check-ins to come arrive on their own, nudges and alerts are forecasts.
    const sendNow = blocks.flatMap((b) =>
      b.accessory?.action_id === ids.rhythm.sendNow ? [parseValue(b.accessory.value).k] : [],
    );
    expect(sendNow).toEqual(["circle:p1:n1"]);
    // The button asks for confirmation and says that working hours do not apply.
    const button = sectionFor(blocks, "circle:p1:n1")?.accessory as { confirm?: { text: { text: string } } };
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
    expect(after.blocks[1]?.text?.text).toContain("✅ Sent now: Check-in #1");
    expect(after.blocks[1]?.text?.text).toContain("outside working hours");
    // The schedule shown again marks it sent and offers no button for it.
    expect(sectionFor(after.blocks, "checkin:t1:p1")).toBeUndefined();
    expect(JSON.stringify(after.blocks)).toContain("✅ sent");
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

describe("/mentoring schedule of a big program", () => {
  let app: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    app = await startTestApp({ now: "2026-04-10T10:00:00Z" });
    seed = seedRhythm(app.db, app.fake, { tandems: 200 });
  });
  afterEach(async () => {
    await app.stop();
  });

  it("pages a program of 200 tandems in send order within Block Kit, and each shown time is when it is sent", async () => {
    await app.slack.command(MANAGER, "schedule");
    await app.fake.waitFor(() => app.fake.responses().length >= 1, "page 1");
    const first = { blocks: (app.fake.responses()[0]?.blocks ?? []) as Block[] };
    expect(first.blocks.length).toBeLessThanOrEqual(50);
    const lines = (blocks: Block[]) =>
      blocks
        .filter((b) => b.type === "section")
        .flatMap((b) => (b.text?.text ?? "").split("\n"))
        .filter((l) => /^\*\d\d:\d\d\* · /.test(l));
    const page1 = lines(first.blocks);
    expect(page1).toHaveLength(25);
    const times1 = page1.map((l) => l.slice(1, 6));
    expect([...times1].sort()).toEqual(times1);
    // every tandem's next check-in and nudge is listed (alerts come only after three check-ins)
    const total = Number(/1–25 of (\d+)\./.exec(JSON.stringify(first.blocks))?.[1]);
    expect(total).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(first.blocks)).toContain("*Thursday 16 April*");
    expect(JSON.stringify(first.blocks).match(/rhythm\.send_now/g) ?? []).toHaveLength(0);

    // Later: the next 25, going on where the first page stopped.
    const later = first.blocks
      .find((b) => b.type === "actions" && b.elements?.some((e) => String(e.action_id).endsWith(":later")))
      ?.elements?.find((e) => String(e.action_id).endsWith(":later"));
    await app.slack.blockAction(MANAGER, { action_id: String(later?.action_id), value: later?.value ?? "" });
    await app.fake.waitFor(() => app.fake.responses().length >= 2, "page 2");
    const r2 = app.fake.responses()[1] ?? {};
    const second = { blocks: (r2.blocks ?? []) as Block[] };
    expect(second.blocks.length).toBeLessThanOrEqual(50);
    const page2 = lines(second.blocks);
    expect(page2).toHaveLength(25);
    expect(JSON.stringify(second.blocks)).toContain(`26–50 of ${total}.`);
    expect((page2[0] ?? "").slice(1, 6) >= (times1.at(-1) ?? "")).toBe(true);

    // The scheduler's own ticks send each shown check-in at the time shown, not a tick before.
    const shown = new Map<string, string>();
    for (const line of page1) {
      const m = /^\*(\d\d:\d\d)\* · Check-in #1 · <@(UMEN\w+)>/.exec(line);
      const tandem = seed.tandems.find((t) => t.mentor === m?.[2]);
      if (m?.[1] && tandem) shown.set(`checkin:t${tandem.id}:p1`, m[1]);
    }
    expect(shown.size).toBe(25);
    const sentAt = new Map<string, string>();
    const last = [...shown.values()].sort().at(-1) ?? "09:00";
    for (let minute = 9 * 60; minute <= Number(last.slice(0, 2)) * 60 + Number(last.slice(3)); minute += 5) {
      const hhmm = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
      // 16 April is summer time in Berlin: UTC+2
      const utc = `${String(Math.floor(minute / 60) - 2).padStart(2, "0")}:${hhmm.slice(3)}`;
      app.setNow(`2026-04-16T${utc}:00Z`);
      for (const key of (await runDueWork(app.deps, app.deps.clock())).sent) sentAt.set(key, hhmm);
    }
    for (const [key, time] of shown) expect(`${key} ${sentAt.get(key)}`).toBe(`${key} ${time}`);
  });
});
