import { and, eq, inArray, or } from "drizzle-orm";
import type { DashboardPerson, DashboardRating } from "../../domain/dashboard";
import type { Db } from "../client";
import { participants, type TandemStatus, tandems, topicRatings } from "../schema";

export type ParticipantRow = typeof participants.$inferSelect;

/** One user's participation in a program, if any. */
export function participationOf(db: Db, programId: number, userId: string): ParticipantRow | undefined {
  return db
    .select()
    .from(participants)
    .where(and(eq(participants.programId, programId), eq(participants.userId, userId)))
    .get();
}

export interface TandemOfParticipant {
  tandemId: number;
  status: TandemStatus;
  channelId: string | null;
  partnerUserId: string | undefined;
}

const LIVE_TANDEM: TandemStatus[] = ["launching", "active", "paused"];

/** The live tandem a participant is in (newest first), with the partner's user id. */
export function liveTandemOf(db: Db, participantId: number): TandemOfParticipant | undefined {
  const tandem = db
    .select()
    .from(tandems)
    .where(
      and(
        or(eq(tandems.mentorId, participantId), eq(tandems.menteeId, participantId)),
        inArray(tandems.status, LIVE_TANDEM),
      ),
    )
    .orderBy(tandems.id)
    .all()
    .at(-1);
  if (!tandem) return undefined;
  const partnerId = tandem.mentorId === participantId ? tandem.menteeId : tandem.mentorId;
  const partner = db
    .select({ userId: participants.userId })
    .from(participants)
    .where(eq(participants.id, partnerId))
    .get();
  return {
    tandemId: tandem.id,
    status: tandem.status,
    channelId: tandem.channelId,
    partnerUserId: partner?.userId,
  };
}

/** Everything the dashboard counts: the program's participants and their intake self-assessments. */
export function dashboardInput(
  db: Db,
  programId: number,
): { people: DashboardPerson[]; ratings: DashboardRating[] } {
  const people = db
    .select({
      participantId: participants.id,
      userId: participants.userId,
      role: participants.role,
      status: participants.status,
      department: participants.department,
    })
    .from(participants)
    .where(eq(participants.programId, programId))
    .orderBy(participants.id)
    .all();
  const ratings = db
    .select({
      participantId: topicRatings.participantId,
      topic: topicRatings.topic,
      level: topicRatings.level,
    })
    .from(topicRatings)
    .innerJoin(participants, eq(participants.id, topicRatings.participantId))
    .where(and(eq(participants.programId, programId), eq(topicRatings.phase, "intake")))
    .all();
  return { people, ratings };
}
