import type { PairReason, Role } from "../../db/schema";
import { type Candidate, menteeNeeds, type PairFit, pairFit, sharedLanguages, type TopicInfo } from "./score";
import { solveAssignment } from "./solver";

/**
 * Matching a whole cohort at once: hard constraints first (exclusions in either direction, program
 * managers' forbidden pairs, no shared language, mentor capacity), locked pairs kept, the rest an
 * assignment problem that pairs as many people as possible and, among those, maximizes total fit.
 */

export interface PairConstraint {
  mentorId: number;
  menteeId: number;
  kind: "lock" | "forbid";
}

export interface MatchInput {
  topics: TopicInfo[];
  /** mentees per mentor, at least 1 */
  mentorCapacity: number;
  mentors: Candidate[];
  mentees: Candidate[];
  constraints: PairConstraint[];
}

export interface ProposedPair {
  mentorId: number;
  menteeId: number;
  score: number;
  reasons: PairReason[];
  locked: boolean;
}

export interface UnmatchedPerson {
  participantId: number;
  role: Role;
  reason: PairReason;
}

export type LockProblem =
  | "unknown_participant"
  | "excluded"
  | "forbidden"
  | "no_shared_language"
  | "mentor_full"
  | "mentee_locked";

export interface MatchResult {
  pairs: ProposedPair[];
  unmatched: UnmatchedPerson[];
  totalScore: number;
  /** locks that can no longer hold (e.g. someone added an exclusion since), left out of the result */
  brokenLocks: { mentorId: number; menteeId: number; problem: LockProblem }[];
}

/** Why a pair may not be formed, or null when it may. */
export type PairBlock = "excluded" | "forbidden" | "no_shared_language";

const pairKey = (mentorId: number, menteeId: number) => `${mentorId}:${menteeId}`;

/** Hard constraints of one pair. Exclusions count in both directions and stay confidential. */
export function pairBlock(
  mentor: Candidate,
  mentee: Candidate,
  forbidden: ReadonlySet<string>,
): PairBlock | null {
  if (mentor.excludedUserIds.includes(mentee.userId) || mentee.excludedUserIds.includes(mentor.userId)) {
    return "excluded";
  }
  if (mentor.userId === mentee.userId) return "excluded";
  if (forbidden.has(pairKey(mentor.id, mentee.id))) return "forbidden";
  if (
    mentor.languages.length > 0 &&
    mentee.languages.length > 0 &&
    sharedLanguages(mentor, mentee).length === 0
  ) {
    return "no_shared_language";
  }
  return null;
}

function byId(a: Candidate, b: Candidate): number {
  return a.id - b.id;
}

function forbiddenSet(constraints: PairConstraint[]): Set<string> {
  return new Set(constraints.filter((c) => c.kind === "forbid").map((c) => pairKey(c.mentorId, c.menteeId)));
}

/**
 * Whether a program manager may lock this pair, given the constraints already in place. Locking a
 * mentee who is locked to someone else replaces that lock, so it is not a problem here.
 */
export function checkLock(input: MatchInput, mentorId: number, menteeId: number): LockProblem | null {
  const mentor = input.mentors.find((m) => m.id === mentorId);
  const mentee = input.mentees.find((m) => m.id === menteeId);
  if (!mentor || !mentee) return "unknown_participant";
  const others = input.constraints.filter((c) => !(c.mentorId === mentorId && c.menteeId === menteeId));
  const block = pairBlock(mentor, mentee, forbiddenSet(others));
  if (block) return block;
  const lockedToMentor = others.filter(
    (c) => c.kind === "lock" && c.mentorId === mentorId && c.menteeId !== menteeId,
  ).length;
  if (lockedToMentor >= Math.max(1, input.mentorCapacity)) return "mentor_full";
  return null;
}

