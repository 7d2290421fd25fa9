import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkinAnswers, exports, participants, programs, tandems } from "../../src/db/schema";
import { EXPORT_TABLES, PARTICIPANT_COLUMNS, TANDEM_COLUMNS } from "../../src/services/export";
import { ids } from "../../src/slack/ids";
import { addGoals, addPerson, postCheckin } from "../helpers/rhythm-seed";
import {
  answerEval,
  type Block,
  evalTick,
  FINAL_9AM,
  MANAGER,
  MIDTERM_9AM,
  menteeAnswers,
  mentorAnswers,
  seedSteering,
  waitForEvalDms,
} from "../helpers/steering";
import { startTestApp, type TestApp } from "../helpers/test-app";

/**
 * Three tandems with known check-ins and answers; the report's figures are worked out by hand below.
 * Meetings: tandem 1 met twice, tandem 2 once, tandem 3 never (median 1, quartiles 0.5–1.5).
 * Check-in answers: 5 of 8 expected (63 %). Mid-term: all six answer; final: two mentors only.
 */
async function playProgram(t: TestApp) {
  const seed = seedSteering(t, { ai_tools: [2, 2, 3], social_media: [1, 2, 3] });
  const [one, two, three] = seed.tandems;
  if (!one || !two || !three) throw new Error("seed");
  const answer = (checkinId: number, userId: string, metOn: string | null) =>
    t.db
      .insert(checkinAnswers)
      .values({
        checkinId,
        userId,
        answer: metOn ? "yes" : "not_yet",
        metOn,
        answeredAt: "2026-05-01T10:00:00Z",
      })
      .run();
  const c1 = postCheckin(t.db, t.fake, one, 1).checkinId;
  const c2 = postCheckin(t.db, t.fake, one, 2).checkinId;
  answer(c1, one.mentee, "2026-04-20");
  answer(c1, one.mentor, "2026-04-20");
  answer(c2, one.mentee, "2026-05-10");
  const c3 = postCheckin(t.db, t.fake, two, 1).checkinId;
  answer(c3, two.mentee, "2026-04-22");
  answer(c3, two.mentor, "2026-04-22");
  postCheckin(t.db, t.fake, three, 1);
  addGoals(t.db, one.id, ["Run a Teams meeting alone"]);

  expect(evalTick(t, MIDTERM_9AM)).toHaveLength(6);
  for (const x of seed.tandems) {
    await waitForEvalDms(t, x.mentor, 1);
    await waitForEvalDms(t, x.mentee, 1);
  }
  await answerEval(
    t,
    one.mentor,
    mentorAnswers({ satisfaction: 4, helps: "Clear goals <!channel>", share: true }),
  );
  await answerEval(
    t,
    two.mentor,
    mentorAnswers({ satisfaction: 5, helps: "Monthly rhythm", change: "Shorter forms", share: true }),
  );
  await answerEval(
    t,
    three.mentor,
    mentorAnswers({ satisfaction: 3, helps: "SECRET-NO-CONSENT", again: "unsure" }),
  );
  await answerEval(
    t,
    one.mentee,
    menteeAnswers({
      satisfaction: 2,
      helps: "Patient mentor",
      share: true,
      ratings: { ai_tools: 3, social_media: 2 },
    }),
  );
  await answerEval(
    t,
    two.mentee,
    menteeAnswers({ satisfaction: 4, again: "no", ratings: { ai_tools: 3, social_media: 3 } }),
  );
  await answerEval(
    t,
    three.mentee,
    menteeAnswers({ satisfaction: 5, ratings: { ai_tools: 4, social_media: 4 } }),
  );

  expect(evalTick(t, FINAL_9AM)).toHaveLength(6);
  await waitForEvalDms(t, two.mentor, 2);
  await waitForEvalDms(t, three.mentor, 2);
  await answerEval(t, one.mentor, mentorAnswers({ satisfaction: 5 }));
  await answerEval(t, two.mentor, mentorAnswers({ satisfaction: 5 }));
  t.setNow("2026-10-02T09:00:00Z");
  return seed;
}

function reportMessage(t: TestApp) {
  return t.fake.dmsTo(MANAGER).find((m) => m.text?.startsWith("Steering report"));
}

