import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import {
  actionPlans,
  participants,
  planGoals,
  programs,
  type Role,
  slackOps,
  tandems,
} from "../../src/db/schema";
import { CONSENT_VERSION } from "../../src/domain/consent";
import { ids } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";

const MANAGER = "UPM0000001";
const MENTOR = "UMENTOR001";
const EXEC = "UEXEC00001";
const OTHER = "UOTHER0001";
const CHANNEL = "G0TANDEM01";

function seed(db: Db): { tandemId: number } {
  const { id: programId } = db
    .insert(programs)
    .values({
      name: "Digital Leadership 2026",
      topics: ["ai_tools", "social_media"],
      startDate: "2026-04-01",
      endDate: "2026-09-30",
      signupDeadline: "2026-03-01",
      language: "en",
      timezone: "Europe/Berlin",
      status: "running",
      createdBy: MANAGER,
    })
    .returning({ id: programs.id })
    .get();
  const person = (userId: string, role: Role) =>
    db
      .insert(participants)
      .values({ programId, userId, role, status: "matched", consent: true, consentVersion: CONSENT_VERSION })
      .returning({ id: participants.id })
      .get().id;
  const mentorId = person(MENTOR, "mentor");
  const menteeId = person(EXEC, "mentee");
  person(OTHER, "mentor");
  const { id: tandemId } = db
    .insert(tandems)
    .values({
      programId,
      mentorId,
      menteeId,
      channelId: CHANNEL,
      channelName: "tandem-a-b",
      status: "active",
    })
    .returning({ id: tandems.id })
    .get();
  return { tandemId };
}

