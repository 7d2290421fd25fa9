import { and, desc, eq, inArray, isNotNull, isNull, like, or } from "drizzle-orm";
import type { ValidEvent } from "../../domain/events";
import {
  circlePrompts,
  circles,
  eventRsvps,
  events,
  participants,
  programs,
  scheduledSends,
  slackOps,
  type TandemStatus,
  tandems,
} from "../schema";
import type { DbOrTx } from "../tx";
import type { ProgramEvent } from "./events";
import type { Program } from "./programs";

/*
 * What the end of a program and the start of the next one read and write: live tandems ending,
 * channels to archive, the next cohort copied from the last, events edited or cancelled.
 */

const LIVE: TandemStatus[] = ["launching", "active", "paused"];

export function programsWithStatus(db: DbOrTx, statuses: readonly Program["status"][]): Program[] {
  return db
    .select()
    .from(programs)
    .where(inArray(programs.status, [...statuses]))
    .all();
}

export interface LiveTandem {
  id: number;
  status: TandemStatus;
  channelId: string | null;
  mentorUserId: string;
  menteeUserId: string;
}

/** The program's tandems that have not ended, with their members' user ids. */
export function liveTandems(db: DbOrTx, programId: number, statuses: TandemStatus[] = LIVE): LiveTandem[] {
  const rows = db
    .select()
    .from(tandems)
    .where(and(eq(tandems.programId, programId), inArray(tandems.status, statuses)))
    .orderBy(tandems.id)
    .all();
  if (rows.length === 0) return [];
  const people = new Map(
    db
      .select({ id: participants.id, userId: participants.userId })
      .from(participants)
      .where(eq(participants.programId, programId))
      .all()
      .map((p) => [p.id, p.userId] as const),
  );
  return rows.flatMap((t) => {
    const mentorUserId = people.get(t.mentorId);
    const menteeUserId = people.get(t.menteeId);
    return mentorUserId && menteeUserId
      ? [{ id: t.id, status: t.status, channelId: t.channelId, mentorUserId, menteeUserId }]
      : [];
  });
}

/** Every live tandem ends and the program closes; false when it was closed already. */
export function closeProgram(db: DbOrTx, programId: number, now: Date): boolean {
  const at = now.toISOString();
  const closed = db
    .update(programs)
    .set({ status: "closed", closedAt: at, signupOpen: false, updatedAt: at })
    .where(and(eq(programs.id, programId), eq(programs.status, "running")))
    .run();
  if (closed.changes !== 1) return false;
  db.update(tandems)
    .set({ status: "ended", endedAt: at })
    .where(and(eq(tandems.programId, programId), inArray(tandems.status, LIVE)))
    .run();
  return true;
}

/** Closed programs whose channels are to be archived some day (not kept, not archived yet). */
export function programsToArchive(db: DbOrTx): Program[] {
  return db
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.status, "closed"),
        isNull(programs.channelsArchivedAt),
        isNotNull(programs.archiveAfterDays),
      ),
    )
    .all();
}

/** The program's channels: tandem channels and circles. */
export function programChannels(db: DbOrTx, programId: number): { key: string; channelId: string }[] {
  const tandemChannels = db
    .select({ id: tandems.id, channelId: tandems.channelId })
    .from(tandems)
    .where(and(eq(tandems.programId, programId), isNotNull(tandems.channelId)))
    .orderBy(tandems.id)
    .all();
  const circleChannels = db
    .select({ id: circles.id, channelId: circles.channelId })
    .from(circles)
    .where(and(eq(circles.programId, programId), isNotNull(circles.channelId)))
    .orderBy(circles.id)
    .all();
  return [
    ...tandemChannels.flatMap((t) =>
      t.channelId ? [{ key: `archive:t${t.id}`, channelId: t.channelId }] : [],
    ),
    ...circleChannels.flatMap((c) =>
      c.channelId ? [{ key: `archive:c${c.id}`, channelId: c.channelId }] : [],
    ),
  ];
}

export function markChannelsArchived(db: DbOrTx, programId: number, now: Date): void {
  db.update(programs).set({ channelsArchivedAt: now.toISOString() }).where(eq(programs.id, programId)).run();
}

/** The most recently closed program, if any. */
export function lastClosedProgram(db: DbOrTx): Program | undefined {
  return db
    .select()
    .from(programs)
    .where(eq(programs.status, "closed"))
    .orderBy(desc(programs.id))
    .limit(1)
    .get();
}

export function setClosingSettings(
  db: DbOrTx,
  programId: number,
  settings: { showcaseChannel: string | null; archiveAfterDays: number | null },
  now: Date,
): void {
  db.update(programs)
    .set({ ...settings, updatedAt: now.toISOString() })
    .where(eq(programs.id, programId))
    .run();
}

/**
 * The next cohort takes over the last one's own circle prompts (not yet posted) and its events'
 * shape: the same kinds, places and descriptions, moved by `shiftDays`.
 */
