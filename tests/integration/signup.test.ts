import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Answer } from "../../sim/slack-requests";
import { participants, programs, slackOps, topicRatings } from "../../src/db/schema";
import { ids } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";

const q = ids.signup.q;
const TOPICS = ["social_media", "ai_tools", "custom:prompting"];
const rating = (topic: string) => `${ids.signup.ratingPrefix}${topic}`;

type View = Record<string, unknown>;

function insertProgram(t: TestApp, overrides: Partial<typeof programs.$inferInsert> = {}) {
  return t.db
    .insert(programs)
    .values({
      name: "Digital Tandem 2030",
      topics: TOPICS,
      customTopics: { "custom:prompting": "Prompting 101" },
      startDate: "2030-04-01",
      endDate: "2030-09-30",
      signupDeadline: "2030-03-15",
      language: "en",
      timezone: "Europe/Berlin",
      signupOpen: true,
      status: "signup",
      createdBy: "UPM0000001",
      ...overrides,
    })
    .returning()
    .get();
}

function shared(overrides: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    [q.department]: "Marketing",
    [q.meetingFormat]: "remote",
    [q.meetingsPerMonth]: "1",
    [q.languages]: ["de", "en"],
    [q.otherLanguages]: "Français",
    [q.availability]: "Tuesday afternoons",
    [q.excluded]: [],
    [q.consent]: ["yes"],
    [rating("social_media")]: "4",
    [rating("ai_tools")]: "5",
    [rating("custom:prompting")]: "3",
    ...overrides,
  };
}

const mentorAnswers = (o: Record<string, Answer> = {}) =>
  shared({ [q.background]: "Working student in IT", [q.hopeToLearn]: "How strategy is made", ...o });
const menteeAnswers = (o: Record<string, Answer> = {}) =>
  shared({
    [q.learningGoals]: "Use AI tools for my team",
    [q.expectations]: "Honest feedback",
    [q.concerns]: "",
    [rating("ai_tools")]: "1",
    ...o,
  });

