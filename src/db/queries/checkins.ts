import { and, desc, eq, inArray, isNotNull, isNull, max, or } from "drizzle-orm";
import { checkinPlan, isPaused, stallLevel, stallSince } from "../../domain/rhythm/due";
import { programCalendar } from "../../domain/rhythm/holidays";
import { daysBetween, localDate, pickTimeZone } from "../../domain/rhythm/time";
import type { Db } from "../client";
import {
  type CheckinAnswer,
  checkinAnswers,
  checkins,
  participants,
  planGoals,
  programs,
  scheduledSends,
  slackUsers,
  tandemAlerts,
  tandemPauses,
  tandems,
} from "../schema";
import type { DbOrTx } from "../tx";
import { liveTandemInChannel } from "./plans";
import { checkinSnapshotsOf, lastNudgesOf } from "./rhythm";

/*
 * The interactive side of the program's rhythm: check-in answers, goal progress, "at risk" alerts and
 * pauses. Functions that take DbOrTx can run inside the caller's transaction (with enqueue).
 */

export type Tandem = typeof tandems.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;
export type Checkin = typeof checkins.$inferSelect;
export type CheckinAnswerRow = typeof checkinAnswers.$inferSelect;
export type PlanGoalRow = typeof planGoals.$inferSelect;
export type TandemAlert = typeof tandemAlerts.$inferSelect;
export type GoalStatus = PlanGoalRow["status"];

export interface TandemInfo {
  tandem: Tandem;
  program: ProgramRow;
  mentor: { participantId: number; userId: string; locale: string | null; tz: string | null };
  mentee: { participantId: number; userId: string; locale: string | null; tz: string | null };
}

function withMembers(db: DbOrTx, tandem: Tandem | undefined): TandemInfo | undefined {
  if (!tandem) return undefined;
  const program = db.select().from(programs).where(eq(programs.id, tandem.programId)).get();
  const people = db
    .select({
      id: participants.id,
      userId: participants.userId,
      locale: slackUsers.locale,
      tz: slackUsers.tz,
    })
    .from(participants)
    .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
    .where(inArray(participants.id, [tandem.mentorId, tandem.menteeId]))
    .all();
  const mentor = people.find((p) => p.id === tandem.mentorId);
  const mentee = people.find((p) => p.id === tandem.menteeId);
  if (!program || !mentor || !mentee) return undefined;
  const member = (p: typeof mentor) => ({
    participantId: p.id,
    userId: p.userId,
    locale: p.locale,
    tz: p.tz,
  });
  return { tandem, program, mentor: member(mentor), mentee: member(mentee) };
}

export function tandemInfo(db: DbOrTx, tandemId: number): TandemInfo | undefined {
  return withMembers(db, db.select().from(tandems).where(eq(tandems.id, tandemId)).get());
}

/** The live tandem whose channel this is (the newest, should a channel ever have been reused). */
export function tandemInChannel(db: DbOrTx, channelId: string): TandemInfo | undefined {
  return withMembers(db, liveTandemInChannel(db, channelId));
}

/** The user's tandem in the program that is running now (active or paused), if any. */
export function runningTandemOfUser(db: DbOrTx, programId: number, userId: string): TandemInfo | undefined {
  const person = db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, userId)))
    .get();
  if (!person) return undefined;
  const tandem = db
    .select()
    .from(tandems)
    .where(
      and(
        or(eq(tandems.mentorId, person.id), eq(tandems.menteeId, person.id)),
        inArray(tandems.status, ["active", "paused"]),
      ),
    )
    .orderBy(desc(tandems.id))
    .get();
  return withMembers(db, tandem);
}

export function isMember(info: TandemInfo, userId: string): boolean {
  return info.mentor.userId === userId || info.mentee.userId === userId;
}

export function partnerOf(info: TandemInfo, userId: string): string {
  return info.mentor.userId === userId ? info.mentee.userId : info.mentor.userId;
}

// ---- check-ins -------------------------------------------------------------------------------

export function getCheckin(db: DbOrTx, checkinId: number): Checkin | undefined {
  return db.select().from(checkins).where(eq(checkins.id, checkinId)).get();
}

export function answersOf(db: DbOrTx, checkinId: number): CheckinAnswerRow[] {
  return db
    .select()
    .from(checkinAnswers)
    .where(eq(checkinAnswers.checkinId, checkinId))
    .orderBy(checkinAnswers.answeredAt)
    .all();
}

