import { addDays, isWithinWorkingHours, isWorkday, localDate, pickTimeZone } from "./rhythm/time";
import { isHidden, K_MIN, suppressSmallCells } from "./steering/stats";
import { type Wave, type WaveProgram, waveDates, wavePhase } from "./steering/waves";
import type { ProgramStatus } from "./types";

/*
 * The moments a program manager hears about by DM, and what participants hear at the end
 * (docs/decisions/notices.md). Pure rules over a program and the clock; the scheduler's tick asks
 * them and records each notice once under its key.
 */

/**
 * A wave's response is low when fewer than this share of the people invited have answered: under
 * half, the figures may not speak for the cohort. The DM says so in these words.
 */
export const LOW_RESPONSE_PERCENT = 50;
/** The low-response notice goes out from this many days before the wave's last day (time to act). */
export const LOW_RESPONSE_DAYS_BEFORE_CLOSE = 3;
/** A results notice not sent within this many days after the wave closed is not sent late. */
export const NOTICE_LATE_DAYS = 7;
/**
 * The participants' summary goes out this many days after the final wave closed, so that the
 * managers have time to write what changes for the next cohort (the final results DM says when).
 */
export const SUMMARY_DAYS_AFTER_CLOSE = 4;

export type NoticeKind = "signup_deadline" | "results" | "low_response";

export function noticeKey(programId: number, kind: NoticeKind, wave?: Wave): string {
  return wave ? `notice:p${programId}:${wave}:${kind}` : `notice:p${programId}:${kind}`;
}

export function summaryKey(programId: number): string {
  return `summary:p${programId}`;
}

/** Today (program zone) lies in [from, from + NOTICE_LATE_DAYS] and now is inside working hours there. */
function withinDays(from: string, tz: string, now: Date, calendar?: string): boolean {
  const today = localDate(now, tz);
  return today >= from && today <= addDays(from, NOTICE_LATE_DAYS) && isWithinWorkingHours(now, tz, calendar);
}

/** The day after the sign-up deadline, while the program is still in sign-up, in working hours. */
export function signupDeadlineNoticeDue(
  program: { status: ProgramStatus; signupDeadline: string; timezone: string; calendar?: string },
  now: Date,
): boolean {
  const tz = pickTimeZone(program.timezone);
  return (
    program.status === "signup" &&
    localDate(now, tz) > program.signupDeadline &&
    isWithinWorkingHours(now, tz, program.calendar)
  );
}

/** The day after a wave's last day (within a week), for programs running or closed. */
export function resultsNoticeDue(program: WaveProgram, wave: Wave, now: Date): boolean {
  if (program.status !== "running" && program.status !== "closed") return false;
  const tz = pickTimeZone(program.timezone);
  return withinDays(addDays(waveDates(program, wave).lastDay, 1), tz, now, program.calendar);
}

/** Whether answered of invited is a low response (see LOW_RESPONSE_PERCENT); never over fewer than three invited. */
export function isLowResponse(answered: number, invited: number): boolean {
  return invited >= K_MIN && answered * 100 < LOW_RESPONSE_PERCENT * invited;
}

/**
 * From LOW_RESPONSE_DAYS_BEFORE_CLOSE days before an open wave's last day, in working hours, when
 * its response is low: the managers can still remind people or keep the wave open longer.
 */
export function lowResponseNoticeDue(
  program: WaveProgram,
  wave: Wave,
  response: { answered: number; invited: number },
  now: Date,
): boolean {
  return lowResponseWindow(program, wave, now) && isLowResponse(response.answered, response.invited);
}

/** Whether now lies where a low-response notice may go out (the response aside): read it only then. */
export function lowResponseWindow(program: WaveProgram, wave: Wave, now: Date): boolean {
  if (program.status !== "running" && program.status !== "closed") return false;
  if (wavePhase(program, wave, now) !== "open") return false;
  const tz = pickTimeZone(program.timezone);
  const from = addDays(waveDates(program, wave).lastDay, -LOW_RESPONSE_DAYS_BEFORE_CLOSE);
  return localDate(now, tz) >= from && isWithinWorkingHours(now, tz, program.calendar);
}

