import type { Lang } from "../i18n/define";

/*
 * Calendar dates in a time zone and dates written out for readers. Intl.DateTimeFormat is costly to
 * build (it showed up in the acknowledgement benchmark's profile), so each formatter is made once.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function isValidTimeZone(tz: string | null | undefined): tz is string {
  if (!tz || tz.trim() === "") return false;
  try {
    formatter(`ymd:${tz}`, () => ymdFormat(tz));
    return true;
  } catch {
    return false;
  }
}

function ymdFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
}

/** The calendar date (YYYY-MM-DD) at `now` in a time zone; UTC when the zone is unknown. */
export function localDate(now: Date, timeZone: string): string {
  const tz = isValidTimeZone(timeZone) ? timeZone : "UTC";
  return formatter(`ymd:${tz}`, () => ymdFormat(tz)).format(now);
}

/** "2026-03-01" → "1 March 2026" (en) / "1. März 2026" (de); anything else is returned as it is. */
export function formatDay(lang: Lang, ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  if (!m) return ymd;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return ymd;
  const f = formatter(
    `day:${lang}`,
    () => new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }),
  );
  return f.format(date);
}
