import type { EventKind, ProgramStatus, TandemStatus } from "../types";
import type { CirclePhase } from "./prompts";
import {
  addDays,
  addWorkdays,
  allowedWindowForAll,
  daysBetween,
  localDate,
  nextAllowedTimeForAll,
  pickTimeZone,
  workdayOnOrAfter,
  workdayOnOrBefore,
  workdaysBetween,
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
  /** public holidays ("DE", "DE-BY", see ./holidays); nothing is scheduled on them. Empty: weekends only */
  calendar?: string;
}

/** A check-in that was posted in a tandem's channel, and how it was answered. */
export interface CheckinSnapshot {
  period: number;
  /** YYYY-MM-DD in the program's time zone */
  sentOn: string;
  /** someone answered "yes, we met" */
  met: boolean;
  /** someone answered at all */
  answered: boolean;
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
  /** the check-ins posted so far, oldest first (the stall rules count the unanswered ones) */
  checkins?: readonly CheckinSnapshot[];
  /** YYYY-MM-DD (program zone) of the latest alert about the tandem, any reason, raised or resolved */
  lastAlertOn?: string | null;
  /** the `since` of the latest stall the tandem was nudged about (its nudge key) */
  nudgedSince?: string | null;
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
  /**
   * the events whose days keep check-ins away (closing events), when `events` is narrowed to those
   * whose reminders are due in this call (a tick's later slices); `events` otherwise
   */
  calendarEvents?: readonly EventSnapshot[];
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
  | { kind: "checkin"; tandemId: number; period: number; final?: boolean }
  /** a reply in the thread of the unanswered check-in of `period` */
  | { kind: "nudge"; tandemId: number; since: string; period?: number }
  /** `unanswered`: check-ins since `since` that brought no reported meeting */
  | { kind: "alert"; tandemId: number; reason: "stall"; since: string; unanswered?: number }
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
    const sendAt = nextAllowedTimeForAll(from, audience.tzs, audience.primaryTz, program.calendar);
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

      const plan = checkinPlan(program, tandem, state.calendarEvents ?? state.events);
      const calendar = program.calendar;
      const checkinOn = (date: string) => checkinMoment(startOf(date), channel, tandem.id, calendar);
      // Only the latest check-in whose day has come is due; one skipped by a pause is not sent later.
      const latest = [...plan].reverse().find((c) => c.date <= today);
      const skipped = !!latest && !!tandem.pausedUntil && latest.periodDate < tandem.pausedUntil;
      const posted = (c: PlannedCheckin) => (tandem.checkins ?? []).some((p) => p.period === c.period);
      const checkinWaiting =
        !!latest && !skipped && !posted(latest) && !state.sent.has(latestKey(tandem.id, latest));
      if (latest && !skipped) {
        add(
          program,
          checkinOn(latest.date),
          channel,
          {
            kind: "checkin",
            tandemId: tandem.id,
            period: latest.period,
            ...(latest.final ? { final: true } : {}),
          },
          latestKey(tandem.id, latest),
        );
      }

