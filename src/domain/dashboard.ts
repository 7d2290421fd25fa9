import type { ParticipantStatus, Role } from "./types";

/**
 * The program manager's dashboard, as numbers: sign-ups per role and department, who has not
 * finished the questionnaire, and topic demand (executives' weakest topics) against supply
 * (mentors' strongest). Withdrawn people are never counted.
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

export interface DepartmentTally extends Tally {
  /** as the first person wrote it, trimmed; null when nobody gave one */
  department: string | null;
}

export interface TopicBalance {
  topic: string;
  /** executives rating themselves 1–2 */
  demand: number;
  /** mentors rating themselves 4–5 */
  supply: number;
  shortfall: boolean;
}

export interface Dashboard {
  total: Tally;
  byRole: Record<Role, Tally>;
  byDepartment: DepartmentTally[];
  /** user ids of people whose questionnaire is still a draft, in sign-up order */
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
  const departments = new Map<string | null, DepartmentTally>();
  for (const p of people) {
    add(total, p.status);
    add(byRole[p.role], p.status);
    const key = departmentKey(p.department);
    let tally = departments.get(key);
    if (!tally) {
      tally = {
        department: key === null ? null : (p.department ?? "").trim().replace(/\s+/g, " "),
        ...emptyTally(),
      };
      departments.set(key, tally);
    }
    add(tally, p.status);
  }
  const byDepartment = [...departments.values()].sort((a, b) => {
    if (a.department === null) return 1;
    if (b.department === null) return -1;
    const diff = b.complete + b.draft - (a.complete + a.draft);
    return diff !== 0 ? diff : a.department.localeCompare(b.department);
  });

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
    return { topic, demand, supply, shortfall: demand > supply };
  });

  return {
    total,
    byRole,
    byDepartment,
    unfinished: people.filter((p) => p.status === "draft").map((p) => p.userId),
    topics,
  };
}

export { localDate } from "./dates";

/** Sign-up is open when the manager opened it and the deadline (inclusive) has not passed. */
export function signupIsOpen(
  program: { signupOpen: boolean; signupDeadline: string },
  today: string,
): boolean {
  return program.signupOpen && today <= program.signupDeadline;
}
