import { and, asc, desc, eq, inArray, like, lt } from "drizzle-orm";
import { programCalendar } from "../../domain/rhythm/holidays";
import type { EvaluationAnswers } from "../../domain/steering/evaluation";
import { parseAnswers } from "../../domain/steering/evaluation";
import type { ProgramHistory, RatingPhase, ReportEvent, ReportTandem } from "../../domain/steering/report";
import {
  type EvalMember,
  type EvalState,
  WAVES,
  type Wave,
  type WaveProgram,
  wavePhase,
} from "../../domain/steering/waves";
import type { Role } from "../../domain/types";
import {
  actionPlans,
  checkinAnswers,
  checkins,
  evaluations,
  events,
  exports,
  participants,
  planGoals,
  programs,
  scheduledSends,
  slackUsers,
  tandemAlerts,
  tandemPauses,
  tandems,
  topicRatings,
} from "../schema";
import type { DbOrTx } from "../tx";
import { rsvpCounts } from "./events";
import { readTandemPage } from "./rhythm";

/*
 * Steering: evaluation waves (who is asked, what they answered), the rows behind the reports and
 * the exports. See docs/decisions/steering.md.
 */

export type ProgramRow = typeof programs.$inferSelect;

export function waveProgram(p: ProgramRow): WaveProgram {
  return {
    id: p.id,
    status: p.status,
    startDate: p.startDate,
    endDate: p.endDate,
    timezone: p.timezone,
    midtermEvalDate: p.midtermEvalDate,
    finalEvalDate: p.finalEvalDate,
    evalWindowDays: p.evalWindowDays,
    calendar: programCalendar(p),
  };
}

/**
 * Everything dueEvalItems needs at `now`: programs that run or closed with a wave open now (the only
 * ones with anything due, so most ticks read no tandems at all), their tandem members, answers, sends.
 */
export function readEvalState(db: DbOrTx, now: Date): EvalState {
  const rows = db
    .select()
    .from(programs)
    .where(inArray(programs.status, ["running", "closed"]))
    .all()
    .filter((p) => WAVES.some((wave) => wavePhase(waveProgram(p), wave, now) === "open"));
  const programIds = rows.map((p) => p.id);
  if (programIds.length === 0) return { programs: [], members: [], answered: new Set(), sent: new Map() };
  const tandemRows = db
    .select()
    .from(tandems)
    .where(
      and(inArray(tandems.programId, programIds), inArray(tandems.status, ["active", "paused", "ended"])),
    )
    .all();
  const people = new Map(
    db
      .select({
        id: participants.id,
        userId: participants.userId,
        role: participants.role,
        status: participants.status,
        tz: slackUsers.tz,
      })
      .from(participants)
      .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
      .where(inArray(participants.programId, programIds))
      .all()
      .map((p) => [p.id, p]),
  );
  const members: EvalMember[] = [];
  for (const t of tandemRows) {
    for (const pid of [t.mentorId, t.menteeId]) {
      const p = people.get(pid);
      if (!p || p.status === "withdrawn") continue;
      members.push({
        programId: t.programId,
        participantId: pid,
        userId: p.userId,
        role: p.role,
        tz: p.tz,
        tandemStatus: t.status,
        launchedAt: t.launchedAt,
        endedAt: t.endedAt,
      });
    }
  }
  const answered = new Set(
    db
      .select({ participantId: evaluations.participantId, kind: evaluations.kind })
      .from(evaluations)
      .where(inArray(evaluations.programId, programIds))
      .all()
      .map((e) => `${e.participantId}:${e.kind}`),
  );
  const sent = new Map(
    db
      .select({ key: scheduledSends.key, sentAt: scheduledSends.sentAt })
      .from(scheduledSends)
      .where(and(inArray(scheduledSends.programId, programIds), like(scheduledSends.key, "eval:%")))
      .all()
      .map((s) => [s.key, s.sentAt]),
  );
  return { programs: rows.map(waveProgram), members, answered, sent };
}

