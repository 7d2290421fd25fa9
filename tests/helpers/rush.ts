import { programs } from "../../src/db/schema";
import type { FakeMessage } from "./fake-slack";
import { startTestApp, type TestApp } from "./test-app";

export const RUSH_PM = "UPM0000001";
export const RUSH_NEWS = "C0NEWS0001";

/**
 * An app with a program open for sign-up and `people` Slack users who never used Tandem (every third
 * speaks German), for the Join rush tests.
 */
export async function startRushApp(people: number, person: (i: number) => string): Promise<TestApp> {
  const t = await startTestApp({ now: "2030-03-01T09:00:00Z" });
  t.db
    .insert(programs)
    .values({
      name: "Digital Tandem 2030",
      topics: ["social_media", "ai_tools"],
      startDate: "2030-04-01",
      endDate: "2030-09-30",
      signupDeadline: "2030-03-15",
      language: "en",
      timezone: "Europe/Berlin",
      signupOpen: true,
      status: "signup",
      createdBy: RUSH_PM,
    })
    .run();
  t.fake.addUser({ id: RUSH_PM });
  for (let i = 1; i <= people; i++) {
    t.fake.addUser({ id: person(i), locale: i % 3 === 0 ? "de-DE" : "en-US" });
  }
  return t;
}

/** The program manager announces sign-up in the news channel; the announcement with its Join button. */
export async function announceSignup(t: TestApp): Promise<FakeMessage> {
  await t.slack.command(RUSH_PM, `announce <#${RUSH_NEWS}|news>`);
  await t.fake.waitFor(() => t.fake.messages.some((m) => m.channel === RUSH_NEWS), "the announcement");
  await t.fake.waitForCall("response_url");
  const message = t.fake.messages.find((m) => m.channel === RUSH_NEWS);
  if (!message) throw new Error("no announcement");
  return message;
}