describe("action plan through Slack's payloads", () => {
  let t: TestApp;
  let tandemId: number;
  beforeEach(async () => {
    t = await startTestApp({ now: "2026-04-10T10:00:00Z" });
    for (const id of [MANAGER, MENTOR, EXEC, OTHER]) t.fake.addUser({ id, locale: "en-US" });
    ({ tandemId } = seed(t.db));
    t.fake.addChannel({ id: CHANNEL, members: new Set([t.fake.botUserId, MENTOR, EXEC]) });
  });
  afterEach(async () => t.stop());

  async function openPlan(userId: string, n: number): Promise<Record<string, unknown>> {
    const res = await t.slack.command(userId, "plan", { channelId: CHANNEL });
    expect(res.status).toBe(200);
    await t.fake.waitForCall("views.open", n);
    const view = [...t.fake.views.values()].at(-1) as Record<string, unknown>;
    expect(view.callback_id).toBe(ids.rhythm.planModal);
    return view;
  }

  /** "Add a goal" inside the modal: the same modal (views.update) with one more goal row. */
  async function addGoal(userId: string, view: Record<string, unknown>): Promise<Record<string, unknown>> {
    const updates = t.fake.callsTo("views.update").length;
    await t.slack.blockAction(userId, { action_id: ids.rhythm.planAddGoal }, { view });
    await t.fake.waitForCall("views.update", updates + 1);
    return t.fake.views.get(String(view.id)) as Record<string, unknown>;
  }

  const goalInputs = (view: Record<string, unknown>) =>
    ((view.blocks ?? []) as { type: string; block_id?: string }[])
      .filter((b) => b.type === "input")
      .map((b) => b.block_id);

  const channelMessages = () => t.fake.messages.filter((m) => m.channel === CHANNEL);

  it("posts and pins the plan once, then updates the pinned message on every change", async () => {
    // A new plan starts with one goal (four inputs, no status yet) and grows with "Add a goal" to three.
    const first = await openPlan(MENTOR, 1);
    expect(goalInputs(first)).toEqual([
      "rhythm.plan.goal.1",
      "rhythm.plan.topic.1",
      "rhythm.plan.success.1",
      "rhythm.plan.target.1",
    ]);
    const two = await addGoal(MENTOR, first);
    const view = await addGoal(MENTOR, two);
    expect(goalInputs(view).filter((id) => id?.startsWith("rhythm.plan.goal."))).toEqual([
      "rhythm.plan.goal.1",
      "rhythm.plan.goal.2",
      "rhythm.plan.goal.3",
    ]);
    expect(JSON.stringify(view.blocks)).not.toContain(ids.rhythm.planAddGoal);
    const answers = {
      "rhythm.plan.goal.1": "Run a team channel <!channel>",
      "rhythm.plan.topic.1": "social_media",
      "rhythm.plan.success.1": "Posts weekly & answers <@U0BOSS>",
      "rhythm.plan.target.1": "2026-06-01",
      "rhythm.plan.goal.3": "Try an AI assistant",
    };
    const saved = await t.slack.viewSubmission(MENTOR, view, answers);
    expect(saved.status).toBe(200);
    expect(saved.body).toBe("");

    await t.fake.waitForCall("pins.add");
    await t.fake.waitFor(() => t.db.select().from(actionPlans).get()?.messageTs != null, "ts recorded");
    const posted = channelMessages();
    expect(posted).toHaveLength(1);
    const message = posted[0];
    expect(t.fake.pins).toEqual([{ channel: CHANNEL, ts: message?.ts }]);
    const text = JSON.stringify(message?.blocks);
    expect(text).toContain("Run a team channel &lt;!channel&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("<@U0BOSS>");
    expect(text).toContain("Try an AI assistant");
    const plan = t.db.select().from(actionPlans).get();
    expect(plan).toMatchObject({
      tandemId,
      channelId: CHANNEL,
      messageTs: message?.ts,
      version: 1,
      updatedBy: MENTOR,
    });
    const goals = t.db.select().from(planGoals).where(eq(planGoals.tandemId, tandemId)).all();
    expect(goals.map((g) => [g.position, g.goal, g.status])).toEqual([
      [1, "Run a team channel <!channel>", "open"],
      [3, "Try an AI assistant", "open"],
    ]);

    // Slack retries the same submission: nothing new is stored or sent.
    await t.slack.viewSubmission(MENTOR, view, answers);
    await new Promise((r) => setTimeout(r, 150));
    expect(t.db.select().from(actionPlans).get()?.version).toBe(1);
    expect(t.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(t.fake.callsTo("chat.update")).toHaveLength(0);

    // The executive opens it with the button in the channel: prefilled, and changes a status.
    expect(JSON.stringify(message?.blocks)).toContain(ids.rhythm.planAddGoal);
    await t.slack.blockAction(
      EXEC,
      { action_id: ids.rhythm.planOpen },
      { channelId: CHANNEL, message: { ts: message?.ts } },
    );
    await t.fake.waitForCall("views.open", 2);
    const second = [...t.fake.views.values()].at(-1) as Record<string, unknown>;
    expect(JSON.stringify(second)).toContain("Try an AI assistant");
    expect(goalInputs(second)).toContain("rhythm.plan.status.3");
    const edited = await t.slack.viewSubmission(EXEC, second, {
      ...answers,
      "rhythm.plan.status.3": "done",
    });
    expect(edited.body).toBe("");
    await t.fake.waitForCall("chat.update");
    await t.fake.waitFor(() => message?.updates === 1, "the pinned message updated");
    expect(channelMessages()).toHaveLength(1);
    expect(t.fake.callsTo("pins.add")).toHaveLength(1);
    expect(t.fake.callsTo("chat.update")[0]?.params.ts).toBe(message?.ts);
    expect(JSON.stringify(message?.blocks)).toContain("Done");
    expect(t.db.select().from(actionPlans).get()?.version).toBe(2);
    expect(
      t.db
        .select()
        .from(slackOps)
        .all()
        .map((o) => o.key)
        .sort(),
    ).toEqual([`plan:${tandemId}:pin`, `plan:${tandemId}:post`, `plan:${tandemId}:v2:update`]);

    // The first, now stale modal with other content is refused instead of overwriting the change.
    const stale = await t.slack.viewSubmission(MENTOR, view, { "rhythm.plan.goal.1": "Something else" });
    expect(stale.json().response_action).toBe("errors");
    expect(JSON.stringify(stale.json())).toContain("changed the plan");
  });

  it("shows inline errors and stores nothing when the plan is invalid", async () => {
    const first = await openPlan(EXEC, 1);
    const empty = await t.slack.viewSubmission(EXEC, first, {});
    expect(empty.json()).toMatchObject({ response_action: "errors" });
    expect(Object.keys(empty.json().errors as object)).toEqual(["rhythm.plan.goal.1"]);
    const view = await addGoal(EXEC, await addGoal(EXEC, first));
    const bad = await t.slack.viewSubmission(EXEC, view, {
      "rhythm.plan.success.2": "no goal here",
      "rhythm.plan.goal.3": "late",
      "rhythm.plan.target.3": "2026-04-09",
    });
    expect(Object.keys(bad.json().errors as object).sort()).toEqual([
      "rhythm.plan.goal.2",
      "rhythm.plan.target.3",
    ]);
    expect(t.db.select().from(actionPlans).all()).toHaveLength(0);
    expect(t.db.select().from(slackOps).all()).toHaveLength(0);
  });

  it("refuses people outside the tandem, at the command and at a forged submission", async () => {
    await t.slack.command(OTHER, "plan", { channelId: CHANNEL });
    await t.fake.waitForCall("response_url");
    expect(String(t.fake.responses()[0]?.text)).toContain("Only the two members");
    expect(t.fake.callsTo("views.open")).toHaveLength(0);

    const view = await openPlan(MENTOR, 1);
    const forged = await t.slack.viewSubmission(OTHER, view, { "rhythm.plan.goal.1": "hijack" });
    expect(forged.json().response_action).toBe("errors");
    expect(t.db.select().from(planGoals).all()).toHaveLength(0);

    // A program manager may open it.
    await t.slack.command(MANAGER, "plan", { channelId: CHANNEL });
    await t.fake.waitForCall("views.open", 2);
  });

  it("points to the tandem channel when typed elsewhere", async () => {
    await t.slack.command(MENTOR, "plan", { channelId: "C0GENERAL" });
    await t.fake.waitForCall("response_url");
    expect(String(t.fake.responses()[0]?.text)).toContain(`<#${CHANNEL}>`);
    await t.slack.command(OTHER, "plan", { channelId: "C0GENERAL" });
    await t.fake.waitForCall("response_url", 2);
    expect(String(t.fake.responses()[1]?.text)).toContain("tandem channel");
  });
});
