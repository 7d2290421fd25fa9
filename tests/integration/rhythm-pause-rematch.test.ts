import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pairConstraints, participants, rematchRequests, slackOps, tandems } from "../../src/db/schema";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids, memberId } from "../../src/slack/ids";
import { addPerson, MANAGER, type RhythmSeed, type SeededTandem, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue } from "../helpers/values";

const NOW = "2026-05-12T09:00:00Z";

describe("pause and resume", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  beforeEach(async () => {
    t = await startTestApp({ now: NOW });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
  });
  afterEach(async () => t.stop());

  const tandem = (i: number): SeededTandem => {
    const found = seed.tandems[i];
    if (!found) throw new Error(`no tandem ${i}`);
    return found;
  };
  const status = (id: number) => t.db.select().from(tandems).where(eq(tandems.id, id)).get();
  const lastView = () => {
    const view = [...t.fake.views.values()].at(-1);
    if (!view) throw new Error("no view opened");
    return view;
  };
  const channelTexts = (channelId: string) =>
    t.fake.messages.filter((m) => m.channel === channelId).map((m) => m.text);

  it("answers helpfully outside a tandem channel and refuses outsiders", async () => {
    await t.slack.command(tandem(0).mentee, "pause", { channelId: "C0GENERAL" });
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses()[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("in your tandem's channel"),
    });
    await t.slack.command(tandem(1).mentor, "pause", { channelId: tandem(0).channelId });
    await t.fake.waitForCall("response_url", 2);
    expect(t.fake.responses()[1]?.text).toContain("Only the members of this tandem or a program manager");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    // A program manager may pause any tandem.
    await t.slack.command(MANAGER, "pause", { channelId: tandem(0).channelId });
    await t.fake.waitForCall("views.open");
    expect(lastView().callback_id).toBe(ids.rhythm.pauseModal);
  });

  it("pauses until a date: no check-ins or nudges meanwhile, resumes by itself", async () => {
    const tn = tandem(0);
    await t.slack.command(tn.mentor, "pause", { channelId: tn.channelId });
    await t.fake.waitForCall("views.open");
    const view = lastView();
    expect(view.callback_id).toBe(ids.rhythm.pauseModal);

    const past = await t.slack.viewSubmission(tn.mentor, view, { [ids.rhythm.pauseUntil]: "2026-05-12" });
    expect(past.json()).toMatchObject({
      response_action: "errors",
      errors: { [ids.rhythm.pauseUntil]: "Pick a day after today." },
    });
    const late = await t.slack.viewSubmission(tn.mentor, view, { [ids.rhythm.pauseUntil]: "2026-10-15" });
    expect(JSON.stringify(late.json())).toContain("30 September 2026");
    // Someone outside the tandem cannot submit it either.
    const forged = await t.slack.viewSubmission(tandem(1).mentee, view, {
      [ids.rhythm.pauseUntil]: "2026-06-01",
    });
    expect(forged.json()).toMatchObject({ response_action: "errors" });
    expect(status(tn.id)?.status).toBe("active");

    const ok = await t.slack.viewSubmission(tn.mentor, view, { [ids.rhythm.pauseUntil]: "2026-06-01" });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe("");
    expect(status(tn.id)).toMatchObject({ status: "paused", pausedUntil: "2026-06-01" });
    await t.fake.waitFor(() =>
      channelTexts(tn.channelId).some((x) => x.includes("paused this tandem until 1 June 2026")),
    );

    // The scheduler, with its clock injected: the other tandem gets its check-in, the paused one nothing.
    const first = await runDueWork(t.deps, new Date(NOW));
    expect(first.sent).toContain(`checkin:t${tandem(1).id}:p2`);
    expect(first.sent.filter((k) => k.includes(`:t${tn.id}:`))).toEqual([]);
    const later = await runDueWork(t.deps, new Date("2026-05-26T09:00:00Z"));
    expect(later.sent.filter((k) => k.includes(`:t${tn.id}:`))).toEqual([]);

    // On the day it ends the tandem is active again, with a fresh grace period and the next check-in;
    // the channel is told in working hours (not at 04:00 Berlin time).
    expect((await runDueWork(t.deps, new Date("2026-06-01T02:00:00Z"))).resumed).toEqual([]);
    const resumed = await runDueWork(t.deps, new Date("2026-06-01T09:00:00Z"));
    expect(resumed.resumed).toEqual([tn.id]);
    expect(status(tn.id)?.status).toBe("active");
    await t.fake.waitFor(() => channelTexts(tn.channelId).some((x) => x.includes("The pause is over")));
    expect(resumed.sent.filter((k) => k.includes(`:t${tn.id}:`))).toEqual([]);
    // a full cadence after the check-in before the pause went out (not the day of the old plan)
    expect((await runDueWork(t.deps, new Date("2026-06-11T09:00:00Z"))).sent).not.toContain(
      `checkin:t${tn.id}:p5`,
    );
    const next = await runDueWork(t.deps, new Date("2026-06-12T09:00:00Z"));
    expect(next.sent).toContain(`checkin:t${tn.id}:p5`);
  });

  it("/mentoring resume ends a pause early and tells the channel", async () => {
    const tn = tandem(1);
    await t.slack.command(tn.mentee, "resume", { channelId: tn.channelId });
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses()[0]?.text).toBe("This tandem is not paused.");

    t.db
      .update(tandems)
      .set({ status: "paused", pausedUntil: "2026-07-01" })
      .where(eq(tandems.id, tn.id))
      .run();
    await t.slack.command(tn.mentee, "resume", { channelId: tn.channelId });
    await t.fake.waitFor(() => status(tn.id)?.status === "active");
    expect(status(tn.id)?.pausedUntil).toBe("2026-05-12");
    await t.fake.waitFor(() => channelTexts(tn.channelId).some((x) => x.includes("resumed this tandem")));
  });
});

