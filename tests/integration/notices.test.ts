import { eq, like } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../sim/fake-slack";
import { createApp } from "../../src/app";
import { checkinAnswers, participants, programs, scheduledSends, slackOps } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids } from "../../src/slack/ids";
import { addPerson, postCheckin } from "../helpers/rhythm-seed";
import {
  answerEval,
  type Block,
  evalTick,
  FINAL_9AM,
  GERMAN,
  MANAGER,
  MIDTERM_9AM,
  menteeAnswers,
  mentorAnswers,
  seedSteering,
  waitForEvalDms,
} from "../helpers/steering";
import { startTestApp, type TestApp } from "../helpers/test-app";

/**
 * What the program manager hears about (issue 19, item 8) and what participants hear at the end
 * (item 9), through the app's own scheduler tick (runDueWork) with a moved clock, real Bolt over HTTP,
 * the fake Slack and a real SQLite database. Program: 2026-04-01 to 2026-09-30, Europe/Berlin; the
 * mid-term wave runs 1–15 July, the final one 30 September – 14 October.
 */

const OUTSIDER = "UMEN000001";

function textOf(m: FakeMessage | undefined): string {
  return ((m?.blocks ?? []) as { text?: { text: string }; elements?: { text?: string }[] }[])
    .flatMap((b) => [b.text?.text ?? "", ...(b.elements ?? []).map((e) => e.text ?? "")])
    .join("\n");
}