export function programRow(db: DbOrTx, programId: number): ProgramRow | undefined {
  return db.select().from(programs).where(eq(programs.id, programId)).get();
}

/**
 * The program a report is about: the one asked for, else the one being run, else the last closed
 * one, else the newest.
 */
export function reportProgram(db: DbOrTx, programId?: number): ProgramRow | undefined {
  if (programId !== undefined) return programRow(db, programId);
  const newest = (status: "running" | "closed") =>
    db
      .select()
      .from(programs)
      .where(eq(programs.status, status))
      .orderBy(desc(programs.startDate), desc(programs.id))
      .get();
  return newest("running") ?? newest("closed") ?? db.select().from(programs).orderBy(desc(programs.id)).get();
}

/** The cohort before this one: the program that started last before it. */
export function previousProgram(db: DbOrTx, program: ProgramRow): ProgramRow | undefined {
  return db
    .select()
    .from(programs)
    .where(lt(programs.startDate, program.startDate))
    .orderBy(desc(programs.startDate), desc(programs.id))
    .get();
}

export function participantOf(db: DbOrTx, programId: number, userId: string) {
  return db
    .select()
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, userId)))
    .get();
}

/** The person's answers of a wave and their ratings of that phase, to prefill the modal. */
export function evaluationOf(
  db: DbOrTx,
  participantId: number,
  wave: Wave,
): { answers: EvaluationAnswers; ratings: Map<string, number> } | undefined {
  const row = db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.participantId, participantId), eq(evaluations.kind, wave)))
    .get();
  const answers = row ? parseAnswers(row.answers) : undefined;
  if (!answers) return undefined;
  const ratings = new Map(
    db
      .select()
      .from(topicRatings)
      .where(and(eq(topicRatings.participantId, participantId), eq(topicRatings.phase, wave)))
      .all()
      .map((r) => [r.topic, r.level]),
  );
  return { answers, ratings };
}

/** One row per person and wave: a second answer replaces the first, with its ratings. */
export function saveEvaluation(
  db: DbOrTx,
  input: {
    programId: number;
    participantId: number;
    wave: Wave;
    answers: EvaluationAnswers;
    ratings: Record<string, number>;
    now: Date;
  },
): void {
  const submittedAt = input.now.toISOString();
  const answers = { ...input.answers } as unknown as Record<string, unknown>;
  db.insert(evaluations)
    .values({
      programId: input.programId,
      participantId: input.participantId,
      kind: input.wave,
      answers,
      submittedAt,
    })
    .onConflictDoUpdate({
      target: [evaluations.participantId, evaluations.kind],
      set: { answers, submittedAt },
    })
    .run();
  for (const [topic, level] of Object.entries(input.ratings)) {
    db.insert(topicRatings)
      .values({ participantId: input.participantId, topic, level, phase: input.wave })
      .onConflictDoUpdate({
        target: [topicRatings.participantId, topicRatings.topic, topicRatings.phase],
        set: { level },
      })
      .run();
  }
}

export function setWaveDates(
  db: DbOrTx,
  programId: number,
  input: { midterm: string | null; final: string | null; window: number },
  now: Date,
): void {
  db.update(programs)
    .set({
      midtermEvalDate: input.midterm,
      finalEvalDate: input.final,
      evalWindowDays: input.window,
      updatedAt: now.toISOString(),
    })
    .where(eq(programs.id, programId))
    .run();
}

export interface ReportRows {
  tandems: (ReportTandem & {
    mentorUserId: string;
    menteeUserId: string;
    launchedAt: string | null;
    endedAt: string | null;
    pausedUntil: string | null;
    lastMetOn: string | null;
  })[];
  roles: Map<number, Role>;
  invited: Record<Wave, Set<number>>;
  evaluations: { participantId: number; wave: Wave; answers: EvaluationAnswers }[];
  ratings: { participantId: number; topic: string; phase: RatingPhase; level: number }[];
}

