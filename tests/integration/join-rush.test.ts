import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeMessage } from "../../sim/fake-slack";
import { enforceTiers, type TierStats } from "../../sim/slack-tiers";
import { TRIGGER_LIFETIME_MS, triggerIssuedAt } from "../../sim/triggers";
import { ids } from "../../src/slack/ids";
import {
  announceSignup,
  clickInNews,
  RUSH_NEWS,
  RUSH_PM,
  type RushClick,
  startRushApp,
} from "../helpers/rush";
import type { TestApp } from "../helpers/test-app";

/**
 * 150 people who never used Tandem click the announcement's Join button in a rush, with Slack's
 * tiers enforced (users.info and views.open: Tier 4, 100 a minute). A Slack minute lasts 7.5 s here
 * (scale 8); the trigger still lives 3 real seconds. One click every 82 ms puts about 91 modals in
 * any Slack minute: close to the most Tier 4 lets views.open serve (150 in one minute it would not). The app has also spent this
 * minute's users.info budget already (e.g. on App Home visits), so the lookups of the rush start out
 * rate-limited: a design that waits for users.info, or lets a 429 pause the Web API client it opens
 * modals with, misses triggers.
 */
const SCALE = 8;
const PEOPLE = 150;
const GAP_MS = 82;
const PM = RUSH_PM;
const _NEWS = RUSH_NEWS;

const person = (i: number) => `URUSH${String(i).padStart(5, "0")}`;

type Click = RushClick;

describe("a rush on the Join button", () => {
  let t: TestApp;
  let stats: TierStats;

  beforeEach(async () => {
    t = await startRushApp(PEOPLE, person);
  });
  afterEach(async () => t.stop());

  const announce = () => announceSignup(t);

  /** A click on the announcement's Join button, as Slack sends it (trigger and response_url fresh). */
  const clickJoin = (userId: string, message: FakeMessage) =>
    clickInNews(t, userId, message, ids.signup.join);

  it("opens every modal within its trigger's 3 seconds, users.info rate-limited and all", async () => {
    const announcement = await announce();
    stats = enforceTiers(t.fake, SCALE);
    // This Slack minute's users.info budget is spent before the rush starts.
    const other = new WebClient("xoxb-test-token", {
      slackApiUrl: t.fake.apiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
    });
    for (let i = 0; i < 100; i++) await other.users.info({ user: PM });
    const before = t.fake.calls.length;

    // Each click at its own moment from the start, so a slow timer does not stretch the rush.
    const start = Date.now();
    const clicks: Promise<Click>[] = [];
    for (let i = 1; i <= PEOPLE; i++) {
      await new Promise((r) => setTimeout(r, Math.max(0, start + (i - 1) * GAP_MS - Date.now())));
      clicks.push(clickJoin(person(i), announcement));
    }
    const sent = await Promise.all(clicks);
    expect(sent.every((c) => c.status === 200)).toBe(true);
    await t.fake.waitFor(
      () => t.fake.callsTo("views.open").length >= PEOPLE,
      `${PEOPLE} modals`,
      TRIGGER_LIFETIME_MS + 2000,
    );
    // Let the lookups after the modals finish before reading the record.
    await new Promise((r) => setTimeout(r, 500));

    const calls = t.fake.calls.slice(before);
    const opens = calls.filter((c) => c.method === "views.open");
    expect(stats.rejected.get("views.open") ?? 0).toBe(0);
    expect(stats.rejected.get("users.info") ?? 0).toBeGreaterThan(0);
    expect(opens).toHaveLength(PEOPLE);
    const late: string[] = [];
    for (const click of sent) {
      const open = opens.find((c) => c.params.trigger_id === click.triggerId);
      const issuedAt = triggerIssuedAt(click.triggerId) ?? 0;
      if (!open || open.at - issuedAt >= TRIGGER_LIFETIME_MS) {
        late.push(`${click.userId}: ${open ? `${open.at - issuedAt} ms` : "no views.open"}`);
        continue;
      }
      expect((open.params.view as { callback_id?: string }).callback_id).toBe(ids.signup.roleModal);
    }
    expect(late).toEqual([]);
    // Nobody got an error: no answer through the response_url, no DM, nothing Slack refused.
    expect(calls.filter((c) => c.method === "response_url")).toEqual([]);
    expect(calls.filter((c) => c.method === "chat.postMessage")).toEqual([]);
    expect(t.fake.refused).toEqual([]);
  }, 40_000);
});
