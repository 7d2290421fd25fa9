import type { FakeSlack } from "../../sim/fake-slack";
import type { Db } from "../../src/db/client";
import { participants, programs, slackUsers, tandems } from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import type { PairReason } from "../../src/domain/types";

export interface SeedPerson {
  userId: string;
  firstName: string;
  locale?: string;
}

export interface LaunchSeed {
  programId: number;
  mentors: SeedPerson[];
  mentees: SeedPerson[];
  waiting: SeedPerson[];
  tandemIds: number[];
}

export interface LaunchSeedOptions {
  tandems: number;
  waiting?: number;
  channelPrefix?: string;
  executiveCircle?: boolean;
  language?: "de" | "en";
  /** first names of pair i (default Mentor i / Mentee i) */
  names?: (i: number) => { mentor: string; mentee: string };
  locale?: (userId: string) => string;
  /** the matching's reasons for pair i (default: different departments) */
  reasons?: (i: number) => PairReason[];
}

const pad = (n: number) => String(n).padStart(4, "0");

/**
 * A program with n tandems in status "launching" (as matching leaves them after approval), their
 * participants with consented answers and cached Slack profiles; the users also exist in the fake.
 */
function runningAroundNow(): { startDate: string; endDate: string; signupDeadline: string } {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { startDate: day(-1), endDate: day(180), signupDeadline: day(-15) };
}

export function seedLaunch(db: Db, fake: FakeSlack | undefined, opts: LaunchSeedOptions): LaunchSeed {
  const program = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2026",
      topics: ["ai_tools", "social_media"],
      // Running now on the real clock: the crash test's real scheduler must find nothing due (no circle
      // prompt, no check-in yet) and must not end the program (it closes once its end date has passed).
      ...runningAroundNow(),
      language: opts.language ?? "en",
      timezone: "Europe/Berlin",
      status: "running",
      channelPrefix: opts.channelPrefix ?? "tandem",
      executiveCircle: opts.executiveCircle ?? false,
      createdBy: "UPM0000001",
    })
    .returning()
    .get();
  const person = (userId: string, firstName: string): SeedPerson => {
    const locale = opts.locale?.(userId) ?? "en-US";
    db.insert(slackUsers)
      .values({
        userId,
        locale,
        tz: "Europe/Berlin",
        realName: `${firstName} Example`,
        firstName,
        fetchedAt: new Date().toISOString(),
      })
      .onConflictDoNothing()
      .run();
    fake?.addUser({ id: userId, firstName, name: firstName.toLowerCase(), locale });
    return { userId, firstName, locale };
  };
  const participant = (p: SeedPerson, role: "mentor" | "mentee", status: "matched" | "waiting") =>
    db
      .insert(participants)
      .values({
        programId: program.id,
        userId: p.userId,
        role,
        status,
        department: role === "mentor" ? "Marketing" : "Finance",
        background: role === "mentor" ? "Runs our internal <AI> guild & community" : null,
        hopeToLearn: role === "mentor" ? "How decisions are made at the top" : null,
        learningGoals: role === "mentee" ? "Use AI tools <!channel> with confidence" : null,
        expectations: "Honest feedback, once a month",
        consent: true,
        consentVersion: CONSENT_VERSION,
        consentAt: "2025-12-01T10:00:00Z",
      })
      .returning()
      .get();

  const seed: LaunchSeed = { programId: program.id, mentors: [], mentees: [], waiting: [], tandemIds: [] };
  for (let i = 1; i <= opts.tandems; i++) {
    const names = opts.names?.(i) ?? { mentor: `Mentor${i}`, mentee: `Mentee${i}` };
    const mentor = person(`UMR${pad(i)}`, names.mentor);
    const mentee = person(`UME${pad(i)}`, names.mentee);
    const a = participant(mentor, "mentor", "matched");
    const b = participant(mentee, "mentee", "matched");
    const tandem = db
      .insert(tandems)
      .values({
        programId: program.id,
        mentorId: a.id,
        menteeId: b.id,
        score: 0.8,
        reasons: opts.reasons?.(i) ?? [{ key: "matching.reason.different_departments", params: {} }],
        status: "launching",
      })
      .returning()
      .get();
    seed.mentors.push(mentor);
    seed.mentees.push(mentee);
    seed.tandemIds.push(tandem.id);
  }
  for (let i = 1; i <= (opts.waiting ?? 0); i++) {
    const w = person(`UWT${pad(i)}`, `Waiting${i}`);
    participant(w, "mentee", "waiting");
    seed.waiting.push(w);
  }
  return seed;
}