/** The day the participants' summary goes out (program zone): the first working day from close + 4. */
export function summaryDay(program: WaveProgram): string {
  let day = addDays(waveDates(program, "final").lastDay, SUMMARY_DAYS_AFTER_CLOSE);
  while (!isWorkday(day, program.calendar)) day = addDays(day, 1);
  return day;
}

export function summaryDue(program: WaveProgram, now: Date): boolean {
  if (program.status !== "running" && program.status !== "closed") return false;
  return withinDays(summaryDay(program), pickTimeZone(program.timezone), now, program.calendar);
}

/** The raw counts behind the participants' summary. */
export interface SummaryFacts {
  /** distinct people in launched tandems */
  people: number;
  /** launched tandems over the program (a rematch makes a second one) */
  tandems: number;
  /** meetings reported in check-ins: distinct dates per tandem, summed */
  meetings: number;
  /** satisfaction levels (1–5) given in the final wave */
  finalSatisfaction: readonly number[];
  /** "would take part again" answers in the final wave */
  finalAgain: readonly string[];
  /** the role of each final answer (same order): the report shows the waves per role */
  finalRoles?: readonly string[];
}

/** A share shown to everyone: both of its cells (the part and the rest) empty or of three or more. */
export interface Share {
  part: number;
  of: number;
  percent: number;
}

export interface ParticipantSummary {
  /** undefined: fewer than three people or tandems */
  people?: number;
  tandems?: number;
  meetings?: number;
  /** satisfied (4) or very satisfied (5) among the final wave's answers */
  satisfied?: Share;
  /** would take part again ("yes") among the final wave's answers */
  again?: Share;
}

/**
 * A part of a group, shown only where neither the part nor the rest is one or two people: "2 of 9
 * were not satisfied" would point at someone, and so would "7 of 9 were" beside the group's size.
 */
function share(part: number, of: number): Share | undefined {
  const rest = of - part;
  const cellOk = (n: number) => n === 0 || n >= K_MIN;
  if (of < K_MIN || !cellOk(part) || !cellOk(rest)) return undefined;
  return { part, of, percent: Math.round((part * 100) / of) };
}

/** The summary's figures under the k ≥ 3 rule: every figure rests on three people (or tandems) at least. */
export function participantSummary(f: SummaryFacts): ParticipantSummary {
  const out: ParticipantSummary = {};
  if (f.people >= K_MIN) out.people = f.people;
  if (f.tandems >= K_MIN) {
    out.tandems = f.tandems;
    out.meetings = f.meetings;
  }
  const roles = f.finalRoles ?? f.finalSatisfaction.map(() => "");
  const satisfied = share(f.finalSatisfaction.filter((s) => s >= 4).length, f.finalSatisfaction.length);
  if (satisfied && nothingHidden(f.finalSatisfaction, roles)) out.satisfied = satisfied;
  const again = share(f.finalAgain.filter((a) => a === "yes").length, f.finalAgain.length);
  if (again && nothingHidden(f.finalAgain, roles)) out.again = again;
  return out;
}

/**
 * The report shows the final wave per role, level by level, and hides cells by its own rule
 * (suppressSmallCells). A share over both roles together, beside those cells, could pin the hidden
 * ones down ("3 were not satisfied" and three hidden cells: one each). So a share is shown only where
 * the report hides no cell of its distributions.
 */
function nothingHidden(answers: readonly (number | string)[], roles: readonly string[]): boolean {
  const byRole = new Map<string, Map<number | string, number>>();
  answers.forEach((a, i) => {
    const role = roles[i] ?? "";
    const counts = byRole.get(role) ?? new Map<number | string, number>();
    counts.set(a, (counts.get(a) ?? 0) + 1);
    byRole.set(role, counts);
  });
  return [...byRole.values()].every((counts) => ![...suppressSmallCells(counts).values()].some(isHidden));
}
