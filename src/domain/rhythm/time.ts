import { isValidTimeZone } from "../dates";
import { isHoliday } from "./holidays";
/**
 * Calendar dates and working hours in IANA time zones, with nothing but Intl.DateTimeFormat.
 * Working hours are Monday to Friday, 09:00 (inclusive) to 17:00 (exclusive), local time, except on
 * the public holidays of a calendar ("DE", "DE-BY", see ./holidays) where one is given.
 * Dates are "YYYY-MM-DD" strings; instants are Date objects.
 */

export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 17;

const DAY_MS = 86_400_000;

interface LocalParts {
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  return f;
}

export { isValidTimeZone };

/** The first usable zone of the candidates (a profile's tz may be missing or unknown), else UTC. */
export function pickTimeZone(...candidates: (string | null | undefined)[]): string {
  return candidates.find(isValidTimeZone) ?? "UTC";
}

/**
 * formatToParts costs about 10 µs a call and a schedule of 2,000 tandems asks for the same instants
 * in the same zone thousands of times (bench/home-at-size.ts): answers are remembered, a bounded number.
 */
const partsCache = new Map<string, Readonly<LocalParts>>();
const CACHE_MAX = 20_000;

function localParts(instant: Date, tz: string): Readonly<LocalParts> {
  const key = `${tz} ${instant.getTime()}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const parts = computeLocalParts(instant, tz);
  if (partsCache.size >= CACHE_MAX) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}

function computeLocalParts(instant: Date, tz: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  const year = values.year ?? 1970;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  return {
    date: formatDate(year, month, day),
    year,
    month,
    day,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Sliced rather than split when well formed: it runs millions of times for 2,000 tandems. */
function dateToUtcMs(date: string): number {
  if (date.length === 10 && date[4] === "-" && date[7] === "-") {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  }
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date, tz: string): string {
  return localParts(instant, tz).date;
}

export function addDays(date: string, days: number): string {
  const d = new Date(dateToUtcMs(date) + days * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dateToUtcMs(b) - dateToUtcMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return new Date(dateToUtcMs(date)).getUTCDay();
}

/** Monday to Friday, and not a public holiday of the calendar (when one is given). */
export function isWorkday(date: string, calendar?: string): boolean {
  const w = weekday(date);
  return w >= 1 && w <= 5 && !isHoliday(date, calendar);
}

/** The date itself if it is a working day, else the next one. */
export function workdayOnOrAfter(date: string, calendar?: string): string {
  let d = date;
  while (!isWorkday(d, calendar)) d = addDays(d, 1);
  return d;
}

/** The date itself if it is a working day, else the one before. */
export function workdayOnOrBefore(date: string, calendar?: string): string {
  let d = date;
  while (!isWorkday(d, calendar)) d = addDays(d, -1);
  return d;
}

/** The working day n working days after (n > 0) or before (n < 0) a date. */
export function addWorkdays(date: string, n: number, calendar?: string): string {
  let d = date;
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isWorkday(d, calendar)) left--;
  }
  return d;
}

/** Working days after a and up to b (0 when b is not later). */
export function workdaysBetween(a: string, b: string, calendar?: string): number {
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkday(d, calendar)) n++;
  return n;
}

/** The instant at which the wall clock in tz shows the given date and time. */
export function zonedTime(date: string, hour: number, minute: number, tz: string): Date {
  const wall = dateToUtcMs(date) + (hour * 60 + minute) * 60_000;
  // The zone's offset at the guess can differ from the offset at the answer across a DST change;
  // a second pass settles it. Working-hour boundaries never fall into a DST gap.
  let guess = wall - offsetMs(new Date(wall), tz);
  guess = wall - offsetMs(new Date(guess), tz);
  return new Date(guess);
}

function offsetMs(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

interface Window {
  start: number;
  end: number;
}

function workWindow(date: string, tz: string, calendar?: string): Window | undefined {
  if (!isWorkday(date, calendar)) return undefined;
  return {
    start: zonedTime(date, WORK_START_HOUR, 0, tz).getTime(),
    end: zonedTime(date, WORK_END_HOUR, 0, tz).getTime(),
  };
}

export function isWithinWorkingHours(now: Date, tz: string, calendar?: string): boolean {
  const p = localParts(now, tz);
  return isWorkday(p.date, calendar) && p.hour >= WORK_START_HOUR && p.hour < WORK_END_HOUR;
}

/** now itself when it lies within working hours in tz, else the start of the next working day there. */
export function nextAllowedTime(now: Date, tz: string, calendar?: string): Date {
  return nextAllowedTimeForAll(now, [tz], tz, calendar);
}

/**
 * The earliest instant from `from` on that suits a group: on each working day of the primary person
 * (the mentee in a tandem channel), a time within everyone's working hours if that day has one,
 * otherwise a time within the primary person's working hours. See docs/decisions/scheduler.md.
 */
export function nextAllowedTimeForAll(
  from: Date,
  tzs: readonly string[],
  primaryTz: string,
  calendar?: string,
): Date {
  return new Date(allowedWindow(from, tzs, primaryTz, calendar).start);
}

/**
 * The stretch of working time that nextAllowedTimeForAll's answer opens: from that instant to the end
 * of the window it lies in (everyone's common hours that day, or the primary person's own).
 */
export function allowedWindowForAll(
  from: Date,
  tzs: readonly string[],
  primaryTz: string,
  calendar?: string,
): { start: Date; end: Date } {
  const window = allowedWindow(from, tzs, primaryTz, calendar);
  return { start: new Date(window.start), end: new Date(window.end) };
}

function allowedWindow(from: Date, tzs: readonly string[], primaryTz: string, calendar = ""): Window {
  // Thousands of tandems share a few zones and due dates: the answer is remembered (bench/home-at-size.ts).
  const key = `${from.getTime()}|${primaryTz}|${tzs.join(",")}|${calendar}`;
  const cached = allowedCache.get(key);
  if (cached !== undefined) return cached;
  const answer = computeAllowedWindow(from, tzs, primaryTz, calendar);
  if (allowedCache.size >= CACHE_MAX) allowedCache.clear();
  allowedCache.set(key, answer);
  return answer;
}

const allowedCache = new Map<string, Readonly<Window>>();

function computeAllowedWindow(
  from: Date,
  tzs: readonly string[],
  primaryTz: string,
  calendar: string,
): Window {
  const others = [...new Set(tzs)].filter((tz) => tz !== primaryTz);
  const fromMs = from.getTime();
  const firstDay = localDate(from, primaryTz);
  for (let i = 0; i < 14; i++) {
    const day = addDays(firstDay, i);
    const own = workWindow(day, primaryTz, calendar);
    if (!own) continue;
    const start = Math.max(own.start, fromMs);
    if (start >= own.end) continue;
    let common: Window[] = [{ start, end: own.end }];
    for (const tz of others) {
      const theirs = [-1, 0, 1].flatMap((d) => {
        const w = workWindow(addDays(day, d), tz, calendar);
        return w ? [w] : [];
      });
      common = intersect(common, theirs);
    }
    return common[0] ?? { start, end: own.end };
  }
  throw new Error(`no working hours within two weeks in ${primaryTz}`);
}

function intersect(a: Window[], b: Window[]): Window[] {
  const out: Window[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (start < end) out.push({ start, end });
    }
  }
  return out.sort((p, q) => p.start - q.start);
}

/** Whether a group may be messaged now, by the same rule as nextAllowedTimeForAll. */
export function isAllowedForAll(
  now: Date,
  tzs: readonly string[],
  primaryTz: string,
  calendar?: string,
): boolean {
  return nextAllowedTimeForAll(now, tzs, primaryTz, calendar).getTime() === now.getTime();
}