function buttonIn(m: FakeMessage | undefined, actionId: string) {
  return ((m?.blocks ?? []) as Block[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === actionId);
}

const dmsWith = (t: TestApp, userId: string, needle: string) =>
  t.fake.dmsTo(userId).filter((m) => String(m.text).includes(needle));

async function tick(t: TestApp, at: string) {
  t.setNow(at);
  return runDueWork(t.deps, t.deps.clock());
}

/** The app stopped and started again on the same database (as after a deploy); its scheduler's tick. */
async function restartAndTick(t: TestApp, at: string): Promise<string[]> {
  await t.tandem.stop();
  const deps: Deps = { ...t.deps, wakeOutbox: () => again.outbox.wake() };
  const again = createApp(deps);
  await again.start();
  try {
    t.setNow(at);
    const result = await runDueWork(deps, deps.clock());
    await new Promise((r) => setTimeout(r, 200));
    return result.notices ?? [];
  } finally {
    await again.stop();
  }
}

const opsLike = (t: TestApp, prefix: string) =>
  t.db
    .select()
    .from(slackOps)
    .where(like(slackOps.key, `${prefix}%`))
    .all();

describe("notices to program managers", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-03-10T09:00:00Z" });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("tells the managers once that the sign-up deadline passed, with the counts and a button that closes and matches", async () => {
    t.fake.addUser({ id: MANAGER, locale: "en-US" });
    const program = t.db
      .insert(programs)
      .values({
        name: "Digital Leadership 2026",
        topics: ["ai_tools", "social_media"],
        startDate: "2026-04-01",
        endDate: "2026-09-30",
        signupDeadline: "2026-03-15",
        language: "en",
        timezone: "Europe/Berlin",
        status: "signup",
        signupOpen: true,
        createdBy: MANAGER,
      })
      .returning()
      .get();
    for (const [i, role] of (["mentor", "mentor", "mentor", "mentee", "mentee"] as const).entries())
      addPerson(t.db, t.fake, program.id, `U${role.toUpperCase().slice(0, 3)}00000${i}`, role, "complete");
    addPerson(t.db, t.fake, program.id, "UDRAFT0001", "mentee", "complete");
    t.db.update(participants).set({ status: "draft" }).where(eq(participants.userId, "UDRAFT0001")).run();

    // On the deadline day (Sunday) and early on Monday: nothing yet.
    expect((await tick(t, "2026-03-15T12:00:00Z")).notices).toEqual([]);
    expect((await tick(t, "2026-03-16T07:30:00Z")).notices).toEqual([]);
    // Monday, 09:00 in Berlin.
    const key = `notice:p${program.id}:signup_deadline`;
    expect((await tick(t, "2026-03-16T08:00:00Z")).notices).toEqual([key]);
    await t.fake.waitFor(() => t.fake.dmsTo(MANAGER).length === 1, "the deadline DM");
    const dm = t.fake.dmsTo(MANAGER)[0];
    const text = textOf(dm);
    expect(text).toContain("*Sign-up for Digital Leadership 2026 has passed its deadline* (15 March 2026).");
    expect(text).toContain("Signed up so far: mentors: 3 · executives: 2.");
    expect(text).toContain("Started but not finished: 1.");
    const button = buttonIn(dm, ids.notices.closeAndMatch);
    expect(button?.value).toBe(JSON.stringify({ p: program.id }));

    // Later ticks, and a restart, send nothing again.
    expect((await tick(t, "2026-03-16T08:05:00Z")).notices).toEqual([]);
    expect(await restartAndTick(t, "2026-03-17T09:00:00Z")).toEqual([]);
    expect(opsLike(t, key)).toHaveLength(1);
    expect(t.fake.dmsTo(MANAGER)).toHaveLength(1);
  });

  it("refuses the close-and-match button to a participant and closes sign-up and opens the review for a manager", async () => {
    t.fake.addUser({ id: MANAGER, locale: "en-US" });
    const program = t.db
      .insert(programs)
      .values({
        name: "Digital Leadership 2026",
        topics: ["ai_tools", "social_media"],
        startDate: "2026-04-01",
        endDate: "2026-09-30",
        signupDeadline: "2026-03-15",
        language: "en",
        timezone: "Europe/Berlin",
        status: "signup",
        signupOpen: true,
        createdBy: MANAGER,
      })
      .returning()
      .get();
    addPerson(t.db, t.fake, program.id, "UMEN000001", "mentor", "complete");
    addPerson(t.db, t.fake, program.id, "UEXE000001", "mentee", "complete");
    const value = JSON.stringify({ p: program.id });
    const signupOpen = () => t.db.select().from(programs).get()?.signupOpen;

    await t.slack.blockAction(
      OUTSIDER,
      { action_id: ids.notices.closeAndMatch, value },
      { channelId: "DMEN000001", message: { ts: "1.1" } },
    );
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("program managers")),
      "the refusal",
    );
    expect(signupOpen()).toBe(true);
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.notices.closeAndMatch, value },
      { channelId: "DPM0000001", message: { ts: "1.2" } },
    );
    await t.fake.waitForCall("views.open", 1, 10000);
    expect(signupOpen()).toBe(false);
    const view = [...t.fake.views.values()].at(-1) as { callback_id?: string };
    expect(view.callback_id).toBe(ids.matching.reviewModal);
  });

  it("warns of a low mid-term response before it closes, then says the results are ready, each once", async () => {
    const seed = seedSteering(t);
    const [one, two] = seed.tandems;
    if (!one || !two) throw new Error("seed");
    expect(evalTick(t, MIDTERM_9AM)).toHaveLength(6);
    await waitForEvalDms(t, one.mentor, 1);
    await waitForEvalDms(t, two.mentor, 1);
    await answerEval(t, one.mentor, mentorAnswers({ satisfaction: 4 }));
    await answerEval(t, two.mentor, mentorAnswers({ satisfaction: 5 }));

    // The wave's last day is Wednesday, 15 July; the warning may go out from Sunday the 12th, in working hours.
    const low = `notice:p${seed.programId}:midterm:low_response`;
    expect((await tick(t, "2026-07-10T07:00:00Z")).notices).toEqual([]);
    expect((await tick(t, "2026-07-12T07:00:00Z")).notices).toEqual([]);
    expect((await tick(t, "2026-07-13T07:00:00Z")).notices).toEqual([low]);
    await t.fake.waitFor(() => dmsWith(t, MANAGER, "Low response").length === 1, "the warning");
    const warning = dmsWith(t, MANAGER, "Low response")[0];
    const warned = textOf(warning);
    expect(warned).toContain("*Low response · Mid-term evaluation · Digital Leadership 2026*");
    expect(warned).toContain("So far 2 of 6 people invited have answered (33 %).");
    expect(warned).toContain("The evaluation closes on 15 July 2026.");
    expect(warned).toContain("fewer than 50 % of the people invited answer");
    expect(buttonIn(warning, ids.steering.wavesOpen)?.value).toBe(JSON.stringify({ p: seed.programId }));

    // Thursday 16 July, 09:00: the wave closed, the results are ready.
    const ready = `notice:p${seed.programId}:midterm:results`;
    expect((await tick(t, "2026-07-16T06:00:00Z")).notices).toEqual([]);
    expect((await tick(t, "2026-07-16T07:00:00Z")).notices).toEqual([ready]);
    expect((await tick(t, "2026-07-16T07:05:00Z")).notices).toEqual([]);
    await t.fake.waitFor(() => dmsWith(t, MANAGER, "results").length === 1, "the results DM");
    const results = dmsWith(t, MANAGER, "results")[0];
    const said = textOf(results);
    expect(said).toContain("*The mid-term results of Digital Leadership 2026 are ready.*");
    expect(said).toContain("The mid-term evaluation closed on 15 July 2026.");
    expect(said).toContain("2 of 6 people invited answered (33 %).");
    // No summary to participants after the mid-term, and so nothing to write for it.
    expect(buttonIn(results, ids.notices.changesOpen)).toBeUndefined();
    const open = buttonIn(results, ids.steering.report);
    expect(open?.value).toBe(JSON.stringify({ p: seed.programId }));

    // The button opens the report of that program.
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.report, value: open?.value ?? "" },
      { channelId: results?.channel ?? "", message: { ts: results?.ts } },
    );
    await t.fake.waitFor(
      () => dmsWith(t, MANAGER, "Steering report for Digital Leadership 2026").length === 1,
      "the report",
      20000,
    );

    expect(await restartAndTick(t, "2026-07-17T07:00:00Z")).toEqual([]);
    expect(opsLike(t, low)).toHaveLength(1);
    expect(opsLike(t, ready)).toHaveLength(1);
  });

  it("tells the managers, by name, that a tandem paused, but not the manager who paused it", async () => {
    const seed = seedSteering(t);
    const tn = seed.tandems[0];
    if (!tn) throw new Error("seed");
    t.setNow("2026-05-11T09:00:00Z");
    await t.slack.command(tn.mentee, "pause", { channelId: tn.channelId });
    await t.fake.waitForCall("views.open");
    const view = [...t.fake.views.values()].at(-1) ?? {};
    await t.slack.viewSubmission(tn.mentee, view, { [ids.rhythm.pauseUntil]: "2026-06-01" });
    await t.fake.waitFor(() => dmsWith(t, MANAGER, "paused").length === 1, "the manager's DM");
    const dm = textOf(dmsWith(t, MANAGER, "paused")[0]);
    expect(dm).toContain(`<@${tn.mentee}> paused the tandem with <@${tn.mentor}> until 1 June 2026.`);
    expect(dm).toContain(`Channel: <#${tn.channelId}>`);
    // The partner hears it in the channel, not by DM.
    expect(t.fake.dmsTo(tn.mentor)).toHaveLength(0);

    // A manager who pauses a tandem herself is not told of her own pause.
    const other = seed.tandems[1];
    if (!other) throw new Error("seed");
    const before = t.fake.callsTo("views.open").length;
    await t.slack.command(MANAGER, "pause", { channelId: other.channelId });
    await t.fake.waitForCall("views.open", before + 1);
    const second = [...t.fake.views.values()].at(-1) ?? {};
    await t.slack.viewSubmission(MANAGER, second, { [ids.rhythm.pauseUntil]: "2026-06-08" });
    await t.fake.waitFor(
      () => t.fake.messages.some((m) => m.channel === other.channelId && String(m.text).includes("paused")),
      "the channel's message",
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(dmsWith(t, MANAGER, "paused")).toHaveLength(1);
  });
});

