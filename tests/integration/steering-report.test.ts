import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkinAnswers, exports, participants, programs, tandems } from "../../src/db/schema";
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

  it("reports the answers given, hides groups under three, and shows two uploaded charts", async () => {
    await playProgram(t);
    await t.slack.command(MANAGER, "report");
    await t.fake.waitFor(() => reportMessage(t) !== undefined, "the report", 15000);
    const message = reportMessage(t);
    const blocks = (message?.blocks ?? []) as Block[];
    const text = blocks.map((b) => b.text?.text ?? "").join("\n");

    expect(text).toContain("Digital Leadership 2026* · 6 people in 3 tandems");
    // Mid-term: everyone answered.
    expect(text).toContain("Mentors: 3 of 3 answered (100 %)");
    // Levels chosen by one or two people would single them out in a group of three; and "<3 · <3 · <3"
    // over three answers would say each is 1, so the distribution is withheld as a whole ("–"), with
    // the footnote that says why, and so is its median (with three answers it is one person's).
    expect(text).toContain("Mentors, satisfaction: –");
    expect(text).toContain("Executives: 3 of 3 answered (100 %)");
    expect(text).toContain("Executives, satisfaction: –");
    expect(text).toContain("Executives, would take part again: yes – · no – · not sure –");
    expect(text).toContain("_– hidden so that groups under 3 cannot be worked out_");
    expect(text).not.toContain("&lt;3");
    expect(text).not.toContain("median 4");
    // Final: two mentors answered (rate over 3 invited is shown), their satisfaction is not.
    expect(text).toContain("Mentors: 2 of 3 answered (67 %)");
    expect(text).toContain("Mentors, satisfaction: _fewer than 3 answers_");
    expect(text).toContain("Executives: 0 of 3 answered (0 %)");
    expect(text).not.toContain("median 5");
    // Tandems.
    expect(text).toContain("Meetings per tandem: median 1 (quartiles 0.5–1.5)");
    expect(text).toContain("Check-in response rate: 63 %");
    expect(text).toContain("Tandems with an action plan: 1 of 3");
    // Stalled as on the App Home's at-risk list: check-ins nobody answered, the nudge too (none here).
    expect(text).toContain("Stalled: 0 · paused: 0");
    // Growth: intake ai_tools 2,2,3 → median 2 (2–2.5); mid-term 3,3,4 → 3 (3–3.5); final: nobody.
    expect(text).toContain("AI tools");
    expect(text).toMatch(/intake 2 \(2–2\.5\) → mid-term 3 \(3–3\.5\) → final –/);
    // Pooled free text: only the three who agreed, escaped, without names; single answers stay hidden.
    expect(text).toContain("Clear goals &lt;!channel&gt;");
    expect(text).toContain("Monthly rhythm");
    expect(text).toContain("Patient mentor");
    expect(text).not.toContain("SECRET-NO-CONSENT");
    expect(text).not.toContain("Shorter forms");
    expect(JSON.stringify(blocks)).not.toMatch(/<@U(MEN|EXE)/);

    // Two charts, uploaded to the manager's DM and shown by file id, with the numbers as alt text.
    const files = t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".png"));
    expect(files.map((f) => f.filename).sort()).toEqual(["funnel-p1.png", "growth-p1.png"]);
    for (const f of files) expect(f.content?.subarray(1, 4).toString()).toBe("PNG");
    const images = blocks.filter((b) => b.type === "image");
    expect(images.map((b) => b.slack_file?.id).sort()).toEqual(files.map((f) => f.id).sort());
    const funnel = images.find(
      (b) => b.slack_file?.id === files.find((f) => f.filename.startsWith("funnel"))?.id,
    );
    expect(funnel?.alt_text).toContain("In tandems: 6.");
    expect(funnel?.alt_text).toContain("Answered a check-in: 4.");
    expect(funnel?.alt_text).toContain("Answered mid-term: 6.");
    // Two final answers are fewer than three: not in the chart either.
    expect(funnel?.alt_text).not.toContain("Answered final");
    const growth = images.find((b) => b !== funnel);
    expect(growth?.alt_text).toContain("AI tools: Intake 2, Mid-term 3.");

    // The command's own answer says where the report went.
    await t.fake.waitFor(
      () => t.fake.responses().some((r) => String(r.text).includes("direct messages")),
      "the answer",
    );
  });

  it("offers the report and the export on the manager's App Home, and a comparison under the report", async () => {
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
    const compare = ((report?.blocks ?? []) as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ids.steering.compare);
    expect(compare).toBeDefined();
    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.compare, value: compare?.value ?? "" },
      { channelId: report?.channel ?? "", message: { ts: report?.ts } },
    );
    await t.fake.waitFor(
      () => t.fake.dmsTo(MANAGER).filter((m) => m.text?.startsWith("Steering report")).length === 2,
      "the comparison",
      15000,
    );
    const second = t.fake
      .dmsTo(MANAGER)
      .filter((m) => m.text?.startsWith("Steering report"))
      .at(-1);
    expect(JSON.stringify(second?.blocks)).toContain("There is no earlier cohort to compare with yet.");

    await t.slack.blockAction(
      MANAGER,
      { action_id: ids.steering.export, value: buttons[1]?.value ?? "" },
      { view: { id: home.id ?? "V0HOME", type: "home" } },
    );
    await t.fake.waitFor(() => t.db.select().from(exports).all().length === 1, "the export", 15000);
    expect(t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".csv"))).toHaveLength(3);

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
    expect(side[0]?.text).toContain("Response rate mid-term: 100 %");
    expect(side[0]?.text).toContain("Response rate final: 33 %");
    expect(side[0]?.text).toContain("Satisfaction (median) mid-term: 4");
    expect(side[1]?.text).toContain("*Previous cohort* · Pilot 2025");
    expect(side[1]?.text).toContain("People / tandems: 2 / 1");
    expect(side[1]?.text).toContain("Meetings per tandem (median): _fewer than 3 answers_");
  });

  it("exports participants, tandems and wave aggregates as CSV to the manager's DM and records it", async () => {
    const seed = await playProgram(t);
    t.db.update(participants).set({ department: 'Sales, "Nord"' }).run();
    await t.slack.command(MANAGER, "export");
    await t.fake.waitFor(
      () => t.fake.filesIn(MANAGER).filter((f) => f.filename.endsWith(".csv")).length === 3,
      "three CSV files",
      15000,
    );
    const csv = (prefix: string) => {
      const file = t.fake.filesIn(MANAGER).find((f) => f.filename.startsWith(prefix));
      return parse(file?.content?.toString("utf8") ?? "", { columns: true }) as Record<string, string>[];
    };
    const people = csv("participants");
    expect(Object.keys(people[0] ?? {})).toEqual([
      "participant_id",
      "user_id",
      "name",
      "role",
      "status",
      "department",
      "tandem_id",
      "tandem_status",
    ]);
    expect(people).toHaveLength(6);
    expect(people[0]).toMatchObject({
      user_id: seed.tandems[0]?.mentor,
      role: "mentor",
      status: "matched",
      department: 'Sales, "Nord"',
      tandem_id: String(seed.tandems[0]?.id),
      tandem_status: "active",
    });

    const tandemRows = csv("tandems");
    expect(Object.keys(tandemRows[0] ?? {})).toEqual([
      "tandem_id",
      "status",
      "mentor_user_id",
      "mentee_user_id",
      "launched_on",
      "ended_on",
      "paused_until",
      "checkins",
      "checkin_answers",
      "meetings",
      "last_met_on",
      "action_plan",
    ]);
    expect(
      tandemRows.map((r) => [r.checkins, r.checkin_answers, r.meetings, r.last_met_on, r.action_plan]),
    ).toEqual([
      ["2", "3", "2", "2026-05-10", "yes"],
      ["1", "2", "1", "2026-04-22", "no"],
      ["1", "0", "0", "", "no"],
    ]);
    expect(tandemRows[0]?.launched_on).toBe("2026-04-02");

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
    expect(row("final", "mentee", "level_median:ai_tools")).toMatchObject({
      value: "",
      note: "fewer than 3 answers",
    });
    expect(row("program", "tandem", "meetings_median")).toMatchObject({ value: "1", n: "3" });
    // No free text anywhere.
    const all = t.fake
      .filesIn(MANAGER)
      .map((f) => f.content?.toString("utf8") ?? "")
      .join("\n");
    expect(all).not.toContain("Clear goals");
    expect(all).not.toContain("Monthly rhythm");

    await t.fake.waitFor(() => t.db.select().from(exports).all().length > 0, "the recorded export");
    const recorded = t.db.select().from(exports).all();
    expect(recorded).toEqual([
      expect.objectContaining({
        programId: seed.programId,
        userId: MANAGER,
        files: [
          expect.objectContaining({ name: "participants-p1.csv", rows: 6 }),
          expect.objectContaining({ name: "tandems-p1.csv", rows: 3 }),
          expect.objectContaining({ name: "evaluation-p1.csv" }),
        ],
      }),
    ]);
  });
});
