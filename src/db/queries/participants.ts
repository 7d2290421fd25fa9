import { and, eq, inArray, sql } from "drizzle-orm";
import { CONSENT_VERSION } from "../../domain/consent";
import type { SignupAnswers } from "../../domain/signup";
import type { Db } from "../client";
import { prepared } from "../prepared";
import { type ParticipantStatus, participants, type Role, topicRatings } from "../schema";
import { insertRows } from "../tx";

export type Participant = typeof participants.$inferSelect;
export type TopicRating = typeof topicRatings.$inferSelect;
export type RatingPhase = TopicRating["phase"];

export function findParticipant(db: Db, programId: number, userId: string): Participant | undefined {
  return prepared(db, "findParticipant", (d) =>
    d
      .select()
      .from(participants)
      .where(
        and(
          eq(participants.programId, sql.placeholder("programId")),
          eq(participants.userId, sql.placeholder("userId")),
        ),
      )
      .prepare(),
  ).get({ programId, userId });
}

export function participantById(db: Db, id: number): Participant | undefined {
  return db.select().from(participants).where(eq(participants.id, id)).get();
}

/** A program's participants, optionally only those in the given statuses. */
export function listParticipants(
  db: Db,
  programId: number,
  statuses?: readonly ParticipantStatus[],
): Participant[] {
  const byProgram = eq(participants.programId, programId);
  const where = statuses ? and(byProgram, inArray(participants.status, [...statuses])) : byProgram;
  return db.select().from(participants).where(where).orderBy(participants.id).all();
}

/** Ratings of one phase for the given participants, as participant id → topic → level. */
export function ratingsFor(
  db: Db,
  participantIds: readonly number[],
  phase: RatingPhase = "intake",
): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  if (participantIds.length === 0) return out;
  const rows = db
    .select()
    .from(topicRatings)
    .where(and(inArray(topicRatings.participantId, [...participantIds]), eq(topicRatings.phase, phase)))
    .all();
  for (const row of rows) {
    const byTopic = out.get(row.participantId) ?? new Map<string, number>();
    byTopic.set(row.topic, row.level);
    out.set(row.participantId, byTopic);
  }
  return out;
}

/**
 * Records that someone chose a role but has not finished: a new row in status "draft", or a withdrawn
 * or unfinished row taken up again. A finished sign-up is left alone until the new answers arrive.
 */
export function ensureDraft(db: Db, programId: number, userId: string, role: Role, now: Date): Participant {
  const at = now.toISOString();
  prepared(db, "insertDraft", (d) =>
    d
      .insert(participants)
      .values({
        programId: sql.placeholder("programId"),
        userId: sql.placeholder("userId"),
        role: sql.placeholder("role"),
        status: "draft",
        updatedAt: sql.placeholder("at"),
      })
      .onConflictDoNothing()
      .prepare(),
  ).run({ programId, userId, role, at });
  const row = findParticipant(db, programId, userId);
  if (!row) throw new Error(`participant ${userId} in program ${programId} vanished`);
  if (row.status === "draft" || row.status === "withdrawn") {
    if (row.status === "draft" && row.role === role) return row;
    return db
      .update(participants)
      .set({ role, status: "draft", withdrawnAt: null, updatedAt: at })
      .where(eq(participants.id, row.id))
      .returning()
      .get();
  }
  return row;
}

/**
 * Stores a submitted questionnaire on the person's one row for the program (never a second row) and
 * replaces their intake ratings. Answers of the other role are cleared, so switching role replaces them.
 */
export function saveSignup(
  db: Db,
  programId: number,
  userId: string,
  answers: SignupAnswers,
  status: ParticipantStatus,
  now: Date,
): Participant {
  const at = now.toISOString();
  const fields = {
    role: answers.role,
    status,
    department: answers.department,
    background: answers.background,
    hopeToLearn: answers.hopeToLearn,
    learningGoals: answers.learningGoals,
    expectations: answers.expectations,
    concerns: answers.concerns,
    meetingFormat: answers.meetingFormat,
    meetingsPerMonth: answers.meetingsPerMonth,
    languages: answers.languages,
    availability: answers.availability,
    excludedUserIds: answers.excludedUserIds,
    consent: answers.consent,
    consentAt: at,
    consentVersion: CONSENT_VERSION,
    updatedAt: at,
    withdrawnAt: null,
  };
  return db.transaction((tx) => {
    const row = tx
      .insert(participants)
      .values({ programId, userId, ...fields })
      .onConflictDoUpdate({ target: [participants.programId, participants.userId], set: fields })
      .returning()
      .get();
    tx.delete(topicRatings)
      .where(and(eq(topicRatings.participantId, row.id), eq(topicRatings.phase, "intake")))
      .run();
    insertRows(
      tx,
      topicRatings,
      answers.ratings.map((r) => ({
        participantId: row.id,
        topic: r.topic,
        level: r.level,
        phase: "intake" as const,
      })),
    );
    return row;
  });
}

export function withdrawParticipant(db: Db, id: number, now: Date): Participant | undefined {
  const at = now.toISOString();
  return db
    .update(participants)
    .set({ status: "withdrawn", withdrawnAt: at, updatedAt: at })
    .where(eq(participants.id, id))
    .returning()
    .get();
}