/**
 * The rows of a program's report: its launched tandems with their check-ins, meetings and plans,
 * the participants' roles, who was asked in each wave, the answers and the topic ratings.
 * `stalledIds` and `pausedIds` are decided by the caller (the rhythm's stall rules).
 */
export function readReportRows(
  db: DbOrTx,
  programId: number,
  stalledIds: ReadonlySet<number>,
  pausedIds: ReadonlySet<number>,
): ReportRows {
  const people = db.select().from(participants).where(eq(participants.programId, programId)).all();
  const roles = new Map(people.map((p) => [p.id, p.role]));
  const userOf = new Map(people.map((p) => [p.id, p.userId]));
  const pidOfUser = new Map(people.map((p) => [p.userId, p.id]));
  const tandemRows = db
    .select()
    .from(tandems)
    .where(and(eq(tandems.programId, programId), inArray(tandems.status, ["active", "paused", "ended"])))
    .orderBy(asc(tandems.id))
    .all()
    .filter((t) => t.launchedAt !== null);
  const ids = tandemRows.map((t) => t.id);
  const checkinRows =
    ids.length === 0 ? [] : db.select().from(checkins).where(inArray(checkins.tandemId, ids)).all();
  const answerRows =
    ids.length === 0
      ? []
      : db
          .select({
            tandemId: checkins.tandemId,
            checkinId: checkinAnswers.checkinId,
            userId: checkinAnswers.userId,
            answer: checkinAnswers.answer,
            metOn: checkinAnswers.metOn,
          })
          .from(checkinAnswers)
          .innerJoin(checkins, eq(checkins.id, checkinAnswers.checkinId))
          .where(inArray(checkins.tandemId, ids))
          .all();
  const plans = new Set(
    ids.length === 0
      ? []
      : [
          ...db
            .select({ id: actionPlans.tandemId })
            .from(actionPlans)
            .where(inArray(actionPlans.tandemId, ids))
            .all(),
          ...db
            .select({ id: planGoals.tandemId })
            .from(planGoals)
            .where(inArray(planGoals.tandemId, ids))
            .all(),
        ].map((r) => r.id),
  );
  const out: ReportRows["tandems"] = tandemRows.map((t) => {
    const answers = answerRows.filter((a) => a.tandemId === t.id);
    const metDates = new Set(answers.filter((a) => a.answer === "yes" && a.metOn).map((a) => a.metOn));
    const mentorUserId = userOf.get(t.mentorId) ?? "";
    const menteeUserId = userOf.get(t.menteeId) ?? "";
    const answeredBy = new Set(answers.map((a) => a.userId));
    const answeredPids = [t.mentorId, t.menteeId].filter((pid) => answeredBy.has(userOf.get(pid) ?? ""));
    return {
      id: t.id,
      status: t.status,
      mentorParticipantId: t.mentorId,
      menteeParticipantId: t.menteeId,
      mentorUserId,
      menteeUserId,
      checkins: checkinRows.filter((c) => c.tandemId === t.id).length,
      checkinAnswers: answers.length,
      checkinsAnswered: new Set(answers.map((a) => a.checkinId)).size,
      membersWhoAnswered: answeredPids.length,
      answeredBy: answeredPids,
      replacesTandemId: t.replacesTandemId,
      meetings: metDates.size,
      hasPlan: plans.has(t.id),
      stalled: stalledIds.has(t.id),
      paused: pausedIds.has(t.id),
      launchedAt: t.launchedAt,
      endedAt: t.endedAt,
      pausedUntil: t.pausedUntil,
      lastMetOn:
        [...metDates]
          .filter((d): d is string => d !== null)
          .sort()
          .at(-1) ?? null,
    };
  });
  const invited: Record<Wave, Set<number>> = { midterm: new Set(), final: new Set() };
  for (const s of db
    .select({ key: scheduledSends.key })
    .from(scheduledSends)
    .where(and(eq(scheduledSends.programId, programId), like(scheduledSends.key, `eval:p${programId}:%`)))
    .all()) {
    const [, , wave, userId, reminder] = s.key.split(":");
    const w = WAVES.find((x) => x === wave);
    const pid = userId ? pidOfUser.get(userId) : undefined;
    if (w && pid !== undefined && reminder === undefined) invited[w].add(pid);
  }
  const evals = db
    .select()
    .from(evaluations)
    .where(eq(evaluations.programId, programId))
    .all()
    .flatMap((e) => {
      const answers = parseAnswers(e.answers);
      return answers ? [{ participantId: e.participantId, wave: e.kind, answers }] : [];
    });
  const pids = people.map((p) => p.id);
  const ratings =
    pids.length === 0
      ? []
      : db
          .select()
          .from(topicRatings)
          .where(inArray(topicRatings.participantId, pids))
          .all()
          .map((r) => ({ participantId: r.participantId, topic: r.topic, phase: r.phase, level: r.level }));
  return { tandems: out, roles, invited, evaluations: evals, ratings };
}

