import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { type Db, openDb } from "../../src/db/client";
import {
  checkinAnswers,
  checkins,
  evaluations,
  eventRsvps,
  events,
  participants,
  planGoals,
  programs,
  scheduledSends,
  slackOps,
  tandemAlerts,
  tandemPauses,
  tandems,
} from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import type { SteeringReport } from "../../src/domain/steering/report";
import { type Cell, isHidden, K_MIN } from "../../src/domain/steering/stats";
import { translator } from "../../src/i18n";
import { createLogger } from "../../src/logger";
import { exportTables, type Table } from "../../src/services/export";
import { steeringReport } from "../../src/services/report";
import { recount } from "../helpers/steering-recount";

/*
 * Issue 19: random program histories (joins, rematches that put a person in two tandems, pauses,
 * check-ins answered by one or both members, alerts, goals, events, evaluations with and without
 * consent or invitation) written into a real migrated database; every figure of the report and the
 * export is checked against a recount written plainly in SQL over the raw rows, and against the
 * invariants: no "X of Y" with X > Y, no share over 100 %, parts add up, no cell of one or two
 * visible or derivable.
 */

const NOW = new Date("2026-10-05T09:00:00Z");
const TEXTS = ["Clear goals", "clear goals!", "Monthly rhythm", "  CLEAR   goals ", "Patient mentor", "x"];

