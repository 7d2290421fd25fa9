import { describe, expect, it } from "vitest";
import { type PlanGoal, type PlanRowForm, sameGoals, validatePlan } from "../../src/domain/plan";
import { translator } from "../../src/i18n";
import { ids } from "../../src/slack/ids";
import { buildTandemWelcome } from "../../src/slack/views/launchMessages";
import {
  buildPlanMessage,
  buildPlanModal,
  planErrorsByBlock,
  readPlanForm,
} from "../../src/slack/views/rhythmPlan";

const rules = { today: "2026-04-10", programEnd: "2026-09-30", topics: ["ai_tools", "social_media"] };

function row(position: number, r: Partial<PlanRowForm> = {}): PlanRowForm {
  return { position, topic: null, goal: null, successSign: null, targetDate: null, status: "open", ...r };
}

function rows(...filled: PlanRowForm[]): PlanRowForm[] {
  return [1, 2, 3, 4, 5].map((p) => filled.find((r) => r.position === p) ?? row(p));
}

describe("validatePlan", () => {
  it("needs at least one goal", () => {
    const result = validatePlan(rows(), rules);
    expect(result).toEqual({ ok: false, issues: [{ position: 1, field: "goal", code: "no_goals" }] });
  });

  it("accepts goals in any rows, keeps their positions and ignores the status of empty rows", () => {
    const result = validatePlan(
      rows(
        row(2, { goal: "  Use Teams channels  ", topic: "social_media", targetDate: "2026-05-01" }),
        row(4, { goal: "Prompt an assistant", status: "in_progress", successSign: "writes own prompts" }),
        row(5, { status: "done" }),
      ),
      rules,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.goals).toEqual([
      {
        position: 2,
        topic: "social_media",
        goal: "Use Teams channels",
        successSign: null,
        targetDate: "2026-05-01",
        status: "open",
      },
      {
        position: 4,
        topic: null,
        goal: "Prompt an assistant",
        successSign: "writes own prompts",
        targetDate: null,
        status: "in_progress",
      },
    ]);
  });

  it("asks for the goal in every row that has other details", () => {
    const result = validatePlan(
      rows(row(1, { goal: "ok" }), row(3, { successSign: "something" }), row(5, { topic: "ai_tools" })),
      rules,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.position, i.field, i.code])).toEqual([
      [3, "goal", "goal_required"],
      [5, "goal", "goal_required"],
    ]);
  });

  it("refuses target dates before today or after the program, unless a past date stays as stored", () => {
    const past = validatePlan(rows(row(1, { goal: "g", targetDate: "2026-04-09" })), rules);
    expect(past.ok || past.issues[0]?.code).toBe("date_past");
    const late = validatePlan(rows(row(1, { goal: "g", targetDate: "2026-10-01" })), rules);
    expect(late.ok || late.issues[0]?.code).toBe("date_after_program");
    expect(validatePlan(rows(row(1, { goal: "g", targetDate: "2026-04-10" })), rules).ok).toBe(true);
    const stored: PlanGoal[] = [
      { position: 1, topic: null, goal: "g", successSign: null, targetDate: "2026-03-01", status: "open" },
    ];
    const kept = validatePlan(rows(row(1, { goal: "g", targetDate: "2026-03-01", status: "done" })), {
      ...rules,
      stored,
    });
    expect(kept.ok).toBe(true);
    const moved = validatePlan(rows(row(1, { goal: "g", targetDate: "2026-03-02" })), { ...rules, stored });
    expect(moved.ok).toBe(false);
  });

  it("refuses forged topics, statuses and over-long text", () => {
    const result = validatePlan(
      rows(
        row(1, { goal: "g", topic: "custom:nope" }),
        row(2, { goal: "g", status: "finished" }),
        row(3, { goal: "x".repeat(301) }),
      ),
      rules,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual(["invalid_topic", "invalid_status", "too_long"]);
  });
});

describe("sameGoals", () => {
  const g: PlanGoal = {
    position: 1,
    topic: null,
    goal: "a",
    successSign: null,
    targetDate: null,
    status: "open",
  };
  it("compares content, not order", () => {
    const h = { ...g, position: 2, goal: "b" };
    expect(sameGoals([g, h], [h, g])).toBe(true);
    expect(sameGoals([g], [{ ...g, status: "done" }])).toBe(false);
    expect(sameGoals([g], [])).toBe(false);
  });
});

