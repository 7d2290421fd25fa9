import { and, eq, gt, inArray, isNotNull, isNull, max, sql } from "drizzle-orm";
import type {
  CheckinSnapshot,
  EventSnapshot,
  HelpRequest,
  ProgramSnapshot,
  RhythmState,
  TandemSnapshot,
} from "../../domain/rhythm/due";
import { programCalendar } from "../../domain/rhythm/holidays";
import type { CustomPrompt } from "../../domain/rhythm/prompts";
import { localDate, pickTimeZone } from "../../domain/rhythm/time";
import { prepared } from "../prepared";
import {
  checkinAnswers,
  checkins,
  circlePrompts,
  circles,
  events,
  participants,
  programs,
  scheduledSends,
  slackUsers,
  tandemAlerts,
  tandems,
} from "../schema";
import { type DbOrTx, isDb } from "../tx";

/*
 * What the scheduler reads and writes: the snapshot dueItems works on, and the "sent" memory
 * (scheduled_sends) that makes every item go out once.
 */

export type ProgramRow = typeof programs.$inferSelect;
export type TandemRow = typeof tandems.$inferSelect;

/** The scheduler's view of every running program, as plain data. */
export function readRhythmState(db: DbOrTx): RhythmState {
  const programSnapshots = readRunningPrograms(db);
  const programIds = programSnapshots.map((p) => p.id);
  if (programIds.length === 0)
    return { programs: [], tandems: [], helpRequests: [], events: [], sent: new Set() };
  const page = readTandemPage(db, programIds, { afterId: 0 });
  const sent = new Set(
    db
      .select({ key: scheduledSends.key })
      .from(scheduledSends)
      .where(inArray(scheduledSends.programId, programIds))
      .all()
      .map((s) => s.key),
  );
  return {
    programs: programSnapshots,
    tandems: page.tandems,
    helpRequests: page.helpRequests,
    events: readEventSnapshots(db, programIds),
    sent,
  };
}

/** The running programs, as the scheduler sees them. */
export function readRunningPrograms(db: DbOrTx): ProgramSnapshot[] {
  const programRows = db.select().from(programs).where(eq(programs.status, "running")).all();
  const programIds = programRows.map((p) => p.id);
  if (programIds.length === 0) return [];
  const withCircle = new Set(
    db
      .select({ programId: circles.programId })
      .from(circles)
      .where(
        and(inArray(circles.programId, programIds), eq(circles.kind, "mentor"), isNotNull(circles.channelId)),
      )
      .all()
      .map((c) => c.programId),
  );
  return programRows.map((p) => ({
    id: p.id,
    status: p.status,
    startDate: p.startDate,
    endDate: p.endDate,
    timezone: p.timezone,
    checkinCadenceDays: p.checkinCadenceDays,
    circleCadenceDays: p.circleCadenceDays,
    nudgeAfterDays: p.nudgeAfterDays,
    alertAfterDays: p.alertAfterDays,
    hasMentorCircle: withCircle.has(p.id),
    calendar: programCalendar(p),
  }));
}

/** The events of the programs that were not cancelled. */
export function readEventSnapshots(db: DbOrTx, programIds: readonly number[]): EventSnapshot[] {
  if (programIds.length === 0) return [];
  return db
    .select()
    .from(events)
    .where(and(inArray(events.programId, [...programIds]), isNull(events.cancelledAt)))
    .all()
    .map((e) => ({
      id: e.id,
      programId: e.programId,
      kind: e.kind,
      startsAt: e.startsAt,
      cancelledAt: e.cancelledAt,
      revision: e.revision,
    }));
}

/**
 * The launched, active or paused tandems of the programs with an id after `afterId`, in id order
 * (at most `limit` of them), with their time zones, last reported meetings and help requests: a
 * scheduler tick reads them a slice at a time.
 */
