import { eq } from "drizzle-orm";
import type { FakeMessage, FakeSlack } from "../../sim/fake-slack";
import type { Db } from "../../src/db/client";
import {
  checkins,
  participants,
  planGoals,
  programs,
  type Role,
  slackUsers,
  tandems,
} from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { translator } from "../../src/i18n";
import { buildCheckinMessage } from "../../src/slack/views/rhythmScheduled";

/**
 * A running program with active tandems, as the launch leaves them: private channels in the fake
 * with both members, cached profiles, launchedAt set. For the check-in, pause and rematch tests.
 */

export const MANAGER = "UPM0000001";

export interface SeededTandem {
  id: number;
  channelId: string;
  mentor: string;
  mentee: string;
  mentorParticipantId: number;
  menteeParticipantId: number;
}

export interface RhythmSeed {
  programId: number;
  tandems: SeededTandem[];
}

export function addPerson(
  db: Db,
  fake: FakeSlack,
  programId: number,
  userId: string,
  role: Role,
  status: "matched" | "waiting" | "complete",
  locale = "en-US",
): number {
  fake.addUser({ id: userId, locale, firstName: userId.slice(1, 5) });
  db.insert(slackUsers)
    .values({
      userId,
      locale,
      tz: "Europe/Berlin",
      firstName: userId.slice(1, 5),
      fetchedAt: "2099-01-01T00:00:00Z",
    })
    .onConflictDoNothing()
    .run();
  return db
    .insert(participants)
    .values({
      programId,
      userId,
      role,
      status,
      consent: true,
      consentVersion: CONSENT_VERSION,
      languages: ["en", "de"],
      department: `${role}-${userId}`,
    })
    .returning({ id: participants.id })
    .get().id;
}

export function seedRhythm(
  db: Db,
  fake: FakeSlack,
  opts: { tandems: number; launchedAt?: string },
): RhythmSeed {
  fake.addUser({ id: MANAGER, locale: "en-US" });
  const program = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2026",
      topics: ["ai_tools", "social_media"],
      startDate: "2026-04-01",
      endDate: "2026-09-30",
      signupDeadline: "2026-03-15",
      language: "en",
      timezone: "Europe/Berlin",
      status: "running",
      createdBy: MANAGER,
    })
    .returning()
    .get();
  const out: SeededTandem[] = [];
  for (let i = 1; i <= opts.tandems; i++) {
    const mentor = `UMEN00000${i}`;
    const mentee = `UEXE00000${i}`;
    const mentorId = addPerson(db, fake, program.id, mentor, "mentor", "matched");
    const menteeId = addPerson(db, fake, program.id, mentee, "mentee", "matched");
    const channelId = fake.nextId("G");
    fake.channels.set(channelId, {
      id: channelId,
      name: `tandem-${i}`,
      isPrivate: true,
      members: new Set([fake.botUserId, mentor, mentee]),
      archived: false,
    });
    const tandem = db
      .insert(tandems)
      .values({
        programId: program.id,
        mentorId,
        menteeId,
        channelId,
        channelName: `tandem-${i}`,
        status: "active",
        launchedAt: opts.launchedAt ?? "2026-04-02T09:00:00Z",
      })
      .returning()
      .get();
    out.push({
      id: tandem.id,
      channelId,
      mentor,
      mentee,
      mentorParticipantId: mentorId,
      menteeParticipantId: menteeId,
    });
  }
  return { programId: program.id, tandems: out };
}

/** A check-in of a period, posted in the tandem's channel the way the scheduler posts it. */
export function postCheckin(
  db: Db,
  fake: FakeSlack,
  tandem: SeededTandem,
  period: number,
): { checkinId: number; message: FakeMessage } {
  const checkin = db.insert(checkins).values({ tandemId: tandem.id, period }).returning().get();
  const built = buildCheckinMessage(translator("en"), {
    checkinId: checkin.id,
    mentorUserId: tandem.mentor,
    menteeUserId: tandem.mentee,
  });
  const message: FakeMessage = {
    channel: tandem.channelId,
    ts: fake.nextTs(),
    text: built.text,
    blocks: built.blocks,
    updates: 0,
  };
  fake.messages.push(message);
  db.update(checkins)
    .set({ channelId: message.channel, messageTs: message.ts })
    .where(eq(checkins.id, checkin.id))
    .run();
  return { checkinId: checkin.id, message };
}

export function addGoals(db: Db, tandemId: number, goals: string[]): number[] {
  return goals.map(
    (goal, i) =>
      db
        .insert(planGoals)
        .values({ tandemId, position: i + 1, goal, status: "open" })
        .returning({ id: planGoals.id })
        .get().id,
  );
}
