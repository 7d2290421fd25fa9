import { listEvents, rsvpOf } from "../db/queries/events";
import { lastClosedProgram, liveTandems } from "../db/queries/lifecycle";
import type { Program } from "../db/queries/programs";
import { tandemMembers } from "../db/queries/rhythm";
import type { Deps } from "../deps";
import { invitedStatuses } from "../domain/events";
import { addDays, daysBetween, localDate } from "../domain/rhythm/time";
import type { ParticipantStatus } from "../domain/types";
import type { Translator } from "../i18n";
import { section } from "../slack/blocks";
import type { UpcomingDate } from "../slack/views/home";
import { eventName } from "../slack/views/rhythmEvents";
import { formatDate } from "../slack/views/setup";

/**
 * A person's own upcoming dates for the App Home: the events they are invited to (not those they
 * declined) and the next check-in of their tandem.
 */
export function personalDates(
  deps: Deps,
  t: Translator,
  program: Program,
  person: { userId: string; status: ParticipantStatus; tandemId: number | undefined },
  today: string,
): UpcomingDate[] {
  const tz = program.timezone;
  const dates: UpcomingDate[] = [];
  for (const event of listEvents(deps.db, program.id)) {
    if (event.cancelledAt || !invitedStatuses(event.kind).includes(person.status)) continue;
    const at = new Date(event.startsAt);
    const date = localDate(at, tz);
    if (date < today || rsvpOf(deps.db, event.id, person.userId) === "not_going") continue;
    const time = new Intl.DateTimeFormat(t.lang === "de" ? "de-DE" : "en-GB", {
      timeZone: tz,
      timeStyle: "short",
    }).format(at);
    const kind = eventName(t, { kind: event.kind, name: { de: event.nameDe, en: event.nameEn } });
    dates.push({ date, label: t("close.home.event", { kind, time }) });
  }
  const tandem = person.tandemId === undefined ? undefined : tandemMembers(deps.db, person.tandemId)?.tandem;
  if (tandem?.launchedAt && (tandem.status === "active" || tandem.status === "paused")) {
    const launch = localDate(new Date(tandem.launchedAt), tz);
    const cadence = Math.max(1, program.checkinCadenceDays);
    let period = Math.floor(daysBetween(launch, today) / cadence) + 1;
    while (tandem.pausedUntil && addDays(launch, period * cadence) < tandem.pausedUntil) period++;
    const next = addDays(launch, period * cadence);
    if (next <= program.endDate) dates.push({ date: next, label: t("close.home.checkin") });
  }
  return dates;
}

/**
 * When no cohort is running, the last one stays readable: participants see that it ended, program
 * managers how it closed and how to start the next.
 */
export function closedProgramSection(
  deps: Deps,
  t: Translator,
  isManager: boolean,
  tookPart: (programId: number) => boolean,
) {
  const last = lastClosedProgram(deps.db);
  if (!last) return [];
  const date = formatDate(
    t.lang,
    last.closedAt ? localDate(new Date(last.closedAt), last.timezone) : last.endDate,
  );
  if (isManager) {
    const tandems = liveTandems(deps.db, last.id, ["ended"]).length;
    // its report and export are a click away in the list of past cohorts (services/cohorts)
    return [[section(t("close.home.closed_manager", { program: last.name, date, tandems }))]];
  }
  return tookPart(last.id) ? [[section(t("close.home.closed", { program: last.name, date }))]] : [];
}