describe("sign-up", () => {
  let t: TestApp;
  let programId: number;

  beforeEach(async () => {
    t = await startTestApp({ now: "2030-03-01T09:00:00Z" });
    for (const id of ["UMEN000001", "UMEN000002", "UEXE000001", "UEXE000002"]) t.fake.addUser({ id });
    t.fake.addUser({ id: "UDEU000001", locale: "de-DE" });
    programId = insertProgram(t).id;
  });
  afterEach(async () => t.stop());

  /** The view the app opened last (as the fake stored it, with its id). */
  function lastOpenedView(): View {
    const last = [...t.fake.views.values()].at(-1);
    if (!last) throw new Error("no view opened");
    return last;
  }

  async function openJoin(user: string, text = "join"): Promise<View> {
    const before = t.fake.callsTo("views.open").length;
    await t.slack.command(user, text);
    await t.fake.waitForCall("views.open", before + 1);
    return lastOpenedView();
  }

  /** Role choice → the modal is updated in place to the role's questionnaire. */
  async function chooseRole(user: string, roleView: View, role: "mentor" | "mentee"): Promise<View> {
    const res = await t.slack.viewSubmission(user, roleView, { [ids.signup.roleInput]: role });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.response_action).toBe("update");
    return { ...(body.view as View), id: roleView.id };
  }

  const publishesTo = (user: string) =>
    t.fake.callsTo("views.publish").filter((c) => c.params.user_id === user).length;

  async function submit(user: string, view: View, answers: Record<string, Answer>) {
    const dmsBefore = t.fake.dmsTo(user).length;
    const homesBefore = publishesTo(user);
    const res = await t.slack.viewSubmission(user, view, answers);
    expect(res.status).toBe(200);
    return {
      res,
      /** the confirmation DM, and the App Home republished after it */
      waitForDm: async () => {
        await t.fake.waitFor(() => t.fake.dmsTo(user).length > dmsBefore, `DM to ${user}`);
        await t.fake.waitFor(() => publishesTo(user) > homesBefore, `home of ${user}`);
      },
    };
  }

  async function signUp(user: string, role: "mentor" | "mentee", answers: Record<string, Answer>) {
    const roleView = await openJoin(user);
    expect(roleView.callback_id).toBe(ids.signup.roleModal);
    const questionnaire = await chooseRole(user, roleView, role);
    expect(questionnaire.callback_id).toBe(ids.signup.questionnaire);
    const { res, waitForDm } = await submit(user, questionnaire, answers);
    expect(res.body).toBe("");
    await waitForDm();
  }

  const rowOf = (user: string) => t.db.select().from(participants).where(eq(participants.userId, user)).all();
  const ratingsOf = (participantId: number) =>
    t.db.select().from(topicRatings).where(eq(topicRatings.participantId, participantId)).all();

  it("two mentors and two executives sign up through the role choice and their questionnaires", async () => {
    // A chosen role leaves a draft, so that program managers see who started.
    const roleView = await openJoin("UMEN000001");
    await chooseRole("UMEN000001", roleView, "mentor");
    expect(rowOf("UMEN000001")[0]?.status).toBe("draft");

    await signUp("UMEN000001", "mentor", mentorAnswers());
    await signUp("UMEN000002", "mentor", mentorAnswers({ [q.department]: "Sales", [q.languages]: ["en"] }));
    await signUp("UEXE000001", "mentee", menteeAnswers({ [q.excluded]: ["UMEN000002"] }));
    await signUp(
      "UEXE000002",
      "mentee",
      menteeAnswers({ [q.meetingsPerMonth]: "2", [q.meetingFormat]: "mixed" }),
    );

    const all = t.db.select().from(participants).where(eq(participants.programId, programId)).all();
    expect(all).toHaveLength(4);
    expect(all.every((p) => p.status === "complete" && p.consent && p.consentAt !== null)).toBe(true);

    const [m1] = rowOf("UMEN000001");
    expect(m1).toMatchObject({
      role: "mentor",
      department: "Marketing",
      background: "Working student in IT",
      hopeToLearn: "How strategy is made",
      learningGoals: null,
      meetingFormat: "remote",
      meetingsPerMonth: 1,
      // a typed language the app recognizes is stored as its code
      languages: ["de", "en", "fr"],
      availability: "Tuesday afternoons",
      excludedUserIds: [],
    });
    const [e1] = rowOf("UEXE000001");
    expect(e1).toMatchObject({
      role: "mentee",
      learningGoals: "Use AI tools for my team",
      expectations: "Honest feedback",
      concerns: null,
      background: null,
      excludedUserIds: ["UMEN000002"],
    });
    const [e2] = rowOf("UEXE000002");
    expect(e2).toMatchObject({ meetingsPerMonth: 2, meetingFormat: "mixed" });

    if (!e1 || !m1) throw new Error("rows missing");
    const ratings = ratingsOf(e1.id);
    expect(ratings).toHaveLength(3);
    expect(ratings.every((r) => r.phase === "intake")).toBe(true);
    expect(Object.fromEntries(ratings.map((r) => [r.topic, r.level]))).toEqual({
      social_media: 4,
      ai_tools: 1,
      "custom:prompting": 3,
    });
    expect(ratingsOf(m1.id)).toHaveLength(3);

    // The questionnaire shows every program topic, a custom one with its label.
    const dm = t.fake.dmsTo("UEXE000001").at(-1);
    expect(dm?.text).toContain("signed up for *Digital Tandem 2030*. Your role: *Executive (mentee)*");
    const dmBlocks = JSON.stringify(dm?.blocks);
    expect(dmBlocks).toContain("Signed up, waiting for matching");
    expect(dmBlocks).toContain("15 March 2030");
    // The confidential exclusion is never in the confirmation.
    expect(dmBlocks).not.toContain("UMEN000002");
    await t.fake.waitFor(() => t.fake.homes.has("UEXE000002"), "home published");
  });

  it("lists every program topic with DigComp-style levels and the consent text", async () => {
    const questionnaire = await chooseRole("UEXE000001", await openJoin("UEXE000001"), "mentee");
    const text = JSON.stringify(questionnaire);
    expect(text).toContain("Prompting 101");
    expect(text).toContain("5 · Highly specialised");
    expect(text).toContain("DigComp");
    expect(text).toContain("Nobody sees the people you must not be paired with");
    const blockIds = (questionnaire.blocks as { block_id?: string }[]).map((b) => b.block_id);
    for (const topic of TOPICS) expect(blockIds).toContain(rating(topic));
    expect(blockIds).not.toContain(q.background);
  });

  it("`join mentor` goes straight to the questionnaire; running join again edits the sign-up, prefilled", async () => {
    const direct = await openJoin("UMEN000001", "join mentor");
    expect(direct.callback_id).toBe(ids.signup.questionnaire);
    // the modal opens first (the trigger_id expires in 3 s), the draft row is written right after
    await t.fake.waitFor(() => rowOf("UMEN000001")[0]?.status === "draft", "the draft sign-up");
    await (await submit("UMEN000001", direct, mentorAnswers())).waitForDm();

    const edit = await openJoin("UMEN000001");
    expect(edit.callback_id).toBe(ids.signup.questionnaire);
    const blocks = edit.blocks as { block_id?: string; element?: Record<string, unknown> }[];
    const el = (id: string) => blocks.find((b) => b.block_id === id)?.element;
    expect(el(q.department)?.initial_value).toBe("Marketing");
    // shown back by its name in the reader's language
    expect(el(q.otherLanguages)?.initial_value).toBe("French");
    expect(el(rating("ai_tools"))?.initial_option).toMatchObject({ value: "5" });
    expect((edit.submit as { text: string }).text).toBe("Save changes");

    const { waitForDm } = await submit("UMEN000001", edit, mentorAnswers({ [q.department]: "Data Science" }));
    await waitForDm();
    const rows = rowOf("UMEN000001");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.department).toBe("Data Science");
    expect(rows[0]?.status).toBe("complete");
    expect(t.fake.dmsTo("UMEN000001").at(-1)?.text).toContain("are saved");
    expect(ratingsOf(rows[0]?.id ?? 0)).toHaveLength(3);
  });

  it("switching role before matching replaces the answers", async () => {
    await signUp("UMEN000001", "mentor", mentorAnswers());
    const view = await openJoin("UMEN000001", "join mentee");
    expect(JSON.stringify(view.blocks)).toContain("switching from");
    await (await submit("UMEN000001", view, menteeAnswers())).waitForDm();
    const rows = rowOf("UMEN000001");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      role: "mentee",
      background: null,
      hopeToLearn: null,
      status: "complete",
    });
    expect(t.fake.dmsTo("UMEN000001").at(-1)?.text).toContain("now signed up");
  });

  it("shows invalid answers inline and stores nothing", async () => {
    const questionnaire = await chooseRole("UMEN000001", await openJoin("UMEN000001"), "mentor");
    const res = await t.slack.viewSubmission(
      "UMEN000001",
      questionnaire,
      mentorAnswers({
        [q.department]: "   ",
        [q.excluded]: ["UMEN000001"],
        [q.languages]: [],
        [q.otherLanguages]: "",
        [q.consent]: [],
        [rating("ai_tools")]: null,
      }),
    );
    const body = res.json();
    expect(body.response_action).toBe("errors");
    expect(body.errors).toEqual({
      [q.department]: "Please fill this in.",
      [q.excluded]: "You can't exclude yourself.",
      [q.languages]: "Please choose at least one language (or type one below).",
      [q.consent]: "We can only use your sign-up with your consent.",
      [rating("ai_tools")]: "Please choose a level for this topic.",
    });
    const [row] = rowOf("UMEN000001");
    expect(row).toMatchObject({ status: "draft", department: null, consent: false });
    expect(ratingsOf(row?.id ?? 0)).toHaveLength(0);
    expect(t.fake.dmsTo("UMEN000001")).toHaveLength(0);
  });

  it("says clearly that sign-up is closed, but lets a finished sign-up be edited", async () => {
    await signUp("UMEN000001", "mentor", mentorAnswers());
    t.db.update(programs).set({ signupOpen: false }).where(eq(programs.id, programId)).run();
    t.setNow("2030-03-20T09:00:00Z");

    await t.slack.command("UEXE000001", "join mentee");
    await t.fake.waitForCall("response_url");
    const reply = t.fake.responses().at(-1);
    expect(reply?.response_type).toBe("ephemeral");
    expect(reply?.text).toContain("is closed (the deadline was 15 March 2030)");
    expect(rowOf("UEXE000001")).toHaveLength(0);

    // From the App Home there is no conversation to answer in: a small modal says it.
    await t.slack.blockAction(
      "UEXE000001",
      { action_id: ids.signup.join },
      { view: { id: "VHOME", type: "home" } },
    );
    await t.fake.waitFor(() => JSON.stringify(lastOpenedView()).includes("is closed"), "closed modal");

    const edit = await openJoin("UMEN000001");
    expect(edit.callback_id).toBe(ids.signup.questionnaire);
    await (await submit("UMEN000001", edit, mentorAnswers({ [q.department]: "IT" }))).waitForDm();
    expect(rowOf("UMEN000001")[0]?.department).toBe("IT");
    expect(JSON.stringify(t.fake.dmsTo("UMEN000001").at(-1)?.blocks)).toContain("forming the tandems now");
  });

  it("treats sign-up as closed after the deadline even if nobody closed it", async () => {
    t.setNow("2030-03-16T08:00:00Z");
    await t.slack.command("UEXE000001", "join");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses().at(-1)?.text).toContain("the deadline was 15 March 2030");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);
  });

  it("says something went wrong when the modal cannot be opened", async () => {
    t.fake.on("views.open", () => ({ ok: false, error: "expired_trigger_id" }));
    await t.slack.command("UEXE000001", "join");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses().at(-1)?.text).toContain("Something went wrong");
    expect(rowOf("UEXE000001")).toHaveLength(0);
  });

  it("refuses changes once matched", async () => {
    await signUp("UMEN000001", "mentor", mentorAnswers());
    t.db.update(participants).set({ status: "matched" }).where(eq(participants.userId, "UMEN000001")).run();
    const opened = t.fake.callsTo("views.open").length;
    await t.slack.command("UMEN000001", "join");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses().at(-1)?.text).toContain("already in a tandem");
    expect(t.fake.callsTo("views.open")).toHaveLength(opened);
  });

  it("the Join button with a role opens that questionnaire", async () => {
    await t.slack.blockAction(
      "UEXE000001",
      { action_id: ids.signup.join, value: "mentee" },
      { channelId: "C0ANNOUNCE", message: { type: "message", ts: "1700000000.000001", text: "Join!" } },
    );
    await t.fake.waitForCall("views.open");
    const view = lastOpenedView();
    expect(view.callback_id).toBe(ids.signup.questionnaire);
    expect((view.title as { text: string }).text).toBe("Sign up as executive");
    await t.fake.waitFor(() => rowOf("UEXE000001")[0]?.status === "draft", "draft row");
  });

  it("shows one's own answers escaped: user text cannot ping", async () => {
    await signUp(
      "UMEN000001",
      "mentor",
      mentorAnswers({ [q.department]: "<!channel> & friends", [q.excluded]: ["UEXE000001"] }),
    );
    await t.slack.command("UMEN000001", "profile");
    await t.fake.waitForCall("response_url");
    const reply = t.fake.responses().at(-1);
    expect(reply?.response_type).toBe("ephemeral");
    const text = JSON.stringify(reply?.blocks);
    expect(text).toContain("&lt;!channel&gt; &amp; friends");
    expect(text).not.toContain("<!channel>");
    expect(text).toContain("Signed up, waiting for matching");
    expect(text).toContain("Prompting 101: 3 · Intermediate");
    expect(text).not.toContain("UEXE000001");
    expect(text).toContain(ids.signup.join);
    expect(text).toContain(ids.signup.leave);
  });

  it("profile and leave help someone who is not signed up", async () => {
    await t.slack.command("UEXE000002", "profile");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses().at(-1)?.text).toContain("haven't signed up");
    await t.slack.command("UEXE000002", "leave");
    await t.fake.waitForCall("response_url", 2);
    expect(t.fake.responses().at(-1)?.text).toContain("nothing to withdraw");
  });

  it("leave asks first, then withdraws, confirms by DM, and one may join again", async () => {
    await signUp("UEXE000001", "mentee", menteeAnswers());
    await t.slack.command("UEXE000001", "leave");
    await t.fake.waitForCall("response_url");
    const confirm = t.fake.responses().at(-1);
    const buttons = JSON.stringify(confirm?.blocks);
    expect(buttons).toContain('"style":"danger"');
    expect(rowOf("UEXE000001")[0]?.status).toBe("complete");

    const dms = t.fake.dmsTo("UEXE000001").length;
    await t.slack.blockAction(
      "UEXE000001",
      { action_id: ids.signup.leave, value: "confirm" },
      { channelId: "C0GENERAL", message: { type: "message", ts: "1700000000.000002", text: "x" } },
    );
    await t.fake.waitFor(() => t.fake.dmsTo("UEXE000001").length > dms, "withdrawal DM");
    await t.fake.waitFor(() => publishesTo("UEXE000001") >= 2, "home republished");
    const [row] = rowOf("UEXE000001");
    expect(row?.status).toBe("withdrawn");
    expect(row?.withdrawnAt).toBe("2030-03-01T09:00:00.000Z");
    expect(t.fake.dmsTo("UEXE000001").at(-1)?.text).toContain("withdrawn from *Digital Tandem 2030*");
    expect(t.fake.responses().at(-1)).toMatchObject({ replace_original: true });

    // A withdrawn person may join again; still one row.
    await signUp("UEXE000001", "mentee", menteeAnswers());
    expect(rowOf("UEXE000001")).toHaveLength(1);
    expect(rowOf("UEXE000001")[0]?.status).toBe("complete");
  });

  it("the Leave button on the App Home asks in a modal", async () => {
    await signUp("UMEN000002", "mentor", mentorAnswers());
    await t.slack.blockAction(
      "UMEN000002",
      { action_id: ids.signup.leave },
      { view: { id: "VHOME", type: "home" } },
    );
    await t.fake.waitFor(() => lastOpenedView().callback_id === ids.signup.leaveModal, "leave modal");
    expect(rowOf("UMEN000002")[0]?.status).toBe("complete");
    const res = await t.slack.viewSubmission("UMEN000002", lastOpenedView(), {});
    expect(res.body).toBe("");
    await t.fake.waitFor(() => rowOf("UMEN000002")[0]?.status === "withdrawn", "withdrawn");
    await t.fake.waitFor(() => publishesTo("UMEN000002") >= 2, "home republished");
    // The confirmation goes through the outbox: it arrives after the answer.
    await t.fake.waitFor(() => t.fake.dmsTo("UMEN000002").length === 2, "withdrawal DM");
    expect(t.fake.dmsTo("UMEN000002").at(-1)?.text).toContain("withdrawn");
  });

  it("speaks German to a de-DE user", async () => {
    const roleView = await openJoin("UDEU000001");
    expect((roleView.title as { text: string }).text).toBe("Bei Tandem mitmachen");
    const questionnaire = await chooseRole("UDEU000001", roleView, "mentee");
    expect(JSON.stringify(questionnaire)).toContain("Selbsteinschätzung");
    expect(JSON.stringify(questionnaire)).toContain("4 · Sehr fortgeschritten");
    const bad = await t.slack.viewSubmission("UDEU000001", questionnaire, menteeAnswers({ [q.consent]: [] }));
    expect(bad.json().errors).toEqual({
      [q.consent]: "Wir können deine Anmeldung nur mit deiner Einwilligung nutzen.",
    });
    await (await submit("UDEU000001", questionnaire, menteeAnswers())).waitForDm();
    const dm = t.fake.dmsTo("UDEU000001").at(-1);
    expect(dm?.text).toContain("Du bist für *Digital Tandem 2030* als *Führungskraft (Mentee)* angemeldet");
    expect(JSON.stringify(dm?.blocks)).toContain("15. März 2030");
  });

  it("confirms one submitted questionnaire once, through the outbox, even when the request comes twice", async () => {
    const questionnaire = await chooseRole("UMEN000001", await openJoin("UMEN000001"), "mentor");
    await (await submit("UMEN000001", questionnaire, mentorAnswers())).waitForDm();
    const again = await t.slack.viewSubmission("UMEN000001", questionnaire, mentorAnswers());
    expect(again.status).toBe(200);
    await t.fake.waitFor(() => t.outbox.isIdle(), "the outbox to be idle");
    const ops = t.db
      .select()
      .from(slackOps)
      .where(eq(slackOps.batch, `signup:${programId}`))
      .all();
    expect(ops.map((o) => [o.kind, o.status])).toEqual([["dm.post", "done"]]);
    expect(t.fake.dmsTo("UMEN000001")).toHaveLength(1);
  });
});
