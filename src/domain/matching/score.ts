import { languageCode } from "../languages";
import type { MeetingFormat, PairReason } from "../types";
import { mentionedTopics, type TopicInfo } from "./keywords";

export type { TopicInfo };

/**
 * The fit of one mentor with one executive, in [0, 1], and the reasons for it in words.
 * The weights are named here and explained in docs/decisions/matching.md.
 */
export const WEIGHTS = {
  /** how well the mentor's skills cover the executive's weakest topics and stated goals */
  coverage: 0.55,
  /** same preferred meeting format (in person, remote, mixed) */
  format: 0.15,
  /** similar number of meetings per month */
  frequency: 0.1,
  /** a shared language (no shared language at all is a hard constraint, not a low score) */
  language: 0.05,
  /** different departments: no reporting line, a view from outside */
  department: 0.15,
} as const;

/** A topic the executive named in their learning goals counts this many times as much. */
export const GOAL_FACTOR = 2;
/** A mentor's topic is a reason when the mentor is at least this good … */
export const STRONG_LEVEL = 4;
/** … and at least this many levels above the executive's self-assessment. */
export const STRONG_LEAD = 2;
/** At most this many "strong in" reasons per pair, the most weighty first. */
export const MAX_TOPIC_REASONS = 2;
/** Unknown answers score as neither good nor bad. */
const NEUTRAL = 0.5;

export interface Candidate {
  /** participant id; ids order the cohort, so ties always break the same way */
  id: number;
  userId: string;
  department: string | null;
  meetingFormat: MeetingFormat | null;
  meetingsPerMonth: number | null;
  languages: string[];
  excludedUserIds: string[];
  /** topic key → level 1–5 (intake) */
  ratings: Record<string, number>;
  /** mentees only */
  learningGoals: string | null;
}

export interface PairFit {
  score: number;
  reasons: PairReason[];
}

/** Languages as people typed them: case and spacing do not matter. */
/** One language, however it was typed: its ISO code when recognized ("Französisch" → "fr"). */
export function normalizeLanguage(language: string): string {
  return languageCode(language) ?? language.trim().toLowerCase();
}

export function sharedLanguages(a: Candidate, b: Candidate): string[] {
  const theirs = new Set(b.languages.map(normalizeLanguage));
  const shared = a.languages.map(normalizeLanguage).filter((l) => theirs.has(l));
  return [...new Set(shared)].sort();
}

function formatFit(a: MeetingFormat | null, b: MeetingFormat | null): number {
  if (a === null || b === null) return NEUTRAL;
  if (a === b) return 1;
  if (a === "mixed" || b === "mixed") return NEUTRAL;
  return 0;
}

function frequencyFit(a: number | null, b: number | null): number {
  if (a === null || b === null) return NEUTRAL;
  return Math.max(0, 1 - Math.abs(a - b) / 2);
}

function departmentFit(a: string | null, b: string | null): number {
  const x = a?.trim().toLowerCase() ?? "";
  const y = b?.trim().toLowerCase() ?? "";
  if (x === "" || y === "") return NEUTRAL;
  return x === y ? 0 : 1;
}

export interface TopicNeed {
  topic: string;
  menteeLevel: number;
  weight: number;
  goal: boolean;
}

/**
 * What an executive needs, per topic: weaker self-assessment weighs more (level 1 → 5, level 5 → 1),
 * and a topic named in the learning goals weighs GOAL_FACTOR times as much.
 */
export function menteeNeeds(mentee: Candidate, topics: TopicInfo[]): TopicNeed[] {
  const named = mentionedTopics(mentee.learningGoals ?? "", topics);
  const needs: TopicNeed[] = [];
  for (const { key } of topics) {
    const level = mentee.ratings[key];
    if (level === undefined) continue;
    const goal = named.has(key);
    needs.push({ topic: key, menteeLevel: level, weight: (6 - level) * (goal ? GOAL_FACTOR : 1), goal });
  }
  return needs;
}