describe("rematch", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  let waitingMentor: number;
  beforeEach(async () => {
    t = await startTestApp({ now: NOW });
    seed = seedRhythm(t.db, t.fake, { tandems: 2 });
    waitingMentor = addPerson(t.db, t.fake, seed.programId, "UMEN000009", "mentor", "waiting");
  });
  afterEach(async () => t.stop());

  const tandem = (i: number): SeededTandem => {
    const found = seed.tandems[i];
    if (!found) throw new Error(`no tandem ${i}`);
    return found;
  };
  const tandemRow = (id: number) => t.db.select().from(tandems).where(eq(tandems.id, id)).get();
  const participantStatus = (id: number) =>
    t.db.select().from(participants).where(eq(participants.id, id)).get()?.status;
  const lastView = () => {
    const view = [...t.fake.views.values()].at(-1);
    if (!view) throw new Error("no view opened");
    return view;
  };
  const idle = () => t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to finish");

  async function request(tn: SeededTandem, userId: string, reason: string) {
    const before = t.fake.callsTo("views.open").length;
    await t.slack.command(userId, "rematch", { channelId: tn.channelId });
    await t.fake.waitForCall("views.open", before + 1);
    const view = lastView();
    expect(view.callback_id).toBe(ids.rhythm.rematchModal);
    const res = await t.slack.viewSubmission(userId, view, { [ids.rhythm.rematchReason]: reason });
    expect(res.json()).toMatchObject({
      response_action: "update",
      view: { callback_id: ids.rhythm.rematchSentView },
    });
    const row = t.db.select().from(rematchRequests).where(eq(rematchRequests.requestedBy, userId)).get();
    if (!row) throw new Error("no request stored");
    return row;
  }

  function decide(userId: string, requestId: number, d: "approve" | "decline") {
    const dm = t.fake
      .dmsTo(MANAGER)
      .find((m) => JSON.stringify(m.blocks).includes(ids.rhythm.rematchDecision));
    return t.slack.blockAction(
      userId,
      { action_id: memberId(ids.rhythm.rematchDecision, d), value: encodeValue({ r: requestId, d }) },
      {
        channelId: dm?.channel ?? "D0",
        message: { ts: dm?.ts ?? "1.1", text: dm?.text ?? "", blocks: dm?.blocks ?? [] },
      },
    );
  }

  it("only a member can ask, from the tandem channel", async () => {
    await t.slack.command(tandem(0).mentee, "rematch", { channelId: "C0GENERAL" });
    await t.slack.command(tandem(1).mentee, "rematch", { channelId: tandem(0).channelId });
    await t.fake.waitForCall("response_url", 2);
    for (const r of t.fake.responses()) expect(r.text).toContain("Only the two members of a tandem");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);
  });

  it("can be asked from the participant's own App Home", async () => {
    const tn = tandem(0);
    await t.slack.event({
      type: "app_home_opened",
      user: tn.mentor,
      channel: "D0HOME",
      tab: "home",
      event_ts: "1",
    });
    await t.fake.waitForCall("views.publish");
    const blocks = (t.fake.homes.get(tn.mentor)?.blocks ?? []) as {
      accessory?: { action_id: string; value: string };
    }[];
    const button = blocks.flatMap((b) =>
      b.accessory?.action_id === ids.rhythm.rematchOpen ? [b.accessory] : [],
    )[0];
    if (!button) throw new Error("no rematch button on the App Home");
    const home = { id: "VHOME", type: "home" };

    // Someone from another tandem cannot open it with a copied value.
    await t.slack.blockAction(
      tandem(1).mentee,
      { action_id: ids.rhythm.rematchOpen, value: button.value },
      { view: home },
    );
    // No response_url from the App Home: the refusal comes in the app's DM.
    await t.fake.waitFor(
      () => t.fake.dmsTo(tandem(1).mentee).some((m) => m.text.includes("Only the two members")),
      "the refusal",
    );
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    await t.slack.blockAction(
      tn.mentor,
      { action_id: ids.rhythm.rematchOpen, value: button.value },
      { view: home },
    );
    await t.fake.waitForCall("views.open");
    expect(lastView()).toMatchObject({
      callback_id: ids.rhythm.rematchModal,
      private_metadata: `{"t":${tn.id}}`,
    });
    // The waiting mentor has no tandem, so no button.
    await t.slack.event({
      type: "app_home_opened",
      user: "UMEN000009",
      channel: "D0HOME",
      tab: "home",
      event_ts: "2",
    });
    await t.fake.waitForCall("views.publish", 2);
    expect(JSON.stringify(t.fake.homes.get("UMEN000009"))).not.toContain(ids.rhythm.rematchOpen);
  });

  it("is confidential until a manager approves; then the old tandem ends and a new one launches", async () => {
    const tn = tandem(0);
    const channelMessages = () => t.fake.messages.filter((m) => m.channel === tn.channelId);
    const req = await request(tn, tn.mentee, "<!channel> we never find a time");
    expect(req).toMatchObject({ tandemId: tn.id, status: "open", reason: "<!channel> we never find a time" });
    await idle();

    // The managers hear of it; the partner and the channel do not.
    const dm = t.fake.dmsTo(MANAGER);
    expect(dm).toHaveLength(1);
    const shown = JSON.stringify(dm[0]?.blocks);
    expect(shown).toContain("&lt;!channel&gt; we never find a time");
    expect(shown).not.toContain("<!channel>");
    expect(shown).toContain(`<@${tn.mentee}>`);
    expect(t.fake.dmsTo(tn.mentor)).toHaveLength(0);
    expect(channelMessages()).toHaveLength(0);

    // A participant forging the manager's click is refused.
    await decide(tn.mentor, req.id, "approve");
    await t.fake.waitFor(() =>
      t.fake.responses().some((r) => String(r.text).includes("Only program managers")),
    );
    expect(t.db.select().from(rematchRequests).get()?.status).toBe("open");
    expect(tandemRow(tn.id)?.status).toBe("active");

    await decide(MANAGER, req.id, "approve");
    await t.fake.waitFor(() =>
      t.fake.responses().some((r) => String(r.text).includes("New tandems being launched: 1")),
    );
    expect(t.db.select().from(rematchRequests).get()).toMatchObject({
      status: "approved",
      decidedBy: MANAGER,
    });
    expect(tandemRow(tn.id)).toMatchObject({ status: "ended", endedAt: new Date(NOW).toISOString() });
    expect(participantStatus(tn.mentorParticipantId)).toBe("waiting");
    expect(
      t.db.select().from(pairConstraints).where(eq(pairConstraints.mentorId, tn.mentorParticipantId)).get()
        ?.kind,
    ).toBe("forbid");

    // The old channel says goodbye and is archived; both get a kind DM; the managers' copy shows the decision.
    await t.fake.waitFor(
      () => t.fake.channels.get(tn.channelId)?.archived === true,
      "the old channel archived",
    );
    expect(channelMessages().map((m) => m.text)).toEqual([expect.stringContaining("This tandem has ended")]);
    await idle();
    // The requester was paired again: one DM, the new tandem's, which also says the old one ended.
    expect(t.fake.dmsTo(tn.mentee).map((m) => JSON.stringify(m.blocks))).toEqual([
      expect.stringContaining("approved your request"),
    ]);
    const partnerDms = t.fake.dmsTo(tn.mentor).map((m) => m.text);
    expect(partnerDms).toContainEqual(expect.stringContaining("has ended"));
    expect(partnerDms.join(" ")).not.toContain("never find a time");
    expect(partnerDms.join(" ")).not.toContain("request");
    expect(JSON.stringify(dm[0]?.blocks)).toContain(`Approved by <@${MANAGER}>`);
    expect(JSON.stringify(dm[0]?.blocks)).not.toContain(ids.rhythm.rematchDecision);

    // The requester was matched with the waiting mentor and launched through the usual launch path.
    const fresh = t.db.select().from(tandems).where(eq(tandems.replacesTandemId, tn.id)).get();
    expect(fresh).toMatchObject({
      mentorId: waitingMentor,
      menteeId: tn.menteeParticipantId,
      status: "active",
    });
    const channel = fresh?.channelId ? t.fake.channels.get(fresh.channelId) : undefined;
    expect(channel && [...channel.members].sort()).toEqual(
      [t.fake.botUserId, "UMEN000009", tn.mentee].sort(),
    );
    expect(participantStatus(waitingMentor)).toBe("matched");
    expect(participantStatus(tn.menteeParticipantId)).toBe("matched");

    // A request is decided once.
    const ops = t.db.select().from(slackOps).all().length;
    await decide(MANAGER, req.id, "decline");
    await t.fake.waitFor(() => t.fake.responses().some((r) => String(r.text).includes("already decided")));
    expect(t.db.select().from(slackOps).all()).toHaveLength(ops);
    expect(t.db.select().from(rematchRequests).get()?.status).toBe("approved");
  });

  it("a declined request is answered kindly and changes nothing for the tandem", async () => {
    const tn = tandem(1);
    const req = await request(tn, tn.mentor, "");
    expect(req.reason).toBeNull();
    await idle();
    expect(JSON.stringify(t.fake.dmsTo(MANAGER)[0]?.blocks)).toContain("No reason given");

    await decide(MANAGER, req.id, "decline");
    await t.fake.waitFor(() => t.fake.dmsTo(tn.mentor).length === 1, "the requester's DM");
    expect(t.fake.dmsTo(tn.mentor)[0]?.text).toContain("would rather not end your tandem");
    expect(t.fake.dmsTo(tn.mentee)).toHaveLength(0);
    expect(tandemRow(tn.id)?.status).toBe("active");
    expect(t.db.select().from(rematchRequests).get()).toMatchObject({
      status: "declined",
      decidedBy: MANAGER,
    });
    await idle();
    expect(JSON.stringify(t.fake.dmsTo(MANAGER)[0]?.blocks)).toContain(`Declined by <@${MANAGER}>`);
  });
});