      const stall = stallFacts(program, tandem, today, plan);
      // Nothing about stalls in the last stretch; in the channel, no nudge while a check-in waits to go out.
      if (!stall || today >= stall.lastStretch) continue;
      const lastCheckin = stall.lastCheckin;
      if (
        !checkinWaiting &&
        lastCheckin &&
        !lastCheckin.answered &&
        daysBetween(stall.since, today) >= program.nudgeAfterDays &&
        workdaysBetween(lastCheckin.sentOn, today, calendar) >= NUDGE_AFTER_WORKDAYS
      ) {
        add(
          program,
          startOf(today),
          channel,
          { kind: "nudge", tandemId: tandem.id, since: stall.since, period: lastCheckin.period },
          `nudge:t${tandem.id}:since${stall.since}`,
        );
      }
      if (stall.alertable && daysBetween(stall.since, today) >= program.alertAfterDays) {
        const helpedRecently = state.helpRequests.some(
          (h) =>
            h.tandemId === tandem.id &&
            daysBetween(localDate(new Date(h.requestedAt), tz), today) < QUIET_AFTER_HELP_DAYS,
        );
        const alertedThisStall = !!tandem.lastAlertOn && tandem.lastAlertOn >= stall.since;
        if (!helpedRecently && !alertedThisStall) {
          add(
            program,
            startOf(today),
            managers,
            {
              kind: "alert",
              tandemId: tandem.id,
              reason: "stall",
              since: stall.since,
              unanswered: stall.unanswered,
            },
            `alert:t${tandem.id}:since${stall.since}`,
          );
        }
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
        const moment = zonedTime(workdayOnOrBefore(addDays(eventDate, -days), program.calendar), 9, 0, tz);
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
export function checkinMoment(dayStart: Date, audience: Audience, tandemId: number, calendar?: string): Date {
  const { start, end } = allowedWindowForAll(dayStart, audience.tzs, audience.primaryTz, calendar);
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

/** No check-in in the program's last working days: one final reflection instead. */
export const LAST_STRETCH_WORKDAYS = 5;
/** The final reflection comes at least this many working days after the last check-in. */
const REFLECTION_GAP_WORKDAYS = 3;
/** A nudge follows up a check-in left without a meeting this many working days after it. */
export const NUDGE_AFTER_WORKDAYS = 3;
/** Managers are alerted only after this many check-ins went unanswered since the last meeting… */
export const ALERT_AFTER_CHECKINS = 3;
/** …or this many brought no meeting though someone answered ("not yet"). */
export const ALERT_AFTER_CHECKINS_ANSWERED = 5;
/** Managers are alerted only when this many working days are left to act before the end. */
export const ALERT_LEAD_WORKDAYS = 10;
/** A tandem that asked for help is not alerted about again within this many days. */
export const QUIET_AFTER_HELP_DAYS = 42;

/** A check-in as planned: its period's date, and the working day it is sent on. */
export interface PlannedCheckin {
  period: number;
  /** launch + period × cadence, or a cadence after the previous check-in's day if that is later */
  periodDate: string;
  /** the day it is sent: the first working day from periodDate that has no other program message */
  date: string;
  /** the final reflection, instead of check-ins in the last stretch */
  final: boolean;
}

/** The first day of the last stretch: LAST_STRETCH_WORKDAYS working days before the last working day. */
export function lastStretchStart(program: Pick<ProgramSnapshot, "endDate" | "calendar">): string {
  const cal = program.calendar;
  return addWorkdays(workdayOnOrBefore(program.endDate, cal), -(LAST_STRETCH_WORKDAYS - 1), cal);
}

/**
 * Days on which a tandem's channel already hears from the program, so a check-in waits a working day:
 * the success prompt before a closing event, the closing event itself, the end of a pause, the last day.
 */
function busyChannelDays(
  program: Pick<ProgramSnapshot, "id" | "endDate" | "timezone" | "calendar">,
  tandem: Pick<TandemSnapshot, "pausedUntil">,
  events: readonly EventSnapshot[],
): Set<string> {
  const tz = pickTimeZone(program.timezone);
  const days = new Set<string>([program.endDate]);
  if (tandem.pausedUntil) days.add(tandem.pausedUntil);
  for (const e of events) {
    if (e.programId !== program.id || e.kind !== "closing" || e.cancelledAt) continue;
    const eventDay = localDate(new Date(e.startsAt), tz);
    days.add(eventDay);
    days.add(workdayOnOrBefore(addDays(eventDay, -7), program.calendar));
  }
  return days;
}

/**
 * Every check-in of a tandem from its launch to the end (the pure answer to "when is it sent"; the
 * moment within the day is checkinMoment): launch + n × cadence, moved to the next working day (no
 * weekend, no public holiday of the program's calendar, no day the channel already hears from the
 * program), none in the last stretch, and then one final reflection.
 */
export function checkinPlan(
  program: Pick<ProgramSnapshot, "id" | "endDate" | "timezone" | "calendar" | "checkinCadenceDays">,
  tandem: Pick<TandemSnapshot, "launchedAt" | "pausedUntil">,
  events: readonly EventSnapshot[] = [],
): PlannedCheckin[] {
  if (!tandem.launchedAt) return [];
  const tz = pickTimeZone(program.timezone);
  const cal = program.calendar;
  const launchDate = localDate(new Date(tandem.launchedAt), tz);
  const busy = busyChannelDays(program, tandem, events);
  const sendDay = (date: string) => {
    let d = workdayOnOrAfter(date, cal);
    while (busy.has(d)) d = workdayOnOrAfter(addDays(d, 1), cal);
    return d;
  };
  const stretch = lastStretchStart(program);
  const cadence = Math.max(1, program.checkinCadenceDays);
  const out: PlannedCheckin[] = [];
  for (let period = 1; ; period++) {
    // launch + n × cadence, but never less than a cadence after the check-in before it: one moved off
    // a holiday or a busy day does not shorten the gap to the next (the later ones move with it).
    const previous = out.at(-1);
    const onCadence = addDays(launchDate, period * cadence);
    const afterPrevious = previous ? addDays(previous.date, cadence) : onCadence;
    const periodDate = [afterPrevious, onCadence].sort()[1] ?? onCadence;
    const date = sendDay(periodDate);
    if (date >= stretch) break;
    out.push({ period, periodDate, date, final: false });
  }
  const last = out.at(-1);
  if (last) {
    const after = addWorkdays(last.date, REFLECTION_GAP_WORKDAYS, cal);
    const date = sendDay([after, stretch].sort()[1] ?? stretch);
    if (date < program.endDate) out.push({ period: last.period + 1, periodDate: date, date, final: true });
  }
  return out;
}

function latestKey(tandemId: number, c: Pick<PlannedCheckin, "period">): string {
  return `checkin:t${tandemId}:p${c.period}`;
}

export interface StallFacts {
  /** the day the stall is counted from */
  since: string;
  /** check-ins since then that brought no meeting and had a few working days for an answer */
  unanswered: number;
  /** the latest check-in posted since then (a nudge replies in its thread) */
  lastCheckin: CheckinSnapshot | undefined;
  /** whether managers may be alerted (enough chances missed, time left to act) */
  alertable: boolean;
  lastStretch: string;
}

/**
 * How quiet a tandem is on a day. A stall starts at the first chance to report a meeting (the first
 * check-in), the latest reported meeting or the end of a pause, whichever is latest; undefined
 * before the first check-in's day.
 */
export function stallFacts(
  program: Pick<ProgramSnapshot, "id" | "endDate" | "timezone" | "calendar" | "checkinCadenceDays">,
  tandem: TandemSnapshot,
  today: string,
  plan: readonly PlannedCheckin[] = checkinPlan(program, tandem),
): StallFacts | undefined {
  const first = plan[0];
  if (!first || first.date > today) return undefined;
  // The first chance is the first check-in that went out (downtime may have skipped planned ones).
  const firstPosted = tandem.checkins?.[0]?.sentOn;
  if (tandem.checkins && !firstPosted) return undefined;
  const firstChance = firstPosted && firstPosted > first.date ? firstPosted : first.date;
  const since = stallSince(tandem, firstChance, today);
  const cal = program.calendar;
  const answerBy = addWorkdays(today, -NUDGE_AFTER_WORKDAYS, cal);
  const posted = (tandem.checkins ?? []).filter((c) => c.sentOn >= since);
  const counted = posted.filter((c) => c.sentOn <= answerBy);
  // Silence is what counts: a "not yet" is an answer from a tandem that is still there, so only a long
  // run of check-ins without a meeting counts as much as a few that nobody answered.
  const silent = counted.filter((c) => !c.answered).length;
  const unanswered = counted.filter((c) => !c.met).length;
  return {
    since,
    unanswered,
    lastCheckin: posted.at(-1),
    alertable:
      // silence after the nudge too, or a long run of "not yet"
      ((silent >= ALERT_AFTER_CHECKINS && tandem.nudgedSince === since) ||
        unanswered >= ALERT_AFTER_CHECKINS_ANSWERED) &&
      workdaysBetween(today, program.endDate, cal) >= ALERT_LEAD_WORKDAYS,
    lastStretch: lastStretchStart(program),
  };
}

/**
 * The day a stall is counted from: the latest reported meeting, the first chance to report one (the
 * first check-in's day), or the end of a pause (a tandem back from a pause gets the full grace again).
 */
export function stallSince(
  tandem: Pick<TandemSnapshot, "lastMetOn" | "pausedUntil">,
  firstChance: string,
  today: string,
): string {
  let since = firstChance;
  if (tandem.lastMetOn && tandem.lastMetOn > since) since = tandem.lastMetOn;
  if (tandem.pausedUntil && tandem.pausedUntil <= today && tandem.pausedUntil > since)
    since = tandem.pausedUntil;
  return since;
}

/**
 * How a tandem stands today, for the App Home's "at risk" list and the report: quiet once a nudge
 * would be due, at risk once managers would be alerted (enough check-ins without a meeting).
 */
export function stallLevel(
  program: Pick<
    ProgramSnapshot,
    "id" | "endDate" | "timezone" | "calendar" | "checkinCadenceDays" | "nudgeAfterDays" | "alertAfterDays"
  >,
  tandem: TandemSnapshot,
  now: Date,
): "ok" | "quiet" | "at_risk" | "paused" {
  const tz = pickTimeZone(program.timezone);
  const today = localDate(now, tz);
  if (isPaused(tandem, today)) return "paused";
  const stall = stallFacts(program, tandem, today);
  if (!stall) return "ok";
  const days = daysBetween(stall.since, today);
  if (days >= program.alertAfterDays && stall.alertable) return "at_risk";
  return days >= program.nudgeAfterDays && stall.unanswered >= 1 ? "quiet" : "ok";
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

export type UpcomingItem = { key: string; programId: number; date: string } & ItemFacts;

/**
 * The tandem as it would stand on `day` if its planned check-ins after today went out and brought
 * no answer: what the schedule assumes for its nudges and alerts.
 */
export function withPlannedCheckins(
  tandem: TandemSnapshot,
  plan: readonly PlannedCheckin[],
  today: string,
  day: string,
): TandemSnapshot {
  const posted = tandem.checkins ?? [];
  const assumed = plan
    .filter(
      (c) =>
        c.date < day &&
        !posted.some((p) => p.period === c.period) &&
        (c.date > today || posted.length > 0) &&
        !(tandem.pausedUntil && c.periodDate < tandem.pausedUntil),
    )
    .map((c) => ({ period: c.period, sentOn: c.date, met: false, answered: false }));
  return { ...tandem, checkins: [...posted, ...assumed].sort((a, b) => a.period - b.period) };
}

/**
 * The tandem's next nudge and alert if no meeting is reported until then: the days on which dueItems
 * would first hold them, assuming the planned check-ins go out and bring no answer.
 */
function plannedStallItems(
  program: ProgramSnapshot,
  tandem: TandemSnapshot,
  plan: readonly PlannedCheckin[],
  events: readonly EventSnapshot[],
  today: string,
  until: string,
): { date: string; facts: ItemFacts; key: string }[] {
  const tz = pickTimeZone(program.timezone);
  const out: { date: string; facts: ItemFacts; key: string }[] = [];
  const want = new Set(["nudge", "alert"]);
  const first = plan[0];
  if (!first) return out;
  // Neither can come before the stall is nudgeAfterDays old: start there, not at every day ahead.
  const earliest = addDays(stallSince(tandem, first.date, today), program.nudgeAfterDays);
  const from = earliest > today ? earliest : addDays(today, 1);
  for (let day = from; day <= until && want.size > 0; day = addDays(day, 1)) {
    const probe: RhythmState = {
      programs: [{ ...program, hasMentorCircle: false }],
      tandems: [withPlannedCheckins(tandem, plan, today, day)],
      helpRequests: [],
      events: events.filter((e) => e.programId === program.id && e.kind === "closing"),
      sent: new Set(),
    };
    for (const item of dueItems(probe, zonedTime(day, 23, 59, tz))) {
      if ((item.kind === "nudge" || item.kind === "alert") && want.has(item.kind)) {
        want.delete(item.kind);
        const { key, programId: _p, dueAt: _d, sendAt: _s, due: _u, audience: _a, ...facts } = item;
        out.push({ date: day, facts, key });
      }
    }
  }
  return out;
}

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
      const plan = checkinPlan(program, tandem, state.events);
      const next = plan.find(
        (c) => c.date > today && !(tandem.pausedUntil && c.periodDate < tandem.pausedUntil),
      );
      if (next) {
        push(
          next.date,
          {
            kind: "checkin",
            tandemId: tandem.id,
            period: next.period,
            ...(next.final ? { final: true } : {}),
          },
          latestKey(tandem.id, next),
        );
      }
      for (const stall of plannedStallItems(program, tandem, plan, state.events, today, until)) {
        push(stall.date, stall.facts, stall.key);
      }
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
