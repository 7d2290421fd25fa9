import type { EventKind, ProgramStatus, TandemStatus } from "../types";
import type { CirclePhase } from "./prompts";
import {
  addDays,
  allowedWindowForAll,
  daysBetween,
  isWorkday,
  localDate,
  nextAllowedTimeForAll,
  pickTimeZone,
  zonedTime,
} from "./time";

/*
 * What the scheduler must send, derived from a plain snapshot and the clock alone: the same snapshot
 * and the same set of already-sent keys always give the same items, so a restart neither loses nor
 * repeats anything. The rules are explained in docs/decisions/scheduler.md.
 */

export interface ProgramSnapshot {
  id: number;
  status: ProgramStatus;
  /** YYYY-MM-DD in the program's time zone, both inclusive */
  startDate: string;
  endDate: string;
  timezone: string;
  checkinCadenceDays: number;
  circleCadenceDays: number;
  nudgeAfterDays: number;
  alertAfterDays: number;
  /** whether the mentor circle channel exists (prompts go there) */
  hasMentorCircle: boolean;
}

export interface TandemSnapshot {
  id: number;
  programId: number;
  status: TandemStatus;
  /** YYYY-MM-DD: paused while today is before it; periods that fell before it are skipped */
  pausedUntil: string | null;
  /** ISO instant; nothing is scheduled for a tandem before it was launched */
  launchedAt: string | null;
  mentorTz: string | null;
  menteeTz: string | null;
  /** YYYY-MM-DD of the latest meeting reported in a check-in ("yes" with met on) */
  lastMetOn: string | null;
}

export interface HelpRequest {
  /** stable id of the request, e.g. the check-in answer's "<checkinId>-<userId>" */
  id: string;
  tandemId: number;
  /** ISO instant */
  requestedAt: string;
}

export interface EventSnapshot {
  id: number;
  programId: number;
  kind: EventKind;
  /** ISO instant */
  startsAt: string;
  cancelledAt: string | null;
  /** edits of the event; an edited event's reminders are keyed anew (reminderKey) */
  revision?: number;
}

/** An event's reminder key; after an edit it carries the revision, so the reminders are armed again. */
export function reminderKey(event: Pick<EventSnapshot, "id" | "revision">, before: "7d" | "1d"): string {
  return event.revision
    ? `reminder:e${event.id}:r${event.revision}:${before}`
    : `reminder:e${event.id}:${before}`;
}

export interface RhythmState {
  programs: readonly ProgramSnapshot[];
  tandems: readonly TandemSnapshot[];
  helpRequests: readonly HelpRequest[];
  events: readonly EventSnapshot[];
  /** keys of the items already sent (scheduled_sends) */
  sent: ReadonlySet<string>;
}

/** Whose working hours an item must respect: everyone's if possible that day, else the primary's. */
export interface Audience {
  tzs: string[];
  primaryTz: string;
}

interface ItemBase {
  /** idempotency key: the same item always has the same key */
  key: string;
  programId: number;
  /** the moment the rules make the item due */
  dueAt: Date;
  /** the earliest time from now on that is within the audience's working hours */
  sendAt: Date;
  /** true when sendAt is now: the scheduler sends it in this tick */
  due: boolean;
  audience: Audience;
}

export type ItemFacts =
  | { kind: "checkin"; tandemId: number; period: number }
  | { kind: "nudge"; tandemId: number; since: string }
  | { kind: "alert"; tandemId: number; reason: "stall"; since: string }
  | { kind: "alert"; tandemId: number; reason: "help"; helpRequestId: string }
  | { kind: "circle"; number: number; phase: CirclePhase; indexInPhase: number }
  | { kind: "reminder"; eventId: number; eventKind: EventKind; before: "7d" | "1d" };

export type RhythmItem = ItemBase & ItemFacts;

const DAY_MS = 86_400_000;
const REMINDERS = [
  { before: "7d", days: 7 },
  { before: "1d", days: 1 },
] as const;

