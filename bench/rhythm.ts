/**
 * The rhythm of a whole program as its people feel it: a simulated 200-tandem program in Berlin from
 * 1 February to 30 July 2027 (Good Friday, Easter Monday, Ascension and Whit Monday fall into it),
 * run by the app's own scheduler (runDueWork) on a moved clock against a real SQLite file. A seeded
 * mix of tandems: most meet every two to four weeks and answer most check-ins ("yes" after a meeting,
 * "not yet" otherwise, now and then not at all, 80–100 % of them), some stall for good at some point
 * (no meeting, no answer), some pause for three weeks. People answer a check-in within a few working
 * days, the way they do in Slack, and one they let pass as likely after a nudge in its thread.
 * Reports: messages per person per month, alerts per stalled tandem, alerts for tandems that meet
 * (target 0), messages on weekends and holidays (target 0) and contradictory or stale pairs
 * (target 0: two messages in a tandem channel on one day, a nudge within three working days of a
 * check-in, an alert for a tandem that reported a meeting in the five weeks before).
 *   npm run bench:rhythm [tandems] [seed]   (default 200 42)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { loadConfig } from "../src/config";
import { type Db, openDb } from "../src/db/client";
import {
  checkinAnswers,
  checkins,
  participants,
  programs,
  scheduledSends,
  slackOps,
  slackUsers,
  tandemAlerts,
  tandems,
} from "../src/db/schema";
import type { Deps } from "../src/deps";
import { isHoliday } from "../src/domain/rhythm/holidays";
import { addDays, addWorkdays, isWorkday, localDate } from "../src/domain/rhythm/time";
import { runDueWork } from "../src/jobs/scheduler";
import { createLogger } from "../src/logger";

const SIZE = Number(process.argv[2] ?? 200);
const SEED = Number(process.argv[3] ?? 42);
const BERLIN = "Europe/Berlin";
const START = "2027-02-01";
const END = "2027-07-30";
const MANAGER = "UPM0000001";

type Kind = "regular" | "stalls" | "pauses";

interface SimTandem {
  id: number;
  kind: Kind;
  mentor: string;
  mentee: string;
  /** meets every this many days */
  every: number;
  /** chance of answering a check-in at all */
  answers: number;
  /** stalls: no meeting and no answer from this day on */
  stallFrom?: string;
  /** pauses: paused from this day for three weeks */
  pauseFrom?: string;
  meetings: string[];
}

/** A small seeded generator (mulberry32), so that the same seed gives the same program. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function seed(db: Db, rnd: () => number): SimTandem[] {
  const programId = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2027",
      topics: ["ai_tools"],
      startDate: START,
      endDate: END,
      signupDeadline: "2027-01-15",
      language: "de",
      timezone: BERLIN,
      status: "running",
      createdBy: MANAGER,
    })
    .returning({ id: programs.id })
    .get().id;
  const person = (userId: string, role: "mentor" | "mentee") => {
    db.insert(slackUsers)
      .values({ userId, tz: BERLIN, locale: "de-DE", fetchedAt: "2027-01-01T00:00:00Z" })
      .run();
    return db
      .insert(participants)
      .values({ programId, userId, role, status: "matched", consent: true })
      .returning({ id: participants.id })
      .get().id;
  };
  const out: SimTandem[] = [];
  for (let i = 1; i <= SIZE; i++) {
    const mentor = `UMEN${String(i).padStart(6, "0")}`;
    const mentee = `UEXE${String(i).padStart(6, "0")}`;
    const id = db
      .insert(tandems)
      .values({
        programId,
        mentorId: person(mentor, "mentor"),
        menteeId: person(mentee, "mentee"),
        channelId: `GT${String(i).padStart(8, "0")}`,
        status: "active",
        launchedAt: "2027-02-02T09:30:00Z",
      })
      .returning({ id: tandems.id })
      .get().id;
    const r = rnd();
    const kind: Kind = r < 0.7 ? "regular" : r < 0.85 ? "stalls" : "pauses";
    const every = 14 + Math.floor(rnd() * 15);
    const answers = 0.8 + rnd() * 0.2;
    const tandem: SimTandem = { id, kind, mentor, mentee, every, answers, meetings: [] };
    if (kind === "stalls") tandem.stallFrom = addDays("2027-03-01", Math.floor(rnd() * 90));
    if (kind === "pauses") tandem.pauseFrom = addDays("2027-03-01", Math.floor(rnd() * 100));
    for (let d = addDays("2027-02-02", 3 + Math.floor(rnd() * every)); d <= END; d = addDays(d, every)) {
      if (tandem.stallFrom && d >= tandem.stallFrom) break;
      if (tandem.pauseFrom && d >= tandem.pauseFrom && d < addDays(tandem.pauseFrom, 21)) continue;
      tandem.meetings.push(d);
    }
    out.push(tandem);
  }
  return out;
}

function deps(db: Db, dir: string): Deps {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: "secret",
    PORT: "0",
    DATABASE_PATH: join(dir, "rhythm.db"),
    PROGRAM_MANAGERS: MANAGER,
    DEFAULT_LANGUAGE: "de",
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return {
    config: result.config,
    db,
    clock: () => new Date(`${START}T00:00:00Z`),
    logger: createLogger("error"),
    wakeOutbox: () => {},
  };
}

/** What people do on a working day: answer the check-ins posted a few days ago, start and end pauses. */
/** per tandem, the latest check-in it let pass without an answer */
const unanswered = new Map<number, { checkinId: number; sentOn: string }>();