export function readTandemPage(
  db: DbOrTx,
  programIds: readonly number[],
  page: { afterId: number; limit?: number },
): { tandems: TandemSnapshot[]; helpRequests: HelpRequest[] } {
  if (programIds.length === 0) return { tandems: [], helpRequests: [] };
  const query = db
    .select()
    .from(tandems)
    .where(
      and(
        inArray(tandems.programId, [...programIds]),
        inArray(tandems.status, ["active", "paused"]),
        isNotNull(tandems.launchedAt),
        gt(tandems.id, page.afterId),
      ),
    )
    .orderBy(tandems.id);
  const tandemRows = page.limit === undefined ? query.all() : query.limit(page.limit).all();
  const tandemIds = tandemRows.map((t) => t.id);
  const zones = new Map(
    tandemRows.length === 0
      ? []
      : db
          .select({ id: participants.id, tz: slackUsers.tz })
          .from(participants)
          .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
          .where(inArray(participants.id, [...new Set(tandemRows.flatMap((t) => [t.mentorId, t.menteeId]))]))
          .all()
          .map((p) => [p.id, p.tz] as const),
  );
  const met = new Map<number, string>();
  const helpRequests: HelpRequest[] = [];
  if (tandemIds.length > 0) {
    for (const row of db
      .select({ tandemId: checkins.tandemId, metOn: max(checkinAnswers.metOn) })
      .from(checkinAnswers)
      .innerJoin(checkins, eq(checkins.id, checkinAnswers.checkinId))
      .where(and(inArray(checkins.tandemId, tandemIds), eq(checkinAnswers.answer, "yes")))
      .groupBy(checkins.tandemId)
      .all()) {
      if (row.metOn) met.set(row.tandemId, row.metOn);
    }
    for (const row of db
      .select({
        tandemId: checkins.tandemId,
        checkinId: checkinAnswers.checkinId,
        userId: checkinAnswers.userId,
        answeredAt: checkinAnswers.answeredAt,
      })
      .from(checkinAnswers)
      .innerJoin(checkins, eq(checkins.id, checkinAnswers.checkinId))
      .where(and(inArray(checkins.tandemId, tandemIds), eq(checkinAnswers.answer, "help")))
      .all()) {
      helpRequests.push({
        id: helpRequestKey(row.checkinId, row.userId),
        tandemId: row.tandemId,
        requestedAt: row.answeredAt,
      });
    }
  }
  const zoneOf = programZones(db, [...new Set(tandemRows.map((t) => t.programId))]);
  const posted = checkinSnapshotsOf(
    db,
    tandemRows.map((t) => ({ id: t.id, timezone: zoneOf.get(t.programId) ?? "UTC" })),
  );
  const alerted = lastAlertsOf(
    db,
    tandemRows.map((t) => ({ id: t.id, timezone: zoneOf.get(t.programId) ?? "UTC" })),
  );
  const nudged = lastNudgesOf(
    db,
    tandemRows.map((t) => t.id),
  );
  const tandemSnapshots: TandemSnapshot[] = tandemRows.map((t) => ({
    id: t.id,
    programId: t.programId,
    status: t.status,
    pausedUntil: t.pausedUntil,
    launchedAt: t.launchedAt,
    mentorTz: zones.get(t.mentorId) ?? null,
    menteeTz: zones.get(t.menteeId) ?? null,
    lastMetOn: met.get(t.id) ?? null,
    checkins: posted.get(t.id) ?? [],
    lastAlertOn: alerted.get(t.id) ?? null,
    nudgedSince: nudged.get(t.id) ?? null,
  }));
  return { tandems: tandemSnapshots, helpRequests };
}

function programZones(db: DbOrTx, programIds: readonly number[]): Map<number, string> {
  if (programIds.length === 0) return new Map();
  return new Map(
    db
      .select({ id: programs.id, timezone: programs.timezone })
      .from(programs)
      .where(inArray(programs.id, [...programIds]))
      .all()
      .map((p) => [p.id, pickTimeZone(p.timezone)] as const),
  );
}

/**
 * The check-ins posted in each tandem's channel (recorded by the scheduler: the day is that of its
 * scheduled_sends row, in the program's zone), oldest first, with whether anyone answered and met.
 */
