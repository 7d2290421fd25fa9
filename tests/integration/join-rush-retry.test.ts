import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enforceTiers } from "../../sim/slack-tiers";
import { TRIGGER_LIFETIME_MS, triggerIssuedAt } from "../../sim/triggers";
import { participants, programs } from "../../src/db/schema";
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
 * 300 people who never used Tandem click the announcement's Join button within one Slack minute,
 * users.info and views.open held to Tier 4 (100 a minute; a Slack minute lasts 3.75 s here, scale
 * 16). views.open cannot serve them all: whoever's trigger Slack refuses gets a private "Try again"
 * in their language, and its fresh trigger then opens the form.
 */
const SCALE = 16;
const MINUTE_MS = 60_000 / SCALE;
const PEOPLE = 300;
const RUSH_GAP_MS = 10;
/** Retries at 90 a Slack minute: inside Tier 4. */
const RETRY_GAP_MS = MINUTE_MS / 90;
const PM = RUSH_PM;
const _NEWS = RUSH_NEWS;

const person = (i: number) => `URETRY${String(i).padStart(5, "0")}`;
const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));

type Click = RushClick;

describe("a Join rush beyond views.open's tier", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startRushApp(PEOPLE, person);
  });
  afterEach(async () => t.stop());

  const announce = () => announceSignup(t);

  /** A click on a message's button as Slack sends it (fresh trigger and response_url). */
  const click = (
    userId: string,
    message: { ts: string; text?: string; blocks?: unknown[] },
    actionId: string,
    ephemeral: boolean,
    expired = false,
  ) =>
    clickInNews(t, userId, message, actionId, {
      ephemeral,
      triggerAt: Date.now() - (expired ? TRIGGER_LIFETIME_MS + 500 : 0),
    });

  it("gives everyone the form or a private Try again, and every Try again opens it", async () => {
    const announcement = await announce();
    enforceTiers(t.fake, SCALE);
    const tiers = t.fake.guard;
    /** trigger_id → when Slack accepted views.open with it (refusals come before the tier check) */
    const opened = new Map<string, number>();
    t.fake.guard = (method, params) => {
      const answer = tiers?.(method, params);
      if (!answer && method === "views.open") opened.set(String(params.trigger_id), Date.now());
      return answer;
    };
    // An expired trigger is one way the rush may go: it is answered with Try again, checked below.
    t.fake.allowRefusals = true;
    // This Slack minute's users.info budget is spent before the rush starts.
    const other = new WebClient("xoxb-test-token", {
      slackApiUrl: t.fake.apiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
    });
    for (let i = 0; i < 100; i++) await other.users.info({ user: PM }).catch(() => undefined);

    const answered = (c: Click) =>
      opened.has(c.triggerId) ||
      t.fake.callsTo("response_url").some((r) => r.params.response_url_id === c.responseUrlId);

    const start = Date.now();
    const rush: Promise<Click>[] = [];
    for (let i = 1; i <= PEOPLE; i++) {
      // Late clicks (a busy machine) go out at once, so the rush stays inside its minute.
      const at = start + (i - 1) * RUSH_GAP_MS;
      if (at > Date.now()) await sleepUntil(at);
      rush.push(click(person(i), announcement, ids.signup.join, false));
    }
    const clicks = await Promise.all(rush);
    const issued = clicks.map((c) => triggerIssuedAt(c.triggerId) ?? Number.POSITIVE_INFINITY);
    expect(Math.max(...issued) - Math.min(...issued)).toBeLessThan(MINUTE_MS);
    expect(clicks.every((c) => c.status === 200)).toBe(true);
    await t.fake.waitFor(
      () => clicks.every(answered),
      "an answer for every click",
      TRIGGER_LIFETIME_MS + 2000,
    );

    const retry: { userId: string; message: { ts: string; text?: string; blocks?: unknown[] } }[] = [];
    for (const c of clicks) {
      if (opened.has(c.triggerId)) continue;
      const answer = t.fake.callsTo("response_url").find((r) => r.params.response_url_id === c.responseUrlId);
      const p = answer?.params ?? {};
      expect(p.response_type).toBe("ephemeral");
      expect(JSON.stringify(p.blocks)).toContain(ids.signup.joinRetry);
      // In the language known at that moment (users.info is rate-limited in the rush).
      expect(String(p.text)).toMatch(/Try again|Nochmal versuchen/);
      retry.push({
        userId: c.userId,
        message: { ts: "1.000001", text: String(p.text), blocks: p.blocks as unknown[] },
      });
    }
    const refusedOpens = t.fake.refused.filter((r) => r.method === "views.open");
    expect(t.fake.refused.length).toBe(refusedOpens.length);
    expect(refusedOpens.every((r) => r.error === "expired_trigger_id")).toBe(true);
    // views.open served what its tier allows (about 100 in the rush's minute), not 300.
    expect(retry.length).toBeGreaterThan(0);
    expect(PEOPLE - retry.length).toBeGreaterThan(0);

    // The Try agains, once the rush's minute has passed, at a pace the tier allows.
    await new Promise((r) => setTimeout(r, MINUTE_MS + 200));
    const refusedBefore = t.fake.refused.length;
    const retryStart = Date.now();
    const second: Promise<Click>[] = [];
    for (const [i, r] of retry.entries()) {
      await sleepUntil(retryStart + i * RETRY_GAP_MS);
      second.push(click(r.userId, r.message, ids.signup.joinRetry, true));
    }
    const retried = await Promise.all(second);
    await t.fake.waitFor(
      () => retried.every(answered),
      "an answer for every retry",
      TRIGGER_LIFETIME_MS + 2000,
    );
    const missing = retried.filter((c) => !opened.has(c.triggerId)).map((c) => c.userId);
    expect(missing).toEqual([]);
    expect(t.fake.refused.length).toBe(refusedBefore);

    // No one got a generic error, anywhere.
    const texts = t.fake.calls
      .filter((c) => c.method === "response_url" || c.method === "chat.postMessage")
      .map((c) => String(c.params.text));
    const generic = /Something went wrong on our side|Bei uns ist etwas schiefgelaufen/;
    expect(texts.filter((s) => generic.test(s))).toEqual([]);
    console.log(
      `join rush: ${PEOPLE - retry.length} modals on the first click, ${retry.length} "Try again" messages, ${retried.length - missing.length}/${retried.length} opened on Try again (${((Date.now() - start) / 1000).toFixed(1)} s in all)`,
    );
  }, 40_000);

  it("brings a started questionnaire back on Try again when its trigger expired", async () => {
    const announcement = await announce();
    const userId = person(1);
    const programId = t.db.select().from(programs).get()?.id ?? 0;
    t.db
      .insert(participants)
      .values({ programId, userId, role: "mentee", status: "draft", updatedAt: "2030-03-01T08:59:00Z" })
      .run();
    t.fake.allowRefusals = true;
    const first = await click(userId, announcement, ids.signup.join, false, true);
    await t.fake.waitFor(
      () => t.fake.callsTo("response_url").some((r) => r.params.response_url_id === first.responseUrlId),
      "the Try again message",
    );
    const answer = t.fake
      .callsTo("response_url")
      .find((r) => r.params.response_url_id === first.responseUrlId);
    const blocks = (answer?.params.blocks ?? []) as { type: string; elements?: { value?: string }[] }[];
    const button = blocks.find((b) => b.type === "actions")?.elements?.[0];
    expect(button?.value).toBe("mentee");
    expect(t.fake.refused.map((r) => r.error)).toEqual(["expired_trigger_id"]);

    const message = { ts: "1.000001", text: String(answer?.params.text), blocks };
    const retried = await click(userId, message, ids.signup.joinRetry, true);
    await t.fake.waitFor(
      () => t.fake.callsTo("views.open").some((c) => c.params.trigger_id === retried.triggerId),
      "the questionnaire",
    );
    const open = t.fake.callsTo("views.open").find((c) => c.params.trigger_id === retried.triggerId);
    const view = (open?.params.view ?? {}) as { callback_id?: string };
    expect(view.callback_id).toBe(ids.signup.questionnaire);
    expect(t.fake.refused).toHaveLength(1);
  });
});