function act(db: Db, people: readonly SimTandem[], today: string, rnd: () => number, answered: Set<number>) {
  for (const tn of people) {
    if (tn.pauseFrom === today)
      db.update(tandems)
        .set({ status: "paused", pausedUntil: addDays(today, 21) })
        .where(eq(tandems.id, tn.id))
        .run();
    const posted = db
      .select({ id: checkins.id, period: checkins.period })
      .from(checkins)
      .where(eq(checkins.tandemId, tn.id))
      .all()
      .filter((c) => !answered.has(c.id));
    for (const c of posted) {
      const key = `checkin:t${tn.id}:p${c.period}`;
      const sent = db.select().from(scheduledSends).where(eq(scheduledSends.key, key)).get();
      if (!sent) continue;
      const sentOn = localDate(new Date(sent.sentAt), BERLIN);
      // they answer one to three working days after it came, or never
      const answerDay = addWorkdays(sentOn, 1 + (c.id % 3), "DE");
      if (today < answerDay) continue;
      answered.add(c.id);
      const silent = (tn.stallFrom && sentOn >= tn.stallFrom) || rnd() > tn.answers;
      if (silent) {
        unanswered.set(tn.id, { checkinId: c.id, sentOn });
        continue;
      }
      answer(db, tn, c.id, sentOn, today, rnd);
    }
    // A nudge in the thread of a check-in they let pass: they answer it now, as they would any check-in.
    const open = unanswered.get(tn.id);
    const nudge = db
      .select()
      .from(scheduledSends)
      .where(eq(scheduledSends.kind, "nudge"))
      .all()
      .find((n) => n.key.startsWith(`nudge:t${tn.id}:`) && localDate(new Date(n.sentAt), BERLIN) < today);
    if (open && nudge && !(tn.stallFrom && today >= tn.stallFrom)) {
      unanswered.delete(tn.id);
      if (rnd() <= tn.answers) answer(db, tn, open.checkinId, open.sentOn, today, rnd);
    }
  }
}

