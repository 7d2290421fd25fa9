import { holidayAnywhere } from "./rhythm/holidays";
import {
  addDays,
  isWithinWorkingHours,
  isWorkday,
  localDate,
  nextAllowedTime,
  zonedTime,
} from "./rhythm/time";

/*
 * A program's last weeks and what comes after it, as pure rules (docs/decisions/program-lifecycle.md):
 * when tandems are asked for their first successes, when the showcase is posted, when the program
 * ends and its channels are archived, and the dates of the next cohort.
 */

/** Tandems are asked for their first successes this many days before the closing event. */
export const SUCCESS_PROMPT_DAYS_BEFORE = 7;
/** A showcase that could not go out within this long after the closing event started is not posted late. */
export const SHOWCASE_LATE_MS = 12 * 3_600_000;
export const SUCCESS_MAX_LENGTH = 2000;
/** Choices for archiving the channels after the end date; null keeps them. */
export const ARCHIVE_CHOICES = [7, 14, 30, 60, 90] as const;
export const DEFAULT_ARCHIVE_AFTER_DAYS = 14;

function workdayOnOrBefore(date: string, calendar?: string): string {
  let d = date;
  while (!isWorkday(d, calendar)) d = addDays(d, -1);
  return d;
}

/**
 * From this moment (09:00 in the program's zone, a working day a week ahead) the success prompt may
 * go out. `calendar`: the program's public holidays (domain/rhythm/holidays), which are not working days.
 */
export function successPromptFrom(eventStartsAt: string, tz: string, calendar?: string): Date {
  const day = workdayOnOrBefore(
    addDays(localDate(new Date(eventStartsAt), tz), -SUCCESS_PROMPT_DAYS_BEFORE),
    calendar,
  );
  return zonedTime(day, 9, 0, tz);
}

/**
 * The success prompt goes out from 09:00 (program zone) on the working day on or before a week ahead
 * of the closing event, inside working hours, until the event starts.
 */
export function successPromptDue(eventStartsAt: string, tz: string, now: Date, calendar?: string): boolean {
  if (now.getTime() >= Date.parse(eventStartsAt)) return false;
  return (
    now.getTime() >= successPromptFrom(eventStartsAt, tz, calendar).getTime() &&
    isWithinWorkingHours(now, tz, calendar)
  );
}

/** The showcase is posted at the closing event's start (at the first tick after it). */
export function showcaseDue(eventStartsAt: string, now: Date): boolean {
  const start = Date.parse(eventStartsAt);
  return now.getTime() >= start && now.getTime() - start < SHOWCASE_LATE_MS;
}

/**
 * A step due on a day (program zone): from the first moment inside working hours on that day (on a
 * weekend or public holiday, of the next working day), and on any later day at once (after
 * downtime), so that what it sends reaches people during the day.
 */
function dayStepDue(day: string, tz: string, now: Date, calendar?: string): boolean {
  return now.getTime() >= dayStepAt(day, tz, calendar).getTime();
}

/** The first moment dayStepDue holds for a day. What the schedule shows for the program's end and archiving. */
export function dayStepAt(day: string, tz: string, calendar?: string): Date {
  return nextAllowedTime(zonedTime(day, 0, 0, tz), tz, calendar);
}

/**
 * A running program ends on its end date, at the first moment inside working hours (program zone),
 * so the thank-you reaches the tandems during the day; a program found after its end date (downtime)
 * ends at once.
 */
export function programEndDue(endDate: string, tz: string, now: Date, calendar?: string): boolean {
  return dayStepDue(endDate, tz, now, calendar);
}

/** The day the channels are archived (end date + archiveAfterDays), or null when they are kept. */
export function archiveDay(endDate: string, archiveAfterDays: number | null): string | null {
  return archiveAfterDays === null ? null : addDays(endDate, archiveAfterDays);
}

/** Channels are archived from the first working-hours moment on end date + archiveAfterDays. */
export function archiveDue(
  endDate: string,
  archiveAfterDays: number | null,
  tz: string,
  now: Date,
  calendar?: string,
): boolean {
  const day = archiveDay(endDate, archiveAfterDays);
  return day !== null && dayStepDue(day, tz, now, calendar);
}

export interface CohortDates {
  startDate: string;
  endDate: string;
  signupDeadline: string;
}

/** Days from one YYYY-MM-DD to another. */
export function dayOffset(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The next cohort's dates: the same length and sign-up lead as the last one, starting six weeks after
 * the later of today and the last one's end, on the same weekday as before. The sign-up deadline is
 * never before today.
 */
export function nextCohortDates(
  previous: CohortDates,
  today: string,
  /** the program's public holidays: a start or end on one (in any region) moves a week later */
  calendar?: string,
): CohortDates & { shiftDays: number } {
  const base = previous.endDate > today ? previous.endDate : today;
  let shift = dayOffset(previous.startDate, addDays(base, 42));
  shift += (7 - (((shift % 7) + 7) % 7)) % 7;
  const onHoliday = (s: number) =>
    !!holidayAnywhere(addDays(previous.startDate, s), calendar) ||
    !!holidayAnywhere(addDays(previous.endDate, s), calendar);
  for (let tries = 0; tries < 8 && onHoliday(shift); tries++) shift += 7;
  const signupDeadline = addDays(previous.signupDeadline, shift);
  return {
    startDate: addDays(previous.startDate, shift),
    endDate: addDays(previous.endDate, shift),
    signupDeadline: signupDeadline < today ? today : signupDeadline,
    shiftDays: shift,
  };
}

/** An event's start moved by whole days, at the same wall-clock time in the program's zone. */
export function shiftInstant(iso: string, days: number, tz: string): string {
  const at = new Date(iso);
  const date = localDate(at, tz);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: tz,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
  const [h = 0, m = 0] = time.split(":").map(Number);
  return zonedTime(addDays(date, days), h, m, tz).toISOString();
}

/** "Digital Leadership 2026" → "Digital Leadership 2027"; "X (2)" → "X (3)"; else "X (2)". */
export function nextCohortName(name: string, shiftDays: number): string {
  const counted = /^(.*)\((\d+)\)\s*$/.exec(name);
  if (counted) return `${counted[1]}(${Number(counted[2]) + 1})`;
  const year = /^(.*\D)?(20\d\d)(\D.*)?$/.exec(name);
  if (year && shiftDays >= 180) {
    return `${year[1] ?? ""}${Number(year[2]) + Math.max(1, Math.round(shiftDays / 365))}${year[3] ?? ""}`;
  }
  return `${name} (2)`;
}

export type SuccessRole = "mentor" | "mentee";

export interface SuccessState {
  text: string;
  mentorConsentAt: string | null;
  menteeConsentAt: string | null;
}

/** Shared only with both members' consent to the text as it stands. */
export function isShared(s: SuccessState | undefined): boolean {
  return !!s && s.text.trim() !== "" && !!s.mentorConsentAt && !!s.menteeConsentAt;
}