describe("steering report and export", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-06-30T10:00:00Z" });
  });
  afterEach(async () => {
    await t.stop();
  });

  it("reports the answers given, hides groups under three, and sends the two charts once, after the report", async () => {
    await playProgram(t);
    await t.slack.command(MANAGER, "report");
    await t.fake.waitFor(() => reportMessage(t) !== undefined, "the report", 15000);
    const message = reportMessage(t);
    const blocks = (message?.blocks ?? []) as Block[];
    const text = blocks.map((b) => b.text?.text ?? "").join("\n");

    expect(text).toContain("Digital Leadership 2026* · 6 people in 3 tandems over the whole program");
    // Mid-term: everyone answered.
    expect(text).toContain("Mentors: 3 of 3 answered (100 %)");
    // Levels chosen by one or two people would single them out in a group of three; and "<3 · <3 · <3"
    // over three answers would say each is 1, so the distribution is withheld as a whole ("–"), with
    // the footnote that says why, and so is its median (with three answers it is one person's).
    expect(text).toContain("Mentors, satisfaction: –");
    expect(text).toContain("Executives: 3 of 3 answered (100 %)");
    expect(text).toContain("Executives, satisfaction: –");
    expect(text).toContain("Executives, would take part again (3 answers): yes – · no – · not sure –");
    expect(text).toContain("_– hidden so that groups under 3 cannot be worked out_");
    expect(text).not.toContain("&lt;3");
    expect(text).not.toContain("median 4");
    // Final: two mentors answered (rate over 3 invited is shown), their satisfaction is not.
    expect(text).toContain("Mentors: 2 of 3 answered (67 %)");
    expect(text).toContain("Mentors, satisfaction: _fewer than 3 answers_");
    expect(text).toContain("Executives: 0 of 3 answered (0 %)");
    expect(text).not.toContain("median 5");
    // Tandems, over the whole program.
    expect(text).toContain("Tandems launched: 3, after a rematch: 0 · people: 6, in more than one tandem: 0");
    expect(text).toContain(
      "Meetings reported: 3 in all · per tandem: median 1 (quartiles 0.5–1.5) · tandems that met at least once: 2 of 3",
    );
    expect(text).toContain(
      "Check-ins: 5 of 8 answers given (check-in response rate 63 %) · check-ins answered by at least one member: 3 of 4 · people who answered at least one: 4 of 6",
    );
    expect(text).toContain("Pauses started: 0 (tandems: 0)");
    expect(text).toContain("Tandems with an action plan: 1 of 3 · goals set: 1, done: 0");
    // Each part defined one context line away.
    expect(JSON.stringify(blocks)).toContain("Check-in response rate: answers given of the answers asked");
    // Growth: intake ai_tools 2,2,3 → median 2 (2–2.5); mid-term 3,3,4 → 3 (3–3.5); final: nobody.
    expect(text).toContain("AI tools");
    expect(text).toMatch(/intake 2 \(2–2\.5; n = 3\) → mid-term 3 \(3–3\.5; n = 3\) → final –/);
    // Pooled free text: only the three who agreed, escaped, without names; single answers stay hidden.
    expect(text).toContain("Clear goals &lt;!channel&gt;");
    expect(text).toContain("Monthly rhythm");
    expect(text).toContain("Patient mentor");
    expect(text).not.toContain("SECRET-NO-CONSENT");
    expect(text).not.toContain("Shorter forms");
    expect(JSON.stringify(blocks)).not.toMatch(/<@U(MEN|EXE)/);

    // The two charts arrive once: one message with both files, after the report (no image blocks
    // that would show them a second time), titled with the number of people behind them.
    await t.fake.waitFor(
      () => t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".png")).length === 2,
      "the charts",
      15000,
    );
    expect(blocks.filter((b) => b.type === "image")).toEqual([]);
    expect(JSON.stringify(blocks)).toContain("The charts follow in the next message");
    const files = t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".png"));
    expect(files.map((f) => f.filename).sort()).toEqual(["funnel-p1.png", "growth-p1.png"]);
    for (const f of files) expect(f.content?.subarray(1, 4).toString()).toBe("PNG");
    const chartMessages = t.fake.messages.filter((m) =>
      m.files?.some((id) => files.some((f) => f.id === id)),
    );
    expect(chartMessages).toHaveLength(1);
    expect(Number(chartMessages[0]?.ts)).toBeGreaterThan(Number(message?.ts));
    const funnel = files.find((f) => f.filename.startsWith("funnel"));
    expect(funnel?.title).toBe("Responses and meetings · 6 people");
    expect(funnel?.altText).toContain("In tandems: 6.");
    expect(funnel?.altText).toContain("Answered a check-in: 4.");
    expect(funnel?.altText).toContain("Answered mid-term: 6.");
    // Two final answers are fewer than three: not in the chart either.
    expect(funnel?.altText).not.toContain("Answered final");
    const growth = files.find((f) => f.filename.startsWith("growth"));
    expect(growth?.title).toBe("Competency growth per topic · 3 executives");
    expect(growth?.altText).toContain("AI tools: Intake 2, Mid-term 3.");

    // The command's own answer says where the report went.
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("direct messages")),
      "the answer",
    );
  });

  it("delivers the report when the charts are refused: one more try, then a note", async () => {
    await playProgram(t);
    // Slack refusing the upload of a file (the shared-file step): the report must arrive anyway.
    t.fake.guard = (method) =>
      method === "files.completeUploadExternal"
        ? { status: 200, body: { ok: false, error: "internal_error" } }
        : undefined;
    await t.slack.command(MANAGER, "report");
    await t.fake.waitFor(
      () => t.fake.dmsTo(MANAGER).some((m) => String(m.text).includes("charts could not be delivered")),
      "the note about the charts",
      15000,
    );
    expect(reportMessage(t)?.blocks?.length).toBeGreaterThan(5);
    expect(t.fake.callsTo("files.completeUploadExternal")).toHaveLength(2);
    expect(t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".png"))).toEqual([]);
  });

  it("offers the report and the export on the manager's App Home; no comparison for the first cohort", async () => {
    await playProgram(t);
    t.setNow("2026-09-01T09:00:00Z");
    await t.slack.event({
      type: "app_home_opened",
      user: MANAGER,
      channel: "D0HOME0001",
      tab: "home",
      event_ts: "1",
    });
    await t.fake.waitFor(() => t.fake.homes.has(MANAGER), "the App Home");
    const home = t.fake.homes.get(MANAGER) as { id?: string; blocks: Block[] };
    const row = home.blocks.find((b) => b.block_id === ids.steering.homeActions);
    const buttons = row?.elements ?? [];
    expect(buttons.map((b) => b.action_id)).toEqual([ids.steering.report, ids.steering.export]);

    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.report, value: buttons[0]?.value ?? "" },
      { view: { id: home.id ?? "V0HOME", type: "home" } },
    );
    await t.fake.waitFor(() => reportMessage(t) !== undefined, "the report", 15000);
    const report = reportMessage(t);
    // The first cohort: nothing to compare with, so no button offers it.
    const compare = ((report?.blocks ?? []) as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ids.steering.compare);
    // The first cohort is not offered a comparison; a click that comes anyway is answered kindly.
    expect(compare).toBeUndefined();
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.compare, value: buttons[0]?.value ?? "" },
      { channelId: report?.channel ?? "", message: { ts: report?.ts } },
    );
    // The charts follow each report as a file message of their own: the comparison is the report
    // message that says there is nothing to compare with.
    await t.fake.waitFor(
      () =>
        t.fake
          .dmsTo(MANAGER)
          .some((m) =>
            JSON.stringify(m.blocks ?? []).includes("There is no earlier cohort to compare with yet."),
          ),
      "the comparison",
      15000,
    );
    const second = t.fake
      .dmsTo(MANAGER)
      .filter(
        (m) => m.text?.startsWith("Steering report") && JSON.stringify(m.blocks ?? []).includes("compare"),
      )
      .at(-1);
    expect(JSON.stringify(second?.blocks)).toContain("There is no earlier cohort to compare with yet.");

    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.export, value: buttons[1]?.value ?? "" },
      { view: { id: home.id ?? "V0HOME", type: "home" } },
    );
    await t.fake.waitFor(() => t.db.select().from(exports).all().length === 1, "the export", 15000);
    expect(t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".csv"))).toHaveLength(5);

    // A participant's forged click is refused on the server.
    const person = "UMEN000001";
    await t.slack.blockAction(
      person,
      { action_id: ids.steering.export, value: buttons[1]?.value ?? "" },
      { view: { id: "V0OTHER", type: "home" } },
    );
    await t.fake.waitFor(
      () => t.fake.dmsTo(person).some((m) => String(m.text).includes("program managers")),
      "the refusal",
    );
    expect(t.db.select().from(exports).all()).toHaveLength(1);
  });

  it("refuses the report and the export to people who are not program managers", async () => {
    const seed = seedSteering(t);
    const person = seed.tandems[0]?.mentor ?? "";
    await t.slack.command(person, "report");
    await t.slack.command(person, "export");
    await t.fake.waitFor(() => t.fake.responses().length >= 2, "two refusals");
    for (const r of t.fake.responses()) expect(String(r.text)).toContain("program managers");
    expect(t.fake.callsTo("files.getUploadURLExternal")).toHaveLength(0);
    expect(t.db.select().from(exports).all()).toEqual([]);
  });

  it("compares this cohort with the previous one side by side", async () => {
    // The previous cohort: three people, none in a tandem any more, so its figures stay hidden.
    const previous = t.db
      .insert(programs)
      .values({
        name: "Pilot 2025",
        topics: ["ai_tools"],
        startDate: "2025-04-01",
        endDate: "2025-09-30",
        signupDeadline: "2025-03-15",
        language: "en",
        timezone: "Europe/Berlin",
        status: "closed",
        createdBy: MANAGER,
      })
      .returning()
      .get();
    const a = addPerson(t.db, t.fake, previous.id, "UOLDMENTOR", "mentor", "matched");
    const b = addPerson(t.db, t.fake, previous.id, "UOLDEXEC01", "mentee", "matched");
    t.db
      .insert(tandems)
      .values({
        programId: previous.id,
        mentorId: a,
        menteeId: b,
        status: "ended",
        launchedAt: "2025-04-02T09:00:00Z",
        endedAt: "2025-09-30T17:00:00Z",
      })
      .run();
    await playProgram(t);
    await t.slack.command(MANAGER, "report compare");
    await t.fake.waitFor(() => reportMessage(t) !== undefined, "the report", 15000);
    const blocks = (reportMessage(t)?.blocks ?? []) as (Block & { fields?: { text: string }[] })[];
    const side = blocks.find((b) => b.fields?.length === 2)?.fields ?? [];
    expect(side[0]?.text).toContain("*This cohort* · Digital Leadership 2026");
    expect(side[0]?.text).toContain("Response rate mid-term: 100 % (6 of 6)");
    expect(side[0]?.text).toContain("Response rate final: 33 % (2 of 6)");
    // Both roles pooled (4, 5, 3, 2, 4, 5) under the report's small-cell rule: levels of one or two
    // people over six answers are withheld, and so is the median that would tell them (it used to
    // show 4 here while the report hid it).
    expect(side[0]?.text).toContain("Satisfaction (median) mid-term: – (6 answers)");
    expect(side[0]?.text).toContain("Check-in response rate: 63 %");
    expect(side[1]?.text).toContain("*Previous cohort* · Pilot 2025");
    expect(side[1]?.text).toContain("People / tandems: 2 / 1");
    expect(side[1]?.text).toContain("Meetings per tandem (median): _fewer than 3 answers_");
  });

  it("exports a workbook and CSV files (BOM, gap-free numbers, consistent statuses) and records it", async () => {
    const seed = await playProgram(t);
    t.db.update(participants).set({ department: 'Vertrieb, "Süd"' }).run();
    await t.slack.command(MANAGER, "export");
    await t.fake.waitFor(
      () => t.fake.filesIn(MANAGER).filter((f) => /\.(csv|xlsx)$/.test(f.filename)).length === 6,
      "the workbook and five CSV files",
      15000,
    );
    // All six files in one message.
    const exported = t.fake.filesIn(MANAGER).filter((f) => /\.(csv|xlsx)$/.test(f.filename));
    expect(new Set(exported.map((f) => t.fake.messages.find((m) => m.files?.includes(f.id))?.ts)).size).toBe(
      1,
    );
    const raw = (prefix: string) =>
      t.fake.filesIn(MANAGER).find((f) => f.filename.startsWith(prefix) && f.filename.endsWith(".csv"))
        ?.content ?? Buffer.alloc(0);
    // A UTF-8 byte-order mark, so that Excel reads "Süd" right on a double-click.
    expect([...raw("participants").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = (prefix: string) =>
      parse(raw(prefix).toString("utf8"), { columns: true, bom: true }) as Record<string, string>[];
    const people = csv("participants");
    expect(Object.keys(people[0] ?? {})).toEqual([...PARTICIPANT_COLUMNS]);
    expect(people.map((p) => p.participant_no)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(people[0]).toMatchObject({
      user_id: seed.tandems[0]?.mentor,
      role: "mentor",
      status: "in_tandem",
      department: 'Vertrieb, "Süd"',
      tandems: "1",
      last_tandem_id: String(seed.tandems[0]?.id),
      last_tandem_status: "active",
    });

    const tandemRows = csv("tandems");
    expect(Object.keys(tandemRows[0] ?? {})).toEqual([...TANDEM_COLUMNS]);
    expect(
      tandemRows.map((r) => [
        r.checkins,
        r.checkin_answers,
        r.checkin_answers_asked,
        r.meetings,
        r.last_met_on,
        r.action_plan,
        r.goals,
      ]),
    ).toEqual([
      ["2", "3", "4", "2", "2026-05-10", "yes", "1"],
      ["1", "2", "2", "1", "2026-04-22", "no", "0"],
      ["1", "0", "2", "0", "", "no", "0"],
    ]);
    expect(tandemRows[0]?.launched_on).toBe("2026-04-02");
    expect(tandemRows.map((r) => [r.mentor_no, r.mentee_no])).toEqual([
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);

    const waves = csv("evaluation");
    expect(Object.keys(waves[0] ?? {})).toEqual(["wave", "role", "measure", "value", "n", "note"]);
    const row = (wave: string, role: string, measure: string) =>
      waves.find((r) => r.wave === wave && r.role === role && r.measure === measure);
    expect(row("midterm", "mentor", "response_rate_percent")).toMatchObject({
      value: "100",
      n: "3",
      note: "",
    });
    // Withheld as in the report: empty, with the note that says why (not "fewer than 3 answers").
    const withheld = { value: "", n: "", note: "hidden so that groups under 3 cannot be worked out" };
    expect(row("midterm", "mentor", "satisfaction_median")).toMatchObject(withheld);
    expect(row("midterm", "mentee", "satisfaction_2")).toMatchObject(withheld);
    expect(row("midterm", "mentee", "satisfaction_3")).toMatchObject(withheld);
    expect(row("midterm", "mentee", "again_no")).toMatchObject(withheld);
    expect(row("final", "mentor", "response_rate_percent")).toMatchObject({ value: "67" });
    expect(row("final", "mentor", "satisfaction_median")).toMatchObject({
      value: "",
      n: "",
      note: "fewer than 3 answers",
    });
    expect(row("midterm", "mentee", "level_median:ai_tools")).toMatchObject({ value: "3", n: "3" });
    expect(row("program", "tandem", "meetings_median")).toMatchObject({ value: "1", n: "3" });
    // The same check-in response rate as the report's, per check-in.
    expect(row("program", "tandem", "checkin_response_rate_percent")).toMatchObject({ value: "63" });
    expect(row("program", "tandem", "checkin_answers")).toMatchObject({ value: "5" });
    expect(row("program", "tandem", "checkin_answers_asked")).toMatchObject({ value: "8" });
    // Free text: only as the report shows it (three who agreed), in full; none without consent.
    const texts = csv("free_text");
    expect(texts.filter((r) => r.question === "helps").map((r) => r.text)).toEqual([
      "Clear goals <!channel>",
      "Monthly rhythm",
      "Patient mentor",
    ]);
    const all = t.fake
      .filesIn(MANAGER)
      .map((f) => f.content?.toString("utf8") ?? "")
      .join("\n");
    expect(all).not.toContain("SECRET-NO-CONSENT");
    expect(all).not.toContain("Shorter forms");

    // The workbook, read back by openpyxl (Debian's python3-openpyxl; .ci/run installs it).
    const xlsx = t.fake.filesIn(MANAGER).find((f) => f.filename.endsWith(".xlsx"));
    const book = readWorkbook(xlsx?.content ?? Buffer.alloc(0));
    expect(Object.keys(book)).toEqual([
      "participants",
      "tandems",
      "evaluation",
      "events",
      "free_text",
      "Definitions",
    ]);
    expect(book.participants?.[0]).toEqual([...PARTICIPANT_COLUMNS]);
    expect(book.participants?.[1]?.[0]).toEqual({ number: 1 });
    expect(book.participants?.[1]?.[5]).toEqual({ text: 'Vertrieb, "Süd"' });
    const launched = (book.tandems?.[0] ?? []).indexOf("launched_on");
    expect(book.tandems?.[1]?.[launched]).toEqual({ date: "2026-04-02T00:00:00" });
    const checkins = (book.tandems?.[0] ?? []).indexOf("checkins");
    expect(book.tandems?.[1]?.[checkins]).toEqual({ number: 2 });
    // Every column of every sheet is defined on the definitions sheet.
    const defined = new Set(
      (book.Definitions ?? []).slice(1).map((r) => `${cellText(r[0])}.${cellText(r[1])}`),
    );
    for (const [table, columns] of Object.entries(EXPORT_TABLES))
      for (const column of columns)
        expect(defined.has(`${table}.${column}`), `${table}.${column}`).toBe(true);
    for (const r of (book.Definitions ?? []).slice(1))
      expect(cellText(r[2]).length, cellText(r[1])).toBeGreaterThan(10);

    await t.fake.waitFor(() => t.db.select().from(exports).all().length > 0, "the recorded export");
    const recorded = t.db.select().from(exports).all();
    expect(recorded).toEqual([
      expect.objectContaining({
        programId: seed.programId,
        userId: MANAGER,
        files: [
          expect.objectContaining({ name: "tandem-export-p1.xlsx" }),
          expect.objectContaining({ name: "participants-p1.csv", rows: 6 }),
          expect.objectContaining({ name: "tandems-p1.csv", rows: 3 }),
          expect.objectContaining({ name: "evaluation-p1.csv" }),
          expect.objectContaining({ name: "events-p1.csv", rows: 0 }),
          expect.objectContaining({ name: "free_text-p1.csv" }),
        ],
      }),
    ]);
  });
});

type WorkbookCell = string | { number: number } | { date: string } | { text: string } | null;

const cellText = (c: WorkbookCell | undefined): string =>
  typeof c === "string" ? c : c && "text" in c ? c.text : "";

/**
 * The workbook as openpyxl reads it: per sheet, the first row as plain strings (the header), then
 * each cell typed as openpyxl sees it, so "a number" means Excel stored a number.
 */
function readWorkbook(content: Buffer): Record<string, WorkbookCell[][]> {
  const dir = mkdtempSync(join(tmpdir(), "tandem-xlsx-"));
  try {
    const path = join(dir, "export.xlsx");
    writeFileSync(path, content);
    const script = [
      "import json, sys, datetime, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "def cell(v):",
      "    if v is None: return None",
      "    if isinstance(v, bool): return {'text': str(v)}",
      "    if isinstance(v, (int, float)): return {'number': v}",
      "    if isinstance(v, datetime.datetime): return {'date': v.isoformat()}",
      "    return {'text': str(v)}",
      "out = {}",
      "for ws in wb.worksheets:",
      "    rows = [list(r) for r in ws.iter_rows(values_only=True)]",
      "    out[ws.title] = [[str(v) for v in rows[0]]] + [[cell(v) for v in r] for r in rows[1:]] if rows else []",
      "print(json.dumps(out))",
    ].join("\n");
    const result = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`openpyxl could not read the workbook: ${result.stderr}`);
    return JSON.parse(result.stdout) as Record<string, WorkbookCell[][]>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