/** "Yes, we met" when they met in the two weeks before the check-in or since, else "not yet". */
function answer(db: Db, tn: SimTandem, checkinId: number, sentOn: string, today: string, rnd: () => number) {
  const met = tn.meetings.filter((d) => d <= today).at(-1);
  const yes = met !== undefined && met >= addDays(sentOn, -14);
  db.insert(checkinAnswers)
    .values({
      checkinId,
      userId: rnd() < 0.5 ? tn.mentor : tn.mentee,
      answer: yes ? "yes" : "not_yet",
      metOn: yes ? met : null,
      answeredAt: new Date(`${today}T10:00:00Z`).toISOString(),
    })
    .onConflictDoNothing()
    .run();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "tandem-rhythm-"));
  const started = performance.now();
  try {
    const db = openDb(join(dir, "rhythm.db"));
    const rnd = random(SEED);
    const people = seed(db, rnd);
    const d = deps(db, dir);
    const answered = new Set<number>();
    for (let day = START; day <= addDays(END, 7); day = addDays(day, 1)) {
      const hours = isWorkday(day) ? [6, 7, 8, 9, 10, 11, 12, 13, 14, 15] : [11];
      for (const hour of hours) {
        const now = new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
        if (hour === 6 && isWorkday(day)) act(db, people, day, rnd, answered);
        await runDueWork({ ...d, clock: () => now }, now);
      }
    }
    report(db, people, (performance.now() - started) / 1000);
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(db: Db, people: readonly SimTandem[], seconds: number) {
  const sends = db.select().from(scheduledSends).all();
  const ops = db.select().from(slackOps).all();
  const alerts = db.select().from(tandemAlerts).all();
  const dayOf = (iso: string) => localDate(new Date(iso), BERLIN);
  const byId = new Map(people.map((p) => [p.id, p]));
  const channelOf = new Map(people.map((p) => [`GT${String(p.id).padStart(8, "0")}`, p]));

  // messages each person received: posts in their tandem's channel and DMs to them
  const received = new Map<string, number>();
  const bump = (user: string) => received.set(user, (received.get(user) ?? 0) + 1);
  for (const op of ops) {
    const args = op.payload.args as { channel?: string; user?: string };
    if (op.kind === "message.post" && args.channel) {
      const tn = channelOf.get(args.channel);
      if (tn) {
        bump(tn.mentor);
        bump(tn.mentee);
      }
    } else if (op.kind === "dm.post" && args.user && args.user !== MANAGER) bump(args.user);
  }
  const months = (Date.parse(`${END}T00:00:00Z`) - Date.parse(`${START}T00:00:00Z`)) / (30.44 * 86_400_000);
  const perPerson = [...received.values()].map((n) => n / months).sort((a, b) => a - b);
  const median = perPerson[Math.floor(perPerson.length / 2)] ?? 0;
  const max = perPerson.at(-1) ?? 0;

  const stall = alerts.filter((a) => a.reason === "stall");
  const kindOf = (a: { tandemId: number }) => byId.get(a.tandemId)?.kind;
  const stalled = people.filter((p) => p.kind === "stalls");
  const onHolidays = sends.filter((s) => !isWorkday(dayOf(s.sentAt), "DE"));
  const holidayNames = sends.filter((s) => isHoliday(dayOf(s.sentAt), "DE"));

  // contradictory or stale pairs
  let pairs = 0;
  const channelDays = new Map<string, string[]>();
  for (const s of sends) {
    const m = /:t(\d+):/.exec(s.key);
    if (!m || s.key.startsWith("alert:")) continue;
    const list = channelDays.get(m[1] ?? "") ?? [];
    list.push(`${dayOf(s.sentAt)} ${s.key.split(":")[0]}`);
    channelDays.set(m[1] ?? "", list);
  }
  for (const list of channelDays.values()) {
    const days = list.map((e) => e.split(" ")[0] ?? "");
    pairs += days.length - new Set(days).size;
    for (const e of list.filter((x) => x.endsWith(" nudge"))) {
      const day = e.split(" ")[0] ?? "";
      const near = list.some(
        (x) =>
          x.endsWith(" checkin") &&
          (x.split(" ")[0] ?? "") <= day &&
          addWorkdays(x.split(" ")[0] ?? "", 3, "DE") > day,
      );
      if (near) pairs++;
    }
  }
  for (const a of stall) {
    const tn = byId.get(a.tandemId);
    const raised = dayOf(a.raisedAt);
    if (
      tn?.meetings.some((m) => m <= raised && m > addDays(raised, -35) && (!tn.stallFrom || m < tn.stallFrom))
    )
      pairs += kindOf(a) === "stalls" ? 0 : 1;
  }

  const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
  console.log(`\nA ${SIZE}-tandem program, ${START} to ${END}, seed ${SEED} (${seconds.toFixed(0)} s)`);
  line(
    "tandems: regular / stalling / pausing",
    `${people.filter((p) => p.kind === "regular").length} / ${stalled.length} / ${people.filter((p) => p.kind === "pauses").length}`,
  );
  line("messages per person per month (median, max)", `${median.toFixed(1)}, ${max.toFixed(1)}`);
  line(
    "check-ins, nudges, stall alerts",
    `${sends.filter((s) => s.kind === "checkin").length}, ${sends.filter((s) => s.kind === "nudge").length}, ${stall.length}`,
  );
  line(
    "alerts per stalled tandem",
    `${(stall.filter((a) => kindOf(a) === "stalls").length / Math.max(1, stalled.length)).toFixed(2)} (${new Set(stall.filter((a) => kindOf(a) === "stalls").map((a) => a.tandemId)).size} of ${stalled.length} stalled tandems alerted)`,
  );
  line("alerts for tandems that meet (target 0)", String(stall.filter((a) => kindOf(a) !== "stalls").length));
  line(
    "messages on weekends or holidays (target 0)",
    `${onHolidays.length} (${holidayNames.length} on holidays)`,
  );
  line("contradictory or stale pairs (target 0)", String(pairs));
  if (process.env.BENCH_VERBOSE) {
    for (const s of onHolidays.slice(0, 5)) console.log(`  on ${dayOf(s.sentAt)}: ${s.key}`);
    for (const a of stall.filter((x) => kindOf(x) !== "stalls")) {
      const tn = byId.get(a.tandemId);
      console.log(
        `  alert ${a.key} (${tn?.kind}, meets every ${tn?.every} days, answers ${tn?.answers.toFixed(2)})`,
      );
    }
  }
}

await main();