export function answerOf(db: DbOrTx, checkinId: number, userId: string): CheckinAnswerRow | undefined {
  return db
    .select()
    .from(checkinAnswers)
    .where(and(eq(checkinAnswers.checkinId, checkinId), eq(checkinAnswers.userId, userId)))
    .get();
}

export function goalsOf(db: DbOrTx, tandemId: number): PlanGoalRow[] {
  return db
    .select()
    .from(planGoals)
    .where(eq(planGoals.tandemId, tandemId))
    .orderBy(planGoals.position)
    .all();
}

export interface AnswerInput {
  checkinId: number;
  tandemId: number;
  userId: string;
  answer: CheckinAnswer;
  metOn?: string | null;
  topicsCovered?: string | null;
  usefulness?: number | null;
  nextStep?: string | null;
  /** goal id → status; only goals of the tandem are updated */
  goalProgress?: Record<string, GoalStatus> | null;
  now: Date;
}

/** One answer per person and check-in: answering again replaces the earlier answer. */
export function saveAnswer(db: DbOrTx, input: AnswerInput): void {
  const row = {
    checkinId: input.checkinId,
    userId: input.userId,
    answer: input.answer,
    metOn: input.metOn ?? null,
    topicsCovered: input.topicsCovered ?? null,
    usefulness: input.usefulness ?? null,
    nextStep: input.nextStep ?? null,
    goalProgress: input.goalProgress ?? null,
    answeredAt: input.now.toISOString(),
  };
  db.insert(checkinAnswers)
    .values(row)
    .onConflictDoUpdate({ target: [checkinAnswers.checkinId, checkinAnswers.userId], set: row })
    .run();
  for (const [goalId, status] of Object.entries(input.goalProgress ?? {})) {
    db.update(planGoals)
      .set({ status })
      .where(and(eq(planGoals.id, Number(goalId)), eq(planGoals.tandemId, input.tandemId)))
      .run();
  }
}

/** Remembers where the check-in message is, if the scheduler has not recorded it yet. */
export function rememberCheckinMessage(db: DbOrTx, checkinId: number, channelId: string, ts: string): void {
  db.update(checkins)
    .set({ channelId, messageTs: ts })
    .where(and(eq(checkins.id, checkinId), isNull(checkins.messageTs)))
    .run();
}

/** The id the scheduler's domain gives a help request (HelpRequest.id in domain/rhythm/due.ts). */
export function helpRequestId(checkinId: number, userId: string): string {
  return `c${checkinId}-${userId}`;
}

/**
 * Help alerts go out at once from the click; this tells the scheduler that the item it would derive
 * from the same answer ("alert:t<tandem>:help<request>") was sent, so managers hear of it once.
 */
export function markHelpAlertSent(
  db: DbOrTx,
  input: { programId: number; tandemId: number; checkinId: number; userId: string; now: Date },
): void {
  db.insert(scheduledSends)
    .values({
      key: `alert:t${input.tandemId}:help${helpRequestId(input.checkinId, input.userId)}`,
      programId: input.programId,
      kind: "alert",
      sentAt: input.now.toISOString(),
    })
    .onConflictDoNothing()
    .run();
}

// ---- alerts ----------------------------------------------------------------------------------

/** The idempotency key of the help alert of a check-in: both members asking still alerts once. */
export function helpAlertKey(checkinId: number): string {
  return `help:c${checkinId}`;
}

/** A request for help that only the program managers see: one per check-in and person. */
export function privateHelpAlertKey(checkinId: number, userId: string): string {
  return `help:c${checkinId}:private:${userId}`;
}

/** Inserts an alert once per key; created is false when it had been raised before. */
export function insertAlert(
  db: DbOrTx,
  input: {
    key: string;
    tandemId: number;
    reason: TandemAlert["reason"];
    since?: string | null;
    askedPrivatelyBy?: string | null;
    unanswered?: number | null;
    now: Date;
  },
): { alert: TandemAlert; created: boolean } {
  const inserted = db
    .insert(tandemAlerts)
    .values({
      key: input.key,
      tandemId: input.tandemId,
      reason: input.reason,
      since: input.since ?? null,
      askedPrivatelyBy: input.askedPrivatelyBy ?? null,
      unanswered: input.unanswered ?? null,
      raisedAt: input.now.toISOString(),
    })
    .onConflictDoNothing()
    .returning()
    .get();
  if (inserted) return { alert: inserted, created: true };
  const existing = db.select().from(tandemAlerts).where(eq(tandemAlerts.key, input.key)).get();
  if (!existing) throw new Error(`insertAlert: alert ${input.key} vanished`);
  return { alert: existing, created: false };
}

