import { inArray } from "drizzle-orm";
import { participants, tandems } from "../schema";
import type { DbOrTx } from "../tx";

/** The members of many tandems in two queries (the schedule lists thousands). */
export function membersOfTandems(
  db: DbOrTx,
  tandemIds: readonly number[],
): Map<number, { mentorUserId: string; menteeUserId: string }> {
  const out = new Map<number, { mentorUserId: string; menteeUserId: string }>();
  const ids = [...new Set(tandemIds)];
  if (ids.length === 0) return out;
  const rows = db
    .select({ id: tandems.id, mentorId: tandems.mentorId, menteeId: tandems.menteeId })
    .from(tandems)
    .where(inArray(tandems.id, ids))
    .all();
  const people = new Map(
    db
      .select({ id: participants.id, userId: participants.userId })
      .from(participants)
      .where(inArray(participants.id, [...new Set(rows.flatMap((r) => [r.mentorId, r.menteeId]))]))
      .all()
      .map((p) => [p.id, p.userId]),
  );
  for (const r of rows) {
    const mentorUserId = people.get(r.mentorId);
    const menteeUserId = people.get(r.menteeId);
    if (mentorUserId && menteeUserId) out.set(r.id, { mentorUserId, menteeUserId });
  }
  return out;
}
