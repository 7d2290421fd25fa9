import { createRequire } from "node:module";
import type HolidaysClass from "date-holidays";

/*
 * Public holidays, from the date-holidays library (a maintained rule set per country and region).
 * A calendar is "DE" (nationwide holidays only), "DE-BY" (a region's too) or "" (weekends only).
 * Loading the library costs about 150 ms and 10 MB of heap once, so it is loaded on first use; a
 * year's holidays of a calendar take a few ms and are kept (docs/decisions/scheduler.md).
 */

type Holidays = InstanceType<typeof HolidaysClass>;

/** The calendar of a program whose country is not chosen: derived from its time zone. */
const ZONE_COUNTRY: Readonly<Record<string, string>> = {
  "Europe/Berlin": "DE",
  "Europe/Busingen": "DE",
  "Europe/Vienna": "AT",
  "Europe/Zurich": "CH",
  "Europe/London": "GB",
  "Europe/Dublin": "IE",
  "Europe/Paris": "FR",
  "Europe/Amsterdam": "NL",
  "Europe/Brussels": "BE",
  "Europe/Luxembourg": "LU",
  "Europe/Rome": "IT",
  "Europe/Madrid": "ES",
  "Europe/Lisbon": "PT",
  "Europe/Warsaw": "PL",
  "Europe/Prague": "CZ",
  "Europe/Copenhagen": "DK",
  "Europe/Stockholm": "SE",
  "Europe/Oslo": "NO",
  "Europe/Helsinki": "FI",
  "America/New_York": "US",
  "America/Chicago": "US",
  "America/Denver": "US",
  "America/Los_Angeles": "US",
  "America/Toronto": "CA",
};

/** Countries the program modal offers; regions are offered for those listed in REGION_COUNTRIES. */
export const HOLIDAY_COUNTRIES = [
  "DE",
  "AT",
  "CH",
  "GB",
  "IE",
  "FR",
  "NL",
  "BE",
  "LU",
  "IT",
  "ES",
  "PT",
  "PL",
  "CZ",
  "DK",
  "SE",
  "NO",
  "FI",
  "US",
  "CA",
] as const;
export const REGION_COUNTRIES = ["DE", "AT", "CH"] as const;

/** The stored choice: country null = from the time zone; "none" = weekends only. */
export interface HolidaySetting {
  holidayCountry: string | null;
  holidayRegion: string | null;
  timezone: string;
}

export const NO_HOLIDAYS = "none";

export function defaultCountryFor(timezone: string): string | undefined {
  return ZONE_COUNTRY[timezone];
}

/** The program's calendar as one string: "DE", "DE-BY" or "" for weekends only. */
export function programCalendar(p: HolidaySetting): string {
  if (p.holidayCountry === NO_HOLIDAYS) return "";
  const country = p.holidayCountry ?? defaultCountryFor(p.timezone);
  if (!country) return "";
  return p.holidayRegion ? `${country}-${p.holidayRegion}` : country;
}

let library: typeof HolidaysClass | undefined;
const instances = new Map<string, Holidays>();
/** calendar|year|lang → date → holiday name */
const years = new Map<string, ReadonlyMap<string, string>>();

function load(): typeof HolidaysClass {
  library ??= createRequire(import.meta.url)("date-holidays") as typeof HolidaysClass;
  return library;
}

function instance(calendar: string): Holidays {
  let h = instances.get(calendar);
  if (!h) {
    const [country = "", region] = calendar.split("-");
    const Library = load();
    h = region
      ? new Library(country, region, { types: ["public"] })
      : new Library(country, { types: ["public"] });
    instances.set(calendar, h);
  }
  return h;
}

function holidaysOf(calendar: string, year: number, lang: string): ReadonlyMap<string, string> {
  const key = `${calendar}|${year}|${lang}`;
  let map = years.get(key);
  if (!map) {
    const found = new Map<string, string>();
    for (const h of instance(calendar).getHolidays(year, lang)) {
      if (h.type === "public") found.set(h.date.slice(0, 10), h.name);
    }
    map = found;
    years.set(key, map);
  }
  return map;
}

/** The public holiday on a date (YYYY-MM-DD) in a calendar, in a language, if there is one. */
export function holidayOn(date: string, calendar: string | undefined, lang = "en"): string | undefined {
  if (!calendar) return undefined;
  return holidaysOf(calendar, Number(date.slice(0, 4)), lang).get(date);
}

export function isHoliday(date: string, calendar: string | undefined): boolean {
  return holidayOn(date, calendar) !== undefined;
}

/**
 * The holiday on a date in the calendar, or else in any region of its country (a nationwide calendar
 * still should not start a cohort on All Saints' Day, a holiday for part of the company): for dates
 * chosen once per program, not for the daily schedule.
 */
export function holidayAnywhere(
  date: string,
  calendar: string | undefined,
  lang = "en",
): { name: string; regional: boolean } | undefined {
  if (!calendar) return undefined;
  const own = holidayOn(date, calendar, lang);
  if (own) return { name: own, regional: false };
  const [country = ""] = calendar.split("-");
  if (!(REGION_COUNTRIES as readonly string[]).includes(country)) return undefined;
  for (const region of Object.keys(regionNames(country, "en"))) {
    const name = holidayOn(date, `${country}-${region}`, lang);
    if (name) return { name, regional: true };
  }
  return undefined;
}

/** A country's name and its regions' names in a language, for the program modal. */
export function countryNames(lang: string): Record<string, string> {
  return instance("DE").getCountries(lang) ?? {};
}

export function regionNames(country: string, lang: string): Record<string, string> {
  return instance(country).getStates(country, lang) ?? {};
}

/** Whether a calendar string names a country (and region) the library knows. */
export function isKnownCalendar(country: string, region: string | null): boolean {
  const countries = countryNames("en");
  if (!(country in countries)) return false;
  return !region || region in regionNames(country, "en");
}
