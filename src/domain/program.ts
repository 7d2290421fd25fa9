import type { Lang } from "../i18n/define";
import { isValidTimeZone, localDate } from "./dates";
import {
  HOLIDAY_COUNTRIES,
  holidayAnywhere,
  isKnownCalendar,
  NO_HOLIDAYS,
  programCalendar,
} from "./rhythm/holidays";
import { addDays, workdayOnOrAfter, workdayOnOrBefore } from "./rhythm/time";
import { customTopicKey, isCatalogTopic, MAX_TOPICS } from "./topics";

/**
 * A program's settings as a program manager enters them, and their validation. Pure: "now" is
 * passed in, and the result names each problem by field so the caller can show it beside the input.
 */

/** Time zones offered in the setup modal; any other valid IANA zone is accepted too. */
export const TIMEZONES = [
  "Europe/Berlin",
  "Europe/Vienna",
  "Europe/Zurich",
  "Europe/Amsterdam",
  "Europe/Brussels",
  "Europe/Luxembourg",
  "Europe/Paris",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Europe/Madrid",
  "Europe/Rome",
  "Europe/Copenhagen",
  "Europe/Stockholm",
  "Europe/Oslo",
  "Europe/Helsinki",
  "Europe/Warsaw",
  "Europe/Prague",
  "Europe/Budapest",
  "Europe/Bucharest",
  "Europe/Athens",
  "Europe/Istanbul",
  "Africa/Johannesburg",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "UTC",
] as const;

export const DEFAULT_TIMEZONE = "Europe/Berlin";

/** Meeting rhythms offered in the modal, in days. */
export const MEETING_CADENCES = [14, 21, 30, 42] as const;

export const PROGRAM_DEFAULTS = {
  meetingCadenceDays: 30,
  mentorCapacity: 1,
  channelPrefix: "tandem",
  executiveCircle: false,
  checkinCadenceDays: 14,
  circleCadenceDays: 21,
  nudgeAfterDays: 21,
  alertAfterDays: 35,
} as const;

/** Bounds of the numeric settings (inclusive). */
export const LIMITS = {
  meetingCadenceDays: { min: 7, max: 90 },
  mentorCapacity: { min: 1, max: 5 },
  checkinCadenceDays: { min: 7, max: 60 },
  circleCadenceDays: { min: 7, max: 90 },
  nudgeAfterDays: { min: 7, max: 90 },
  alertAfterDays: { min: 7, max: 180 },
} as const;
type NumericField = keyof typeof LIMITS;

export const MAX_NAME_LENGTH = 80;
export const MAX_CUSTOM_TOPIC_LENGTH = 60;
export const MAX_PREFIX_LENGTH = 20;
export const RECOMMENDED_MONTHS = { min: 4, max: 6 } as const;

/** Raw answers from the form; null when the input was left empty. */
export interface ProgramForm {
  name: string | null;
  /** catalog topic keys that were selected */
  topics: string[];
  /** the manager's own topics, one per line */
  customTopics: string | null;
  startDate: string | null;
  endDate: string | null;
  signupDeadline: string | null;
  meetingCadenceDays: string | null;
  language: string | null;
  /** "du" or "sie"; empty means "du" */
  address?: string | null;
  timezone: string | null;
  /** public holidays: "auto" (from the time zone), "none", "DE" or "DE-BY"; absent = "auto" */
  holidays?: string | null;
  mentorCapacity: string | null;
  channelPrefix: string | null;
  /** "yes" or "no" */
  executiveCircle: string | null;
  checkinCadenceDays: string | null;
  circleCadenceDays: string | null;
  nudgeAfterDays: string | null;
  alertAfterDays: string | null;
}

export type ProgramField = keyof ProgramForm;

/** What is stored for a program, after validation. */
export interface ProgramSettings {
  name: string;
  topics: string[];
  /** labels of the custom topics in `topics` */
  customTopics: Record<string, string>;
  startDate: string;
  endDate: string;
  signupDeadline: string;
  meetingCadenceDays: number;
  language: Lang;
  address: "du" | "sie";
  timezone: string;
  /** null = from the time zone; "none" = weekends only (domain/rhythm/holidays) */
  holidayCountry: string | null;
  holidayRegion: string | null;
  mentorCapacity: number;
  channelPrefix: string;
  executiveCircle: boolean;
  checkinCadenceDays: number;
  circleCadenceDays: number;
  nudgeAfterDays: number;
  alertAfterDays: number;
}

