import { addDays, zonedTime } from "./rhythm/time";
import type { EventKind, ParticipantStatus } from "./types";

/**
 * Program events (kickoff, World Café, closing) as a program manager schedules them, and who is
 * invited. Pure: "now" and the program's dates and time zone are passed in.
 */

export const EVENT_KINDS: readonly EventKind[] = ["kickoff", "world_cafe", "closing"];
export const PLACE_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 1500;
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
  description: string | null;
  rounds: string | null;
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
  description: string | null;
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
  const description = clean(form.description);
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
  if (description && description.length > DESCRIPTION_MAX_LENGTH)
    errors.description = { code: "too_long", params: { max: DESCRIPTION_MAX_LENGTH } };

  let rounds: number | null = null;
  if (kind === "world_cafe") {
    rounds = roundsRaw === null ? ROUNDS.default : Number(roundsRaw);
    if (!Number.isInteger(rounds) || rounds < ROUNDS.min || rounds > ROUNDS.max) {
      errors.rounds = { code: "rounds_range", params: { min: ROUNDS.min, max: ROUNDS.max } };
    }
  }

  if (Object.keys(errors).length > 0 || !startsAt || !isEventKind(kind) || !place)
    return { ok: false, errors };
  return { ok: true, event: { kind, startsAt: startsAt.toISOString(), place, description, rounds } };
}

/**
 * Who gets an event's announcement: one rule for every event, everyone who completed sign-up
 * (complete, waiting, matched). People on the waiting list are part of the program too: they hear
 * of every event, in a wording for them (no partner to meet), never of some and not others.
 */
export function invitedStatuses(_kind: EventKind): ParticipantStatus[] {
  return ["complete", "waiting", "matched"];
}