describe("plan builders", () => {
  const t = translator("en");
  const goals: PlanGoal[] = [
    {
      position: 1,
      topic: "ai_tools",
      goal: "<!channel> learn <https://evil.example|prompts> & more",
      successSign: "<@U999> says so",
      targetDate: "2026-06-01",
      status: "in_progress",
    },
  ];

  it("prefills the modal and reads it back by block id", () => {
    const view = buildPlanModal(t, {
      tandemId: 7,
      version: 3,
      goals,
      topics: ["ai_tools"],
      customTopics: {},
      programEnd: "2026-09-30",
    });
    expect(view.callback_id).toBe(ids.rhythm.planModal);
    expect(JSON.parse(view.private_metadata ?? "{}")).toEqual({ tandem: 7, v: 3, r: 1 });
    // One stored goal: its row (with its status), and "Add a goal" instead of four empty rows.
    const inputs = view.blocks.filter((b) => b.type === "input");
    expect(inputs.map((b) => b.block_id)).toEqual([
      "rhythm.plan.goal.1",
      "rhythm.plan.topic.1",
      "rhythm.plan.success.1",
      "rhythm.plan.target.1",
      "rhythm.plan.status.1",
    ]);
    expect(JSON.stringify(view.blocks)).toContain(ids.rhythm.planAddGoal);
    // An older plan with five goals keeps all five rows, and no more can be added.
    const five = buildPlanModal(t, {
      tandemId: 7,
      version: 3,
      goals: [1, 2, 3, 4, 5].map((position) => ({ ...goals[0], position }) as PlanGoal),
      topics: ["ai_tools"],
      customTopics: {},
      programEnd: "2026-09-30",
    });
    expect(five.blocks.filter((b) => b.type === "input")).toHaveLength(25);
    expect(JSON.stringify(five.blocks)).not.toContain(ids.rhythm.planAddGoal);
    const goal1 = inputs.find((b) => b.block_id === "rhythm.plan.goal.1");
    expect(JSON.stringify(goal1)).toContain("learn");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(view.title.text.length).toBeLessThanOrEqual(24);

    const values = {
      "rhythm.plan.goal.2": { "rhythm.plan.goal.2": { type: "plain_text_input", value: "x" } },
      "rhythm.plan.target.2": { "rhythm.plan.target.2": { type: "datepicker", selected_date: "2026-05-05" } },
    };
    const form = readPlanForm(values);
    expect(form[1]).toEqual({
      position: 2,
      topic: null,
      goal: "x",
      successSign: null,
      targetDate: "2026-05-05",
      status: null,
    });
  });

  it("puts errors beside the right inputs", () => {
    const errors = planErrorsByBlock(t, [
      { position: 3, field: "goal", code: "goal_required" },
      { position: 1, field: "targetDate", code: "date_after_program", params: { end: "2026-09-30" } },
    ]);
    expect(Object.keys(errors)).toEqual(["rhythm.plan.goal.3", "rhythm.plan.target.1"]);
    expect(errors["rhythm.plan.target.1"]).toContain("30 September 2026");
  });

  it("escapes what the tandem wrote in the posted plan", () => {
    const msg = buildPlanMessage(t, {
      mentorUserId: "UMENTOR001",
      menteeUserId: "UEXEC00001",
      goals,
      customTopics: {},
      updatedBy: "UMENTOR001",
      updatedOn: "2026-04-10",
    });
    const json = JSON.stringify(msg);
    expect(json).not.toContain("<!channel>");
    expect(json).not.toContain("<https://evil");
    expect(json).not.toContain("<@U999>");
    expect(json).toContain("&lt;!channel&gt;");
    expect(json).toContain("&amp; more");
    expect(json).toContain("<@UMENTOR001>");
    expect(json).toContain(ids.rhythm.planOpen);
    expect(msg.text).toContain("Action plan");
  });

  it("offers the plan from the tandem's welcome message", () => {
    const member = {
      userId: "UMENTOR001",
      name: "A",
      department: null,
      background: null,
      hopeToLearn: null,
      learningGoals: null,
      expectations: null,
      consent: false,
    };
    const welcome = buildTandemWelcome(t, {
      program: "P",
      mentor: member,
      mentee: { ...member, userId: "UEXEC00001" },
      reasons: [],
      customTopics: {},
    });
    expect(JSON.stringify(welcome.blocks)).toContain(`"action_id":"${ids.rhythm.planOpen}"`);
  });
});
