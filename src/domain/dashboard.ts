import { hideSmall, K_MIN, type SmallCount } from "./steering/stats";
import type { ParticipantStatus, Role } from "./types";

/**
 * The program manager's dashboard, as numbers: sign-ups per role and department, who has not
 * finished the questionnaire, and topic demand (executives' weakest topics) against supply
 * (mentors' strongest). Withdrawn people are never counted.
 *
 * Aggregates over fewer than three people are never shown (K_MIN, as in the steering reports;
 * docs/privacy.md):
 * - Departments: a department (or the group who gave none) of fewer than K_MIN people is counted
 *   in one "other departments" row. Were that row 1 or 2 while other rows are shown, the total minus
 *   the rows shown would give it away, so the smallest shown row joins it (not suppressSmallCells'
 *   second hidden cell: on a dashboard a named department of five shown as "<3" would be false).
 *   The row is hidden (null, "<3") only when there is no row to join it, that is when at most two
 *   people signed up at all, which the totals show anyway. Per department only people are
 *   counted, not complete / draft: a split such as "4 complete · 1 in progress" points at the one
 *   person, and any split hidden on its own would come back as the total's split minus the others.
 * - Topics: demand and supply of one or two people are hidden (hideSmall); they are not parts of a
 *   shown total, so nothing else needs hiding. The shortfall flag tells no more than the two
 *   figures: it is not raised when both are hidden, where "demand > supply" would single out
 *   2 against 1 from the other three pairs (1–1, 1–2, 2–2). In every other case the figures shown
 *   already decide it (a hidden figure is 1 or 2, never 0).
 * - Operational, shown exactly: the sign-ups per role and in total, and the people whose
 *   questionnaire is still a draft, by name, since a manager has to chase them and sees everyone's
 *   sign-up by name anyway.
 */

export interface DashboardPerson {
  participantId: number;
  userId: string;
  role: Role;
  status: ParticipantStatus;
  department: string | null;
}

export interface DashboardRating {
  participantId: number;
  topic: string;
  level: number;
}

export interface Tally {
  /** finished the questionnaire: complete, waiting or matched */
  complete: number;
  draft: number;
}

export interface DepartmentCount {
  /** as the first person wrote it, trimmed; null: the people who gave none */
  department: string | null;
  /** people signed up, complete or draft: always K_MIN or more */
  people: number;
}

/** The departments of fewer than K_MIN people each, counted together (with the smallest other if needed). */
export interface OtherDepartments {
  /** null: one or two people ("<3") */
  people: SmallCount;
}

export interface TopicBalance {
  topic: string;
  /** executives rating themselves 1–2; null: one or two */
  demand: SmallCount;
  /** mentors rating themselves 4–5; null: one or two */
  supply: SmallCount;
  /** demand exceeds supply, decided by the figures shown (see above) */
  shortfall: boolean;
}

export interface Dashboard {
  /** operational: shown exactly */
  total: Tally;
  /** operational: shown exactly */
  byRole: Record<Role, Tally>;
  /** departments of K_MIN people or more, largest first, the people without one last */
  byDepartment: DepartmentCount[];
  /** the rest, counted together; null when there is no rest */
  otherDepartments: OtherDepartments | null;
  /** user ids of people whose questionnaire is still a draft, in sign-up order (operational) */
  unfinished: string[];
  topics: TopicBalance[];
}

export const DEMAND_MAX_LEVEL = 2;
export const SUPPLY_MIN_LEVEL = 4;

function emptyTally(): Tally {
  return { complete: 0, draft: 0 };
}

function add(tally: Tally, status: ParticipantStatus): void {
  if (status === "draft") tally.draft += 1;
  else tally.complete += 1;
}

/** Departments are free text: "Sales", " sales " and "SALES" are one department. */
export function departmentKey(department: string | null): string | null {
  const cleaned = (department ?? "").trim().replace(/\s+/g, " ");
  return cleaned === "" ? null : cleaned.toLocaleLowerCase();
}

export function buildDashboard(input: {
  topics: readonly string[];
  people: readonly DashboardPerson[];
  ratings: readonly DashboardRating[];
}): Dashboard {
  const people = input.people.filter((p) => p.status !== "withdrawn");
  const total = emptyTally();
  const byRole: Record<Role, Tally> = { mentor: emptyTally(), mentee: emptyTally() };
  const departments = new Map<string | null, DepartmentCount>();
  for (const p of people) {
    add(total, p.status);
    add(byRole[p.role], p.status);
    const key = departmentKey(p.department);
    let count = departments.get(key);
    if (!count) {
      count = {
        department: key === null ? null : (p.department ?? "").trim().replace(/\s+/g, " "),
        people: 0,
      };
      departments.set(key, count);
    }
    count.people += 1;
  }
  const { shown, other } = foldSmallDepartments([...departments.values()]);

  const roleOf = new Map(people.map((p) => [p.participantId, p.role]));
  const topics = input.topics.map((topic) => {
    let demand = 0;
    let supply = 0;
    for (const r of input.ratings) {
      if (r.topic !== topic) continue;
      const role = roleOf.get(r.participantId);
      if (role === "mentee" && r.level <= DEMAND_MAX_LEVEL) demand += 1;
      if (role === "mentor" && r.level >= SUPPLY_MIN_LEVEL) supply += 1;
    }
    return balance(topic, demand, supply);
  });

  return {
    total,
    byRole,
    byDepartment: shown,
    otherDepartments: other === 0 ? null : { people: hideSmall(other) },
    unfinished: people.filter((p) => p.status === "draft").map((p) => p.userId),
    topics,
  };
}

/** Largest first, then by name; the people who gave no department last. */
function byDisplayOrder(a: DepartmentCount, b: DepartmentCount): number {
  if (a.department === null) return 1;
  if (b.department === null) return -1;
  const diff = b.people - a.people;
  return diff !== 0 ? diff : a.department.localeCompare(b.department);
}

/**
 * Departments of fewer than K_MIN people go into one count; when that count is 1 or 2 and other
 * rows are shown, the smallest of them (the last shown, on a tie) joins it, so that the total minus
 * the rows shown cannot give it away. One row is enough: it has K_MIN people or more.
 */
export function foldSmallDepartments(departments: readonly DepartmentCount[]): {
  shown: DepartmentCount[];
  other: number;
} {
  const shown = departments.filter((d) => d.people >= K_MIN).sort(byDisplayOrder);
  let other = departments.filter((d) => d.people < K_MIN).reduce((sum, d) => sum + d.people, 0);
  if (other > 0 && hideSmall(other) === null && shown.length > 0) {
    const fewest = Math.min(...shown.map((d) => d.people));
    const joining = shown.findLastIndex((d) => d.people === fewest);
    other += shown[joining]?.people ?? 0;
    shown.splice(joining, 1);
  }
  return { shown, other };
}

/** A topic's demand and supply, hidden where one or two people; the flag from the figures shown. */
export function balance(topic: string, demand: number, supply: number): TopicBalance {
  const shownDemand = hideSmall(demand);
  const shownSupply = hideSmall(supply);
  const bothHidden = shownDemand === null && shownSupply === null;
  return { topic, demand: shownDemand, supply: shownSupply, shortfall: demand > supply && !bothHidden };
}

export { localDate } from "./dates";

/** Sign-up is open when the manager opened it and the deadline (inclusive) has not passed. */
export function signupIsOpen(
  program: { signupOpen: boolean; signupDeadline: string },
  today: string,
): boolean {
  return program.signupOpen && today <= program.signupDeadline;
}