/**
 * Coverage: Σ weight × lead / Σ weight, where lead is how far the mentor is above the executive
 * (0 when not above, 1 when 4 levels above). A mentor without a rating for a topic counts as 1.
 */
function coverage(mentor: Candidate, needs: TopicNeed[]): number {
  let sum = 0;
  let weights = 0;
  for (const need of needs) {
    const mentorLevel = mentor.ratings[need.topic] ?? 1;
    sum += (need.weight * Math.max(0, mentorLevel - need.menteeLevel)) / 4;
    weights += need.weight;
  }
  return weights === 0 ? 0 : sum / weights;
}

/** Rounded so that totals add up the same way everywhere (solver, database, view). */
function round(score: number): number {
  return Math.round(score * 10000) / 10000;
}

function parts(mentor: Candidate, mentee: Candidate, needs: TopicNeed[], shared: boolean) {
  const unknownLanguage = mentor.languages.length === 0 || mentee.languages.length === 0;
  return {
    coverage: coverage(mentor, needs),
    format: formatFit(mentor.meetingFormat, mentee.meetingFormat),
    frequency: frequencyFit(mentor.meetingsPerMonth, mentee.meetingsPerMonth),
    language: shared ? 1 : unknownLanguage ? NEUTRAL : 0,
    department: departmentFit(mentor.department, mentee.department),
  };
}

/** The fit alone, for the solver's matrix; `shared` says whether the two share a language. */
export function pairScore(mentor: Candidate, mentee: Candidate, needs: TopicNeed[], shared: boolean): number {
  const p = parts(mentor, mentee, needs, shared);
  return round(
    WEIGHTS.coverage * p.coverage +
      WEIGHTS.format * p.format +
      WEIGHTS.frequency * p.frequency +
      WEIGHTS.language * p.language +
      WEIGHTS.department * p.department,
  );
}

/** Why the two fit, as structured reasons the view renders in the reader's language. */
export function pairReasons(mentor: Candidate, mentee: Candidate, needs: TopicNeed[]): PairReason[] {
  const reasons: PairReason[] = [];
  const strong = needs
    .map((need) => ({ need, mentorLevel: mentor.ratings[need.topic] ?? 1 }))
    .filter(
      ({ need, mentorLevel }) => mentorLevel >= STRONG_LEVEL && mentorLevel - need.menteeLevel >= STRONG_LEAD,
    )
    .sort(
      (a, b) =>
        b.need.weight * (b.mentorLevel - b.need.menteeLevel) -
          a.need.weight * (a.mentorLevel - a.need.menteeLevel) || a.need.topic.localeCompare(b.need.topic),
    )
    .slice(0, MAX_TOPIC_REASONS);
  for (const { need, mentorLevel } of strong) {
    reasons.push({
      key: need.goal ? "matching.reason.strong_in_goal" : "matching.reason.strong_in",
      params: { topic: need.topic, mentorLevel, menteeLevel: need.menteeLevel },
    });
  }
  if (mentor.meetingFormat !== null && mentor.meetingFormat === mentee.meetingFormat) {
    reasons.push({ key: "matching.reason.same_format", params: { format: mentor.meetingFormat } });
  }
  if (mentor.meetingsPerMonth !== null && mentor.meetingsPerMonth === mentee.meetingsPerMonth) {
    reasons.push({ key: "matching.reason.same_frequency", params: { perMonth: mentor.meetingsPerMonth } });
  }
  if (departmentFit(mentor.department, mentee.department) === 1) {
    reasons.push({ key: "matching.reason.different_departments", params: {} });
  }
  const firstShared = sharedLanguages(mentor, mentee)[0];
  if (firstShared !== undefined) {
    reasons.push({ key: "matching.reason.shared_language", params: { language: firstShared } });
  }
  return reasons;
}

export function pairFit(mentor: Candidate, mentee: Candidate, needs: TopicNeed[]): PairFit {
  const shared = sharedLanguages(mentor, mentee).length > 0;
  return { score: pairScore(mentor, mentee, needs, shared), reasons: pairReasons(mentor, mentee, needs) };
}