export function computeMatching(input: MatchInput): MatchResult {
  const capacity = Math.max(1, Math.floor(input.mentorCapacity));
  const mentors = [...input.mentors].sort(byId);
  const mentees = [...input.mentees].sort(byId);
  const forbidden = forbiddenSet(input.constraints);
  const needs = new Map(mentees.map((e) => [e.id, menteeNeeds(e, input.topics)]));

  const fits = new Map<string, PairFit>();
  const fitOf = (mentor: Candidate, mentee: Candidate): PairFit => {
    const key = pairKey(mentor.id, mentee.id);
    let fit = fits.get(key);
    if (!fit) {
      fit = pairFit(mentor, mentee, needs.get(mentee.id) ?? []);
      fits.set(key, fit);
    }
    return fit;
  };

  // Locked pairs, in a fixed order; each must still satisfy every hard constraint.
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const used = new Map<number, number>();
  const lockedMentees = new Set<number>();
  const pairs: ProposedPair[] = [];
  const brokenLocks: MatchResult["brokenLocks"] = [];
  const locks = input.constraints
    .filter((c) => c.kind === "lock")
    .sort((a, b) => a.menteeId - b.menteeId || a.mentorId - b.mentorId);
  for (const lock of locks) {
    const mentor = mentorById.get(lock.mentorId);
    const mentee = menteeById.get(lock.menteeId);
    let problem: LockProblem | null = null;
    if (!mentor || !mentee) problem = "unknown_participant";
    else if (lockedMentees.has(mentee.id)) problem = "mentee_locked";
    else if ((used.get(mentor.id) ?? 0) >= capacity) problem = "mentor_full";
    else problem = pairBlock(mentor, mentee, forbidden);
    if (problem || !mentor || !mentee) {
      brokenLocks.push({
        mentorId: lock.mentorId,
        menteeId: lock.menteeId,
        problem: problem ?? "unknown_participant",
      });
      continue;
    }
    used.set(mentor.id, (used.get(mentor.id) ?? 0) + 1);
    lockedMentees.add(mentee.id);
    const fit = fitOf(mentor, mentee);
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: fit.score,
      reasons: fit.reasons,
      locked: true,
    });
  }

  // Everyone else: mentees as rows, each mentor's free capacity as that many identical columns.
  const rows = mentees.filter((e) => !lockedMentees.has(e.id));
  const slots: Candidate[] = [];
  for (const mentor of mentors) {
    for (let k = used.get(mentor.id) ?? 0; k < capacity; k++) slots.push(mentor);
  }
  const score = new Float64Array(rows.length * slots.length);
  const allowed = new Uint8Array(rows.length * slots.length);
  rows.forEach((mentee, r) => {
    slots.forEach((mentor, c) => {
      if (pairBlock(mentor, mentee, forbidden)) return;
      allowed[r * slots.length + c] = 1;
      score[r * slots.length + c] = fitOf(mentor, mentee).score;
    });
  });
  const solution = solveAssignment({ rows: rows.length, cols: slots.length, score, allowed });
  rows.forEach((mentee, r) => {
    const mentor = slots[solution.rowToCol[r] ?? -1];
    if (!mentor) return;
    const fit = fitOf(mentor, mentee);
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: fit.score,
      reasons: fit.reasons,
      locked: false,
    });
  });
  pairs.sort((a, b) => a.mentorId - b.mentorId || a.menteeId - b.menteeId);

  const unmatched = explainUnmatched(mentors, mentees, pairs, forbidden);
  const totalScore = Math.round(pairs.reduce((sum, p) => sum + p.score, 0) * 10000) / 10000;
  return { pairs, unmatched, totalScore, brokenLocks };
}

/** The reason for each person left without a partner, in words the waiting list can be told. */
function explainUnmatched(
  mentors: Candidate[],
  mentees: Candidate[],
  pairs: ProposedPair[],
  forbidden: ReadonlySet<string>,
): UnmatchedPerson[] {
  const pairedMentors = new Set(pairs.map((p) => p.mentorId));
  const pairedMentees = new Set(pairs.map((p) => p.menteeId));
  const out: UnmatchedPerson[] = [];
  const reasonFor = (role: Role, blocks: (PairBlock | null)[]): PairReason => {
    if (blocks.length === 0) {
      return {
        key: role === "mentee" ? "matching.unmatched.no_mentors" : "matching.unmatched.no_mentees",
        params: {},
      };
    }
    if (blocks.some((b) => b === null)) {
      return {
        key: role === "mentee" ? "matching.unmatched.no_capacity" : "matching.unmatched.all_mentees_paired",
        params: {},
      };
    }
    if (blocks.every((b) => b === "no_shared_language")) {
      return { key: "matching.unmatched.no_shared_language", params: {} };
    }
    return { key: "matching.unmatched.only_forbidden", params: {} };
  };
  for (const mentee of mentees) {
    if (pairedMentees.has(mentee.id)) continue;
    const blocks = mentors.map((m) => pairBlock(m, mentee, forbidden));
    out.push({ participantId: mentee.id, role: "mentee", reason: reasonFor("mentee", blocks) });
  }
  for (const mentor of mentors) {
    if (pairedMentors.has(mentor.id)) continue;
    const blocks = mentees.map((e) => pairBlock(mentor, e, forbidden));
    out.push({ participantId: mentor.id, role: "mentor", reason: reasonFor("mentor", blocks) });
  }
  return out;
}
