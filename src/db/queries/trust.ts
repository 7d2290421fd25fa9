import { and, eq, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  checkinAnswers,
  evaluations,
  participants,
  programs,
  rematchRequests,
  slackOps,
  slackUsers,
  tandems,
} from "../schema";
import type { DbOrTx } from "../tx";

export type Participant = typeof participants.$inferSelect;
export type TandemRow = typeof tandems.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;

const LIVE = ["launching", "active", "paused"] as const;

/** A tandem still running, with both members' user ids. */
export interface LiveTandem {
  tandem: TandemRow;
  mentorUserId: string;
  menteeUserId: string;
}

export function participationsOf(db: DbOrTx, userId: string, programId?: number): Participant[] {
  const byUser = eq(participants.userId, userId);
  return db
    .select()
    .from(participants)
    .where(programId === undefined ? byUser : and(byUser, eq(participants.programId, programId)))
    .orderBy(participants.id)
    .all();
}

export function liveTandemsOf(db: DbOrTx, participantIds: readonly number[]): LiveTandem[] {
  if (participantIds.length === 0) return [];
  const found = db
    .select()
    .from(tandems)
    .where(
      and(
        inArray(tandems.status, [...LIVE]),
        or(inArray(tandems.mentorId, [...participantIds]), inArray(tandems.menteeId, [...participantIds])),
      ),
    )
    .all();
  if (found.length === 0) return [];
  const people = new Map(
    db
      .select({ id: participants.id, userId: participants.userId })
      .from(participants)
      .where(inArray(participants.id, [...found.flatMap((t) => [t.mentorId, t.menteeId])]))
      .all()
      .map((p) => [p.id, p.userId]),
  );
  return found.map((tandem) => ({
    tandem,
    mentorUserId: people.get(tandem.mentorId) ?? "",
    menteeUserId: people.get(tandem.menteeId) ?? "",
  }));
}

/** Ends a tandem; the partner who stays goes back to the waiting list. */
export function endTandem(db: DbOrTx, tandemId: number, partnerParticipantId: number, now: Date): void {
  const at = now.toISOString();
  db.update(tandems).set({ status: "ended", endedAt: at }).where(eq(tandems.id, tandemId)).run();
  db.update(participants)
    .set({ status: "waiting", updatedAt: at })
    .where(and(eq(participants.id, partnerParticipantId), eq(participants.status, "matched")))
    .run();
}

export function withdrawAll(db: DbOrTx, participantIds: readonly number[], now: Date): void {
  if (participantIds.length === 0) return;
  const at = now.toISOString();
  db.update(participants)
    .set({ status: "withdrawn", withdrawnAt: at, updatedAt: at })
    .where(and(inArray(participants.id, [...participantIds]), ne(participants.status, "withdrawn")))
    .run();
}

/**
 * What identifies the person in stored text: their id, their names from Slack's profile and what they
 * typed (answers, check-in notes, rematch reasons, evaluation comments). Short strings are left out:
 * they would match everywhere.
 */
export function needlesOf(db: DbOrTx, userId: string, participantIds: readonly number[]): string[] {
  const out = new Set<string>([userId]);
  const add = (v: unknown) => {
    if (typeof v === "string" && v.trim().length >= 4) out.add(v.trim());
  };
  const user = db.select().from(slackUsers).where(eq(slackUsers.userId, userId)).get();
  add(user?.realName);
  add(user?.firstName);
  const ids = [...participantIds];
  if (ids.length > 0) {
    for (const p of db.select().from(participants).where(inArray(participants.id, ids)).all()) {
      for (const v of [
        p.department,
        p.background,
        p.hopeToLearn,
        p.learningGoals,
        p.expectations,
        p.concerns,
        p.availability,
      ])
        add(v);
    }
    for (const e of db.select().from(evaluations).where(inArray(evaluations.participantId, ids)).all())
      for (const v of Object.values(e.answers)) add(v);
  }
  for (const a of db.select().from(checkinAnswers).where(eq(checkinAnswers.userId, userId)).all()) {
    add(a.topicsCovered);
    add(a.nextStep);
  }
  for (const r of db
    .select()
    .from(rematchRequests)
    .where(and(eq(rematchRequests.requestedBy, userId), isNotNull(rematchRequests.reason)))
    .all())
    add(r.reason);
  return [...out];
}

/** Closed programs whose personal data is not deleted yet (the retention job's candidates). */
export function closedProgramsWithData(db: Db): ProgramRow[] {
  return db
    .select()
    .from(programs)
    .where(and(eq(programs.status, "closed"), isNotNull(programs.endDate)))
    .all()
    .filter((p) => p.personalDataErasedAt === null);
}

export function markProgramErased(db: DbOrTx, programId: number, now: Date): void {
  db.update(programs)
    .set({ personalDataErasedAt: now.toISOString() })
    .where(eq(programs.id, programId))
    .run();
}

/** Whether the person takes part in another program whose data is kept (not the given one). */
export function inOtherProgram(db: DbOrTx, userId: string, programId: number): boolean {
  return db
    .select({ id: participants.id })
    .from(participants)
    .innerJoin(programs, eq(programs.id, participants.programId))
    .where(and(eq(participants.userId, userId), ne(participants.programId, programId)))
    .all()
    .some(() => true);
}

export function setConsent(db: DbOrTx, participantId: number, version: number, now: Date): void {
  const at = now.toISOString();
  db.update(participants)
    .set({ consent: true, consentVersion: version, consentAt: at, updatedAt: at })
    .where(eq(participants.id, participantId))
    .run();
}

export function setShareWithPartner(db: DbOrTx, participantId: number, share: boolean, now: Date): void {
  db.update(participants)
    .set({ shareWithPartner: share, updatedAt: now.toISOString() })
    .where(eq(participants.id, participantId))
    .run();
}

/** Participants of running or open programs whose consent is to an older text than `current`. */
export function outdatedConsents(db: Db, current: number): Participant[] {
  // The outbox key of the request (consentRequestKey): whoever was asked already is not asked again,
  // so a tick with nobody new to ask reads nothing but this query.
  const asked = sql`exists (select 1 from ${slackOps} where ${slackOps.key} = ${`consent:v${current}:p`} || ${participants.id})`;
  return db
    .select({ p: participants })
    .from(participants)
    .innerJoin(programs, eq(programs.id, participants.programId))
    .where(
      and(
        ne(programs.status, "closed"),
        ne(participants.status, "withdrawn"),
        eq(participants.consent, true),
        sql`coalesce(${participants.consentVersion}, 1) < ${current}`,
        sql`not ${asked}`,
      ),
    )
    .all()
    .map((r) => r.p);
}

/** The outbox key of the DM asking a participant to agree to consent text `version`. */
export function consentRequestKey(version: number, participantId: number): string {
  return `consent:v${version}:p${participantId}`;
}

/** Cancels outbox ops not yet sent that are addressed to the person or name them by id. */
export function cancelPendingFor(db: Db, userId: string): number {
  return db.$client
    .prepare(
      "DELETE FROM slack_ops WHERE status = 'pending' AND (instr(payload, ?) > 0 OR instr(key, ?) > 0)",
    )
    .run(userId, userId).changes;
}

/** Slack deactivated the user: the cached profile says so (until it is refreshed or erased). */
export function markUserDeleted(db: DbOrTx, userId: string): void {
  db.update(slackUsers).set({ deleted: true }).where(eq(slackUsers.userId, userId)).run();
}
