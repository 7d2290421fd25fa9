import { and, eq, inArray, isNotNull } from "drizzle-orm";
import {
  circles,
  matchProposals,
  participants,
  programManagers,
  programs,
  type Role,
  slackUsers,
  type TandemStatus,
  tandems,
} from "../schema";
import type { DbOrTx } from "../tx";

/** The outbox batch of a program's launch: every slack_ops row of it has this batch name. */
export function launchBatch(programId: number): string {
  return `launch:${programId}`;
}

/** The outbox key of a tandem's channel; its result holds channelId once the channel exists. */
export function tandemChannelKey(programId: number, tandemId: number): string {
  return `${launchBatch(programId)}:tandem:${tandemId}:channel`;
}

export type Tandem = typeof tandems.$inferSelect;
export type LaunchParticipant = typeof participants.$inferSelect;
export type CachedUser = typeof slackUsers.$inferSelect;
export type Circle = typeof circles.$inferSelect;

export interface LaunchMember {
  participant: LaunchParticipant;
  user: CachedUser | undefined;
}

export interface LaunchTandem {
  tandem: Tandem;
  mentor: LaunchMember;
  mentee: LaunchMember;
}

function membersById(db: DbOrTx, ids: number[]): Map<number, LaunchMember> {
  const out = new Map<number, LaunchMember>();
  if (ids.length === 0) return out;
  const rows = db
    .select({ participant: participants, user: slackUsers })
    .from(participants)
    .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
    .where(inArray(participants.id, ids))
    .all();
  for (const r of rows) out.set(r.participant.id, { participant: r.participant, user: r.user ?? undefined });
  return out;
}

/** The program's tandems waiting for their launch, with both members and their cached profiles. */
export function launchingTandems(db: DbOrTx, programId: number): LaunchTandem[] {
  const rows = db
    .select()
    .from(tandems)
    .where(and(eq(tandems.programId, programId), eq(tandems.status, "launching")))
    .orderBy(tandems.id)
    .all();
  const members = membersById(db, [...new Set(rows.flatMap((t) => [t.mentorId, t.menteeId]))]);
  return rows.flatMap((tandem) => {
    const mentor = members.get(tandem.mentorId);
    const mentee = members.get(tandem.menteeId);
    return mentor && mentee ? [{ tandem, mentor, mentee }] : [];
  });
}

const LIVE: TandemStatus[] = ["launching", "active", "paused"];

/** User ids of everyone in a live tandem of the program in the given role. */
export function tandemMemberIds(db: DbOrTx, programId: number, role: Role): string[] {
  const column = role === "mentor" ? tandems.mentorId : tandems.menteeId;
  const rows = db
    .selectDistinct({ userId: participants.userId })
    .from(tandems)
    .innerJoin(participants, eq(participants.id, column))
    .where(and(eq(tandems.programId, programId), inArray(tandems.status, LIVE)))
    .orderBy(participants.userId)
    .all();
  return rows.map((r) => r.userId);
}

/**
 * Everyone of a role who belongs in the program's circle: members of live tandems and those on the
 * waiting list (still part of the program, and the first to get a partner later).
 */
export function circleMemberIds(db: DbOrTx, programId: number, role: Role): string[] {
  const waiting = waitingParticipants(db, programId)
    .filter((m) => m.participant.role === role)
    .map((m) => m.participant.userId);
  return [...new Set([...tandemMemberIds(db, programId, role), ...waiting])].sort();
}

export function waitingParticipants(db: DbOrTx, programId: number): LaunchMember[] {
  return db
    .select({ participant: participants, user: slackUsers })
    .from(participants)
    .leftJoin(slackUsers, eq(slackUsers.userId, participants.userId))
    .where(and(eq(participants.programId, programId), eq(participants.status, "waiting")))
    .orderBy(participants.id)
    .all()
    .map((r) => ({ participant: r.participant, user: r.user ?? undefined }));
}

/** Participants of the program who were in a tandem that ended (a rematch, a partner who left). */
export function endedTandemMembers(db: DbOrTx, programId: number): Set<number> {
  const rows = db
    .select({ mentorId: tandems.mentorId, menteeId: tandems.menteeId })
    .from(tandems)
    .where(and(eq(tandems.programId, programId), inArray(tandems.status, ["ended", "failed"])))
    .all();
  return new Set(rows.flatMap((r) => [r.mentorId, r.menteeId]));
}

/** Whether the program has mentors on the waiting list (in the mentor circle without a tandem now). */
export function hasWaitingMentors(db: DbOrTx, programId: number): boolean {
  return waitingParticipants(db, programId).some((m) => m.participant.role === "mentor");
}

export function cachedUsers(db: DbOrTx, userIds: string[]): Map<string, CachedUser> {
  if (userIds.length === 0) return new Map();
  const rows = db.select().from(slackUsers).where(inArray(slackUsers.userId, userIds)).all();
  return new Map(rows.map((u) => [u.userId, u]));
}

/** Channel names the app has used or planned, across all programs. */
export function knownChannelNames(db: DbOrTx): Set<string> {
  const a = db
    .select({ name: tandems.channelName })
    .from(tandems)
    .where(isNotNull(tandems.channelName))
    .all();
  const b = db
    .select({ name: circles.channelName })
    .from(circles)
    .where(isNotNull(circles.channelName))
    .all();
  return new Set([...a, ...b].flatMap((r) => (r.name ? [r.name] : [])));
}

export function setTandemChannelName(db: DbOrTx, tandemId: number, name: string): void {
  db.update(tandems).set({ channelName: name }).where(eq(tandems.id, tandemId)).run();
}

/** The circle of a kind, created on first use with its planned channel name. */
export function ensureCircle(
  db: DbOrTx,
  programId: number,
  kind: Circle["kind"],
  plannedName: () => string,
): Circle {
  const existing = db
    .select()
    .from(circles)
    .where(and(eq(circles.programId, programId), eq(circles.kind, kind)))
    .get();
  if (existing) return existing;
  return db.insert(circles).values({ programId, kind, channelName: plannedName() }).returning().get();
}

/** Outbox hook targets: the domain rows learn what Slack did, in the op's own transaction. */
export function recordTandemChannel(db: DbOrTx, tandemId: number, channelId: string, name: string): void {
  db.update(tandems).set({ channelId, channelName: name }).where(eq(tandems.id, tandemId)).run();
}

export function activateTandem(db: DbOrTx, tandemId: number, nowIso: string): void {
  db.update(tandems)
    .set({ status: "active", launchedAt: nowIso })
    .where(and(eq(tandems.id, tandemId), eq(tandems.status, "launching")))
    .run();
}

export function recordCircleChannel(db: DbOrTx, circleId: number, channelId: string, name: string): void {
  db.update(circles).set({ channelId, channelName: name }).where(eq(circles.id, circleId)).run();
}

/** Program managers known to the database: those added in the app, the program's creator, approvers. */
export function storedManagers(tx: DbOrTx, program: { id: number; createdBy: string }): string[] {
  const added = tx.select({ userId: programManagers.userId }).from(programManagers).all();
  const approvers = tx
    .selectDistinct({ userId: matchProposals.decidedBy })
    .from(tandems)
    .innerJoin(matchProposals, eq(matchProposals.id, tandems.proposalId))
    .where(eq(tandems.programId, program.id))
    .all();
  return [program.createdBy, ...added.map((r) => r.userId), ...approvers.flatMap((r) => r.userId ?? [])];
}

/** The program being launched. */
export function launchProgram(tx: DbOrTx, programId: number) {
  return tx.select().from(programs).where(eq(programs.id, programId)).get();
}
