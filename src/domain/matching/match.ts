import type { ConsentAsk } from "../consent";
import type { PairReason, Role } from "../types";
import {
  type Candidate,
  menteeNeeds,
  normalizeLanguage,
  pairReasons,
  pairScore,
  sharedLanguages,
  type TopicInfo,
} from "./score";
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
  /**
   * Signed up, but without consent to the current consent text (domain/consent.ts): never paired,
   * listed as unmatched with the reason so that the review shows everybody.
   */
  awaitingConsent?: AwaitingConsent[];
}

export interface AwaitingConsent {
  participantId: number;
  role: Role;
  ask: ConsentAsk;
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

const BLOCKS: (PairBlock | null)[] = [null, "excluded", "forbidden", "no_shared_language"];

/**
 * The hard constraints and fits of every mentor–executive pair, as flat matrices (executives × mentors),
 * computed once with prepared sets so that cohorts of a thousand per side stay fast.
 */
function pairMatrices(
  mentors: Candidate[],
  mentees: Candidate[],
  topics: TopicInfo[],
  forbidden: ReadonlySet<string>,
) {
  const langs = (c: Candidate) => new Set(c.languages.map(normalizeLanguage));
  const mentorLangs = mentors.map(langs);
  const mentorExcluded = mentors.map((m) => new Set(m.excludedUserIds));
  const block = new Uint8Array(mentees.length * mentors.length);
  const score = new Float64Array(mentees.length * mentors.length);
  const needs = mentees.map((e) => menteeNeeds(e, topics));
  mentees.forEach((mentee, r) => {
    const menteeLangs = langs(mentee);
    const menteeExcluded = new Set(mentee.excludedUserIds);
    const menteeNeed = needs[r] ?? [];
    mentors.forEach((mentor, c) => {
      const k = r * mentors.length + c;
      const theirLangs = mentorLangs[c] ?? new Set<string>();
      let shared = false;
      for (const l of menteeLangs) if (theirLangs.has(l)) shared = true;
      if (
        menteeExcluded.has(mentor.userId) ||
        mentorExcluded[c]?.has(mentee.userId) ||
        mentor.userId === mentee.userId
      ) {
        block[k] = 1;
      } else if (forbidden.has(pairKey(mentor.id, mentee.id))) {
        block[k] = 2;
      } else if (!shared && menteeLangs.size > 0 && theirLangs.size > 0) {
        block[k] = 3;
      } else {
        score[k] = pairScore(mentor, mentee, menteeNeed, shared);
      }
    });
  });
  return { block, score, needs };
}

export function computeMatching(input: MatchInput): MatchResult {
  const capacity = Math.max(1, Math.floor(input.mentorCapacity));
  const mentors = [...input.mentors].sort(byId);
  const mentees = [...input.mentees].sort(byId);
  const forbidden = forbiddenSet(input.constraints);
  const { block, score, needs } = pairMatrices(mentors, mentees, input.topics, forbidden);
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const width = mentors.length;
  const pairOf = (r: number, c: number, locked: boolean): ProposedPair | undefined => {
    const mentor = mentors[c];
    const mentee = mentees[r];
    if (!mentor || !mentee) return undefined;
    return {
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: score[r * width + c] ?? 0,
      reasons: pairReasons(mentor, mentee, needs[r] ?? []),
      locked,
    };
  };

  // Locked pairs, in a fixed order; each must still satisfy every hard constraint.
  const used = new Map<number, number>();
  const lockedMentees = new Set<number>();
  const pairs: ProposedPair[] = [];
  const brokenLocks: MatchResult["brokenLocks"] = [];
  const locks = input.constraints
    .filter((c) => c.kind === "lock")
    .sort((a, b) => a.menteeId - b.menteeId || a.mentorId - b.mentorId);
  for (const lock of locks) {
    const c = mentorIndex.get(lock.mentorId);
    const r = menteeIndex.get(lock.menteeId);
    let problem: LockProblem | null = null;
    if (c === undefined || r === undefined) problem = "unknown_participant";
    else if (lockedMentees.has(r)) problem = "mentee_locked";
    else if ((used.get(c) ?? 0) >= capacity) problem = "mentor_full";
    else problem = BLOCKS[block[r * width + c] ?? 0] ?? null;
    const pair = c !== undefined && r !== undefined && !problem ? pairOf(r, c, true) : undefined;
    if (problem || !pair || c === undefined || r === undefined) {
      brokenLocks.push({
        mentorId: lock.mentorId,
        menteeId: lock.menteeId,
        problem: problem ?? "unknown_participant",
      });
      continue;
    }
    used.set(c, (used.get(c) ?? 0) + 1);
    lockedMentees.add(r);
    pairs.push(pair);
  }

  // Everyone else: executives as rows, each mentor's free capacity as that many identical columns.
  const rows: number[] = [];
  mentees.forEach((_, r) => {
    if (!lockedMentees.has(r)) rows.push(r);
  });
  const slots: number[] = [];
  mentors.forEach((_, c) => {
    for (let k = used.get(c) ?? 0; k < capacity; k++) slots.push(c);
  });
  const slotScore = new Float64Array(rows.length * slots.length);
  const allowed = new Uint8Array(rows.length * slots.length);
  rows.forEach((r, i) => {
    slots.forEach((c, j) => {
      const k = r * width + c;
      if (block[k] !== 0) return;
      allowed[i * slots.length + j] = 1;
      slotScore[i * slots.length + j] = score[k] ?? 0;
    });
  });
  const solution = solveAssignment({ rows: rows.length, cols: slots.length, score: slotScore, allowed });
  rows.forEach((r, i) => {
    const c = slots[solution.rowToCol[i] ?? -1];
    const pair = c === undefined ? undefined : pairOf(r, c, false);
    if (pair) pairs.push(pair);
  });
  pairs.sort((a, b) => a.mentorId - b.mentorId || a.menteeId - b.menteeId);

  const unmatched = [
    ...explainUnmatched(mentors, mentees, pairs, block),
    ...(input.awaitingConsent ?? []).map(
      (a): UnmatchedPerson => ({
        participantId: a.participantId,
        role: a.role,
        reason: consentReason(a.ask),
      }),
    ),
  ];
  const totalScore = Math.round(pairs.reduce((sum, p) => sum + p.score, 0) * 10000) / 10000;
  return { pairs, unmatched, totalScore, brokenLocks };
}

/** The reason for each person left without a partner, in words the waiting list can be told. */
function explainUnmatched(
  mentors: Candidate[],
  mentees: Candidate[],
  pairs: ProposedPair[],
  block: Uint8Array,
): UnmatchedPerson[] {
  const pairedMentors = new Set(pairs.map((p) => p.mentorId));
  const pairedMentees = new Set(pairs.map((p) => p.menteeId));
  const width = mentors.length;
  const out: UnmatchedPerson[] = [];
  const reasonFor = (role: Role, blocks: number[]): PairReason => {
    if (blocks.length === 0) {
      return {
        key: role === "mentee" ? "matching.unmatched.no_mentors" : "matching.unmatched.no_mentees",
        params: {},
      };
    }
    if (blocks.some((b) => b === 0)) {
      return {
        key: role === "mentee" ? "matching.unmatched.no_capacity" : "matching.unmatched.all_mentees_paired",
        params: {},
      };
    }
    if (blocks.every((b) => b === 3)) return { key: "matching.unmatched.no_shared_language", params: {} };
    return { key: "matching.unmatched.only_forbidden", params: {} };
  };
  mentees.forEach((mentee, r) => {
    if (pairedMentees.has(mentee.id)) return;
    const blocks = mentors.map((_, c) => block[r * width + c] ?? 0);
    out.push({ participantId: mentee.id, role: "mentee", reason: reasonFor("mentee", blocks) });
  });
  mentors.forEach((mentor, c) => {
    if (pairedMentors.has(mentor.id)) return;
    const blocks = mentees.map((_, r) => block[r * width + c] ?? 0);
    out.push({ participantId: mentor.id, role: "mentor", reason: reasonFor("mentor", blocks) });
  });
  return out;
}

/** The reasons of people left out for want of consent, one per state of the request. */
const CONSENT_REASONS = {
  sent: "matching.unmatched.consent_asked",
  sending: "matching.unmatched.consent_sending",
  failed: "matching.unmatched.consent_failed",
  never: "matching.unmatched.consent_missing",
} as const satisfies Record<ConsentAsk["state"], string>;

const CONSENT_REASON_KEYS: ReadonlySet<string> = new Set(Object.values(CONSENT_REASONS));

/** Why someone without consent to the current text is not matched; a sent request carries its day. */
export function consentReason(ask: ConsentAsk): PairReason {
  return { key: CONSENT_REASONS[ask.state], params: ask.state === "sent" ? { date: ask.on } : {} };
}

/**
 * Whether an unmatched person goes on the waiting list when the proposal is approved. Those left out
 * for want of consent do not: their sign-up is not used until they agree (no waiting-list message,
 * no circle), and they stay signed up for a later round.
 */
export function joinsWaitingList(u: { reason: PairReason }): boolean {
  return !CONSENT_REASON_KEYS.has(u.reason.key);
}
