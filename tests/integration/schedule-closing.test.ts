import { like } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { events, scheduledSends, slackOps } from "../../src/db/schema";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids } from "../../src/slack/ids";
import { MANAGER, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue, parseValue } from "../helpers/values";

/*
 * The seeded program runs 2026-04-01 to 2026-09-30 in Berlin with two tandems; its closing event is
 * on Thursday 24 September, 16:00. The clock stands on Monday 14 September, 10:00 in Berlin: the
 * schedule's four weeks reach past the end.
 */

type Block = {
  type: string;
  text?: { text: string };
  accessory?: { action_id?: string; value?: string };
};

describe("/mentoring schedule near the program's end", () => {
  let app: TestApp;
  let seed: RhythmSeed;
  let eventId: number;

  beforeEach(async () => {
    app = await startTestApp({ now: "2026-09-14T08:00:00Z" });
    seed = seedRhythm(app.db, app.fake, { tandems: 2 });
    eventId = app.db
      .insert(events)
      .values({
        programId: seed.programId,
        kind: "closing",
        startsAt: "2026-09-24T14:00:00.000Z",
        createdBy: MANAGER,
      })
      .returning()
      .get().id;
  });
  afterEach(async () => {
    await app.stop();
  });

  async function lastResponse(count: number): Promise<{ text: string; blocks: Block[] }> {
    await app.fake.waitFor(() => app.fake.responses().length >= count, `response ${count}`);
    const r = app.fake.responses()[count - 1] ?? {};
    return { text: String(r.text ?? ""), blocks: (r.blocks ?? []) as Block[] };
  }

  const successesButton = (blocks: Block[]) =>
    blocks.find(
      (b) =>
        b.accessory?.action_id === ids.rhythm.sendNow &&
        parseValue(b.accessory.value).k === `successes:e${eventId}`,
    );
  const successPrompts = () =>
    app.fake.messages.filter((m) => m.text === "Your first successes for the closing event");
  const sendSuccessesNow = () =>
    app.slack.blockAction(MANAGER, {
      action_id: ids.rhythm.sendNow,
      value: encodeValue({ k: `successes:e${eventId}` }),
    });

  it("lists the closing phase with its moments, and sends the success prompts now exactly once", async () => {
    await app.slack.command(MANAGER, "schedule");
    const { blocks } = await lastResponse(1);
    const closing = blocks.find((b) => b.text?.text.startsWith("*Evaluations and the program's end*"));
    // ICU writes September "Sept" or "Sep" in en-GB, depending on its version
    const lines = closing?.text?.text.replace(/\bSept\b/g, "Sep").split("\n") ?? [];
    expect(lines).toEqual([
      "*Evaluations and the program's end*",
      "*Thu 24 Sep, 16:00* · Closing event: the successes both members agreed to share are shown",
      "*Wed 30 Sep, 09:00* · Final evaluation: invitations by direct message, in each person's working hours",
      "*Wed 30 Sep, 09:00* · The program ends: a thank-you in the tandem channels, the tandems end, the program closes",
      "*Mon 5 Oct, 09:00* · Final evaluation: reminder 1 to those who have not answered",
      "*Fri 9 Oct, 09:00* · Final evaluation: reminder 2 to those who have not answered",
      "*Wed 14 Oct, 09:00* · Tandem channels archived",
      "*30 September 2027* · Personal data of the program deleted (program managers are told on 16 September 2027)",
      expect.stringContaining("_These go out by themselves."),
    ]);
    expect(successesButton(blocks)?.text?.text.replace(/\bSept\b/g, "Sep")).toBe(
      "*Thu 17 Sep, 09:00* · Success-story prompts for the closing event · 2 tandem channels",
    );
    expect(blocks.length).toBeLessThanOrEqual(50);

    await sendSuccessesNow();
    await app.fake.waitFor(() => successPrompts().length === 2, "the success prompts");
    expect(new Set(successPrompts().map((m) => m.channel))).toEqual(
      new Set(seed.tandems.map((t) => t.channelId)),
    );
    const after = await lastResponse(2);
    expect(after.blocks[1]?.text?.text).toContain(
      "✅ Sent now: Success-story prompts for the closing event · 2 tandem channels.",
    );
    // shown again as sent, without its button
    expect(successesButton(after.blocks)).toBeUndefined();
    expect(JSON.stringify(after.blocks)).toContain("Success-story prompts for the closing event · ✅ sent");

    // the old button again: nothing more
    await sendSuccessesNow();
    expect((await lastResponse(3)).blocks[1]?.text?.text).toBe(
      "This was already sent; nothing was sent again.",
    );

    // the scheduler at the prompts' moment and later that day: nothing more either
    for (const at of ["2026-09-17T07:00:00Z", "2026-09-17T12:00:00Z"]) {
      app.setNow(at);
      const result = await runDueWork(app.deps, app.deps.clock());
      expect(result.lifecycle?.filter((k) => k.startsWith("successes:"))).toEqual([]);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(successPrompts()).toHaveLength(2);
    expect(app.db.select().from(slackOps).where(like(slackOps.key, "successes:%")).all()).toHaveLength(2);
    expect(
      app.db.select().from(scheduledSends).where(like(scheduledSends.key, "successes:%")).all(),
    ).toHaveLength(2);
  });

  it("refuses a Send now of the success prompts once the closing event has started", async () => {
    app.setNow("2026-09-24T15:00:00Z");
    await sendSuccessesNow();
    expect((await lastResponse(1)).blocks[1]?.text?.text).toBe(
      "This item is no longer scheduled (the plan changed in the meantime). Here is the current schedule.",
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(successPrompts()).toHaveLength(0);
  });
});