export function checkinSnapshotsOf(
  db: DbOrTx,
  tandemList: readonly { id: number; timezone: string }[],
): Map<number, CheckinSnapshot[]> {
  const out = new Map<number, CheckinSnapshot[]>();
  if (tandemList.length === 0) return out;
  const zone = new Map(tandemList.map((t) => [t.id, t.timezone]));
  const rows = db
    .select({
      id: checkins.id,
      tandemId: checkins.tandemId,
      period: checkins.period,
      sentAt: scheduledSends.sentAt,
    })
    .from(checkins)
    .innerJoin(
      scheduledSends,
      eq(scheduledSends.key, sql`'checkin:t' || ${checkins.tandemId} || ':p' || ${checkins.period}`),
    )
    .where(inArray(checkins.tandemId, [...zone.keys()]))
    .all();
  const answers = new Map<number, { met: boolean; answered: boolean }>();
  if (rows.length > 0) {
    for (const a of db
      .select({ checkinId: checkinAnswers.checkinId, answer: checkinAnswers.answer })
      .from(checkinAnswers)
      .where(
        inArray(
          checkinAnswers.checkinId,
          rows.map((r) => r.id),
        ),
      )
      .all()) {
      const seen = answers.get(a.checkinId) ?? { met: false, answered: false };
      answers.set(a.checkinId, { met: seen.met || a.answer === "yes", answered: true });
    }
  }
  for (const r of rows.sort((a, b) => a.period - b.period)) {
    const list = out.get(r.tandemId) ?? [];
    const answer = answers.get(r.id) ?? { met: false, answered: false };
    list.push({
      period: r.period,
      sentOn: localDate(new Date(r.sentAt), zone.get(r.tandemId) ?? "UTC"),
      ...answer,
    });
    out.set(r.tandemId, list);
  }
  return out;
}

/** The stall (its `since`) each tandem was last nudged about, from the nudges' keys. */
export function lastNudgesOf(db: DbOrTx, tandemIds: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (tandemIds.length === 0) return out;
  const wanted = new Set(tandemIds);
  for (const { key } of db
    .select({ key: scheduledSends.key })
    .from(scheduledSends)
    .where(eq(scheduledSends.kind, "nudge"))
    .all()) {
    const m = /^nudge:t(\d+):since(\d{4}-\d{2}-\d{2})$/.exec(key);
    const id = Number(m?.[1]);
    const since = m?.[2];
    if (!since || !wanted.has(id)) continue;
    if (since > (out.get(id) ?? "")) out.set(id, since);
  }
  return out;
}

/** The day (program zone) of each tandem's latest alert of any reason: raised, or resolved by a manager. */
function lastAlertsOf(
  db: DbOrTx,
  tandemList: readonly { id: number; timezone: string }[],
): Map<number, string> {
  const out = new Map<number, string>();
  if (tandemList.length === 0) return out;
  const zone = new Map(tandemList.map((t) => [t.id, t.timezone]));
  for (const a of db
    .select({
      tandemId: tandemAlerts.tandemId,
      raisedAt: tandemAlerts.raisedAt,
      resolvedAt: tandemAlerts.resolvedAt,
    })
    .from(tandemAlerts)
    .where(inArray(tandemAlerts.tandemId, [...zone.keys()]))
    .all()) {
    const at = a.resolvedAt && a.resolvedAt > a.raisedAt ? a.resolvedAt : a.raisedAt;
    const day = localDate(new Date(at), zone.get(a.tandemId) ?? "UTC");
    if (day > (out.get(a.tandemId) ?? "")) out.set(a.tandemId, day);
  }
  return out;
}

/** Which of the keys were sent already. */
export function sentAmong(db: DbOrTx, keys: readonly string[]): Set<string> {
  if (keys.length === 0) return new Set();
  return new Set(
    db
      .select({ key: scheduledSends.key })
      .from(scheduledSends)
      .where(inArray(scheduledSends.key, [...keys]))
      .all()
      .map((s) => s.key),
  );
}

/** HelpRequest.id of a "we need help" check-in answer. */
export function helpRequestKey(checkinId: number, userId: string): string {
  return `c${checkinId}-${userId}`;
}

/**
 * Marks an item as sent; false when it already was (another tick or the click that sent it got
 * there first), in which case the caller must not enqueue anything.
 */
export function claimScheduledSend(
  db: DbOrTx,
  input: { key: string; programId: number; kind: string; now: Date },
): boolean {
  if (isDb(db)) {
    const claim = prepared(db, "claimScheduledSend", (d) =>
      d
        .insert(scheduledSends)
        .values({
          key: sql.placeholder("key"),
          programId: sql.placeholder("programId"),
          kind: sql.placeholder("kind"),
          sentAt: sql.placeholder("sentAt"),
        })
        .onConflictDoNothing()
        .prepare(),
    );
    const values = { key: input.key, programId: input.programId, kind: input.kind };
    return claim.run({ ...values, sentAt: input.now.toISOString() }).changes === 1;
  }
  const res = db
    .insert(scheduledSends)
    .values({ key: input.key, programId: input.programId, kind: input.kind, sentAt: input.now.toISOString() })
    .onConflictDoNothing()
    .run();
  return res.changes === 1;
}

