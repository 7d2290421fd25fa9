import { and, count, desc, eq, inArray, isNotNull, like, ne } from "drizzle-orm";
import type { SummaryFacts } from "../../domain/notices";
import { parseAnswers } from "../../domain/steering/evaluation";
import type { Wave } from "../../domain/steering/waves";
import type { Role } from "../../domain/types";
import {
  checkinAnswers,
  checkins,
  evaluations,
  participants,
  programs,
  scheduledSends,
  slackUsers,
  tandems,
} from "../schema";
import type { DbOrTx } from "../tx";

/*
 * What the managers' notices and the participants' summary read (docs/decisions/notices.md), and
 * the closed cohorts the App Home and the report commands offer.
 */

type ProgramRow = typeof programs.$inferSelect;

/** Closed cohorts, newest first (by start date, then id). */
export function closedPrograms(db: DbOrTx): ProgramRow[] {
  return db
    .select()
    .from(programs)
    .where(eq(programs.status, "closed"))
    .orderBy(desc(programs.startDate), desc(programs.id))
    .all();
}

/** Every cohort, newest first: what `/mentoring report <cohort>` chooses from. */
export function allPrograms(db: DbOrTx): ProgramRow[] {
  return db.select().from(programs).orderBy(desc(programs.startDate), desc(programs.id)).all();
}

/** Who signed up so far, by role and whether the questionnaire was finished (withdrawn left out). */
export function signupCounts(
  db: DbOrTx,
  programId: number,
): { complete: Record<Role, number>; unfinished: number } {
  const rows = db
    .select({ role: participants.role, status: participants.status, n: count() })
    .from(participants)
    .where(and(eq(participants.programId, programId), ne(participants.status, "withdrawn")))
    .groupBy(participants.role, participants.status)
    .all();
  const complete: Record<Role, number> = { mentor: 0, mentee: 0 };
  let unfinished = 0;
  for (const r of rows) {
    if (r.status === "draft") unfinished += r.n;
    else complete[r.role] += r.n;
  }
  return { complete, unfinished };
}

/**
 * A wave's response as the report counts it: the people invited (an invitation was sent) and how
 * many of them answered.
 */
export function waveResponse(
  db: DbOrTx,
  programId: number,
  wave: Wave,
): { invited: number; answered: number } {
  const prefix = `eval:p${programId}:${wave}:`;
  const invitedUsers = new Set(
    db
      .select({ key: scheduledSends.key })
      .from(scheduledSends)
      .where(and(eq(scheduledSends.programId, programId), like(scheduledSends.key, `${prefix}%`)))
      .all()
      .map((s) => s.key.slice(prefix.length))
      .filter((rest) => !rest.includes(":")),
  );
  if (invitedUsers.size === 0) return { invited: 0, answered: 0 };
  const answered = db
    .select({ userId: participants.userId })
    .from(evaluations)
    .innerJoin(participants, eq(participants.id, evaluations.participantId))
    .where(and(eq(evaluations.programId, programId), eq(evaluations.kind, wave)))
    .all()
    .filter((r) => invitedUsers.has(r.userId)).length;
  return { invited: invitedUsers.size, answered };
}

/** The members of the program's launched tandems (withdrawn people left out), each once, with their locale. */
export function summaryRecipients(
  db: DbOrTx,
  programId: number,
): { userId: string; locale: string | null }[] {
  const launched = db
    .select({ mentorId: tandems.mentorId, menteeId: tandems.menteeId })
    .from(tandems)
    .where(and(eq(tandems.programId, programId), isNotNull(tandems.launchedAt)))
    .all();
  const ids = [...new Set(launched.flatMap((t) => [t.mentorId, t.menteeId]))];
  if (ids.length === 0) return [];
  return db
    .select({ userId: participants.userId, locale: slackUsers.locale })
    .from(participants)
    .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
    .where(and(inArray(participants.id, ids), ne(participants.status, "withdrawn")))
    .orderBy(participants.id)
    .all();
}

/** The raw counts behind the participants' summary, over the whole program. */
export function summaryFacts(db: DbOrTx, programId: number): SummaryFacts {
  const launched = db
    .select({ id: tandems.id, mentorId: tandems.mentorId, menteeId: tandems.menteeId })
    .from(tandems)
    .where(and(eq(tandems.programId, programId), isNotNull(tandems.launchedAt)))
    .all();
  const people = new Set(launched.flatMap((t) => [t.mentorId, t.menteeId])).size;
  const ids = launched.map((t) => t.id);
  const met =
    ids.length === 0
      ? []
      : db
          .selectDistinct({ tandemId: checkins.tandemId, metOn: checkinAnswers.metOn })
          .from(checkinAnswers)
          .innerJoin(checkins, eq(checkins.id, checkinAnswers.checkinId))
          .where(
            and(
              inArray(checkins.tandemId, ids),
              eq(checkinAnswers.answer, "yes"),
              isNotNull(checkinAnswers.metOn),
            ),
          )
          .all();
  const finals = db
    .select({ answers: evaluations.answers, role: participants.role })
    .from(evaluations)
    .innerJoin(participants, eq(participants.id, evaluations.participantId))
    .where(and(eq(evaluations.programId, programId), eq(evaluations.kind, "final")))
    .all()
    .flatMap((e) => {
      const a = parseAnswers(e.answers);
      return a ? [{ ...a, role: e.role }] : [];
    });
  return {
    people,
    tandems: launched.length,
    meetings: met.length,
    finalSatisfaction: finals.map((a) => a.satisfaction),
    finalAgain: finals.map((a) => a.again),
    finalRoles: finals.map((a) => a.role),
  };
}

export function setNextCohortChanges(
  db: DbOrTx,
  programId: number,
  text: { de: string | null; en: string | null },
  now: Date,
): void {
  db.update(programs)
    .set({ nextCohortChangesDe: text.de, nextCohortChangesEn: text.en, updatedAt: now.toISOString() })
    .where(eq(programs.id, programId))
    .run();
}
