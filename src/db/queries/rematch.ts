import { and, eq, inArray } from "drizzle-orm";
import type { ProposedPair } from "../../domain/matching/match";
import { pairConstraints, participants, rematchRequests, tandems } from "../schema";
import type { DbOrTx } from "../tx";
import { type TandemInfo, tandemInfo } from "./checkins";

export type RematchRequest = typeof rematchRequests.$inferSelect;

/**
 * A confidential request to end a tandem and be matched again. One open request per person and
 * tandem: asking again only replaces the reason.
 */
export function requestRematch(
  db: DbOrTx,
  input: { tandemId: number; userId: string; reason: string | null; now: Date },
): { request: RematchRequest; created: boolean } {
  const open = db
    .select()
    .from(rematchRequests)
    .where(
      and(
        eq(rematchRequests.tandemId, input.tandemId),
        eq(rematchRequests.requestedBy, input.userId),
        eq(rematchRequests.status, "open"),
      ),
    )
    .get();
  if (open) {
    const request = db
      .update(rematchRequests)
      .set({ reason: input.reason })
      .where(eq(rematchRequests.id, open.id))
      .returning()
      .get();
    return { request: request ?? open, created: false };
  }
  const request = db
    .insert(rematchRequests)
    .values({
      tandemId: input.tandemId,
      requestedBy: input.userId,
      reason: input.reason,
      createdAt: input.now.toISOString(),
    })
    .returning()
    .get();
  return { request, created: true };
}

export function getRematchRequest(db: DbOrTx, id: number): RematchRequest | undefined {
  return db.select().from(rematchRequests).where(eq(rematchRequests.id, id)).get();
}

export type DecideResult =
  | { ok: true; request: RematchRequest; info: TandemInfo }
  | { ok: false; reason: "not_found" | "decided"; request?: RematchRequest | undefined };

function claim(db: DbOrTx, id: number, status: "approved" | "declined", by: string, now: Date): DecideResult {
  const before = getRematchRequest(db, id);
  if (!before) return { ok: false, reason: "not_found" };
  const res = db
    .update(rematchRequests)
    .set({ status, decidedBy: by, decidedAt: now.toISOString() })
    .where(and(eq(rematchRequests.id, id), eq(rematchRequests.status, "open")))
    .run();
  if (res.changes !== 1) return { ok: false, reason: "decided", request: before };
  const info = tandemInfo(db, before.tandemId);
  if (!info) return { ok: false, reason: "not_found" };
  const request = getRematchRequest(db, id) ?? before;
  return { ok: true, request, info };
}

/**
 * Approves an open request (call inside a transaction): the old tandem ends, both people go back to
 * the waiting list, the pair is forbidden for later matching, other open requests of the tandem are
 * approved with it. A decided request stays as it is.
 */
export function approveRematch(db: DbOrTx, id: number, by: string, now: Date): DecideResult {
  const result = claim(db, id, "approved", by, now);
  if (!result.ok) return result;
  const { tandem } = result.info;
  const at = now.toISOString();
  db.update(rematchRequests)
    .set({ status: "approved", decidedBy: by, decidedAt: at })
    .where(and(eq(rematchRequests.tandemId, tandem.id), eq(rematchRequests.status, "open")))
    .run();
  db.update(tandems).set({ status: "ended", endedAt: at }).where(eq(tandems.id, tandem.id)).run();
  db.update(participants)
    .set({ status: "waiting", updatedAt: at })
    .where(
      and(inArray(participants.id, [tandem.mentorId, tandem.menteeId]), eq(participants.status, "matched")),
    )
    .run();
  db.insert(pairConstraints)
    .values({
      programId: tandem.programId,
      mentorId: tandem.mentorId,
      menteeId: tandem.menteeId,
      kind: "forbid",
      createdBy: by,
    })
    .onConflictDoUpdate({
      target: [pairConstraints.programId, pairConstraints.mentorId, pairConstraints.menteeId],
      set: { kind: "forbid" },
    })
    .run();
  return result;
}

export function declineRematch(db: DbOrTx, id: number, by: string, now: Date): DecideResult {
  return claim(db, id, "declined", by, now);
}

/**
 * After a rematch: the new tandems (status "launching") for the pairs the matcher proposed, each only
 * while both people are still free. Returns the new tandems' ids; the caller then runs planLaunch,
 * the same exactly-once path as the first launch.
 */
export function insertRematchTandems(
  db: DbOrTx,
  input: { programId: number; pairs: readonly ProposedPair[]; replacesTandemId: number; now: Date },
): number[] {
  if (input.pairs.length === 0) return [];
  const at = input.now.toISOString();
  return db.transaction((tx) => {
    const ids: number[] = [];
    for (const pair of input.pairs) {
      // Someone may have been matched or have left since the matcher read the cohort.
      const free = tx
        .select({ id: participants.id })
        .from(participants)
        .where(
          and(
            inArray(participants.id, [pair.mentorId, pair.menteeId]),
            inArray(participants.status, ["complete", "waiting"]),
          ),
        )
        .all();
      if (free.length !== 2) continue;
      const created = tx
        .insert(tandems)
        .values({
          programId: input.programId,
          mentorId: pair.mentorId,
          menteeId: pair.menteeId,
          score: pair.score,
          reasons: pair.reasons,
          status: "launching",
          replacesTandemId: input.replacesTandemId,
          createdAt: at,
        })
        .returning({ id: tandems.id })
        .get();
      tx.update(participants)
        .set({ status: "matched", updatedAt: at })
        .where(inArray(participants.id, [pair.mentorId, pair.menteeId]))
        .run();
      ids.push(created.id);
    }
    return ids;
  });
}

/**
 * How a tandem that replaces an ended one came about, for its members' launch messages: the ended
 * tandem's two members (each with the former partner) and who asked for the rematch.
 */
export function replacedTandemStory(
  db: DbOrTx,
  replacedTandemId: number,
): Map<string, { formerPartner: string; requester: boolean }> {
  const info = tandemInfo(db, replacedTandemId);
  if (!info) return new Map();
  const requesters = new Set(
    db
      .select({ by: rematchRequests.requestedBy })
      .from(rematchRequests)
      .where(and(eq(rematchRequests.tandemId, replacedTandemId), eq(rematchRequests.status, "approved")))
      .all()
      .map((r) => r.by),
  );
  const { mentor, mentee } = info;
  return new Map([
    [mentor.userId, { formerPartner: mentee.userId, requester: requesters.has(mentor.userId) }],
    [mentee.userId, { formerPartner: mentor.userId, requester: requesters.has(mentee.userId) }],
  ]);
}
