import { and, asc, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import type { RsvpResponse, ValidEvent } from "../../domain/events";
import type { CafeParticipant, CafeRound } from "../../domain/rhythm/worldcafe";
import {
  eventRsvps,
  events,
  type ParticipantStatus,
  participants,
  type Role,
  slackOps,
  slackUsers,
  type TandemStatus,
  tandems,
  worldCafeSeats,
} from "../schema";
import type { DbOrTx } from "../tx";

export type ProgramEvent = typeof events.$inferSelect;

const LIVE: TandemStatus[] = ["launching", "active", "paused"];

export function createEvent(db: DbOrTx, programId: number, e: ValidEvent, createdBy: string): ProgramEvent {
  return db
    .insert(events)
    .values({
      programId,
      kind: e.kind,
      startsAt: e.startsAt,
      place: e.place,
      nameDe: e.name.de,
      nameEn: e.name.en,
      descriptionDe: e.description.de,
      descriptionEn: e.description.en,
      rounds: e.rounds,
      createdBy,
    })
    .returning()
    .get();
}

/** An event already scheduled with the same kind, time and place (a repeated submission). */
export function sameEvent(db: DbOrTx, programId: number, e: ValidEvent): ProgramEvent | undefined {
  return db
    .select()
    .from(events)
    .where(
      and(
        eq(events.programId, programId),
        eq(events.kind, e.kind),
        eq(events.startsAt, e.startsAt),
        eq(events.place, e.place),
        isNull(events.cancelledAt),
      ),
    )
    .get();
}

export function getEvent(db: DbOrTx, id: number): ProgramEvent | undefined {
  return db.select().from(events).where(eq(events.id, id)).get();
}

export function listEvents(db: DbOrTx, programId: number): ProgramEvent[] {
  return db.select().from(events).where(eq(events.programId, programId)).orderBy(asc(events.startsAt)).all();
}

export interface Invitee {
  userId: string;
  role: Role;
  locale: string | null;
  status: ParticipantStatus;
}

/** Participants of the program with one of the statuses, with their cached locale. */
export function invitees(db: DbOrTx, programId: number, statuses: readonly ParticipantStatus[]): Invitee[] {
  return db
    .select({
      userId: participants.userId,
      role: participants.role,
      locale: slackUsers.locale,
      status: participants.status,
    })
    .from(participants)
    .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
    .where(and(eq(participants.programId, programId), inArray(participants.status, [...statuses])))
    .orderBy(asc(participants.userId))
    .all();
}

export function isInvitable(
  db: DbOrTx,
  programId: number,
  userId: string,
  statuses: readonly ParticipantStatus[],
): boolean {
  return invitees(db, programId, statuses).some((p) => p.userId === userId);
}

/**
 * Who gets an event's reminders: the people it was announced to (by the same rule), minus those who
 * said they cannot come. For the scheduler.
 */
export function reminderRecipients(
  db: DbOrTx,
  event: Pick<ProgramEvent, "id" | "programId">,
  statuses: readonly ParticipantStatus[],
): Invitee[] {
  const declined = new Set(
    db
      .select({ userId: eventRsvps.userId })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, event.id), eq(eventRsvps.response, "not_going")))
      .all()
      .map((r) => r.userId),
  );
  return invitees(db, event.programId, statuses).filter((p) => !declined.has(p.userId));
}

/** Answering again replaces the earlier answer. */
export function saveRsvp(
  db: DbOrTx,
  eventId: number,
  userId: string,
  response: RsvpResponse,
  nowIso: string,
): void {
  db.insert(eventRsvps)
    .values({ eventId, userId, response, answeredAt: nowIso })
    .onConflictDoUpdate({
      target: [eventRsvps.eventId, eventRsvps.userId],
      set: { response, answeredAt: nowIso },
    })
    .run();
}

export function rsvpOf(db: DbOrTx, eventId: number, userId: string): RsvpResponse | undefined {
  return db
    .select({ response: eventRsvps.response })
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId)))
    .get()?.response;
}

export interface RsvpCounts {
  going: number;
  notGoing: number;
  /** announcements recorded for the event */
  invited: number;
}

/** The announcement ops' keys start with this; their count is the number of people invited. */
export function announceKeyPrefix(eventId: number): string {
  return `event:${eventId}:announce:`;
}