export function copyCohortShape(
  db: DbOrTx,
  input: {
    from: Program;
    to: Program;
    by: string;
    now: Date;
    shiftEvent: (startsAt: string) => string;
  },
): { prompts: number; events: number } {
  const prompts = db.select().from(circlePrompts).where(eq(circlePrompts.programId, input.from.id)).all();
  for (const p of prompts) {
    db.insert(circlePrompts)
      .values({ programId: input.to.id, phase: p.phase, text: p.text, createdBy: input.by })
      .run();
  }
  const old = db
    .select()
    .from(events)
    .where(and(eq(events.programId, input.from.id), isNull(events.cancelledAt)))
    .all();
  for (const e of old) {
    db.insert(events)
      .values({
        programId: input.to.id,
        kind: e.kind,
        startsAt: input.shiftEvent(e.startsAt),
        place: e.place,
        description: e.description,
        nameDe: e.nameDe,
        nameEn: e.nameEn,
        descriptionDe: e.descriptionDe,
        descriptionEn: e.descriptionEn,
        rounds: e.rounds,
        createdBy: input.by,
        announcedAt: input.now.toISOString(),
      })
      .run();
  }
  db.update(programs)
    .set({
      previousProgramId: input.from.id,
      showcaseChannel: input.from.showcaseChannel,
      archiveAfterDays: input.from.archiveAfterDays,
    })
    .where(eq(programs.id, input.to.id))
    .run();
  return { prompts: prompts.length, events: old.length };
}

/** Upcoming, not cancelled events of programs that are not closed. */
export function upcomingEvents(db: DbOrTx, programIds: readonly number[], nowIso: string): ProgramEvent[] {
  if (programIds.length === 0) return [];
  return db
    .select()
    .from(events)
    .where(and(inArray(events.programId, [...programIds]), isNull(events.cancelledAt)))
    .orderBy(events.startsAt)
    .all()
    .filter((e) => e.startsAt > nowIso);
}

/** An edit: the new time, place, description and rounds, one revision up. */
export function updateEvent(db: DbOrTx, eventId: number, e: ValidEvent, now: Date): ProgramEvent | undefined {
  const before = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!before || before.cancelledAt) return undefined;
  return db
    .update(events)
    .set({
      startsAt: e.startsAt,
      place: e.place,
      nameDe: e.name.de,
      nameEn: e.name.en,
      descriptionDe: e.description.de,
      descriptionEn: e.description.en,
      // the manager wrote the texts anew in the form; an older single description is replaced by them
      description: null,
      rounds: e.rounds,
      revision: before.revision + 1,
      updatedAt: now.toISOString(),
    })
    .where(eq(events.id, eventId))
    .returning()
    .get();
}

/** Cancels the event; false when it was cancelled already. */
export function cancelEvent(db: DbOrTx, eventId: number, now: Date): boolean {
  return (
    db
      .update(events)
      .set({ cancelledAt: now.toISOString(), updatedAt: now.toISOString() })
      .where(and(eq(events.id, eventId), isNull(events.cancelledAt)))
      .run().changes === 1
  );
}

/** Pending outbox operations whose keys start with one of the prefixes are withdrawn (deleted). */
export function withdrawPendingOps(db: DbOrTx, prefixes: readonly string[]): number {
  if (prefixes.length === 0) return 0;
  return db
    .delete(slackOps)
    .where(and(eq(slackOps.status, "pending"), or(...prefixes.map((p) => like(slackOps.key, `${p}%`)))))
    .run().changes;
}

/** The people an event was announced to (an announcement op exists), minus those who declined. */
export function announcedAttendees(db: DbOrTx, eventId: number, prefix: string): string[] {
  const announced = db
    .select({ key: slackOps.key, status: slackOps.status })
    .from(slackOps)
    .where(like(slackOps.key, `${prefix}%`))
    .all()
    .filter((op) => op.status === "done" || op.status === "running")
    .map((op) => op.key.slice(prefix.length));
  const declined = new Set(
    db
      .select({ userId: eventRsvps.userId })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.response, "not_going")))
      .all()
      .map((r) => r.userId),
  );
  return announced.filter((u) => !declined.has(u)).sort();
}

/** Keys of the outbox operations starting with the prefix. */
export function opKeysWithPrefix(db: DbOrTx, prefix: string): Set<string> {
  return new Set(
    db
      .select({ key: slackOps.key })
      .from(slackOps)
      .where(like(slackOps.key, `${prefix}%`))
      .all()
      .map((r) => r.key),
  );
}

/** The latest success prompt posted in a tandem's channel (its scheduled_sends row). */
export function successPromptMessage(
  db: DbOrTx,
  tandemId: number,
): { channelId: string; ts: string } | undefined {
  const row = db
    .select()
    .from(scheduledSends)
    .where(and(like(scheduledSends.key, `successes:t${tandemId}:%`), isNotNull(scheduledSends.messageTs)))
    .orderBy(desc(scheduledSends.sentAt))
    .limit(1)
    .get();
  return row?.channelId && row.messageTs ? { channelId: row.channelId, ts: row.messageTs } : undefined;
}

/** The program's next closing event that was not cancelled (else the latest one). */
export function closingEventOf(db: DbOrTx, programId: number): ProgramEvent | undefined {
  const all = db
    .select()
    .from(events)
    .where(and(eq(events.programId, programId), eq(events.kind, "closing"), isNull(events.cancelledAt)))
    .orderBy(events.startsAt)
    .all();
  return all.at(-1);
}

/** The event is announced: people who become invited later get the announcement too. */
export function markAnnounced(db: DbOrTx, eventId: number, now: Date): void {
  db.update(events)
    .set({ announcedAt: now.toISOString() })
    .where(and(eq(events.id, eventId), isNull(events.announcedAt)))
    .run();
}

/** Upcoming announced events of the programs (not cancelled). */
export function announcedUpcomingEvents(
  db: DbOrTx,
  programIds: readonly number[],
  nowIso: string,
): ProgramEvent[] {
  return upcomingEvents(db, programIds, nowIso).filter((e) => e.announcedAt !== null);
}