export const ISSUE_CODES = [
  "required",
  "name_too_long",
  "no_topics",
  "too_many_topics",
  "custom_topic_too_long",
  "invalid_date",
  "date_in_past",
  "end_before_start",
  "deadline_after_start",
  "invalid_number",
  "number_out_of_range",
  "alert_before_nudge",
  "invalid_language",
  "invalid_address",
  "invalid_timezone",
  "invalid_prefix",
  "duration_short",
  "duration_long",
  "invalid_holidays",
  "holiday_start",
  "holiday_end",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  code: IssueCode;
  params?: Record<string, string | number>;
}

export type ProgramErrors = Partial<Record<ProgramField, Issue>>;

export type ValidationResult =
  | { ok: true; settings: ProgramSettings; warnings: Issue[] }
  | { ok: false; errors: ProgramErrors };

export interface ValidationContext {
  now: Date;
  /** new programs may not start in the past; an edited one may (it may be running) */
  isNew: boolean;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isValidTimezone = isValidTimeZone;

/** The calendar date (YYYY-MM-DD) at `now` in a time zone. */
export function todayIn(timezone: string, now: Date): string {
  return localDate(now, timezone);
}

function toUtc(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Adds calendar months, keeping the day or clamping it to the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Splits the custom-topics text into unique labels by key, keeping the first spelling. */
export function parseCustomTopics(text: string | null): { key: string; label: string }[] {
  const seen = new Set<string>();
  const out: { key: string; label: string }[] = [];
  for (const line of (text ?? "").split(/\r?\n/)) {
    const label = line.replace(/\s+/g, " ").trim();
    if (label === "") continue;
    const key = customTopicKey(label);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label });
  }
  return out;
}

/** Program length outside 4–6 months: accepted, but worth a second look. */
export function durationWarning(startDate: string, endDate: string): Issue | undefined {
  const days = daysBetween(startDate, endDate);
  if (endDate < addMonths(startDate, RECOMMENDED_MONTHS.min))
    return { code: "duration_short", params: { days } };
  if (endDate > addMonths(startDate, RECOMMENDED_MONTHS.max))
    return { code: "duration_long", params: { days } };
  return undefined;
}

/** The program modal's holiday choice as stored; undefined when it names no known calendar. */
export function parseHolidayChoice(
  value: string | null,
): { holidayCountry: string | null; holidayRegion: string | null } | undefined {
  if (value === null || value === "" || value === "auto")
    return { holidayCountry: null, holidayRegion: null };
  if (value === NO_HOLIDAYS) return { holidayCountry: NO_HOLIDAYS, holidayRegion: null };
  const [country = "", region = null] = value.split("-");
  if (!(HOLIDAY_COUNTRIES as readonly string[]).includes(country) || !isKnownCalendar(country, region))
    return undefined;
  return { holidayCountry: country, holidayRegion: region };
}

/**
 * A start or end on a public holiday is allowed but worth a second look: nothing is sent on it, so
 * the program would effectively start a day later or end a day earlier. The suggestion is the next
 * working day for the start and the one before for the end.
 */
export function holidayWarnings(startDate: string, endDate: string, calendar: string): Issue[] {
  const out: Issue[] = [];
  const free = (date: string) => !holidayAnywhere(date, calendar);
  if (holidayAnywhere(startDate, calendar)) {
    let suggestion = workdayOnOrAfter(startDate, calendar);
    while (!free(suggestion)) suggestion = workdayOnOrAfter(addDays(suggestion, 1), calendar);
    out.push({ code: "holiday_start", params: { date: startDate, calendar, suggestion } });
  }
  if (holidayAnywhere(endDate, calendar)) {
    let suggestion = workdayOnOrBefore(endDate, calendar);
    while (!free(suggestion)) suggestion = workdayOnOrBefore(addDays(suggestion, -1), calendar);
    out.push({ code: "holiday_end", params: { date: endDate, calendar, suggestion } });
  }
  return out;
}