const history = fc.record({
  mentors: fc.integer({ min: 1, max: 7 }),
  mentees: fc.integer({ min: 1, max: 7 }),
  extra: fc.array(fc.constantFrom("draft", "complete", "waiting", "withdrawn"), { maxLength: 3 }),
  tandems: fc.array(
    fc.record({
      mentor: fc.nat(),
      mentee: fc.nat(),
      status: fc.constantFrom("active", "paused", "ended", "ended", "failed"),
      launched: fc.boolean(),
      rematch: fc.boolean(),
      checkins: fc.array(
        fc.record({
          mentor: fc.oneof(
            fc.constant("none" as const),
            fc.constant("not_yet" as const),
            fc.integer({ min: 1, max: 6 }),
          ),
          mentee: fc.oneof(
            fc.constant("none" as const),
            fc.constant("not_yet" as const),
            fc.integer({ min: 1, max: 6 }),
          ),
        }),
        { maxLength: 4 },
      ),
      alerts: fc.array(fc.record({ help: fc.boolean(), resolved: fc.boolean() }), { maxLength: 3 }),
      pauses: fc.nat({ max: 2 }),
      goals: fc.array(fc.boolean(), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 9 },
  ),
  events: fc.array(
    fc.record({ cancelled: fc.boolean(), seed: fc.array(fc.constantFrom("none", "invited", "yes", "no")) }),
    { maxLength: 3 },
  ),
  waves: fc.array(
    fc.record({
      invited: fc.boolean(),
      answer: fc.option(
        fc.record({
          satisfaction: fc.integer({ min: 1, max: 5 }),
          again: fc.constantFrom("yes", "no", "unsure"),
          share: fc.boolean(),
          helps: fc.option(fc.constantFrom(...TEXTS)),
        }),
      ),
    }),
    { maxLength: 30 },
  ),
});
type History = typeof history extends fc.Arbitrary<infer H> ? H : never;

function makeDeps(db: Db): Deps {
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "secret",
    DATABASE_PATH: ":memory:",
    LOG_LEVEL: "error",
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return { config: result.config, db, clock: () => NOW, logger: createLogger("error"), wakeOutbox: () => {} };
}

/** Writes the history as the app would have; gives the program's id. */
function write(db: Db, h: History): number {
  const program = db
    .insert(programs)
    .values({
      name: "Random cohort",
      topics: ["ai_tools"],
      startDate: "2026-04-01",
      endDate: "2026-09-30",
      signupDeadline: "2026-03-15",
      language: "en",
      timezone: "Europe/Berlin",
      status: "closed",
      createdBy: "UMANAGER01",
    })
    .returning()
    .get();
  const person = (userId: string, role: "mentor" | "mentee", status: string) =>
    db
      .insert(participants)
      .values({ programId: program.id, userId, role, status: status as "matched" })
      .returning()
      .get().id;
  const mentors = Array.from({ length: h.mentors }, (_, i) => ({
    id: person(`UM${i}`, "mentor", "matched"),
    user: `UM${i}`,
  }));
  const mentees = Array.from({ length: h.mentees }, (_, i) => ({
    id: person(`UE${i}`, "mentee", "waiting"),
    user: `UE${i}`,
  }));
  for (const [i, status] of h.extra.entries()) person(`UX${i}`, i % 2 ? "mentor" : "mentee", status);
  let previous: number | null = null;
  for (const x of h.tandems) {
    const mentor = mentors[x.mentor % mentors.length];
    const mentee = mentees[x.mentee % mentees.length];
    if (!mentor || !mentee) continue;
    const tandem = db
      .insert(tandems)
      .values({
        programId: program.id,
        mentorId: mentor.id,
        menteeId: mentee.id,
        status: x.status as "active",
        launchedAt: x.launched ? "2026-04-02T09:00:00Z" : null,
        endedAt: x.status === "ended" ? "2026-08-01T09:00:00Z" : null,
        replacesTandemId: x.rematch ? previous : null,
      })
      .returning()
      .get();
    previous = tandem.id;
    x.checkins.forEach((c, period) => {
      const checkin = db
        .insert(checkins)
        .values({ tandemId: tandem.id, period: period + 1 })
        .returning()
        .get();
      for (const [user, answer] of [
        [mentor.user, c.mentor],
        [mentee.user, c.mentee],
      ] as const) {
        if (answer === "none") continue;
        db.insert(checkinAnswers)
          .values({
            checkinId: checkin.id,
            userId: user,
            answer: answer === "not_yet" ? "not_yet" : "yes",
            metOn: typeof answer === "number" ? `2026-05-0${answer}` : null,
            answeredAt: "2026-05-10T10:00:00Z",
          })
          .run();
      }
    });
    for (const [i, a] of x.alerts.entries())
      db.insert(tandemAlerts)
        .values({
          key: `k:${tandem.id}:${i}`,
          tandemId: tandem.id,
          reason: a.help ? "help" : "stall",
          raisedAt: "2026-06-01T09:00:00Z",
          resolvedAt: a.resolved ? "2026-06-02T09:00:00Z" : null,
        })
        .run();
    for (let i = 0; i < x.pauses; i++)
      db.insert(tandemPauses).values({ tandemId: tandem.id, until: "2026-07-01" }).run();
    for (const [i, done] of x.goals.entries())
      db.insert(planGoals)
        .values({ tandemId: tandem.id, position: i, goal: `g${i}`, status: done ? "done" : "open" })
        .run();
  }
  const everyone = [...mentors, ...mentees];
  for (const e of h.events) {
    const event = db
      .insert(events)
      .values({
        programId: program.id,
        kind: "kickoff",
        startsAt: "2026-04-20T15:00:00Z",
        createdBy: "UMANAGER01",
        cancelledAt: e.cancelled ? "2026-04-10T09:00:00Z" : null,
      })
      .returning()
      .get();
    e.seed.slice(0, everyone.length).forEach((state, i) => {
      const p = everyone[i];
      if (!p || state === "none") return;
      db.insert(slackOps)
        .values({
          key: `event:${event.id}:announce:${p.user}`,
          batch: "b",
          kind: "dm.post",
          payload: { args: {} },
        })
        .run();
      if (state !== "invited")
        db.insert(eventRsvps)
          .values({
            eventId: event.id,
            userId: p.user,
            response: state === "yes" ? "going" : "not_going",
            answeredAt: "x",
          })
          .run();
    });
  }
  const inTandems = db
    .select()
    .from(tandems)
    .all()
    .flatMap((t) => [t.mentorId, t.menteeId]);
  const pool = everyone.filter((p) => inTandems.includes(p.id));
  h.waves.forEach((w, i) => {
    const p = pool[i % Math.max(1, pool.length)];
    const wave = i < h.waves.length / 2 ? "midterm" : "final";
    if (!p) return;
    const key = `eval:p${program.id}:${wave}:${p.user}`;
    if (w.invited)
      db.insert(scheduledSends)
        .values({ key, programId: program.id, kind: "eval", sentAt: "x" })
        .onConflictDoNothing()
        .run();
    if (w.answer)
      db.insert(evaluations)
        .values({
          programId: program.id,
          participantId: p.id,
          kind: wave,
          answers: {
            role: mentors.some((m) => m.id === p.id) ? "mentor" : "mentee",
            satisfaction: w.answer.satisfaction,
            meetings: 1,
            helps: w.answer.helps,
            change: null,
            learned: null,
            again: w.answer.again,
            shareText: w.answer.share,
          },
          submittedAt: "2026-07-02T09:00:00Z",
        })
        .onConflictDoNothing()
        .run();
  });
  return program.id;
}

/** Cells of a distribution: shown ones are 0 or at least K_MIN, and never exactly one is hidden. */
function checkCells(cells: readonly Cell[], truth: readonly number[], total: number, label: string): void {
  const hidden = cells.filter(isHidden);
  expect(hidden.length === 1, `${label}: one hidden cell is the total minus the rest`).toBe(false);
  let shownSum = 0;
  cells.forEach((c, i) => {
    if (typeof c === "number") {
      expect(c, label).toBe(truth[i]);
      expect(c === 0 || c >= K_MIN, `${label}: a shown cell of ${c}`).toBe(true);
      shownSum += c;
    } else if (c.hidden === "small") expect([1, 2], label).toContain(truth[i]);
  });
  if (hidden.length === 0) expect(shownSum, label).toBe(total);
  else expect(shownSum, label).toBeLessThan(total);
}

function checkReport(db: Db, programId: number, report: SteeringReport, tables: Table[]): void {
  const r = recount(db, programId);
  expect(report.people).toBe(r.people);
  expect(report.tandemCount).toBe(r.tandems);
  expect(report.program.shown).toBe(r.tandems >= K_MIN);
  if (report.program.shown) {
    const p = report.program.value;
    const { answered, satisfaction, invitedOrAnswered, event, ...plain } = r;
    for (const [key, value] of Object.entries(plain)) expect(p[key as keyof typeof p], key).toBe(value);
    expect(p.checkinAnswersAsked).toBe(2 * r.checkins);
    expect(p.peopleWhoAnsweredCheckin).toBeLessThanOrEqual(p.people);
    expect(p.tandemsThatMet).toBeLessThanOrEqual(p.tandems);
    expect(p.stallAlertsResolved).toBeLessThanOrEqual(p.stallAlerts);
    expect(p.goalsDone).toBeLessThanOrEqual(p.goalsSet);
    expect(p.tandemsWithPlan).toBeLessThanOrEqual(p.tandems);
  }
  if (report.checkinResponseRate.shown) {
    expect(report.checkinResponseRate.value).toBeLessThanOrEqual(100);
    expect(report.checkinResponseRate.value).toBe(
      r.checkins === 0 ? 0 : Math.round((r.checkinAnswers / (2 * r.checkins)) * 100),
    );
  }
  for (const s of report.funnel)
    if (s.count.shown) expect(s.count.value, s.stage).toBeLessThanOrEqual(report.people);
  for (const f of report.perWaveRole) {
    const label = `${f.wave} ${f.role}`;
    expect(f.answered, label).toBe(r.answered(f.wave, f.role));
    expect(f.invited, label).toBe(r.invitedOrAnswered(f.wave, f.role));
    expect(f.answered, `${label}: X of Y`).toBeLessThanOrEqual(f.invited);
    if (f.responseRate.shown) expect(f.responseRate.value).toBeLessThanOrEqual(100);
    expect(f.satisfaction.shown).toBe(f.answered >= K_MIN);
    if (f.satisfaction.shown) {
      const truth = [1, 2, 3, 4, 5].map((l) => r.satisfaction(f.wave, f.role, l));
      checkCells([...f.satisfaction.value.values()], truth, f.answered, `${label} satisfaction`);
    }
  }
  for (const e of report.events) {
    const truth = r.event(e.id);
    expect(e.going).toBe(truth.going);
    expect(e.notGoing).toBe(truth.notGoing);
    expect(e.invited).toBe(truth.invited);
    expect(e.going + e.notGoing).toBeLessThanOrEqual(e.invited);
  }
  for (const x of report.texts) {
    if (!x.items.shown) continue;
    expect(x.writers).toBeGreaterThanOrEqual(K_MIN);
    expect(x.items.value.reduce((s, g) => s + g.count, 0)).toBe(x.writers);
  }

  // The export: gap-free numbers, statuses that agree with the tandems, the same figures.
  const [people, tandemTable, evaluation, eventTable] = tables;
  const numbers = (people?.rows ?? []).map((row) => row[0]);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  const live = db.$client
    .prepare(
      `SELECT DISTINCT pid FROM (SELECT mentor_id AS pid, status FROM tandems WHERE launched_at IS NOT NULL UNION ALL SELECT mentee_id, status FROM tandems WHERE launched_at IS NOT NULL) WHERE status IN ('active','paused')`,
    )
    .pluck()
    .all() as number[];
  const pids = db.select({ id: participants.id, status: participants.status }).from(participants).all();
  (people?.rows ?? []).forEach((row, i) => {
    const p = pids[i];
    if (!p || p.status === "withdrawn") return;
    expect(row[4] === "in_tandem", `participant ${row[0]}: ${row[4]}`).toBe(live.includes(p.id));
    if (row[4] === "waiting") expect(row[9]).toBe("");
  });
  expect(tandemTable?.rows.length).toBe(r.tandems);
  const tandemSum = (column: string) => {
    const i = tandemTable?.columns.indexOf(column) ?? -1;
    return (tandemTable?.rows ?? []).reduce((s, row) => s + Number(row[i] ?? 0), 0);
  };
  expect(tandemSum("checkins")).toBe(r.checkins);
  expect(tandemSum("checkin_answers")).toBe(r.checkinAnswers);
  expect(tandemSum("meetings")).toBe(r.meetings);
  expect(tandemSum("pauses")).toBe(r.pauses);
  expect(tandemSum("goals")).toBe(r.goalsSet);
  expect(tandemSum("stall_alerts")).toBe(r.stallAlerts);
  for (const row of evaluation?.rows ?? []) {
    const [wave, role, measure, value, n] = row;
    if (value === "") continue;
    expect(typeof value, String(measure)).toBe("number");
    if (
      typeof measure === "string" &&
      /^(satisfaction|again)_[a-z0-9]+$/.test(measure) &&
      !/median|q[13]/.test(measure)
    )
      expect(Number(value) === 0 || Number(value) >= K_MIN, `${wave} ${role} ${measure}`).toBe(true);
    if (typeof measure === "string" && measure.endsWith("_percent"))
      expect(Number(value)).toBeLessThanOrEqual(100);
    expect(Number(n)).toBeGreaterThanOrEqual(K_MIN);
  }
  for (const row of eventTable?.rows ?? [])
    expect(Number(row[5]) + Number(row[6]) + Number(row[7])).toBe(Number(row[4]));
}

describe("the report and the export against a plain recount of random program histories", () => {
  it("agree on every figure and keep every invariant", () => {
    fc.assert(
      fc.property(history, (h) => {
        const db = openDb(":memory:");
        try {
          const programId = write(db, h);
          const deps = makeDeps(db);
          const program = db.select().from(programs).all()[0];
          if (!program) throw new Error("no program");
          const { report, rows, input } = steeringReport(deps, program, NOW, () => []);
          const tables = exportTables(translator("en"), {
            report,
            programClosed: true,
            participants: db
              .select()
              .from(participants)
              .all()
              .map((p) => ({ ...p, realName: null })),
            tandems: rows.tandems,
            history: input.history ?? { alerts: [], pauses: [], goals: [] },
          });
          checkReport(db, programId, report, tables);
        } finally {
          db.$client.close();
        }
      }),
      { numRuns: 50 },
    );
  });
});
