import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../../sim/demo";
import { PROGRAM_NAME } from "../../sim/demo/cohort";
import type { World } from "../../sim/demo/world";
import { programs } from "../../src/db/schema";
import { translator } from "../../src/i18n";
import { recount } from "../helpers/steering-recount";

/*
 * `npm run demo` end to end: the cohort is played with the real app against the Slack simulator
 * (a smaller one than the demo's 40, to keep the suite fast), the transcript page holds what every
 * phase must show, the same seed gives the same bytes, and the page works in a real headless
 * Chromium (Debian's package; `npm test` installs it when missing, scripts/test-prerequisites.mjs):
 * no console errors, no request leaves the page, every person's and every channel's view is
 * reachable by clicking. DEMO_SCREENSHOT=path keeps a screenshot (the README's picture is docs/demo.png).
 *
 * The second play of the same seed (same bytes?) runs while Chromium checks the first one's page:
 * the browser works in a process of its own, so the two overlap; the first play runs alone, so its
 * time is a play's own.
 */

const CHROMIUM = "/usr/bin/chromium";
const SEED = 5;
const PEOPLE = 16;

describe("npm run demo", () => {
  let dir: string;
  let out: string;
  let html: string;
  let seconds: number;
  let recounted: ReturnType<typeof recountDemo> | undefined;
  let again: Promise<string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tandem-demo-test-"));
    out = join(dir, "demo.html");
    // The same run is recounted from its own database before it closes (no second cohort for it).
    const run = await runDemo({
      seed: SEED,
      out,
      people: PEOPLE,
      onPlayed: (world) => {
        recounted = recountDemo(world);
      },
    });
    html = run.html;
    seconds = run.seconds;
    again = runDemo({ seed: SEED, out: join(dir, "again.html"), people: PEOPLE }).then((r) => r.html);
    // a failure is reported by the test that awaits it, not as an unhandled rejection meanwhile
    again.catch(() => {});
  }, 240_000);
  afterAll(async () => {
    await again?.catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  it("writes the transcript with every phase of the cohort", () => {
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, "utf8")).toBe(html);
    expect(seconds).toBeLessThan(120);
    const text = html;
    // toContain would print the whole page on a failure; these name only what is missing
    const has = (part: string) => expect(text.includes(part), part).toBe(true);
    const matches = (re: RegExp) => expect(re.test(text), String(re)).toBe(true);
    // set-up and sign-up
    has("Digital Leadership 2027");
    has("Sign-up for <b>Digital Leadership 2027</b> is open");
    has("Only program managers");
    expect((text.match(/class="submission"/g) ?? []).length).toBeGreaterThan(PEOPLE);
    matches(/als <b>(Mentor\/in|Führungskraft \(Mentee\))<\/b> angemeldet|signed up for/);
    // matching approved and launched
    has("<b>Approved.</b> Tandems being launched:");
    has("All done: every channel, invitation and message is out.");
    // tandem channels with their welcome, check-ins answered, a nudge, an alert followed up
    const tandemPages = text.match(/data-route="#\/c\/tandem-[a-z0-9-]+"/g) ?? [];
    expect(tandemPages.length).toBeGreaterThanOrEqual(PEOPLE / 2 - 1);
    matches(/Welcome to your tandem|Willkommen in eurem Tandem/);
    matches(/have you met since the last check-in\?|seit dem letzten Check-in getroffen\?/);
    has("✅ met");
    // the nudge in the thread of an open check-in, the alert for the stalling tandem, the final reflection
    matches(
      /a friendly reminder: this check-in is still open|eine freundliche Erinnerung: Dieser Check-in ist noch offen/,
    );
    matches(/reported a meeting in \d+ days|seit \d+ Tagen kein Treffen gemeldet/);
    matches(/Last check-in for|Letzter Check-in für/);
    has("is reaching out.");
    // rematch, pause, plan
    has("Confidential request for a new match.");
    has("Approved by");
    matches(/paused this tandem until|hat dieses Tandem bis/);
    has("📌 Pinned");
    // events with RSVPs
    for (const kind of ["Kickoff", "World Café", "Closing event"]) has(kind);
    matches(/You're going|Du bist dabei/);
    matches(/\d+ going/);
    // steering: evaluation waves answered, the report with its charts, CSV files, first successes
    matches(/Answer the questions|Fragen beantworten/);
    matches(/Steering report|Steuerungsbericht/);
    expect(
      (text.match(/src="data:image\/png;base64,/g) ?? []).length,
      "the report's charts",
    ).toBeGreaterThanOrEqual(2);
    matches(/participants[^"<]*\.csv/);
    matches(/First successes|Erste Erfolge/);
    // what came of it: the participants' summary after the final wave
    matches(/What came of Digital Leadership 2027|Das hat Digital Leadership 2027 gebracht/);
    // private replies, clicks and App Homes
    has("Only visible to");
    has('class="clicked"');
    expect(text.includes("Never opened."), "an App Home never opened").toBe(false);
    // no injected markup, no network
    expect(/<script[^>]+src=|<link[^>]+href=|src="http/.test(text), "a resource from outside").toBe(false);
  });

  it("sends a final report and an export that a recount of the demo's own rows agrees with", () => {
    const r = recounted;
    if (!r) throw new Error("the demo was not recounted");
    const { counts, report, csv } = r;
    const t = translator("en");
    const line = (key: Parameters<typeof t>[0], params: Record<string, number>) => {
      const expected = t(key, params);
      expect(report.includes(expected), `${expected}\nin\n${report}`).toBe(true);
    };
    // The report as it arrived in the manager's DM, against the recount.
    line("steering.report.p.tandems", {
      tandems: counts.tandems,
      rematches: counts.rematches,
      people: counts.people,
      several: counts.peopleInSeveralTandems,
    });
    expect(counts.rematches, "the demo's rematch").toBeGreaterThan(0);
    expect(counts.peopleInSeveralTandems).toBeGreaterThan(0);
    line("steering.report.p.alerts", {
      stalls: counts.stallAlerts,
      stalled: counts.tandemsWithStallAlert,
      stallsResolved: counts.stallAlertsResolved,
      help: counts.helpRequests,
      helpResolved: counts.helpRequestsResolved,
    });
    line("steering.report.p.pauses", { pauses: counts.pauses, paused: counts.tandemsPaused });
    expect(counts.pauses, "the demo's pause").toBeGreaterThan(0);
    expect(report).toContain(`${counts.checkinAnswers} of ${2 * counts.checkins} answers given`);
    expect(report).toContain(
      `people who answered at least one: ${counts.peopleWhoAnsweredCheckin} of ${counts.people}`,
    );
    expect(report).toContain(`Meetings reported: ${counts.meetings} in all`);
    // The funnel: people who answered a check-in never outnumber the people in tandems.
    expect(counts.peopleWhoAnsweredCheckin).toBeLessThanOrEqual(counts.people);

    // The export, against the same recount.
    const evaluation = csv("evaluation");
    const program = (measure: string) =>
      evaluation.find((x) => x.wave === "program" && x.measure === measure)?.value;
    expect(program("people")).toBe(String(counts.people));
    expect(program("tandems")).toBe(String(counts.tandems));
    expect(program("stall_alerts")).toBe(String(counts.stallAlerts));
    expect(program("pauses")).toBe(String(counts.pauses));
    expect(program("checkin_answers")).toBe(String(counts.checkinAnswers));
    expect(program("meetings")).toBe(String(counts.meetings));
    const tandemRows = csv("tandems");
    const sum = (column: string) => tandemRows.reduce((s, x) => s + Number(x[column] ?? 0), 0);
    expect(tandemRows).toHaveLength(counts.tandems);
    expect(sum("checkins")).toBe(counts.checkins);
    expect(sum("checkin_answers")).toBe(counts.checkinAnswers);
    expect(sum("meetings")).toBe(counts.meetings);
    expect(sum("stall_alerts")).toBe(counts.stallAlerts);
    const people = csv("participants");
    expect(people.map((p) => p.participant_no)).toEqual(people.map((_, i) => String(i + 1)));
    // Statuses agree with the tandems: the program is closed, nobody is still "waiting".
    for (const p of people) expect(p.status, p.participant_no).not.toBe("waiting");
    for (const p of people)
      if (Number(p.tandems) > 0) expect(["tandem_ended", "in_tandem", "withdrawn"]).toContain(p.status);
  });

  it("opens in headless Chromium: no console errors, every person and channel reachable by clicking", async () => {
    expect(
      existsSync(CHROMIUM),
      `${CHROMIUM} is missing: npm test installs it (scripts/test-prerequisites.mjs)`,
    ).toBe(true);
    const profile = mkdtempSync(join(tmpdir(), "tandem-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      const outside: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => {
        if (!/^(file|data):/.test(r.url())) outside.push(r.url());
      });
      await page.goto(pathToFileURL(out).href);
      await expect.poll(() => page.locator('[data-route="#/"]').isVisible()).toBe(true);

      const hrefs = await page.$$eval("#sidebar a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
      const people = hrefs.filter((h) => h.startsWith("#/p/"));
      const channels = hrefs.filter((h) => h.startsWith("#/c/"));
      expect(people).toHaveLength(PEOPLE + 1);
      expect(channels.length).toBeGreaterThanOrEqual(PEOPLE / 2);
      for (const href of hrefs) {
        await page.click(`#sidebar a[href="${href}"]`);
        const view = page.locator(`[data-route="${href}"]`);
        // the page routes on hashchange, an event after the click: wait for the view, don't sample it
        await view.waitFor({ state: "visible", timeout: 5000 });
        expect((await view.locator("h1").first().textContent())?.trim(), href).not.toBe("");
        expect(await page.locator("[data-route]:visible").count(), href).toBe(1);
        if (href.startsWith("#/p/")) {
          await view.locator('[data-tab="home"]').click();
          await view.locator('[data-pane="home"] .home').waitFor({ state: "visible", timeout: 5000 });
          expect(
            await view.locator('[data-pane="home"] .home .bk-section').count(),
            `${href} home`,
          ).toBeGreaterThan(0);
          await view.locator('[data-tab="modals"]').click();
          await view.locator('[data-pane="modals"]').waitFor({ state: "visible", timeout: 5000 });
        }
      }
      // A mention in a message leads to that person's page.
      await page.click('#sidebar a[href^="#/c/tandem-"]:not([href$="mentor-circle"])');
      const mention = page.locator("[data-route]:visible a.mention[href^='#/p/']").first();
      const target = await mention.getAttribute("href");
      await mention.click();
      await page.locator(`[data-route="${target}"]`).waitFor({ state: "visible", timeout: 5000 });

      // The picture: a tandem that meets regularly, scrolled to its check-ins.
      await page.click('#sidebar a[href="#/"]');
      const thriving = await page.$$eval("table.grid tr", (rows) =>
        rows
          .find((r) => r.textContent?.includes("meets regularly"))
          ?.querySelector("a")
          ?.getAttribute("href"),
      );
      await page.click(`#sidebar a[href="${thriving}"]`);
      // (a string: the tests compile without the DOM's types)
      await page.evaluate(
        'document.getElementById("sidebar").scrollTop = 0; document.getElementById("main").scrollTop = 560',
      );
      await page.screenshot({ path: process.env.DEMO_SCREENSHOT ?? join(dir, "demo.png") });
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);

  it("gives the same bytes for the same seed", async () => {
    expect((await again) === html).toBe(true);
  }, 240_000);
});

/** The first cohort's figures recounted from the demo's database, its report text and its CSV files. */
function recountDemo(world: World) {
  const program = world.db
    .select()
    .from(programs)
    .all()
    .find((p) => p.name === PROGRAM_NAME);
  if (!program) throw new Error("the demo's program");
  const counts = recount(world.db, program.id);
  const plain = {
    ...Object.fromEntries(
      Object.entries(counts).filter((e): e is [string, number] => typeof e[1] === "number"),
    ),
  } as { [K in keyof typeof counts as (typeof counts)[K] extends number ? K : never]: number };
  const report = world.fake.messages
    .filter((m) => m.text?.startsWith("Steering report"))
    .flatMap((m) => (m.blocks ?? []) as { text?: { text?: string } }[])
    .map((b) => b.text?.text ?? "")
    .join("\n");
  const csv = (table: string) => {
    const file = [...world.fake.files.values()].find((f) => f.filename === `${table}-p${program.id}.csv`);
    return parse(file?.content?.toString("utf8") ?? "", { columns: true, bom: true }) as Record<
      string,
      string
    >[];
  };
  return { counts: plain, report, csv };
}
