import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exports, programs, tandems } from "../../src/db/schema";
import { ids } from "../../src/slack/ids";
import { addPerson } from "../helpers/rhythm-seed";
import { type Block, MANAGER, seedSteering } from "../helpers/steering";
import { startTestApp, type TestApp } from "../helpers/test-app";

/**
 * Closed cohorts stay reachable (issue 19, item 6): the managers' App Home lists them with their report
 * and export, `/mentoring report` and `export` take a cohort by name, and the first cohort is not
 * offered a comparison. Real Bolt over HTTP, the fake Slack, a real SQLite database.
 */

const PARTICIPANT = "UMEN000001";

function addClosed(t: TestApp, name: string, year: number): number {
  const program = t.db
    .insert(programs)
    .values({
      name,
      topics: ["ai_tools"],
      startDate: `${year}-04-01`,
      endDate: `${year}-09-30`,
      signupDeadline: `${year}-03-15`,
      language: "en",
      timezone: "Europe/Berlin",
      status: "closed",
      closedAt: `${year}-09-30T08:00:00Z`,
      createdBy: MANAGER,
    })
    .returning()
    .get();
  const a = addPerson(t.db, t.fake, program.id, `UOLDM${year}`, "mentor", "matched");
  const b = addPerson(t.db, t.fake, program.id, `UOLDE${year}`, "mentee", "matched");
  t.db
    .insert(tandems)
    .values({
      programId: program.id,
      mentorId: a,
      menteeId: b,
      status: "ended",
      launchedAt: `${year}-04-02T09:00:00Z`,
      endedAt: `${year}-09-30T17:00:00Z`,
    })
    .run();
  return program.id;
}

async function openHome(t: TestApp, userId: string) {
  t.fake.homes.delete(userId);
  await t.slack.event({
    type: "app_home_opened",
    user: userId,
    channel: "D0HOME0001",
    tab: "home",
    event_ts: "1",
  });
  await t.fake.waitFor(() => t.fake.homes.has(userId), "the App Home");
  return t.fake.homes.get(userId) as { id?: string; blocks: Block[] };
}

const reports = (t: TestApp) => t.fake.dmsTo(MANAGER).filter((m) => m.text?.startsWith("Steering report"));

describe("closed cohorts", () => {
  let t: TestApp;
  let pilot: number;
  let second: number;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-06-30T10:00:00Z" });
    pilot = addClosed(t, "Pilot 2024", 2024);
    second = addClosed(t, "Leadership & AI 2025", 2025);
    seedSteering(t);
  });
  afterEach(async () => {
    await t.stop();
  });

  it("lists past cohorts on the managers' App Home, newest first, each with its report and export", async () => {
    const home = await openHome(t, MANAGER);
    const rows = home.blocks.filter((b) => b.block_id?.startsWith(ids.notices.pastActions));
    expect(rows.map((b) => b.block_id)).toEqual([
      `${ids.notices.pastActions}.p${second}`,
      `${ids.notices.pastActions}.p${pilot}`,
    ]);
    const text = JSON.stringify(home.blocks);
    expect(text).toContain("*Past cohorts*");
    expect(text).toContain("*Leadership &amp; AI 2025* · 1 April 2025 – 30 September 2025");
    const [report, exportButton] = rows[1]?.elements ?? [];
    expect(report).toMatchObject({ action_id: ids.steering.report, value: JSON.stringify({ p: pilot }) });
    expect(exportButton).toMatchObject({
      action_id: ids.steering.export,
      value: JSON.stringify({ p: pilot }),
    });

    // The export of a past cohort, from its button.
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.export, value: exportButton?.value ?? "" },
      { view: { id: "V0HOME", type: "home" } },
    );
    await t.fake.waitFor(() => t.db.select().from(exports).all().length === 1, "the export", 15000);
    expect(t.db.select().from(exports).get()?.programId).toBe(pilot);
    expect(t.fake.filesIn(MANAGER).map((f) => f.filename)).toContain(`participants-p${pilot}.csv`);

    // A participant's App Home lists none, and their forged click is refused.
    const theirs = await openHome(t, PARTICIPANT);
    expect(JSON.stringify(theirs.blocks)).not.toContain(ids.notices.pastActions);
    await t.slack.blockAction(
      PARTICIPANT,
      { action_id: ids.steering.report, value: report?.value ?? "" },
      { view: { id: "V0OTHER", type: "home" } },
    );
    await t.fake.waitFor(
      () => t.fake.dmsTo(PARTICIPANT).some((m) => String(m.text).includes("program managers")),
      "the refusal",
    );
    expect(t.fake.callsTo("files.getUploadURLExternal").length).toBe(6);
  });

  it("takes a cohort by name after report and export, and answers with the choices when unsure", async () => {
    // Ambiguous: both closed cohorts' names contain "20"; the choices come with a button each.
    await t.slack.command(MANAGER, "export 202");
    await t.fake.waitFor(() => t.fake.responses().length === 1, "the choices");
    const choices = t.fake.responses()[0] as { text: string; blocks: Block[] };
    expect(choices.text).toBe("More than one cohort matches “202”. Which one do you mean?");
    const buttons = choices.blocks.flatMap((b) => (b.accessory ? [b.accessory] : []));
    expect(buttons.map((b) => b.action_id)).toEqual([
      ids.steering.export,
      ids.steering.export,
      ids.steering.export,
    ]);
    expect(buttons.map((b) => b.value)).toContain(JSON.stringify({ p: pilot }));

    // Unknown: every cohort is offered.
    await t.slack.command(MANAGER, "report Nonesuch");
    await t.fake.waitFor(() => t.fake.responses().length === 2, "the list");
    const unknown = t.fake.responses()[1] as { text: string; blocks: Block[] };
    expect(unknown.text).toBe("No cohort is called “Nonesuch”. These are the cohorts:");
    expect(unknown.blocks.filter((b) => b.accessory?.action_id === ids.steering.report)).toHaveLength(3);
    expect(reports(t)).toHaveLength(0);

    // Found by its name as typed (Slack escapes "&"), in any case: the first cohort, no comparison offered.
    await t.slack.command(MANAGER, "report pilot 2024");
    await t.fake.waitFor(() => reports(t).length === 1, "the pilot's report", 20000);
    const pilotReport = reports(t)[0];
    expect(pilotReport?.text).toBe("Steering report for Pilot 2024");
    expect(JSON.stringify(pilotReport?.blocks)).not.toContain(ids.steering.compare);

    await t.slack.command(MANAGER, "export leadership &amp; ai");
    await t.fake.waitFor(() => t.db.select().from(exports).all().length === 1, "the export", 15000);
    expect(t.db.select().from(exports).get()?.programId).toBe(second);

    // Without a name: the cohort being run, which has a predecessor to compare with.
    await t.slack.command(MANAGER, "report");
    await t.fake.waitFor(() => reports(t).length === 2, "the current report", 20000);
    const current = reports(t)[1];
    expect(current?.text).toBe("Steering report for Digital Leadership 2026");
    expect(JSON.stringify(current?.blocks)).toContain(ids.steering.compare);

    // A participant who names a cohort is refused all the same.
    await t.slack.command(PARTICIPANT, "export Pilot 2024");
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("program managers")),
      "the refusal",
    );
    expect(t.db.select().from(exports).all()).toHaveLength(1);
  });
});