export function getAlert(db: DbOrTx, alertId: number): TandemAlert | undefined {
  return db.select().from(tandemAlerts).where(eq(tandemAlerts.id, alertId)).get();
}

/** The first manager to take an open alert keeps it; returns whether this call took it. */
export function claimAlert(db: DbOrTx, alertId: number, by: string, now: Date): boolean {
  const res = db
    .update(tandemAlerts)
    .set({ claimedBy: by, claimedAt: now.toISOString() })
    .where(and(eq(tandemAlerts.id, alertId), isNull(tandemAlerts.claimedBy), isNull(tandemAlerts.resolvedAt)))
    .run();
  return res.changes === 1;
}

/** Resolves an open alert once; returns whether this call resolved it. */
export function resolveAlert(db: DbOrTx, alertId: number, by: string, now: Date): boolean {
  const res = db
    .update(tandemAlerts)
    .set({ resolvedBy: by, resolvedAt: now.toISOString() })
    .where(and(eq(tandemAlerts.id, alertId), isNull(tandemAlerts.resolvedAt)))
    .run();
  return res.changes === 1;
}

/** Resolves every open alert of a tandem (it ended, or a manager resolved the at-risk entry). */
export function resolveAlertsOf(db: DbOrTx, tandemId: number, by: string, now: Date): number[] {
  return db
    .update(tandemAlerts)
    .set({ resolvedBy: by, resolvedAt: now.toISOString() })
    .where(and(eq(tandemAlerts.tandemId, tandemId), isNull(tandemAlerts.resolvedAt)))
    .returning({ id: tandemAlerts.id })
    .all()
    .map((r) => r.id);
}

export interface AtRiskTandem {
  tandemId: number;
  channelId: string | null;
  mentorUserId: string;
  menteeUserId: string;
  /** help: someone asked for help; stall: no meeting reported for alertAfterDays */
  reason: "help" | "stall";
  /** days since the last reported meeting (or launch, or end of a pause) */
  quietDays: number;
  /** the open alert, if one was raised */
  alertId: number | undefined;
  claimedBy: string | null;
}

/** The latest reported meeting per tandem ("yes" answers with a date). */
export function lastMetOn(db: DbOrTx, tandemIds: number[]): Map<number, string> {
  if (tandemIds.length === 0) return new Map();
  const rows = db
    .select({ tandemId: checkins.tandemId, metOn: max(checkinAnswers.metOn) })
    .from(checkinAnswers)
    .innerJoin(checkins, eq(checkins.id, checkinAnswers.checkinId))
    .where(
      and(
        inArray(checkins.tandemId, tandemIds),
        eq(checkinAnswers.answer, "yes"),
        isNotNull(checkinAnswers.metOn),
      ),
    )
    .groupBy(checkins.tandemId)
    .all();
  return new Map(rows.flatMap((r) => (r.metOn ? [[r.tandemId, r.metOn] as const] : [])));
}

/**
 * Tandems that need a program manager: an open alert (help or stall), or a stall past the alert
 * threshold that no manager has resolved since it began. Help first, then the longest quiet.
 */