describe("the participants' summary after the final wave", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-09-01T09:00:00Z" });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("sends everyone who took part the figures over three or more and what changes, in their language, once", async () => {
    const seed = seedSteering(t);
    const [one, two, three] = seed.tandems;
    if (!one || !two || !three) throw new Error("seed");
    // Meetings: tandem 1 twice, tandem 2 once (both members report the same date), tandem 3 never.
    const met = (checkinId: number, userId: string, metOn: string) =>
      t.db
        .insert(checkinAnswers)
        .values({ checkinId, userId, answer: "yes", metOn, answeredAt: "2026-05-01T10:00:00Z" })
        .run();
    met(postCheckin(t.db, t.fake, one, 1).checkinId, one.mentee, "2026-04-20");
    met(postCheckin(t.db, t.fake, one, 2).checkinId, one.mentor, "2026-05-10");
    const c = postCheckin(t.db, t.fake, two, 1).checkinId;
    met(c, two.mentee, "2026-04-22");
    met(c, two.mentor, "2026-04-22");

    expect(evalTick(t, FINAL_9AM)).toHaveLength(6);
    for (const x of seed.tandems) {
      await waitForEvalDms(t, x.mentor, 1);
      await waitForEvalDms(t, x.mentee, 1);
    }
    // All six satisfied (4 or 5): shown. "Again": yes 3, not yes 3: shown. Each role's cells hold
    // three people, so the report hides none that these shares could give away.
    await answerEval(t, one.mentor, mentorAnswers({ satisfaction: 5, again: "yes" }));
    await answerEval(t, two.mentor, mentorAnswers({ satisfaction: 5, again: "yes" }));
    await answerEval(t, three.mentor, mentorAnswers({ satisfaction: 5, again: "yes" }));
    const ratings = { ai_tools: 3, social_media: 3 };
    await answerEval(t, one.mentee, menteeAnswers({ satisfaction: 4, again: "unsure", ratings }));
    await answerEval(t, two.mentee, menteeAnswers({ satisfaction: 4, again: "unsure", ratings }));
    await answerEval(t, three.mentee, menteeAnswers({ satisfaction: 4, again: "unsure", ratings }));

    // Thursday 15 October, 09:00: the final wave closed on the 14th; the managers hear the results are
    // ready and when the summary goes out (Sunday the 18th is not a working day: Monday the 19th).
    const ready = `notice:p${seed.programId}:final:results`;
    expect((await tick(t, "2026-10-15T07:00:00Z")).notices).toEqual([ready]);
    await t.fake.waitFor(() => dmsWith(t, MANAGER, "final results").length === 1, "the results DM");
    const results = dmsWith(t, MANAGER, "final results")[0];
    expect(textOf(results)).toContain("On 19 October 2026, everyone who took part gets a short summary");
    const write = buttonIn(results, ids.notices.changesOpen);
    expect(write?.value).toBe(JSON.stringify({ p: seed.programId }));

    // A participant's forged click is refused; the manager writes what changes in both languages.
    const modals = t.fake.callsTo("views.open").length;
    await t.slack.blockAction(
      OUTSIDER,
      { action_id: ids.notices.changesOpen, value: write?.value ?? "" },
      { channelId: "DMEN000001", message: { ts: "1.1" } },
    );
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("program managers")),
      "the refusal",
    );
    expect(t.fake.callsTo("views.open")).toHaveLength(modals);
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.notices.changesOpen, value: write?.value ?? "" },
      { channelId: results?.channel ?? "", message: { ts: results?.ts } },
    );
    await t.fake.waitForCall("views.open", modals + 1);
    const modal = [...t.fake.views.values()].at(-1) ?? {};
    expect((modal as { callback_id?: string }).callback_id).toBe(ids.notices.changesModal);
    // A forged submission by a participant changes nothing.
    await t.slack.viewSubmission(OUTSIDER, modal, {
      [ids.notices.changesInput.en]: "Forged",
      [ids.notices.changesInput.de]: null,
    });
    expect(t.db.select().from(programs).get()?.nextCohortChangesEn).toBeNull();
    const res = await t.slack.viewSubmission(MANAGER, modal, {
      [ids.notices.changesInput.en]: "Kickoff in person <!channel>; check-ins every three weeks.",
      [ids.notices.changesInput.de]: "Auftakt vor Ort; Check-ins alle drei Wochen.",
    });
    expect(res.status).toBe(200);
    await t.fake.waitFor(() => dmsWith(t, MANAGER, "Saved.").length === 1, "the confirmation");
    expect(t.db.select().from(programs).get()).toMatchObject({
      nextCohortChangesEn: "Kickoff in person <!channel>; check-ins every three weeks.",
      nextCohortChangesDe: "Auftakt vor Ort; Check-ins alle drei Wochen.",
    });

    // Nothing on the weekend; Monday 19 October at 09:00 everyone who took part gets it.
    const key = `summary:p${seed.programId}`;
    expect((await tick(t, "2026-10-18T09:00:00Z")).notices).toEqual([]);
    expect((await tick(t, "2026-10-19T07:00:00Z")).notices).toEqual([key]);
    const people = seed.tandems.flatMap((x) => [x.mentor, x.mentee]);
    await t.fake.waitFor(
      () => people.every((u) => t.fake.dmsTo(u).some((m) => /What came of|Das hat/.test(String(m.text)))),
      "six summaries",
    );
    const english = textOf(dmsWith(t, one.mentor, "What came of")[0]);
    expect(english).toContain("*What came of Digital Leadership 2026*");
    expect(english).toContain("• 6 people in 3 tandems");
    expect(english).toContain("• 3 meetings reported in check-ins");
    expect(english).toContain(
      "• 100 % of the 6 people who answered the final evaluation were satisfied or very satisfied",
    );
    expect(english).toContain("• 3 of 6 would take part again");
    expect(english).toContain("*What changes for the next cohort*\nKickoff in person &lt;!channel&gt;");
    expect(english).not.toContain("<!channel>");
    const german = textOf(dmsWith(t, GERMAN, "Das hat")[0]);
    expect(german).toContain("*Das hat Digital Leadership 2026 gebracht*");
    expect(german).toContain("• 6 Personen in 3 Tandems");
    expect(german).toContain("• 3 in Check-ins gemeldete Treffen");
    expect(german).toContain("• 3 von 6 würden wieder teilnehmen");
    expect(german).toContain("*Was sich für die nächste Kohorte ändert*\nAuftakt vor Ort");
    // The manager takes no part and gets none.
    expect(dmsWith(t, MANAGER, "What came of")).toHaveLength(0);

    // Too late to change it now; and a later tick or a restart sends nothing twice.
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.notices.changesOpen, value: write?.value ?? "" },
      { channelId: results?.channel ?? "", message: { ts: results?.ts } },
    );
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("already gone out")),
      "too late",
    );
    expect((await tick(t, "2026-10-19T07:05:00Z")).notices).toEqual([]);
    expect(await restartAndTick(t, "2026-10-20T07:00:00Z")).toEqual([]);
    expect(opsLike(t, `${key}:`)).toHaveLength(6);
    expect(t.db.select().from(scheduledSends).where(eq(scheduledSends.key, key)).all()).toHaveLength(1);
    for (const u of people)
      expect(t.fake.dmsTo(u).filter((m) => /What came of|Das hat/.test(String(m.text)))).toHaveLength(1);
  });
});