/**
 * Every item whose moment has come and that was neither sent nor superseded, with the earliest time it
 * may be sent and whether that is now. Only the latest period of each series is returned, so downtime
 * never causes a flood.
 */
export function dueItems(state: RhythmState, now: Date): RhythmItem[] {
  const items: RhythmItem[] = [];
  const add = (program: ProgramSnapshot, dueAt: Date, audience: Audience, facts: ItemFacts, key: string) => {
    if (state.sent.has(key)) return;
    const from = dueAt.getTime() > now.getTime() ? dueAt : now;
    const sendAt = nextAllowedTimeForAll(from, audience.tzs, audience.primaryTz);
    // An item whose first allowed time falls after the program's end is dropped, not sent late.
    if (localDate(sendAt, program.timezone) > program.endDate) return;
    items.push({
      ...facts,
      key,
      programId: program.id,
      dueAt,
      sendAt,
      due: sendAt.getTime() === now.getTime(),
      audience,
    });
  };

  for (const program of state.programs) {
    if (program.status !== "running") continue;
    const tz = pickTimeZone(program.timezone);
    const today = localDate(now, tz);
    if (today > program.endDate) continue;
    const startOf = (date: string) => zonedTime(date, 0, 0, tz);
    const managers: Audience = { tzs: [tz], primaryTz: tz };

    for (const tandem of state.tandems) {
      if (tandem.programId !== program.id || !tandem.launchedAt) continue;
      if (tandem.status !== "active" && tandem.status !== "paused") continue;
      const launchDate = localDate(new Date(tandem.launchedAt), tz);
      const menteeTz = pickTimeZone(tandem.menteeTz, tandem.mentorTz, tz);
      const channel: Audience = {
        tzs: [pickTimeZone(tandem.mentorTz, menteeTz), menteeTz],
        primaryTz: menteeTz,
      };

      for (const help of state.helpRequests) {
        if (help.tandemId !== tandem.id) continue;
        add(
          program,
          new Date(help.requestedAt),
          managers,
          { kind: "alert", tandemId: tandem.id, reason: "help", helpRequestId: help.id },
          `alert:t${tandem.id}:help${help.id}`,
        );
      }

      if (isPaused(tandem, today)) continue;

      const cadence = Math.max(1, program.checkinCadenceDays);
      const period = Math.floor(daysBetween(launchDate, today) / cadence);
      const periodDate = addDays(launchDate, period * cadence);
      if (period >= 1 && !(tandem.pausedUntil && periodDate < tandem.pausedUntil)) {
        add(
          program,
          checkinMoment(startOf(periodDate), channel, tandem.id),
          channel,
          { kind: "checkin", tandemId: tandem.id, period },
          `checkin:t${tandem.id}:p${period}`,
        );
      }

      const since = stallSince(tandem, launchDate, today);
      if (daysBetween(since, today) >= program.nudgeAfterDays) {
        add(
          program,
          startOf(addDays(since, program.nudgeAfterDays)),
          channel,
          { kind: "nudge", tandemId: tandem.id, since },
          `nudge:t${tandem.id}:since${since}`,
        );
      }
      if (daysBetween(since, today) >= program.alertAfterDays) {
        add(
          program,
          startOf(addDays(since, program.alertAfterDays)),
          managers,
          { kind: "alert", tandemId: tandem.id, reason: "stall", since },
          `alert:t${tandem.id}:since${since}`,
        );
      }
    }

    if (program.hasMentorCircle) {
      const cadence = Math.max(1, program.circleCadenceDays);
      const number = Math.floor(daysBetween(program.startDate, today) / cadence);
      if (number >= 1) {
        const { phase, indexInPhase } = circlePromptPlace(program, number);
        add(
          program,
          startOf(addDays(program.startDate, number * cadence)),
          managers,
          { kind: "circle", number, phase, indexInPhase },
          `circle:p${program.id}:n${number}`,
        );
      }
    }

    for (const event of state.events) {
      if (event.programId !== program.id || event.cancelledAt) continue;
      const startsAt = new Date(event.startsAt);
      if (now.getTime() >= startsAt.getTime()) continue;
      const eventDate = localDate(startsAt, tz);
      for (const { before, days } of REMINDERS) {
        const moment = zonedTime(workdayOnOrBefore(addDays(eventDate, -days)), 9, 0, tz);
        if (moment.getTime() > now.getTime() || now.getTime() - moment.getTime() > DAY_MS) continue;
        add(
          program,
          moment,
          managers,
          { kind: "reminder", eventId: event.id, eventKind: event.kind, before },
          reminderKey(event, before),
        );
      }
    }
  }
  return items.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || (a.key < b.key ? -1 : 1));
}