export function rsvpCounts(db: DbOrTx, eventId: number): RsvpCounts {
  const rows = db
    .select({ response: eventRsvps.response, n: sql<number>`count(*)` })
    .from(eventRsvps)
    .where(eq(eventRsvps.eventId, eventId))
    .groupBy(eventRsvps.response)
    .all();
  const invited =
    db
      .select({ n: sql<number>`count(*)` })
      .from(slackOps)
      .where(like(slackOps.key, `${announceKeyPrefix(eventId)}%`))
      .get()?.n ?? 0;
  return {
    going: rows.find((r) => r.response === "going")?.n ?? 0,
    notGoing: rows.find((r) => r.response === "not_going")?.n ?? 0,
    invited,
  };
}

/**
 * Who sits at a World Café: the invited (by the event's rule, `statuses`) who said they are coming.
 * Each with their live tandem, so partners can be kept apart.
 */
export function cafeParticipants(
  db: DbOrTx,
  programId: number,
  eventId: number,
  statuses: readonly ParticipantStatus[],
): CafeParticipant[] {
  const going = new Set(
    db
      .select({ userId: eventRsvps.userId })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.response, "going")))
      .all()
      .map((r) => r.userId),
  );
  const people = db
    .select({ id: participants.id, userId: participants.userId, role: participants.role })
    .from(participants)
    .where(and(eq(participants.programId, programId), inArray(participants.status, [...statuses])))
    .all()
    .filter((p) => going.has(p.userId));
  const ids = people.map((p) => p.id);
  const live =
    ids.length === 0
      ? []
      : db
          .select({ id: tandems.id, mentorId: tandems.mentorId, menteeId: tandems.menteeId })
          .from(tandems)
          .where(
            and(
              eq(tandems.programId, programId),
              inArray(tandems.status, LIVE),
              or(inArray(tandems.mentorId, ids), inArray(tandems.menteeId, ids)),
            ),
          )
          .all();
  return people.map((p) => ({
    userId: p.userId,
    role: p.role,
    tandemId: live.find((t) => t.mentorId === p.id || t.menteeId === p.id)?.id ?? null,
  }));
}

/** Replaces the event's seating with a new plan. */
export function replaceSeats(db: DbOrTx, eventId: number, plan: readonly CafeRound[]): void {
  db.delete(worldCafeSeats).where(eq(worldCafeSeats.eventId, eventId)).run();
  for (const round of plan) {
    round.tables.forEach((table, i) => {
      for (const userId of table) {
        db.insert(worldCafeSeats)
          .values({ eventId, round: round.round, tableNo: i + 1, userId })
          .run();
      }
    });
  }
}

/**
 * A World Café's new tables: the seats replaced, the fingerprint of who they were planned for
 * and when stored, and the plan's revision one up (returned; the table DMs' keys carry it).
 */
export function storeTables(
  db: DbOrTx,
  eventId: number,
  plan: readonly CafeRound[],
  tablesFor: string,
  at: Date,
): number {
  replaceSeats(db, eventId, plan);
  const row = db
    .update(events)
    .set({ tablesFor, tablesRevision: sql`${events.tablesRevision} + 1`, tablesAt: at.toISOString() })
    .where(eq(events.id, eventId))
    .returning({ revision: events.tablesRevision })
    .get();
  return row?.revision ?? 0;
}

/** World Cafés of running programs that have not started yet (the tables step looks at them). */
export function upcomingCafes(db: DbOrTx, nowIso: string): ProgramEvent[] {
  return db
    .select()
    .from(events)
    .where(
      and(eq(events.kind, "world_cafe"), isNull(events.cancelledAt), sql`${events.startsAt} > ${nowIso}`),
    )
    .all();
}

/** The stored seating as rounds of tables (table numbers from 1). */
export function seatsOf(db: DbOrTx, eventId: number): CafeRound[] {
  const rows = db
    .select()
    .from(worldCafeSeats)
    .where(eq(worldCafeSeats.eventId, eventId))
    .orderBy(asc(worldCafeSeats.round), asc(worldCafeSeats.tableNo), asc(worldCafeSeats.userId))
    .all();
  const rounds = new Map<number, string[][]>();
  for (const r of rows) {
    const tables = rounds.get(r.round) ?? [];
    const table = tables[r.tableNo - 1] ?? [];
    table.push(r.userId);
    tables[r.tableNo - 1] = table;
    rounds.set(r.round, tables);
  }
  return [...rounds.entries()].map(([round, tables]) => ({ round, tables: tables.filter(Boolean) }));
}
