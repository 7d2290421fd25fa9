import { and, asc, desc, eq, inArray, notInArray, or } from "drizzle-orm";
import type { GoalStatus, PlanGoal } from "../../domain/plan";
import { actionPlans, participants, planGoals, programs, type TandemStatus, tandems } from "../schema";
import type { DbOrTx } from "../tx";

export type Tandem = typeof tandems.$inferSelect;
export type ActionPlan = typeof actionPlans.$inferSelect;
type Program = typeof programs.$inferSelect;

const LIVE: TandemStatus[] = ["launching", "active", "paused"];

export interface TandemInChannel {
  tandem: Tandem;
  program: Program;
  mentorUserId: string;
  menteeUserId: string;
}

function withMembers(db: DbOrTx, tandem: Tandem): TandemInChannel | undefined {
  const program = db.select().from(programs).where(eq(programs.id, tandem.programId)).get();
  const people = db
    .select({ id: participants.id, userId: participants.userId })
    .from(participants)
    .where(inArray(participants.id, [tandem.mentorId, tandem.menteeId]))
    .all();
  const mentorUserId = people.find((p) => p.id === tandem.mentorId)?.userId;
  const menteeUserId = people.find((p) => p.id === tandem.menteeId)?.userId;
  if (!program || !mentorUserId || !menteeUserId) return undefined;
  return { tandem, program, mentorUserId, menteeUserId };
}

/** The live tandem whose channel this is (the newest, should a channel ever have been reused). */
export function liveTandemInChannel(db: DbOrTx, channelId: string): Tandem | undefined {
  return db
    .select()
    .from(tandems)
    .where(and(eq(tandems.channelId, channelId), inArray(tandems.status, LIVE)))
    .orderBy(desc(tandems.id))
    .get();
}

/** The live tandem whose channel this is, with its program and both members' user ids. */
export function tandemByChannel(db: DbOrTx, channelId: string): TandemInChannel | undefined {
  const tandem = liveTandemInChannel(db, channelId);
  return tandem ? withMembers(db, tandem) : undefined;
}

export function tandemById(db: DbOrTx, tandemId: number): TandemInChannel | undefined {
  const tandem = db.select().from(tandems).where(eq(tandems.id, tandemId)).get();
  return tandem && LIVE.includes(tandem.status) ? withMembers(db, tandem) : undefined;
}

/** Channels of the live tandems a user belongs to, to point someone who typed the command elsewhere. */
export function tandemChannelsOf(db: DbOrTx, userId: string): string[] {
  const mine = db
    .select({ id: participants.id })
    .from(participants)
    .where(eq(participants.userId, userId))
    .all();
  const ids = mine.map((p) => p.id);
  if (ids.length === 0) return [];
  return db
    .select({ channelId: tandems.channelId })
    .from(tandems)
    .where(
      and(inArray(tandems.status, LIVE), or(inArray(tandems.mentorId, ids), inArray(tandems.menteeId, ids))),
    )
    .all()
    .flatMap((r) => (r.channelId ? [r.channelId] : []));
}

export function planOf(db: DbOrTx, tandemId: number): ActionPlan | undefined {
  return db.select().from(actionPlans).where(eq(actionPlans.tandemId, tandemId)).get();
}

/** A tandem's goals in order; ids stay the same across edits of the same row (check-ins refer to them). */
export function goalsOf(db: DbOrTx, tandemId: number): (PlanGoal & { id: number })[] {
  return db
    .select()
    .from(planGoals)
    .where(eq(planGoals.tandemId, tandemId))
    .orderBy(asc(planGoals.position))
    .all()
    .map((g) => ({
      id: g.id,
      position: g.position,
      topic: g.topic,
      goal: g.goal,
      successSign: g.successSign,
      targetDate: g.targetDate,
      status: g.status as GoalStatus,
    }));
}

/**
 * Stores the goals (row by row, keeping ids of rows that stay) and bumps the plan's version.
 * Returns the new version. Call inside the transaction that also enqueues the message ops.
 */
export function savePlan(
  db: DbOrTx,
  tandemId: number,
  goals: readonly PlanGoal[],
  by: { userId: string; channelId: string | null; nowIso: string },
): number {
  const positions = goals.map((g) => g.position);
  db.delete(planGoals)
    .where(
      and(
        eq(planGoals.tandemId, tandemId),
        notInArray(planGoals.position, positions.length ? positions : [0]),
      ),
    )
    .run();
  for (const g of goals) {
    const values = {
      topic: g.topic,
      goal: g.goal,
      successSign: g.successSign,
      targetDate: g.targetDate,
      status: g.status,
    };
    db.insert(planGoals)
      .values({ tandemId, position: g.position, ...values })
      .onConflictDoUpdate({ target: [planGoals.tandemId, planGoals.position], set: values })
      .run();
  }
  const before = planOf(db, tandemId);
  const version = (before?.version ?? 0) + 1;
  db.insert(actionPlans)
    .values({ tandemId, channelId: by.channelId, version, updatedBy: by.userId, updatedAt: by.nowIso })
    .onConflictDoUpdate({
      target: actionPlans.tandemId,
      set: { version, updatedBy: by.userId, updatedAt: by.nowIso },
    })
    .run();
  return version;
}

export function recordPlanMessage(db: DbOrTx, tandemId: number, channelId: string, ts: string): void {
  db.update(actionPlans).set({ channelId, messageTs: ts }).where(eq(actionPlans.tandemId, tandemId)).run();
}

/**
 * A change to the goals that did not come through the plan modal (a check-in's goal progress): the
 * plan's version and "last changed" move on, so the pinned message and an open modal know. Returns
 * the new version, or undefined when the tandem has no plan.
 */
export function touchPlan(
  db: DbOrTx,
  tandemId: number,
  by: { userId: string; nowIso: string },
): number | undefined {
  const before = planOf(db, tandemId);
  if (!before) return undefined;
  const version = before.version + 1;
  db.update(actionPlans)
    .set({ version, updatedBy: by.userId, updatedAt: by.nowIso })
    .where(eq(actionPlans.tandemId, tandemId))
    .run();
  return version;
}