/** Where a scheduled message landed (from the outbox op's result). */
export function recordScheduledMessage(db: DbOrTx, key: string, channelId: string, ts: string): void {
  db.update(scheduledSends).set({ channelId, messageTs: ts }).where(eq(scheduledSends.key, key)).run();
}

export function programById(db: DbOrTx, programId: number): ProgramRow | undefined {
  return db.select().from(programs).where(eq(programs.id, programId)).get();
}

export interface TandemMembers {
  tandem: TandemRow;
  mentorUserId: string;
  menteeUserId: string;
}

/**
 * Whether the tandem reported a meeting on or before `day` (a "yes" in a check-in): a stall alert
 * counted from `day` says "since the tandem started" when it never did.
 */
export function reportedMeetingBy(db: DbOrTx, tandemId: number, day: string): boolean {
  const row = db
    .select({ checkinId: checkinAnswers.checkinId })
    .from(checkinAnswers)
    .innerJoin(checkins, eq(checkins.id, checkinAnswers.checkinId))
    .where(
      and(
        eq(checkins.tandemId, tandemId),
        eq(checkinAnswers.answer, "yes"),
        sql`${checkinAnswers.metOn} <= ${day}`,
      ),
    )
    .get();
  return row !== undefined;
}

/** The tandem's launch day (program zone) if it reported no meeting by `since`, for a stall alert's wording. */
export function startedOnIfNeverMet(
  db: DbOrTx,
  tandem: { id: number; launchedAt: string | null },
  timezone: string,
  since: string,
): string | undefined {
  if (!tandem.launchedAt || reportedMeetingBy(db, tandem.id, since)) return undefined;
  return localDate(new Date(tandem.launchedAt), pickTimeZone(timezone));
}

export function tandemMembers(db: DbOrTx, tandemId: number): TandemMembers | undefined {
  const tandem = db.select().from(tandems).where(eq(tandems.id, tandemId)).get();
  if (!tandem) return undefined;
  const people = new Map(
    db
      .select({ id: participants.id, userId: participants.userId })
      .from(participants)
      .where(inArray(participants.id, [tandem.mentorId, tandem.menteeId]))
      .all()
      .map((p) => [p.id, p.userId]),
  );
  const mentorUserId = people.get(tandem.mentorId);
  const menteeUserId = people.get(tandem.menteeId);
  return mentorUserId && menteeUserId ? { tandem, mentorUserId, menteeUserId } : undefined;
}

/** The check-in row of a period, created on first use (unique per tandem and period). */
export function ensureCheckin(db: DbOrTx, tandemId: number, period: number): number {
  if (isDb(db)) {
    const insert = prepared(db, "ensureCheckin", (d) =>
      d
        .insert(checkins)
        .values({ tandemId: sql.placeholder("tandemId"), period: sql.placeholder("period") })
        .onConflictDoNothing()
        .returning({ id: checkins.id })
        .prepare(),
    );
    const created = insert.get({ tandemId, period });
    if (created) return created.id;
  }
  const created = db
    .insert(checkins)
    .values({ tandemId, period })
    .onConflictDoNothing()
    .returning({ id: checkins.id })
    .get();
  if (created) return created.id;
  const row = db
    .select({ id: checkins.id })
    .from(checkins)
    .where(and(eq(checkins.tandemId, tandemId), eq(checkins.period, period)))
    .get();
  if (!row) throw new Error(`ensureCheckin: no check-in for tandem ${tandemId} period ${period}`);
  return row.id;
}

/** Where a tandem's check-in of a period was posted, once the outbox has posted it. */
export function checkinMessage(
  db: DbOrTx,
  tandemId: number,
  period: number,
): { channelId: string | null; messageTs: string | null } | undefined {
  return db
    .select({ channelId: checkins.channelId, messageTs: checkins.messageTs })
    .from(checkins)
    .where(and(eq(checkins.tandemId, tandemId), eq(checkins.period, period)))
    .get();
}

export function recordCheckinPosted(db: DbOrTx, checkinId: number, channelId: string, ts: string): void {
  db.update(checkins).set({ channelId, messageTs: ts }).where(eq(checkins.id, checkinId)).run();
}

export function mentorCircleChannel(db: DbOrTx, programId: number): string | undefined {
  return (
    db
      .select({ channelId: circles.channelId })
      .from(circles)
      .where(and(eq(circles.programId, programId), eq(circles.kind, "mentor")))
      .get()?.channelId ?? undefined
  );
}

