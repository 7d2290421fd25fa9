import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { SuccessRole } from "../../domain/lifecycle";
import { tandemSuccesses, tandems } from "../schema";
import type { DbOrTx } from "../tx";

/*
 * A tandem's first successes for the closing event: one text per tandem that either member can
 * write, and a consent per member to the text as it stands.
 */

export type SuccessRow = typeof tandemSuccesses.$inferSelect;

/**
 * The successes of a program that both members of the tandem agreed to share, in tandem order: for
 * the showcase at the closing event and the final report.
 */
export function sharedSuccesses(db: DbOrTx, programId: number): { tandemId: number; text: string }[] {
  return db
    .select({ tandemId: tandemSuccesses.tandemId, text: tandemSuccesses.text })
    .from(tandemSuccesses)
    .innerJoin(tandems, eq(tandems.id, tandemSuccesses.tandemId))
    .where(
      and(
        eq(tandemSuccesses.programId, programId),
        isNotNull(tandemSuccesses.mentorConsentAt),
        isNotNull(tandemSuccesses.menteeConsentAt),
      ),
    )
    .orderBy(asc(tandemSuccesses.tandemId))
    .all()
    .filter((s) => s.text.trim() !== "");
}

export function successOf(db: DbOrTx, tandemId: number): SuccessRow | undefined {
  return db.select().from(tandemSuccesses).where(eq(tandemSuccesses.tandemId, tandemId)).get();
}

/** Saves the text; a changed text needs both consents again. */
export function saveSuccessText(
  db: DbOrTx,
  input: { tandemId: number; programId: number; text: string; by: string; now: Date },
): SuccessRow {
  const at = input.now.toISOString();
  const before = successOf(db, input.tandemId);
  if (before && before.text === input.text) return before;
  return db
    .insert(tandemSuccesses)
    .values({
      tandemId: input.tandemId,
      programId: input.programId,
      text: input.text,
      updatedBy: input.by,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: tandemSuccesses.tandemId,
      set: {
        text: input.text,
        updatedBy: input.by,
        updatedAt: at,
        mentorConsentAt: null,
        menteeConsentAt: null,
      },
    })
    .returning()
    .get();
}

/** A member's consent given (now) or withdrawn (null). */
export function setSuccessConsent(
  db: DbOrTx,
  tandemId: number,
  role: SuccessRole,
  at: Date | null,
): SuccessRow | undefined {
  const value = at ? at.toISOString() : null;
  return db
    .update(tandemSuccesses)
    .set(role === "mentor" ? { mentorConsentAt: value } : { menteeConsentAt: value })
    .where(eq(tandemSuccesses.tandemId, tandemId))
    .returning()
    .get();
}

/** How many tandems of a program wrote something, and how many of those agreed to share it. */
export function successCounts(db: DbOrTx, programId: number): { written: number; shared: number } {
  const rows = db.select().from(tandemSuccesses).where(eq(tandemSuccesses.programId, programId)).all();
  return {
    written: rows.filter((r) => r.text.trim() !== "").length,
    shared: rows.filter((r) => r.text.trim() !== "" && r.mentorConsentAt && r.menteeConsentAt).length,
  };
}

/** Successes of several tandems at once. */
export function successesOf(db: DbOrTx, tandemIds: readonly number[]): Map<number, SuccessRow> {
  if (tandemIds.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(tandemSuccesses)
      .where(inArray(tandemSuccesses.tandemId, [...tandemIds]))
      .all()
      .map((r) => [r.tandemId, r] as const),
  );
}
