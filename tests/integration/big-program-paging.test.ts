import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkSlackPayload } from "../../sim/block-kit";
import { scheduledSends } from "../../src/db/schema";
import { ids } from "../../src/slack/ids";
import { MANAGER, postCheckin, type RhythmSeed, seedRhythm } from "../helpers/rhythm-seed";
import { startTestApp, type TestApp } from "../helpers/test-app";
import { encodeValue, parseValue } from "../helpers/values";

/*
 * Long lists are paged, never cut without a way on: the App Home's at-risk list (each row with its
 * Resolved button) and each group of `/mentoring schedule` (each item with its Send now button).
 * 40 tandems launched on 2026-04-02 that never reported a meeting.
 */

type Block = {
  type: string;
  text?: { text: string };
  accessory?: { action_id?: string; value?: string };
  elements?: { text?: string; action_id?: string; value?: string }[];
};

const TANDEMS = 40;

describe("paging long lists for a big program", () => {
  let app: TestApp;
  let seed: RhythmSeed;

  afterEach(async () => {
    await app.stop();
  });

  describe("the App Home's at-risk list", () => {
    beforeEach(async () => {
      // Ten weeks after the launch: every tandem is past the 35 days of the alert.
      app = await startTestApp({ now: "2026-06-15T10:00:00Z" });
      seed = seedRhythm(app.db, app.fake, { tandems: TANDEMS });
      // Gone quiet by the at-risk rule: three check-ins went out and nobody answered, nor the nudge.
      for (const tn of seed.tandems) {
        for (const [period, day] of [
          [1, "2026-04-16"],
          [2, "2026-04-30"],
          [3, "2026-05-14"],
        ] as const) {
          postCheckin(app.db, app.fake, tn, period);
          const send = { programId: seed.programId, sentAt: `${day}T09:00:00.000Z` };
          app.db
            .insert(scheduledSends)
            .values({ ...send, key: `checkin:t${tn.id}:p${period}`, kind: "checkin" })
            .run();
        }
        app.db
          .insert(scheduledSends)
          .values({
            key: `nudge:t${tn.id}:since2026-04-16`,
            programId: seed.programId,
            kind: "nudge",
            sentAt: "2026-05-07T09:00:00.000Z",
          })
          .run();
      }
    });

    const home = () => (app.fake.homes.get(MANAGER)?.blocks ?? []) as Block[];
    const resolvable = () =>
      home()
        .filter((b) => b.accessory?.action_id?.startsWith(ids.rhythm.alertFollowUp))
        .map((b) => parseValue(b.accessory?.value).t);
    const pager = () =>
      home()
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === ids.rhythm.atRiskPage);

    async function click(value: string | undefined, publishes: number) {
      await app.slack.blockAction(
        MANAGER,
        { action_id: ids.rhythm.atRiskPage, ...(value ? { value } : {}) },
        { view: { id: "V0HOME0001", type: "home" } },
      );
      await app.fake.waitForCall("views.publish", publishes);
    }

    it("shows 15 at a time with the count of the rest, pages on, and comes back to the first", async () => {
      await app.slack.event({
        type: "app_home_opened",
        user: MANAGER,
        channel: "D0HOME0001",
        tab: "home",
        event_ts: String(Date.now() / 1000),
      });
      await app.fake.waitForCall("views.publish", 1);
      const ids1 = seed.tandems.map((t) => t.id);
      expect(resolvable()).toEqual(ids1.slice(0, 15));
      expect(JSON.stringify(home())).toContain("Showing 1–15 of 40.");
      expect(JSON.stringify(home())).toContain("25 more");
      expect(parseValue(pager()?.value)).toEqual({ o: 15 });

      await click(pager()?.value, 2);
      expect(resolvable()).toEqual(ids1.slice(15, 30));
      expect(JSON.stringify(home())).toContain("10 more");

      await click(pager()?.value, 3);
      expect(resolvable()).toEqual(ids1.slice(30, 40));
      expect(JSON.stringify(home())).toContain("Back to the first");
      expect(parseValue(pager()?.value)).toEqual({ o: 0 });
      const view = app.fake.homes.get(MANAGER);
      const check = checkSlackPayload("views.publish", { user_id: MANAGER, view });
      expect(check.ok ? [] : check.messages).toEqual([]);

      await click(pager()?.value, 4);
      expect(resolvable()).toEqual(ids1.slice(0, 15));
    });

    it("shows the last page for an offset past the end, and ignores a forged value", async () => {
      await click(encodeValue({ o: 900 }), 1);
      expect(resolvable()).toEqual(seed.tandems.map((t) => t.id).slice(30, 40));
      await click("not json", 1);
      await new Promise((r) => setTimeout(r, 100));
      expect(app.fake.callsTo("views.publish")).toHaveLength(1);
    });
  });

  describe("the schedule's pages", () => {
    beforeEach(async () => {
      // Friday 2026-04-10 in Berlin: every tandem's first check-in is due on 2026-04-16.
      app = await startTestApp({ now: "2026-04-10T10:00:00Z" });
      seed = seedRhythm(app.db, app.fake, { tandems: TANDEMS });
    });

    async function response(count: number): Promise<Block[]> {
      await app.fake.waitFor(() => app.fake.responses().length >= count, `response ${count}`);
      return (app.fake.responses()[count - 1]?.blocks ?? []) as Block[];
    }
    /** The items' lines of a page, as "HH:MM · what". */
    const lines = (blocks: Block[]) =>
      blocks
        .filter((b) => b.type === "section")
        .flatMap((b) => (b.text?.text ?? "").split("\n"))
        .filter((l) => /^\*\d\d:\d\d\* · /.test(l));
    const pager = (blocks: Block[], member: string) =>
      blocks
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === `${ids.rhythm.schedulePage}:${member}`);

    it("pages through every item in send order, each once, within Block Kit", async () => {
      await app.slack.command(MANAGER, "schedule");
      let page = await response(1);
      const seen: string[] = [];
      const days: string[] = [];
      for (let n = 1; ; n++) {
        const check = checkSlackPayload("chat.postEphemeral", {
          channel: "C0SCHEDULE",
          user: MANAGER,
          text: "schedule",
          blocks: page,
        });
        expect(check.ok ? [] : check.messages).toEqual([]);
        expect(lines(page).length).toBeGreaterThan(0);
        expect(lines(page).length).toBeLessThanOrEqual(25);
        // days in order, times in order within a day
        for (const b of page) {
          const text = b.text?.text ?? "";
          const day = /^\*(\w+day \d+ \w+)\*/.exec(text)?.[1];
          if (day && days.at(-1) !== day) days.push(day);
          const times = lines([b]).map((l) => l.slice(1, 6));
          expect([...times].sort()).toEqual(times);
        }
        seen.push(...lines(page));
        const later = pager(page, "later");
        if (!later) break;
        if (n > 1) expect(pager(page, "earlier")).toBeDefined();
        await app.slack.blockAction(MANAGER, {
          action_id: `${ids.rhythm.schedulePage}:later`,
          value: later.value,
        });
        page = await response(n + 1);
      }
      // 40 check-ins and 40 nudges, each on exactly one page (an alert needs three unanswered
      // check-ins first, beyond the schedule's four weeks)
      expect(seen).toHaveLength(2 * TANDEMS);
      expect(new Set(seen).size).toBe(2 * TANDEMS);
      const checkins = seen.filter((l) => l.includes("Check-in #1"));
      expect(checkins).toHaveLength(TANDEMS);
      for (const t of seed.tandems) expect(checkins.some((l) => l.includes(`<@${t.mentor}>`))).toBe(true);
      expect(days).toEqual(["Thursday 16 April", "Thursday 7 May"]);
      // each check-in at its tandem's own moment of the working day (09:00–16:45 in Berlin)
      for (const l of checkins) expect(l.slice(1, 6) >= "09:00" && l.slice(1, 6) <= "16:45", l).toBe(true);
    });
  });
});