export function customPrompts(db: DbOrTx, programId: number): CustomPrompt[] {
  return db
    .select({
      id: circlePrompts.id,
      phase: circlePrompts.phase,
      text: circlePrompts.text,
      postedAt: circlePrompts.postedAt,
    })
    .from(circlePrompts)
    .where(eq(circlePrompts.programId, programId))
    .all();
}

export function markPromptPosted(db: DbOrTx, promptId: number, now: Date): void {
  db.update(circlePrompts).set({ postedAt: now.toISOString() }).where(eq(circlePrompts.id, promptId)).run();
}

export function cachedLocale(db: DbOrTx, userId: string): string | null {
  return (
    db.select({ locale: slackUsers.locale }).from(slackUsers).where(eq(slackUsers.userId, userId)).get()
      ?.locale ?? null
  );
}

/** Cached locales of several people at once; a person never looked up is missing from the map. */
export function cachedLocales(db: DbOrTx, userIds: readonly string[]): Map<string, string | null> {
  if (userIds.length === 0) return new Map();
  return new Map(
    db
      .select({ userId: slackUsers.userId, locale: slackUsers.locale })
      .from(slackUsers)
      .where(inArray(slackUsers.userId, [...new Set(userIds)]))
      .all()
      .map((u) => [u.userId, u.locale] as const),
  );
}

export type CirclePromptRow = typeof circlePrompts.$inferSelect;

/**
 * A program manager's own mentor-circle prompt. The same text for the same phase is stored once, so
 * a repeated submission (a retry, a double click) adds nothing.
 */
export function addCirclePrompt(
  db: DbOrTx,
  input: { programId: number; phase: CustomPrompt["phase"]; text: string; createdBy: string },
): { prompt: CirclePromptRow; created: boolean } {
  const existing = db
    .select()
    .from(circlePrompts)
    .where(
      and(
        eq(circlePrompts.programId, input.programId),
        eq(circlePrompts.phase, input.phase),
        eq(circlePrompts.text, input.text),
      ),
    )
    .get();
  if (existing) return { prompt: existing, created: false };
  return { prompt: db.insert(circlePrompts).values(input).returning().get(), created: true };
}

export function listCirclePrompts(db: DbOrTx, programId: number): CirclePromptRow[] {
  return db
    .select()
    .from(circlePrompts)
    .where(eq(circlePrompts.programId, programId))
    .orderBy(circlePrompts.id)
    .all();
}

export function removeCirclePrompt(db: DbOrTx, programId: number, id: number): boolean {
  return (
    db
      .delete(circlePrompts)
      .where(and(eq(circlePrompts.programId, programId), eq(circlePrompts.id, id)))
      .run().changes === 1
  );
}

/** Keys of a program's items already sent. */
export function sentKeys(db: DbOrTx, programId: number): Set<string> {
  return new Set(
    db
      .select({ key: scheduledSends.key })
      .from(scheduledSends)
      .where(eq(scheduledSends.programId, programId))
      .all()
      .map((r) => r.key),
  );
}

/** The members of several tandems at once (a slice of a scheduler tick). */
export function tandemMembersOf(db: DbOrTx, tandemIds: readonly number[]): Map<number, TandemMembers> {
  const out = new Map<number, TandemMembers>();
  if (tandemIds.length === 0) return out;
  const rows = db
    .select()
    .from(tandems)
    .where(inArray(tandems.id, [...tandemIds]))
    .all();
  const people = new Map(
    rows.length === 0
      ? []
      : db
          .select({ id: participants.id, userId: participants.userId })
          .from(participants)
          .where(inArray(participants.id, [...new Set(rows.flatMap((t) => [t.mentorId, t.menteeId]))]))
          .all()
          .map((p) => [p.id, p.userId] as const),
  );
  for (const tandem of rows) {
    const mentorUserId = people.get(tandem.mentorId);
    const menteeUserId = people.get(tandem.menteeId);
    if (mentorUserId && menteeUserId) out.set(tandem.id, { tandem, mentorUserId, menteeUserId });
  }
  return out;
}

/** Several programs at once, by id. */
export function programsByIds(db: DbOrTx, programIds: readonly number[]): Map<number, ProgramRow> {
  if (programIds.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(programs)
      .where(inArray(programs.id, [...programIds]))
      .all()
      .map((p) => [p.id, p] as const),
  );
}