/**
 * What happened in a program's tandems over the whole program (the report's ProgramHistory): every
 * alert raised, pause started and goal set, and each event with its invitations and answers.
 */
export function readProgramHistory(
  db: DbOrTx,
  programId: number,
  tandemIds: readonly number[],
): ProgramHistory {
  const ids = [...tandemIds];
  const alerts =
    ids.length === 0
      ? []
      : db
          .select({
            tandemId: tandemAlerts.tandemId,
            reason: tandemAlerts.reason,
            resolvedAt: tandemAlerts.resolvedAt,
          })
          .from(tandemAlerts)
          .where(inArray(tandemAlerts.tandemId, ids))
          .all()
          .map((a) => ({ tandemId: a.tandemId, reason: a.reason, resolved: a.resolvedAt !== null }));
  const pauses =
    ids.length === 0
      ? []
      : db
          .select({ tandemId: tandemPauses.tandemId })
          .from(tandemPauses)
          .where(inArray(tandemPauses.tandemId, ids))
          .all();
  const goals =
    ids.length === 0
      ? []
      : db
          .select({ tandemId: planGoals.tandemId, status: planGoals.status })
          .from(planGoals)
          .where(inArray(planGoals.tandemId, ids))
          .all()
          .map((g) => ({ tandemId: g.tandemId, done: g.status === "done" }));
  const eventRows = db
    .select()
    .from(events)
    .where(eq(events.programId, programId))
    .orderBy(asc(events.startsAt), asc(events.id))
    .all();
  const reportEvents: ReportEvent[] = eventRows.map((e) => {
    const counts = rsvpCounts(db, e.id);
    return {
      id: e.id,
      kind: e.kind,
      startsAt: e.startsAt,
      cancelled: e.cancelledAt !== null,
      invited: Math.max(counts.invited, counts.going + counts.notGoing),
      going: counts.going,
      notGoing: counts.notGoing,
    };
  });
  return { alerts, pauses, goals, events: reportEvents };
}

/** The running tandems of a program as the scheduler sees them (for the stall rules). */
export function runningTandemSnapshots(db: DbOrTx, programId: number) {
  return readTandemPage(db, [programId], { afterId: 0 }).tandems;
}

export function exportParticipants(db: DbOrTx, programId: number) {
  return db
    .select({
      id: participants.id,
      userId: participants.userId,
      role: participants.role,
      status: participants.status,
      department: participants.department,
      realName: slackUsers.realName,
    })
    .from(participants)
    .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
    .where(eq(participants.programId, programId))
    .orderBy(asc(participants.id))
    .all();
}

export function recordExport(
  db: DbOrTx,
  input: {
    programId: number;
    userId: string;
    files: { name: string; fileId: string; rows: number }[];
    now: Date;
  },
): number {
  return db
    .insert(exports)
    .values({
      programId: input.programId,
      userId: input.userId,
      files: input.files,
      createdAt: input.now.toISOString(),
    })
    .returning({ id: exports.id })
    .get().id;
}
