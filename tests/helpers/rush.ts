import type { FakeMessage } from "../../sim/fake-slack";
import { mintTriggerId } from "../../sim/triggers";
import { programs } from "../../src/db/schema";
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

export interface RushClick {
  userId: string;
  triggerId: string;
  responseUrlId: string;
  status: number;
}

/**
 * A click on a button of a message in the news channel, as Slack sends it: a fresh response_url, the
 * button's value, and a trigger minted at `triggerAt` (now unless a test ages it).
 */
export async function clickInNews(
  t: TestApp,
  userId: string,
  message: { ts: string; text?: string; blocks?: unknown[] },
  actionId: string,
  opts: { ephemeral?: boolean; triggerAt?: number } = {},
): Promise<RushClick> {
  const blocks = (message.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  const value = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;
  const triggerId = mintTriggerId(opts.triggerAt ?? Date.now());
  const responseUrl = t.slack.responseUrl();
  const res = await t.slack.interactive({
    type: "block_actions",
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: "T0001" },
    api_app_id: "A0TANDEM",
    token: "legacy-verification-token",
    container: {
      type: "message",
      channel_id: RUSH_NEWS,
      message_ts: message.ts,
      is_ephemeral: opts.ephemeral ?? false,
    },
    trigger_id: triggerId,
    team: { id: "T0001", domain: "acme" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: RUSH_NEWS, name: "news" },
    message: { type: "message", ts: message.ts, text: message.text, blocks: message.blocks },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        block_id: "b",
        action_id: actionId,
        action_ts: String(Date.now() / 1000),
        ...(value ? { value } : {}),
      },
    ],
  });
  const responseUrlId = responseUrl.slice(responseUrl.lastIndexOf("/") + 1);
  return { userId, triggerId, responseUrlId, status: res.status };
}
