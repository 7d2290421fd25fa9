import { addDays, isWorkday, localDate, nextAllowedTime, zonedTime } from "./rhythm/time";
import type { EventKind, ParticipantStatus } from "./types";

/**
 * Program events (kickoff, World Café, closing) as a program manager schedules them, and who is
 * invited. Pure: "now" and the program's dates and time zone are passed in.
 */

export const EVENT_KINDS: readonly EventKind[] = ["kickoff", "world_cafe", "closing"];
export const PLACE_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 1500;
/** An event's own name: short enough for a header and a button-free line. */
export const NAME_MAX_LENGTH = 80;
export const ROUNDS = { min: 1, max: 6, default: 3 } as const;
/** An event may lie this many days before the program starts or after it ends (a kickoff the week before). */
export const NEAR_PROGRAM_DAYS = 30;

export type RsvpResponse = "going" | "not_going";

export interface EventForm {
  kind: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:mm, wall-clock time in the program's time zone */
  time: string | null;
  place: string | null;
  nameDe: string | null;
  nameEn: string | null;
  descriptionDe: string | null;
  descriptionEn: string | null;
  rounds: string | null;
}

/** A text a manager may write in both languages; either may be missing. */
export interface LocalText {
  de: string | null;
  en: string | null;
}

/** The reader's text, else the other language's; undefined when neither was written. */
export function pickText(lang: "de" | "en", text: LocalText): string | undefined {
  const other = lang === "de" ? text.en : text.de;
  return (lang === "de" ? text.de : text.en) ?? other ?? undefined;
}

export type EventField = keyof EventForm;

export interface EventIssue {
  code: "required" | "invalid" | "in_past" | "outside_program" | "too_long" | "rounds_range";
  params?: Record<string, string | number>;
}

export type EventErrors = Partial<Record<EventField, EventIssue>>;

export interface ValidEvent {
  kind: EventKind;
  /** ISO instant */
  startsAt: string;
  place: string;
  name: LocalText;
  description: LocalText;
  /** World Café only */
  rounds: number | null;
}

export type EventResult = { ok: true; event: ValidEvent } | { ok: false; errors: EventErrors };

export interface EventRules {
  now: Date;
  timezone: string;
  programStart: string;
  programEnd: string;
}

function clean(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function isEventKind(value: string | null | undefined): value is EventKind {
  return (EVENT_KINDS as readonly (string | null | undefined)[]).includes(value);
}

export function isRsvp(value: unknown): value is RsvpResponse {
  return value === "going" || value === "not_going";
}

export function validateEvent(form: EventForm, rules: EventRules): EventResult {
  const errors: EventErrors = {};
  const kind = clean(form.kind);
  const date = clean(form.date);
  const time = clean(form.time);
  const place = clean(form.place);
  const name: LocalText = { de: clean(form.nameDe), en: clean(form.nameEn) };
  const description: LocalText = { de: clean(form.descriptionDe), en: clean(form.descriptionEn) };
  const roundsRaw = clean(form.rounds);

  if (!kind) errors.kind = { code: "required" };
  else if (!isEventKind(kind)) errors.kind = { code: "invalid" };

  if (!date) errors.date = { code: "required" };
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = { code: "invalid" };
  if (!time) errors.time = { code: "required" };
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.time = { code: "invalid" };

  let startsAt: Date | undefined;
  if (date && time && !errors.date && !errors.time) {
    const [h = 0, m = 0] = time.split(":").map(Number);
    startsAt = zonedTime(date, h, m, rules.timezone);
    const earliest = addDays(rules.programStart, -NEAR_PROGRAM_DAYS);
    const latest = addDays(rules.programEnd, NEAR_PROGRAM_DAYS);
    if (startsAt.getTime() <= rules.now.getTime()) errors.date = { code: "in_past" };
    else if (date < earliest || date > latest)
      errors.date = { code: "outside_program", params: { start: earliest, end: latest } };
  }

  if (!place) errors.place = { code: "required" };
  else if (place.length > PLACE_MAX_LENGTH)
    errors.place = { code: "too_long", params: { max: PLACE_MAX_LENGTH } };
  for (const lang of ["de", "en"] as const) {
    const suffix = lang === "de" ? "De" : "En";
    if ((name[lang]?.length ?? 0) > NAME_MAX_LENGTH)
      errors[`name${suffix}`] = { code: "too_long", params: { max: NAME_MAX_LENGTH } };
    if ((description[lang]?.length ?? 0) > DESCRIPTION_MAX_LENGTH)
      errors[`description${suffix}`] = { code: "too_long", params: { max: DESCRIPTION_MAX_LENGTH } };
  }

  let rounds: number | null = null;
  if (kind === "world_cafe") {
    rounds = roundsRaw === null ? ROUNDS.default : Number(roundsRaw);
    if (!Number.isInteger(rounds) || rounds < ROUNDS.min || rounds > ROUNDS.max) {
      errors.rounds = { code: "rounds_range", params: { min: ROUNDS.min, max: ROUNDS.max } };
    }
  }

  if (Object.keys(errors).length > 0 || !startsAt || !isEventKind(kind) || !place)
    return { ok: false, errors };
  return { ok: true, event: { kind, startsAt: startsAt.toISOString(), place, name, description, rounds } };
}

/** Answers to an invitation are asked for this many days before the event (the working day on or before). */
export const RSVP_DAYS_BEFORE = 3;

/**
 * The last day to answer an invitation (YYYY-MM-DD in the program's zone): the working day on or
 * before three days ahead of the event. An event announced later than that asks for answers until
 * the day before it (or its own day, when announced that late).
 */
export function rsvpDeadline(
  event: { startsAt: string; announcedAt: string | null },
  tz: string,
  calendar?: string,
): string {
  const eventDate = localDate(new Date(event.startsAt), tz);
  let day = addDays(eventDate, -RSVP_DAYS_BEFORE);
  while (!isWorkday(day, calendar)) day = addDays(day, -1);
  const announced = event.announcedAt ? localDate(new Date(event.announcedAt), tz) : undefined;
  if (announced && day < announced) return announced < eventDate ? addDays(eventDate, -1) : eventDate;
  return day;
}

/**
 * When a World Café's tables are planned from the people who said yes, and sent to them: the first
 * working hour after the RSVP deadline's day, and at the latest two hours before the event starts.
 * From then until the event starts, a change of answers plans them again.
 */
export function tablesDueAt(
  event: { startsAt: string; announcedAt: string | null },
  tz: string,
  calendar?: string,
): Date {
  const after = zonedTime(addDays(rsvpDeadline(event, tz, calendar), 1), 0, 0, tz);
  const planned = nextAllowedTime(after, tz, calendar);
  const latest = new Date(Date.parse(event.startsAt) - 2 * 3_600_000);
  return planned.getTime() < latest.getTime() ? planned : latest;
}

/**
 * Who gets an event's announcement: one rule for every event, everyone who completed sign-up
 * (complete, waiting, matched). People on the waiting list are part of the program too: they hear
 * of every event, in a wording for them (no partner to meet), never of some and not others.
 */
export function invitedStatuses(_kind: EventKind): ParticipantStatus[] {
  return ["complete", "waiting", "matched"];
}
