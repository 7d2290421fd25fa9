import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../sim/fake-slack";
import {
  checkinAnswers,
  checkins,
  programs,
  scheduledSends,
  tandemAlerts,
  tandems,
} from "../../src/db/schema";
import { isHoliday } from "../../src/domain/rhythm/holidays";
import { addDays, addWorkdays, isWorkday, localDate } from "../../src/domain/rhythm/time";
import { runDueWork } from "../../src/jobs/scheduler";
import { ids, memberId } from "../../src/slack/ids";
import { type RhythmSeed, type SeededTandem, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue } from "../helpers/values";

/*
 * A program in Berlin from 1 March to 30 June 2027, run by the app's own scheduler on a moved clock:
 * Good Friday (26 March), Easter Monday (29 March), Ascension (6 May) and Whit Monday (17 May) are
 * public holidays in Germany (the program's calendar, from its time zone). The scheduler is down from
 * 12 to 26 April. Three tandems:
 *   regular  launched 1 March (its second check-in falls on Easter Monday), reports every meeting
 *   quiet    launched 8 March (its fifth check-in falls on Whit Monday), never answers
 *   paused   launched 1 March, reports its meetings, paused from 1 to 20 April
 */

const BERLIN = "Europe/Berlin";
const END = "2027-06-30";
const HOLIDAYS = ["2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17"];
/** no tick from 12 April to 26 April, both inclusive */
const OUTAGE: [string, string] = ["2027-04-12", "2027-04-26"];