/** Check-in moments fall on whole multiples of this (the scheduler ticks every five minutes). */
const SPREAD_STEP_MS = 5 * 60_000;
/** No check-in moment lies this close to the end of its window, so a late tick still finds it inside. */
const SPREAD_MARGIN_MS = 15 * 60_000;

/**
 * When a tandem's check-in of a period falls due: the first working window from the period's date
 * on (both members' common hours that day, else the mentee's, as for every channel message) plus a
 * stable offset into that window from a hash of the tandem's id, on the five-minute grid. A program's
 * check-ins spread over the working day instead of all falling due in one tick, and each tandem's
 * moment stays the same whenever it is computed (a restart changes nothing).
 */
export function checkinMoment(dayStart: Date, audience: Audience, tandemId: number): Date {
  const { start, end } = allowedWindowForAll(dayStart, audience.tzs, audience.primaryTz);
  const steps = Math.floor((end.getTime() - start.getTime() - SPREAD_MARGIN_MS) / SPREAD_STEP_MS) + 1;
  if (steps <= 1) return start;
  return new Date(start.getTime() + Math.floor(spreadFraction(tandemId) * steps) * SPREAD_STEP_MS);
}

/** A number in [0, 1) that looks random but depends on the id alone (a 32-bit integer hash). */
function spreadFraction(id: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** The items to send in this tick: due and inside their audience's working hours now. */
export function sendableNow(state: RhythmState, now: Date): RhythmItem[] {
  return dueItems(state, now).filter((item) => item.due);
}

/** Paused while today is before pausedUntil; a pause without an end date lasts until lifted. */
export function isPaused(tandem: Pick<TandemSnapshot, "status" | "pausedUntil">, today: string): boolean {
  if (tandem.pausedUntil) return tandem.pausedUntil > today;
  return tandem.status === "paused";
}

/**
 * The day a stall is counted from: the latest reported meeting, the launch, or the end of a pause
 * (a tandem back from a pause gets the full grace period again).
 */
export function stallSince(
  tandem: Pick<TandemSnapshot, "lastMetOn" | "pausedUntil">,
  launchDate: string,
  today: string,
): string {
  let since = launchDate;
  if (tandem.lastMetOn && tandem.lastMetOn > since) since = tandem.lastMetOn;
  if (tandem.pausedUntil && tandem.pausedUntil <= today && tandem.pausedUntil > since)
    since = tandem.pausedUntil;
  return since;
}

/** How a tandem stands today, for the App Home's "at risk" list. */
export function stallLevel(
  program: Pick<ProgramSnapshot, "timezone" | "nudgeAfterDays" | "alertAfterDays">,
  tandem: TandemSnapshot,
  now: Date,
): "ok" | "quiet" | "at_risk" | "paused" {
  const tz = pickTimeZone(program.timezone);
  const today = localDate(now, tz);
  if (isPaused(tandem, today)) return "paused";
  if (!tandem.launchedAt) return "ok";
  const days = daysBetween(stallSince(tandem, localDate(new Date(tandem.launchedAt), tz), today), today);
  if (days >= program.alertAfterDays) return "at_risk";
  return days >= program.nudgeAfterDays ? "quiet" : "ok";
}

/**
 * A circle prompt's phase by the position of its date in the program (first, middle or last third),
 * and how many prompts of that phase came before it (to cycle through the phase's prompts).
 */
export function circlePromptPlace(
  program: Pick<ProgramSnapshot, "startDate" | "endDate" | "circleCadenceDays">,
  number: number,
): { phase: CirclePhase; indexInPhase: number } {
  const cadence = Math.max(1, program.circleCadenceDays);
  const length = Math.max(1, daysBetween(program.startDate, program.endDate));
  const phaseOf = (n: number): CirclePhase => {
    const position = (n * cadence) / length;
    return position < 1 / 3 ? "start" : position < 2 / 3 ? "middle" : "end";
  };
  const phase = phaseOf(number);
  let indexInPhase = 0;
  for (let n = 1; n < number; n++) if (phaseOf(n) === phase) indexInPhase++;
  return { phase, indexInPhase };
}

function workdayOnOrBefore(date: string): string {
  let d = date;
  while (!isWorkday(d)) d = addDays(d, -1);
  return d;
}

export type UpcomingItem = { key: string; programId: number; date: string } & ItemFacts;

/**
 * What comes next within `horizonDays` (for managers' overview): the next period of each series that
 * is not due yet, with its date in the program's time zone. Nudges and alerts assume no meeting is
 * reported until then.
 */
export function upcomingItems(state: RhythmState, now: Date, horizonDays = 28): UpcomingItem[] {
  const out: UpcomingItem[] = [];
  for (const program of state.programs) {
    if (program.status !== "running") continue;
    const tz = pickTimeZone(program.timezone);
    const today = localDate(now, tz);
    const horizon = addDays(today, horizonDays);
    const until = [horizon, program.endDate].sort()[0] ?? horizon;
    const push = (date: string, facts: ItemFacts, key: string) => {
      if (date > today && date <= until && !state.sent.has(key))
        out.push({ ...facts, key, programId: program.id, date });
    };

    for (const tandem of state.tandems) {
      if (tandem.programId !== program.id || !tandem.launchedAt) continue;
      if (tandem.status !== "active" && tandem.status !== "paused") continue;
      if (tandem.status === "paused" && !tandem.pausedUntil) continue;
      const launchDate = localDate(new Date(tandem.launchedAt), tz);
      const cadence = Math.max(1, program.checkinCadenceDays);
      let period = Math.floor(daysBetween(launchDate, today) / cadence) + 1;
      while (tandem.pausedUntil && addDays(launchDate, period * cadence) < tandem.pausedUntil) period++;
      push(
        addDays(launchDate, period * cadence),
        { kind: "checkin", tandemId: tandem.id, period },
        `checkin:t${tandem.id}:p${period}`,
      );
      const resumes = tandem.pausedUntil && tandem.pausedUntil > today ? tandem.pausedUntil : today;
      const since = stallSince(tandem, launchDate, resumes);
      push(
        addDays(since, program.nudgeAfterDays),
        { kind: "nudge", tandemId: tandem.id, since },
        `nudge:t${tandem.id}:since${since}`,
      );
      push(
        addDays(since, program.alertAfterDays),
        { kind: "alert", tandemId: tandem.id, reason: "stall", since },
        `alert:t${tandem.id}:since${since}`,
      );
    }

    if (program.hasMentorCircle) {
      const cadence = Math.max(1, program.circleCadenceDays);
      const number = Math.max(1, Math.floor(daysBetween(program.startDate, today) / cadence) + 1);
      const { phase, indexInPhase } = circlePromptPlace(program, number);
      push(
        addDays(program.startDate, number * cadence),
        { kind: "circle", number, phase, indexInPhase },
        `circle:p${program.id}:n${number}`,
      );
    }

    for (const event of state.events) {
      if (event.programId !== program.id || event.cancelledAt) continue;
      const eventDate = localDate(new Date(event.startsAt), tz);
      for (const { before, days } of REMINDERS) {
        push(
          workdayOnOrBefore(addDays(eventDate, -days)),
          { kind: "reminder", eventId: event.id, eventKind: event.kind, before },
          reminderKey(event, before),
        );
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1));
}
