import { eq } from "drizzle-orm";
import type { FakeSlack } from "../../sim/fake-slack";
import type { Db } from "../../src/db/client";
import { userTables } from "../../src/db/queries/personalData";
import {
  auditLog,
  checkinAnswers,
  evaluations,
  eventRsvps,
  events,
  participants,
  rematchRequests,
  slackOps,
  slackUsers,
  tandemAlerts,
  tandemSuccesses,
  tandems,
  worldCafeSeats,
} from "../../src/db/schema";
import { addGoals, MANAGER, postCheckin, type SeededTandem } from "./rhythm-seed";

/** Words only one person wrote: the erasure scan looks for each of them in the whole database. */
export interface PersonTraces {
  userId: string;
  realName: string;
  firstName: string;
  texts: string[];
}

/**
 * Gives the mentee of a seeded tandem a footprint in every table that can hold one: profile names,
 * answers, a check-in note, an RSVP and World Café seat, a rematch reason, a plan goal, an
 * evaluation comment, first successes, an alert, a pending DM and a sent channel, an audit entry about them.
 */
export function seedFootprint(
  db: Db,
  fake: FakeSlack,
  programId: number,
  tandem: SeededTandem,
): PersonTraces {
  const userId = tandem.mentee;
  const traces: PersonTraces = {
    userId,
    realName: "Xaverius Quendolin",
    firstName: "Xaverius",
    texts: [
      "Lernziel Blauwalstrategie",
      "Erwartung Zitronenfalter",
      "Sorge Kupferkessel",
      "Thema Glockenspiel",
      "Schritt Wendeltreppe",
      "Grund Morgenrot",
      "Kommentar Abendstern",
      "Abteilung Nordlicht",
      "Erfolg Regenbogen",
    ],
  };
  fake.addUser({ id: userId, firstName: traces.firstName, locale: "de-DE" });
  db.update(slackUsers)
    .set({ realName: traces.realName, firstName: traces.firstName, locale: "de-DE" })
    .where(eq(slackUsers.userId, userId))
    .run();
  db.update(participants)
    .set({
      learningGoals: "Lernziel Blauwalstrategie",
      expectations: "Erwartung Zitronenfalter",
      concerns: "Sorge Kupferkessel",
      department: "Abteilung Nordlicht",
      excludedUserIds: ["UEXCLUDED1"],
    })
    .where(eq(participants.id, tandem.menteeParticipantId))
    .run();
  db.update(tandems).set({ channelName: "tandem-xaverius-umen" }).where(eq(tandems.id, tandem.id)).run();
  const { checkinId } = postCheckin(db, fake, tandem, 1);
  db.insert(checkinAnswers)
    .values({
      checkinId,
      userId,
      answer: "yes",
      topicsCovered: "Thema Glockenspiel",
      nextStep: "Schritt Wendeltreppe",
      answeredAt: "2026-05-01T10:00:00Z",
    })
    .run();
  const event = db
    .insert(events)
    .values({
      programId,
      kind: "world_cafe",
      startsAt: "2026-06-01T10:00:00Z",
      rounds: 2,
      createdBy: MANAGER,
    })
    .returning()
    .get();
  db.insert(eventRsvps)
    .values({ eventId: event.id, userId, response: "going", answeredAt: "2026-05-01T10:00:00Z" })
    .run();
  db.insert(worldCafeSeats).values({ eventId: event.id, round: 1, tableNo: 1, userId }).run();
  db.insert(rematchRequests)
    .values({
      tandemId: tandem.id,
      requestedBy: userId,
      reason: "Grund Morgenrot",
      status: "declined",
      decidedBy: MANAGER,
    })
    .run();
  addGoals(db, tandem.id, ["Ziel Sonnenblume"]);
  db.insert(evaluations)
    .values({
      programId,
      participantId: tandem.menteeParticipantId,
      kind: "midterm",
      answers: { comment: "Kommentar Abendstern", usefulness: 4 },
      submittedAt: "2026-05-01T10:00:00Z",
    })
    .run();
  db.insert(tandemSuccesses)
    .values({
      tandemId: tandem.id,
      programId,
      text: "Erfolg Regenbogen",
      updatedBy: userId,
      updatedAt: "2026-05-01T10:00:00Z",
      menteeConsentAt: "2026-05-01T10:00:00Z",
    })
    .run();
  db.insert(tandemAlerts)
    .values({
      key: `help:c${checkinId}:${userId}`,
      tandemId: tandem.id,
      reason: "help",
      raisedAt: "2026-05-01T10:00:00Z",
      claimedBy: MANAGER,
    })
    .run();
  // A DM still waiting in the outbox, and a sent channel creation that named them.
  db.insert(slackOps)
    .values({
      key: `test:reminder:${userId}`,
      batch: "test",
      kind: "dm.post",
      payload: { args: { user: userId, text: "Hallo Xaverius, denk an morgen" } },
      notBefore: "2099-01-01T00:00:00Z",
    })
    .run();
  db.insert(slackOps)
    .values({
      key: `launch:t${tandem.id}:channel`,
      batch: "launch:1",
      kind: "channel.create",
      payload: { args: { name: "tandem-xaverius-umen", isPrivate: true }, about: `<@${userId}>` },
      status: "done",
      result: { channelId: tandem.channelId, name: "tandem-xaverius-umen" },
    })
    .run();
  db.insert(auditLog)
    .values({
      at: "2026-05-01T10:00:00Z",
      actor: MANAGER,
      action: "click:rhythm.alert_follow_up",
      subjectUserId: userId,
      details: { value: `{"about":"${userId}"}` },
    })
    .run();
  return traces;
}

/** Every place in the database where one of the needles occurs (case-insensitive), as table.column. */
export function scanFor(db: Db, needles: string[]): string[] {
  const hits: string[] = [];
  const lower = needles.map((n) => n.toLowerCase());
  for (const table of userTables(db)) {
    const rows = db.$client.prepare(`SELECT * FROM ${JSON.stringify(table.name)}`).all() as Record<
      string,
      unknown
    >[];
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = String(value ?? "").toLowerCase();
        for (const [i, needle] of lower.entries())
          if (text.includes(needle)) hits.push(`${table.name}.${column}: ${needles[i]}`);
      }
    }
  }
  return [...new Set(hits)];
}

export function tracesOf(p: PersonTraces): string[] {
  return [p.userId, p.realName, p.firstName, ...p.texts];
}

/** Waits until the app has made no Slack call for a while: work started by the last request is done. */
export async function settle(fake: FakeSlack, quietMs = 250, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let seen = -1;
  while (Date.now() < end) {
    if (fake.calls.length === seen) return;
    seen = fake.calls.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}
