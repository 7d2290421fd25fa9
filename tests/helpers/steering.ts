import { eq } from "drizzle-orm";
import type { FakeMessage } from "../../sim/fake-slack";
import type { Answer } from "../../sim/slack-requests";
import { slackUsers, topicRatings } from "../../src/db/schema";
import { recordEvalItems } from "../../src/services/evaluations";
import { ids } from "../../src/slack/ids";
import { MANAGER, type RhythmSeed, seedRhythm } from "./rhythm-seed";
import type { TestApp } from "./test-app";

/**
 * Steering tests: a running six-month program (2026-04-01 to 2026-09-30, Europe/Berlin) with three
 * tandems; the mid-term wave falls on 2026-07-01 (a Wednesday), the final one on 2026-09-30, each
 * open for 14 days. UEXE000002 reads Slack in German.
 */

export { MANAGER };
export const MIDTERM_9AM = "2026-07-01T07:00:00Z";
export const FINAL_9AM = "2026-09-30T07:00:00Z";
export const GERMAN = "UEXE000002";

export type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string }[];
  slack_file?: { id: string };
  alt_text?: string;
  accessory?: { action_id?: string; value?: string };
};

export function seedSteering(t: TestApp, intake: Record<string, number[]> = {}): RhythmSeed {
  const seed = seedRhythm(t.db, t.fake, { tandems: 3 });
  t.db.update(slackUsers).set({ locale: "de-DE" }).where(eq(slackUsers.userId, GERMAN)).run();
  const german = t.fake.users.get(GERMAN);
  if (german) german.locale = "de-DE";
  for (const [topic, levels] of Object.entries(intake)) {
    levels.forEach((level, i) => {
      const tandem = seed.tandems[i];
      if (tandem)
        t.db
          .insert(topicRatings)
          .values({ participantId: tandem.menteeParticipantId, topic, level, phase: "intake" })
          .run();
    });
  }
  return seed;
}

/** A scheduler tick for evaluation waves at that moment; the keys it recorded. */
export function evalTick(t: TestApp, at: string): string[] {
  t.setNow(at);
  return recordEvalItems(t.deps, t.deps.clock());
}

export function evalDms(t: TestApp, userId: string): FakeMessage[] {
  return t.fake.dmsTo(userId).filter((m) => JSON.stringify(m.blocks ?? []).includes(ids.steering.evalOpen));
}

export async function waitForEvalDms(t: TestApp, userId: string, count: number): Promise<FakeMessage[]> {
  await t.fake.waitFor(() => evalDms(t, userId).length >= count, `${count} evaluation DM(s) to ${userId}`);
  return evalDms(t, userId);
}

/** Clicks "Answer the questions" in the person's latest evaluation DM. */
export async function clickEval(t: TestApp, userId: string) {
  const message = evalDms(t, userId).at(-1);
  if (!message) throw new Error(`no evaluation DM to ${userId}`);
  const button = ((message.blocks ?? []) as Block[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === ids.steering.evalOpen);
  return t.slack.blockAction(
    userId,
    { action_id: ids.steering.evalOpen, ...(button?.value !== undefined ? { value: button.value } : {}) },
    { channelId: message.channel, message: { ts: message.ts, text: message.text, blocks: message.blocks } },
  );
}

/** Clicks the DM's button and waits for the modal Slack opened. */
export async function openEvalModal(t: TestApp, userId: string): Promise<Record<string, unknown>> {
  const before = t.fake.callsTo("views.open").length;
  await clickEval(t, userId);
  await t.fake.waitForCall("views.open", before + 1);
  const view = [...t.fake.views.values()].at(-1);
  if (!view) throw new Error("no modal");
  return view;
}

export function mentorAnswers(a: {
  satisfaction: number;
  meetings?: number;
  helps?: string;
  change?: string;
  learned?: string;
  again?: "yes" | "no" | "unsure";
  share?: boolean;
}): Record<string, Answer> {
  const I = ids.steering.evalInput;
  return {
    [I.satisfaction]: String(a.satisfaction),
    [I.meetings]: a.meetings ?? 3,
    [I.helps]: a.helps ?? null,
    [I.change]: a.change ?? null,
    [I.learned]: a.learned ?? null,
    [I.again]: a.again ?? "yes",
    [I.share]: a.share ? ["share"] : [],
  };
}

export function menteeAnswers(
  a: Parameters<typeof mentorAnswers>[0] & { ratings: Record<string, number> },
): Record<string, Answer> {
  const { [ids.steering.evalInput.learned]: _learned, ...rest } = mentorAnswers(a);
  const ratings = Object.fromEntries(
    Object.entries(a.ratings).map(([topic, level]) => [
      `${ids.steering.evalRatingPrefix}${topic}`,
      String(level),
    ]),
  );
  return { ...rest, ...ratings };
}

/** Opens the person's evaluation from their DM and submits the answers; the HTTP answer. */
export async function answerEval(t: TestApp, userId: string, answers: Record<string, Answer>) {
  const view = await openEvalModal(t, userId);
  return t.slack.viewSubmission(userId, view, answers);
}