export function validateProgram(form: ProgramForm, ctx: ValidationContext): ValidationResult {
  const errors: ProgramErrors = {};

  const name = (form.name ?? "").replace(/\s+/g, " ").trim();
  if (name === "") errors.name = { code: "required" };
  else if (Array.from(name).length > MAX_NAME_LENGTH)
    errors.name = { code: "name_too_long", params: { max: MAX_NAME_LENGTH } };

  const catalog = [...new Set(form.topics)].filter(isCatalogTopic);
  const custom = parseCustomTopics(form.customTopics);
  const tooLong = custom.find((c) => Array.from(c.label).length > MAX_CUSTOM_TOPIC_LENGTH);
  const total = catalog.length + custom.length;
  if (tooLong) {
    errors.customTopics = {
      code: "custom_topic_too_long",
      params: { topic: tooLong.label, max: MAX_CUSTOM_TOPIC_LENGTH },
    };
  }
  if (total === 0) errors.topics = { code: "no_topics" };
  else if (total > MAX_TOPICS)
    errors.topics = { code: "too_many_topics", params: { max: MAX_TOPICS, count: total } };

  const language = form.language === "de" || form.language === "en" ? form.language : undefined;
  if (!language) errors.language = { code: form.language ? "invalid_language" : "required" };
  const address = form.address === "sie" ? "sie" : "du";
  if (form.address && form.address !== "du" && form.address !== "sie")
    errors.address = { code: "invalid_address" };

  const timezone = (form.timezone ?? "").trim();
  if (timezone === "") errors.timezone = { code: "required" };
  else if (!isValidTimezone(timezone)) errors.timezone = { code: "invalid_timezone" };

  const holidays = parseHolidayChoice(form.holidays ?? null);
  if (!holidays) errors.holidays = { code: "invalid_holidays" };

  const today = todayIn(timezone, ctx.now);
  const date = (field: "startDate" | "endDate" | "signupDeadline"): string | undefined => {
    const value = form[field];
    if (!value) {
      errors[field] = { code: "required" };
      return undefined;
    }
    if (!isValidDate(value)) {
      errors[field] = { code: "invalid_date" };
      return undefined;
    }
    if (ctx.isNew && value < today) {
      errors[field] = { code: "date_in_past", params: { today } };
      return undefined;
    }
    return value;
  };
  const startDate = date("startDate");
  const endDate = date("endDate");
  const signupDeadline = date("signupDeadline");
  if (startDate && endDate && endDate <= startDate) errors.endDate = { code: "end_before_start" };
  if (startDate && signupDeadline && signupDeadline > startDate)
    errors.signupDeadline = { code: "deadline_after_start" };

  const numbers: Partial<Record<NumericField, number>> = {};
  for (const field of Object.keys(LIMITS) as NumericField[]) {
    const raw = (form[field] ?? "").trim();
    const { min, max } = LIMITS[field];
    if (raw === "") errors[field] = { code: "required" };
    else if (!/^\d+$/.test(raw)) errors[field] = { code: "invalid_number" };
    else {
      const n = Number(raw);
      if (n < min || n > max) errors[field] = { code: "number_out_of_range", params: { min, max } };
      else numbers[field] = n;
    }
  }
  const { nudgeAfterDays, alertAfterDays } = numbers;
  if (nudgeAfterDays !== undefined && alertAfterDays !== undefined && alertAfterDays <= nudgeAfterDays) {
    errors.alertAfterDays = { code: "alert_before_nudge", params: { nudge: nudgeAfterDays } };
  }

  const channelPrefix = (form.channelPrefix ?? "").trim().toLowerCase();
  if (channelPrefix === "") errors.channelPrefix = { code: "required" };
  else if (
    Array.from(channelPrefix).length > MAX_PREFIX_LENGTH ||
    !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(channelPrefix)
  ) {
    errors.channelPrefix = { code: "invalid_prefix", params: { max: MAX_PREFIX_LENGTH } };
  }

  if (form.executiveCircle !== "yes" && form.executiveCircle !== "no")
    errors.executiveCircle = { code: "required" };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (
    !language ||
    !startDate ||
    !endDate ||
    !signupDeadline ||
    numbers.meetingCadenceDays === undefined ||
    numbers.mentorCapacity === undefined ||
    numbers.checkinCadenceDays === undefined ||
    numbers.circleCadenceDays === undefined ||
    nudgeAfterDays === undefined ||
    alertAfterDays === undefined ||
    !holidays
  ) {
    return { ok: false, errors: { name: { code: "required" } } };
  }

  const warning = durationWarning(startDate, endDate);
  const calendar = programCalendar({ ...holidays, timezone });
  return {
    ok: true,
    warnings: [...(warning ? [warning] : []), ...holidayWarnings(startDate, endDate, calendar)],
    settings: {
      name,
      topics: [...catalog, ...custom.map((c) => c.key)],
      customTopics: Object.fromEntries(custom.map((c) => [c.key, c.label])),
      startDate,
      endDate,
      signupDeadline,
      meetingCadenceDays: numbers.meetingCadenceDays,
      language,
      address,
      timezone,
      ...holidays,
      mentorCapacity: numbers.mentorCapacity,
      channelPrefix,
      executiveCircle: form.executiveCircle === "yes",
      checkinCadenceDays: numbers.checkinCadenceDays,
      circleCadenceDays: numbers.circleCadenceDays,
      nudgeAfterDays,
      alertAfterDays,
    },
  };
}
