import { retentionDates } from "./consent";
import { archiveDay, dayStepAt, successPromptFrom } from "./lifecycle";
import { programCalendar } from "./rhythm/holidays";
import { addDays, localDate, nextAllowedTime, pickTimeZone } from "./rhythm/time";
import { type Wave, type WaveProgram, waveSends } from "./steering/waves";

/*
 * The closing phase of a program as the managers' schedule lists it: the evaluation waves, the success
 * prompts and the showcase of each closing event, the program's end, archiving and deletion. Every
 * moment comes from the rules the scheduler's steps use (domain/lifecycle, steering/waves, consent),
 * so the schedule and the scheduler cannot disagree.
 */

export interface ClosingProgram extends WaveProgram {
  archiveAfterDays: number | null;
  retentionMonths: number;
  /** the program's public holidays (domain/rhythm/holidays); absent: from the time zone */
  holidayCountry?: string | null;
  holidayRegion?: string | null;
}

/** A closing event that has not started, with how far its success prompts went out. */
export interface ClosingEventFacts {
  id: number;
  startsAt: string;
  /** live tandems with a channel whose prompt was not sent yet */
  promptsPending: number;
  /** live tandems whose prompt was sent */
  promptsSent: number;
}

export type ClosingStatus = "upcoming" | "pending" | "sent";

interface Base {
  /** stable per row; for success prompts also the key "Send now" carries */
  key: string;
  /** YYYY-MM-DD in the program's zone (retention: as runRetention counts, UTC) */
  date: string;
  /** when it goes out; undefined for rows known only to the day */
  at: Date | undefined;
  status: ClosingStatus;
}

export type ClosingItem = Base &
  (
    | { kind: "successes"; eventId: number; pending: number }
    | { kind: "showcase"; eventId: number }
    | { kind: "evaluation"; wave: Wave; send: "invite" | "reminder"; reminder?: number }
    | { kind: "end" }
    | { kind: "archive" }
    | { kind: "keep" }
    | { kind: "erase"; noticeOn: string }
  );

const SUCCESSES_PREFIX = "successes:e";

/** The key of a closing event's success prompts as a whole (each tandem's own is successPromptKey). */
export function successesKey(eventId: number): string {
  return `${SUCCESSES_PREFIX}${eventId}`;
}

/** The closing event behind a success-prompts key, else undefined. */
export function successesEventId(key: string): number | undefined {
  if (!key.startsWith(SUCCESSES_PREFIX)) return undefined;
  const id = Number(key.slice(SUCCESSES_PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

const ORDER: Record<ClosingItem["kind"], number> = {
  evaluation: 0,
  successes: 1,
  showcase: 2,
  end: 3,
  archive: 4,
  keep: 4,
  erase: 5,
};

/**
 * What of the closing phase comes within horizonDays: evaluation invitations and reminders, success
 * prompts and showcases of closing events, and the program's end. Once the end is within the horizon,
 * what follows it (archiving or keeping the channels, the deletion of personal data) is listed too,
 * however far off: a closed program has no schedule to look at any more.
 */
export function closingPlan(
  program: ClosingProgram,
  events: readonly ClosingEventFacts[],
  now: Date,
  horizonDays: number,
): ClosingItem[] {
  if (program.status !== "running") return [];
  const tz = pickTimeZone(program.timezone);
  const today = localDate(now, tz);
  const last = addDays(today, horizonDays);
  const items: ClosingItem[] = [];
  // from a moment on, at the next time inside working hours (program zone), as the scheduler sends
  const calendar = programCalendar({
    holidayCountry: program.holidayCountry ?? null,
    holidayRegion: program.holidayRegion ?? null,
    timezone: tz,
  });
  const nextFrom = (from: Date) => nextAllowedTime(now > from ? now : from, tz, calendar);

  for (const send of waveSends(program)) {
    if (send.day < today || send.day > last) continue;
    // On its day it goes out to each person in their own working hours: "due" from its first moment.
    items.push({
      kind: "evaluation",
      key: `eval:${send.wave}:${send.reminder ? `r${send.reminder}` : "invite"}`,
      wave: send.wave,
      send: send.kind,
      ...(send.reminder ? { reminder: send.reminder } : {}),
      date: send.day,
      at: send.from,
      status: now >= send.from ? "pending" : "upcoming",
    });
  }

  for (const event of events) {
    const startsAt = new Date(event.startsAt);
    if (startsAt <= now) continue;
    const from = successPromptFrom(event.startsAt, tz, calendar);
    if (from < startsAt && localDate(from, tz) <= last && event.promptsPending + event.promptsSent > 0) {
      const status: ClosingStatus =
        event.promptsPending === 0 ? "sent" : now >= from ? "pending" : "upcoming";
      items.push({
        kind: "successes",
        key: successesKey(event.id),
        eventId: event.id,
        pending: event.promptsPending,
        date: localDate(from, tz),
        at: status === "pending" ? nextFrom(from) : status === "upcoming" ? from : undefined,
        status,
      });
    }
    if (localDate(startsAt, tz) > last) continue;
    items.push({
      kind: "showcase",
      key: `showcase:e${event.id}`,
      eventId: event.id,
      date: localDate(startsAt, tz),
      at: startsAt,
      status: "upcoming",
    });
  }

  const endAt = dayStepAt(program.endDate, tz, calendar);
  if (program.endDate <= last) {
    items.push({
      kind: "end",
      key: `close:p${program.id}`,
      date: program.endDate,
      at: endAt,
      status: now >= endAt ? "pending" : "upcoming",
    });
    const archiveOn = archiveDay(program.endDate, program.archiveAfterDays);
    items.push(
      archiveOn
        ? {
            kind: "archive",
            key: `archive:p${program.id}`,
            date: archiveOn,
            at: dayStepAt(archiveOn, tz, calendar),
            status: "upcoming",
          }
        : {
            kind: "keep",
            key: `archive:p${program.id}`,
            date: program.endDate,
            at: undefined,
            status: "upcoming",
          },
    );
    const { eraseOn, noticeOn } = retentionDates(program);
    items.push({
      kind: "erase",
      key: `erase:p${program.id}`,
      date: eraseOn,
      noticeOn,
      at: undefined,
      status: "upcoming",
    });
  }
  return items.sort((a, b) => (a.date === b.date ? ORDER[a.kind] - ORDER[b.kind] : a.date < b.date ? -1 : 1));
}