export function atRiskTandems(db: Db, programId: number, now: Date): AtRiskTandem[] {
  const program = db.select().from(programs).where(eq(programs.id, programId)).get();
  if (!program) return [];
  const live = db
    .select()
    .from(tandems)
    .where(and(eq(tandems.programId, programId), inArray(tandems.status, ["active", "paused"])))
    .orderBy(tandems.id)
    .all();
  if (live.length === 0) return [];
  const ids = live.map((t) => t.id);
  const met = lastMetOn(db, ids);
  const alerts = db.select().from(tandemAlerts).where(inArray(tandemAlerts.tandemId, ids)).all();
  const people = new Map(
    db
      .select({ id: participants.id, userId: participants.userId, tz: slackUsers.tz })
      .from(participants)
      .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
      .where(inArray(participants.id, [...new Set(live.flatMap((t) => [t.mentorId, t.menteeId]))]))
      .all()
      .map((p) => [p.id, p]),
  );
  const tz = pickTimeZone(program.timezone);
  const today = localDate(now, tz);
  const rules = { ...program, calendar: programCalendar(program) };
  const posted = checkinSnapshotsOf(
    db,
    live.map((t) => ({ id: t.id, timezone: tz })),
  );
  const nudged = lastNudgesOf(db, ids);
  const out: AtRiskTandem[] = [];
  for (const tandem of live) {
    const mentor = people.get(tandem.mentorId);
    const mentee = people.get(tandem.menteeId);
    if (!mentor || !mentee) continue;
    const snapshot = {
      id: tandem.id,
      programId,
      status: tandem.status,
      pausedUntil: tandem.pausedUntil,
      launchedAt: tandem.launchedAt,
      mentorTz: mentor.tz,
      menteeTz: mentee.tz,
      lastMetOn: met.get(tandem.id) ?? null,
      checkins: posted.get(tandem.id) ?? [],
      nudgedSince: nudged.get(tandem.id) ?? null,
    };
    const firstChance = checkinPlan(rules, snapshot)[0]?.date ?? today;
    const since = stallSince(snapshot, [firstChance, today].sort()[0] ?? today, today);
    const quietDays = Math.max(0, daysBetween(since, today));
    const mine = alerts.filter((a) => a.tandemId === tandem.id);
    const open = mine
      .filter((a) => !a.resolvedAt)
      .sort((a, b) => (a.reason === b.reason ? b.id - a.id : a.reason === "help" ? -1 : 1))[0];
    const base = {
      tandemId: tandem.id,
      channelId: tandem.channelId,
      mentorUserId: mentor.userId,
      menteeUserId: mentee.userId,
      quietDays,
    };
    if (open) {
      out.push({ ...base, reason: open.reason, alertId: open.id, claimedBy: open.claimedBy });
      continue;
    }
    if (isPaused(snapshot, today) || stallLevel(rules, snapshot, now) !== "at_risk") continue;
    const resolvedSince = mine.some((a) => a.resolvedAt && localDate(new Date(a.resolvedAt), tz) >= since);
    if (!resolvedSince) out.push({ ...base, reason: "stall", alertId: undefined, claimedBy: null });
  }
  return out.sort((a, b) =>
    a.reason !== b.reason
      ? a.reason === "help"
        ? -1
        : 1
      : b.quietDays - a.quietDays || a.tandemId - b.tandemId,
  );
}

// ---- pause -----------------------------------------------------------------------------------

/** Pauses a live tandem until a date (YYYY-MM-DD, exclusive: it is active again on that day). */
export function pauseTandem(db: DbOrTx, tandemId: number, until: string): boolean {
  const wasActive =
    db.select({ status: tandems.status }).from(tandems).where(eq(tandems.id, tandemId)).get()?.status ===
    "active";
  const res = db
    .update(tandems)
    .set({ status: "paused", pausedUntil: until })
    .where(and(eq(tandems.id, tandemId), inArray(tandems.status, ["active", "paused"])))
    .run();
  // The report counts pauses over the program (steering); an extension is the same pause.
  if (res.changes === 1 && wasActive) db.insert(tandemPauses).values({ tandemId, until }).run();
  return res.changes === 1;
}

/**
 * Ends a pause now. pausedUntil is set to today so that the scheduler counts a stall from the end of
 * the pause (stallSince) and skips the check-ins that fell into it.
 */
export function resumeTandem(db: DbOrTx, tandemId: number, today: string): boolean {
  const res = db
    .update(tandems)
    .set({ status: "active", pausedUntil: today })
    .where(and(eq(tandems.id, tandemId), eq(tandems.status, "paused")))
    .run();
  return res.changes === 1;
}

/**
 * Pauses whose date has come end by themselves: status back to "active" (pausedUntil stays, see
 * resumeTandem). For the scheduler's tick; returns the ids of the tandems that resumed.
 */
export function resumeDuePauses(
  db: DbOrTx,
  now: Date,
  /** whether a program's time zone is in working hours now (the channel is told when a pause ends) */
  awake: (timezone: string) => boolean = () => true,
): number[] {
  const paused = db
    .select({ id: tandems.id, pausedUntil: tandems.pausedUntil, timezone: programs.timezone })
    .from(tandems)
    .innerJoin(programs, eq(programs.id, tandems.programId))
    .where(and(eq(tandems.status, "paused"), isNotNull(tandems.pausedUntil)))
    .all();
  const due = paused.filter(
    (p) =>
      p.pausedUntil &&
      p.pausedUntil <= localDate(now, pickTimeZone(p.timezone)) &&
      awake(pickTimeZone(p.timezone)),
  );
  if (due.length === 0) return [];
  return db
    .update(tandems)
    .set({ status: "active" })
    .where(
      and(
        inArray(
          tandems.id,
          due.map((d) => d.id),
        ),
        eq(tandems.status, "paused"),
      ),
    )
    .returning({ id: tandems.id })
    .all()
    .map((r) => r.id);
}