describe("a program across Easter and Whitsun, a two-week outage and its last ten days", () => {
  let t: TestApp;
  let seed: RhythmSeed;
  let regular: SeededTandem;
  let quiet: SeededTandem;
  let paused: SeededTandem;

  const messagesIn = (channel: string) => t.fake.messages.filter((m) => m.channel === channel);

  /** "Yes, we met" through the button and the modal, as a member does. */
  async function reportMeeting(tn: SeededTandem, message: FakeMessage, checkinId: number, metOn: string) {
    const opened = t.fake.callsTo("views.open").length;
    await t.slack.blockAction(
      tn.mentee,
      {
        action_id: memberId(ids.rhythm.checkinAnswer, "yes"),
        value: encodeValue({ c: checkinId, a: "yes" }),
        block_id: ids.rhythm.checkinActions,
      },
      { channelId: message.channel, message: { ts: message.ts, text: message.text, blocks: message.blocks } },
    );
    await t.fake.waitFor(() => t.fake.callsTo("views.open").length > opened, "the check-in modal");
    const view = [...t.fake.views.values()].at(-1);
    if (!view) throw new Error("no modal");
    const res = await t.slack.viewSubmission(tn.mentee, view, { [ids.rhythm.checkinInput.metOn]: metOn });
    expect(res.status).toBe(200);
  }

  /** The regular and the paused tandem answer each new check-in the next working day. */
  async function answerNewCheckins(today: string) {
    for (const tn of [regular, paused]) {
      for (const row of t.db.select().from(checkins).where(eq(checkins.tandemId, tn.id)).all()) {
        if (!row.messageTs) continue;
        const answered = t.db.select().from(checkinAnswers).where(eq(checkinAnswers.checkinId, row.id)).get();
        const message = messagesIn(tn.channelId).find((m) => m.ts === row.messageTs);
        const sentOn = t.db
          .select()
          .from(scheduledSends)
          .where(eq(scheduledSends.key, `checkin:t${tn.id}:p${row.period}`))
          .get()?.sentAt;
        if (answered || !message || !sentOn || localDate(new Date(sentOn), BERLIN) >= today) continue;
        await reportMeeting(tn, message, row.id, addDays(today, -1));
      }
    }
  }

  /** Hourly ticks in working hours on working days, one at noon on other days (where nothing may go out). */
  async function run(from: string, to: string) {
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (day >= OUTAGE[0] && day <= OUTAGE[1]) continue;
      const hours = isWorkday(day) ? [7, 8, 9, 10, 11, 12, 13, 14, 15] : [10];
      for (const hour of hours) {
        const now = new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
        t.setNow(now);
        const result = await runDueWork(t.deps, now);
        expect(result.failed).toEqual([]);
        if (result.sent.length > 0 || (result.lifecycle ?? []).length > 0)
          await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox");
        if (hour === 9 && isWorkday(day)) await answerNewCheckins(day);
      }
    }
  }

  const sends = () => t.db.select().from(scheduledSends).all();
  const dayOf = (iso: string) => localDate(new Date(iso), BERLIN);
  /** The scheduled sends that reach a tandem's channel: check-ins, nudges, success prompts, the end. */
  const channelSends = (tn: SeededTandem) =>
    sends().filter((s) => s.key.includes(`:t${tn.id}:`) && !s.key.startsWith("alert:"));

  beforeAll(async () => {
    t = await startTestApp({ now: "2027-03-01T06:00:00Z" });
    seed = seedRhythm(t.db, t.fake, { tandems: 3, launchedAt: "2027-03-01T09:00:00Z" });
    t.db
      .update(programs)
      .set({ startDate: "2027-03-01", endDate: END, signupDeadline: "2027-02-15" })
      .where(eq(programs.id, seed.programId))
      .run();
    [regular, quiet, paused] = seed.tandems as [SeededTandem, SeededTandem, SeededTandem];
    t.db.update(tandems).set({ launchedAt: "2027-03-08T09:00:00Z" }).where(eq(tandems.id, quiet.id)).run();
    await run("2027-03-01", "2027-03-31");
    t.db
      .update(tandems)
      .set({ status: "paused", pausedUntil: "2027-04-20" })
      .where(eq(tandems.id, paused.id))
      .run();
    await run("2027-04-01", "2027-07-05");
  }, 600_000);
  afterAll(async () => t.stop());

  it("sends nothing on a weekend or a public holiday: Easter Monday's and Whit Monday's check-ins come a day later", () => {
    for (const send of sends()) {
      const day = dayOf(send.sentAt);
      expect(isWorkday(day, "DE"), `${send.key} on ${day}`).toBe(true);
      expect(HOLIDAYS).not.toContain(day);
    }
    expect(isHoliday("2027-03-29", "DE") && isHoliday("2027-05-17", "DE")).toBe(true);
    const sentOn = (key: string) => dayOf(sends().find((s) => s.key === key)?.sentAt ?? "");
    // launch + 28 days = Easter Monday; launch (8 March) + 70 days = Whit Monday
    expect(sentOn(`checkin:t${regular.id}:p2`)).toBe("2027-03-30");
    expect(sentOn(`checkin:t${quiet.id}:p5`)).toBe("2027-05-18");
  });

  it("gives each tandem channel at most one scheduled message per day", () => {
    for (const tn of [regular, quiet, paused]) {
      const days = channelSends(tn).map((s) => dayOf(s.sentAt));
      expect(new Set(days).size, `tandem ${tn.id}: ${days.join(", ")}`).toBe(days.length);
    }
  });

  it("after the outage sends the one check-in that still makes sense, and nothing stale beside it", () => {
    const firstDayBack = (tn: SeededTandem) =>
      channelSends(tn)
        .filter((s) => dayOf(s.sentAt) === "2027-04-27")
        .map((s) => s.key);
    // the first day back: period 4 (due 26 April) for the tandems launched on 1 March; period 3 (due
    // 19 April) for the quiet one, whose stall is older than the nudge's three weeks: no nudge beside it
    expect(firstDayBack(regular)).toEqual([`checkin:t${regular.id}:p4`]);
    expect(firstDayBack(quiet)).toEqual([`checkin:t${quiet.id}:p3`]);
    // the regular tandem's check-in of 12 April fell into the outage and was not sent late
    expect(sends().some((s) => s.key === `checkin:t${regular.id}:p3`)).toBe(false);
  });

  it("nudges the quiet tandem in the thread of its open check-in and alerts the managers once, with the history", () => {
    const keys = sends().map((s) => s.key);
    expect(keys.filter((k) => k.startsWith(`nudge:t${quiet.id}:`))).toHaveLength(1);
    const nudge = messagesIn(quiet.channelId).find((m) => m.threadTs);
    expect(nudge?.text).toBe("A friendly reminder: this check-in is still open.");
    expect(messagesIn(quiet.channelId).some((m) => m.ts === nudge?.threadTs && !m.threadTs)).toBe(true);
    const alerts = t.db.select().from(tandemAlerts).all();
    expect(alerts.map((a) => [a.tandemId, a.reason, a.unanswered])).toEqual([[quiet.id, "stall", 3]]);
    const dm = t.fake.messages.find((m) => m.text.startsWith("A tandem hasn't reported a meeting"));
    // it never reported a meeting: the history counts from its start, not from its first check-in
    expect(JSON.stringify(dm?.blocks)).toContain(
      "No meeting reported since the tandem started on 8 March 2027. Check-ins without a reported meeting: 3.",
    );
    // the tandems that meet get no nudge and no alert
    for (const tn of [regular, paused])
      expect(keys.filter((k) => k.includes(`:t${tn.id}:since`))).toEqual([]);
  });

  it("stops check-ins in the last stretch: one final reflection instead, and no alert nobody can act on", () => {
    const stretch = addWorkdays(END, -4, "DE");
    for (const tn of [regular, quiet, paused]) {
      const late = channelSends(tn).filter((s) => s.key.startsWith("checkin:") && dayOf(s.sentAt) >= stretch);
      expect(late).toHaveLength(1);
      const last = late[0];
      const posted = messagesIn(tn.channelId).find((m) => m.text.startsWith("Last check-in"));
      expect(posted, `tandem ${tn.id}`).toBeDefined();
      // on the stretch's first day, or three working days after the last check-in if that is later (the
      // regular tandem's check-ins keep a full cadence after Easter Monday: its last is on 22 June)
      const before = channelSends(tn).filter(
        (s) => s.key.startsWith("checkin:") && dayOf(s.sentAt) < stretch,
      );
      const gap = addWorkdays(dayOf(before.at(-1)?.sentAt ?? ""), 3, "DE");
      expect(dayOf(last?.sentAt ?? "")).toBe([gap, stretch].sort()[1]);
    }
    expect(
      channelSends(regular)
        .filter((s) => s.key.startsWith("checkin:"))
        .map((s) => dayOf(s.sentAt))
        .at(-1),
    ).toBe("2027-06-25");
    for (const a of t.db.select().from(tandemAlerts).all())
      expect(dayOf(a.raisedAt) < addWorkdays(END, -10, "DE")).toBe(true);
  });

  it("thanks a member who answers the last check-in after the end, and counts the answer", async () => {
    expect(t.db.select().from(programs).get()?.status).toBe("closed");
    const row = t.db
      .select()
      .from(checkins)
      .where(eq(checkins.tandemId, quiet.id))
      .all()
      .sort((a, b) => b.period - a.period)[0];
    const message = messagesIn(quiet.channelId).find((m) => m.ts === row?.messageTs);
    if (!row || !message) throw new Error("no final check-in");
    await t.slack.blockAction(
      quiet.mentor,
      {
        action_id: memberId(ids.rhythm.checkinAnswer, "not_yet"),
        value: encodeValue({ c: row.id, a: "not_yet" }),
        block_id: ids.rhythm.checkinActions,
      },
      { channelId: message.channel, message: { ts: message.ts, text: message.text, blocks: message.blocks } },
    );
    await t.fake.waitFor(() => t.fake.responses().some((r) => String(r.text).includes("your answer counts")));
    expect(t.fake.responses().some((r) => String(r.text).includes("closed"))).toBe(false);
    expect(t.db.select().from(checkinAnswers).where(eq(checkinAnswers.checkinId, row.id)).all()).toEqual([
      expect.objectContaining({ userId: quiet.mentor, answer: "not_yet" }),
    ]);
  });
});
