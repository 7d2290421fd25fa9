/**
 * A tandem's action plan: up to five goals, each with a topic, the goal itself, a sign of success,
 * a target date and a status. Pure validation of what the modal sent; "today" is passed in.
 */

export const MAX_GOALS = 5;
/** A plan starts with one goal row and grows with "Add a goal" up to three; older plans keep their five. */
export const NEW_PLAN_GOALS = 3;

/** The goal rows a plan modal shows: every stored goal's row, at least one, `wanted` if more. */
export function planRows(stored: readonly { position: number }[], wanted?: number): number {
  const used = Math.max(1, ...stored.map((g) => g.position));
  return Math.min(MAX_GOALS, Math.max(used, wanted ?? 1));
}

/** Whether "Add a goal" is offered for a modal showing `rows` rows. */
export function canAddGoal(rows: number): boolean {
  return rows < NEW_PLAN_GOALS;
}
export const POSITIONS = [1, 2, 3, 4, 5] as const;
export const GOAL_MAX_LENGTH = 300;
export const SUCCESS_MAX_LENGTH = 300;

export const GOAL_STATUSES = ["open", "in_progress", "done"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface PlanGoal {
  position: number;
  topic: string | null;
  goal: string;
  successSign: string | null;
  targetDate: string | null;
  status: GoalStatus;
}

/** One row of the modal as submitted; null when left empty. */
export interface PlanRowForm {
  position: number;
  topic: string | null;
  goal: string | null;
  successSign: string | null;
  targetDate: string | null;
  status: string | null;
}

export type PlanField = "topic" | "goal" | "successSign" | "targetDate" | "status";

export interface PlanIssue {
  position: number;
  field: PlanField;
  code:
    | "no_goals"
    | "goal_required"
    | "too_long"
    | "date_past"
    | "date_after_program"
    | "invalid_topic"
    | "invalid_status"
    | "invalid_date";
  params?: Record<string, string | number>;
}

export type PlanResult = { ok: true; goals: PlanGoal[] } | { ok: false; issues: PlanIssue[] };

export interface PlanRules {
  /** today in the program's time zone, YYYY-MM-DD */
  today: string;
  /** the program's last day; target dates must not lie after it */
  programEnd: string;
  /** topic keys that may be chosen */
  topics: readonly string[];
  /** the plan as stored: a target date that has passed may stay as it was (a goal done late) */
  stored?: readonly PlanGoal[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function clean(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function isStatus(value: string): value is GoalStatus {
  return (GOAL_STATUSES as readonly string[]).includes(value);
}

/**
 * A row counts as filled when any of topic, goal, sign of success or target date is given (the status
 * select always has a value, so it does not count). Every filled row needs a goal; at least one goal.
 */
export function validatePlan(rows: readonly PlanRowForm[], rules: PlanRules): PlanResult {
  const issues: PlanIssue[] = [];
  const goals: PlanGoal[] = [];
  for (const row of rows) {
    const topic = clean(row.topic);
    const goal = clean(row.goal);
    const successSign = clean(row.successSign);
    const targetDate = clean(row.targetDate);
    if (!topic && !goal && !successSign && !targetDate) continue;
    const position = row.position;
    const before = issues.length;
    if (!goal) issues.push({ position, field: "goal", code: "goal_required" });
    else if (goal.length > GOAL_MAX_LENGTH)
      issues.push({ position, field: "goal", code: "too_long", params: { max: GOAL_MAX_LENGTH } });
    if (successSign && successSign.length > SUCCESS_MAX_LENGTH)
      issues.push({ position, field: "successSign", code: "too_long", params: { max: SUCCESS_MAX_LENGTH } });
    if (topic && !rules.topics.includes(topic))
      issues.push({ position, field: "topic", code: "invalid_topic" });
    if (targetDate) {
      if (!DATE.test(targetDate)) issues.push({ position, field: "targetDate", code: "invalid_date" });
      else if (targetDate < rules.today && !keepsStoredDate(rules, position, targetDate))
        issues.push({ position, field: "targetDate", code: "date_past", params: { today: rules.today } });
      else if (targetDate > rules.programEnd)
        issues.push({
          position,
          field: "targetDate",
          code: "date_after_program",
          params: { end: rules.programEnd },
        });
    }
    const status = clean(row.status) ?? "open";
    if (!isStatus(status)) issues.push({ position, field: "status", code: "invalid_status" });
    if (issues.length === before && goal && isStatus(status)) {
      goals.push({ position, topic, goal, successSign, targetDate, status });
    }
  }
  if (issues.length === 0 && goals.length === 0) {
    issues.push({ position: rows[0]?.position ?? 1, field: "goal", code: "no_goals" });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, goals: goals.sort((a, b) => a.position - b.position) };
}

function keepsStoredDate(rules: PlanRules, position: number, date: string): boolean {
  return (rules.stored ?? []).some((g) => g.position === position && g.targetDate === date);
}

/** True when two plans say the same thing (a retried submission changes nothing). */
export function sameGoals(a: readonly PlanGoal[], b: readonly PlanGoal[]): boolean {
  if (a.length !== b.length) return false;
  const key = (g: PlanGoal) =>
    JSON.stringify([g.position, g.topic, g.goal, g.successSign, g.targetDate, g.status]);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((k, i) => k === right[i]);
}
