import {
  announceKeyPrefix,
  cafeParticipants,
  createEvent,
  getEvent,
  invitees,
  isInvitable,
  listEvents,
  type ProgramEvent,
  rsvpCounts,
  rsvpOf,
  sameEvent,
  saveRsvp,
  seatsOf,
  storeTables,
  upcomingCafes,
} from "../db/queries/events";
import { markAnnounced } from "../db/queries/lifecycle";
import { opByKey } from "../db/queries/outbox";
import { findParticipant } from "../db/queries/participants";
import { currentProgram, getProgram, type Program } from "../db/queries/programs";
import { cachedUser } from "../db/queries/users";
import type { Deps, WorkerDeps } from "../deps";
import {
  type EventForm,
  invitedStatuses,
  type RsvpResponse,
  rsvpDeadline,
  tablesDueAt,
  validateEvent,
} from "../domain/events";
import { programCalendar } from "../domain/rhythm/holidays";
import { daysBetween, isWithinWorkingHours, localDate, pickTimeZone } from "../domain/rhythm/time";
import {
  type CafeParticipant,
  type CafeRound,
  planWorldCafe,
  replanWorldCafe,
} from "../domain/rhythm/worldcafe";
import { langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { DbOrTx, OpSpec } from "../outbox/types";
import { ids } from "../slack/ids";
import { mentionUser } from "../slack/text";
import {
  buildEventAnnouncement,
  buildEventList,
  buildEventModal,
  buildEventReminder,
  buildEventSavedView,
  buildTablesDm,
  type CafeView,
  cafeBlocks,
  type EventInfo,
  eventErrorsByBlock,
  personTableLines,
} from "../slack/views/rhythmEvents";
import { type Actor, answerInPlace, type Submitter } from "./actor";

type CafeTarget = { event: ProgramEvent; program: Program };

/** What the World Café buttons were clicked in: the saved-event modal (its view id), else a message. */
export interface CafeInput {
  eventId: number | undefined;
  viewId: string | undefined;
}

export function eventBatch(eventId: number): string {
  return `event:${eventId}`;
}

/** The event's facts for a message read at `now` (the RSVP deadline only while it lies ahead). */
export function eventInfo(event: ProgramEvent, program: Program, now: Date): EventInfo {
  const tz = pickTimeZone(program.timezone);
  const deadline = rsvpDeadline(announced(event, now), tz, programCalendar(program));
  // an event saved before names and descriptions had a language: its one text counts as the program's
  const legacy = event.description;
  return {
    id: event.id,
    kind: event.kind,
    startsAt: event.startsAt,
    place: event.place,
    name: { de: event.nameDe, en: event.nameEn },
    description: {
      de: event.descriptionDe ?? (program.language === "de" ? legacy : null),
      en: event.descriptionEn ?? (program.language === "en" ? legacy : null),
    },
    rounds: event.rounds,
    rsvpBy: localDate(now, tz) <= deadline ? deadline : null,
    timezone: program.timezone,
    program: program.name,
  };
}

/** An event being announced now counts as announced now. */
function announced(event: ProgramEvent, now: Date): { startsAt: string; announcedAt: string } {
  return { startsAt: event.startsAt, announcedAt: event.announcedAt ?? now.toISOString() };
}

function langOf(deps: Deps, userId: string, locale: string | null | undefined, program: Program) {
  return langFromLocale(locale ?? cachedUser(deps.db, userId)?.locale, program.language);
}

/** `/mentoring event list`: the program's events with their RSVP counts. */
export async function listProgramEvents(deps: WorkerDeps, actor: Actor): Promise<void> {
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  const now = deps.clock().getTime();
  const items = listEvents(deps.db, program.id)
    .filter((e) => !e.cancelledAt)
    .map((e) => ({
      event: eventInfo(e, program, deps.clock()),
      ...rsvpCounts(deps.db, e.id),
      past: Date.parse(e.startsAt) < now,
    }));
  const list = buildEventList(actor.t, items);
  await actor.reply(list.text, list.blocks);
}

/** `/mentoring event`: the modal to schedule an event in the current program. */
export async function openEventModal(deps: WorkerDeps, actor: Actor): Promise<void> {
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  await actor.openModal(buildEventModal(actor.t, { timezone: program.timezone, programId: program.id }));
}

/** One announcement per invited participant, in their language, keyed per event and person. */
export function announcementOps(deps: Deps, program: Program, event: ProgramEvent): OpSpec[] {
  const info = eventInfo(event, program, deps.clock());
  return invitees(deps.db, program.id, invitedStatuses(event.kind)).map((p) => {
    const t = translator(langOf(deps, p.userId, p.locale, program), program.address);
    const message = buildEventAnnouncement(t, info, undefined, p.status === "waiting");
    return {
      key: `${announceKeyPrefix(event.id)}${p.userId}`,
      kind: "dm.post",
      args: { user: p.userId, text: message.text, blocks: message.blocks },
      about: mentionUser(p.userId),
    };
  });
}

/**
 * The tables a manager is shown: once planned (after the RSVP deadline) the stored ones, before that
 * a preview from the yes answers so far, stored nowhere and sent to nobody.
 */
function cafeView(deps: Deps, program: Program, event: ProgramEvent): CafeView {
  if (event.tablesFor !== null) return { plan: seatsOf(deps.db, event.id), planned: true };
  const people = cafeParticipants(deps.db, program.id, event.id, invitedStatuses(event.kind));
  return { plan: people.length === 0 ? [] : planWorldCafe(people, event.rounds ?? 3), planned: false };
}

/**
 * Saving the event modal: the event and every invitee's announcement in one transaction; a World
 * Café then shows its proposed tables in the modal the manager is looking at.
 */
export async function submitEvent(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { programId: number | undefined; form: EventForm; viewId: string },
): Promise<void> {
  const { userId, t } = submitter;
  const program =
    input.programId === undefined ? currentProgram(deps.db) : getProgram(deps.db, input.programId);
  if (!program || program.status === "closed")
    return submitter.refuse({ [ids.rhythm.eventInput.kind]: t.plain("common.error.no_program") });
  const result = validateEvent(input.form, {
    now: deps.clock(),
    timezone: program.timezone,
    programStart: program.startDate,
    programEnd: program.endDate,
  });
  if (!result.ok) return submitter.refuse(eventErrorsByBlock(t, result.errors));
  const { event, invited } = deps.db.transaction((tx) => {
    // A repeated submission (a retry, a double click) finds its event and enqueues nothing new.
    const created =
      sameEvent(tx, program.id, result.event) ?? createEvent(tx, program.id, result.event, userId);
    markAnnounced(tx, created.id, deps.clock());
    const ops = announcementOps(deps, program, created);
    enqueue(tx, eventBatch(created.id), ops);
    return { event: created, invited: ops.length };
  });
  const info = eventInfo(event, program, deps.clock());
  await submitter.update(buildEventSavedView(t, { event: info, invited }));
  deps.wakeOutbox();
}

/** An RSVP click: stored (a second click changes it), and the message shows the answer. */
export async function answerRsvp(
  deps: WorkerDeps,
  actor: Actor,
  input: { eventId: number | undefined; answer: RsvpResponse | undefined },
): Promise<void> {
  const { t, userId } = actor;
  const event = input.eventId === undefined ? undefined : getEvent(deps.db, input.eventId);
  const program = event ? getProgram(deps.db, event.programId) : undefined;
  if (!event || !program || event.cancelledAt || !input.answer) return actor.reply(t("event.rsvp.gone"));
  const invited =
    opByKey(deps.db, `${announceKeyPrefix(event.id)}${userId}`) !== undefined ||
    isInvitable(deps.db, program.id, userId, invitedStatuses(event.kind));
  if (!invited) return actor.reply(t("event.rsvp.not_invited"));
  saveRsvp(deps.db, event.id, userId, input.answer, deps.clock().toISOString());
  const waiting = findParticipant(deps.db, program.id, userId)?.status === "waiting";
  const message = buildEventAnnouncement(t, eventInfo(event, program, deps.clock()), input.answer, waiting);
  await answerInPlace(actor, message.text, message.blocks);
}

/** The World Café a button names, or undefined (and the clicker told) when it is gone. */
async function cafeTarget(
  deps: Deps,
  actor: Actor,
  eventId: number | undefined,
): Promise<CafeTarget | undefined> {
  const event = eventId === undefined ? undefined : getEvent(deps.db, eventId);
  const program = event ? getProgram(deps.db, event.programId) : undefined;
  if (!event || !program || event.kind !== "world_cafe" || event.cancelledAt) {
    await actor.reply(actor.t("event.error.gone"));
    return undefined;
  }
  return { event, program };
}

/** Shows the tables where the button was: in the saved-event view, or in the list message. */
async function showCafe(
  deps: WorkerDeps,
  actor: Actor,
  where: { target: CafeTarget; viewId: string | undefined },
): Promise<void> {
  const { t } = actor;
  const { event, program } = where.target;
  const cafe = cafeView(deps, program, event);
  try {
    if (where.viewId) {
      const invited = rsvpCounts(deps.db, event.id).invited;
      await deps.client.views.update({
        view_id: where.viewId,
        view: buildEventSavedView(t, { event: eventInfo(event, program, deps.clock()), invited, cafe }),
      });
    } else {
      const title = t.plain(cafe.planned ? "event.cafe.planned_title" : "event.cafe.preview_title");
      await answerInPlace(actor, title, cafeBlocks(t, event.id, cafe));
    }
  } catch (error) {
    deps.logger.warn(`Could not show the World Café tables: ${String(error)}`);
  }
}

/**
 * "Show tables": the tables as they stand. Tables are planned and sent by the scheduler's step
 * (planCafeTables) after the RSVP deadline, not by a click; an older message's "send" button lands
 * here too.
 */
export async function proposeCafeTables(deps: WorkerDeps, actor: Actor, input: CafeInput): Promise<void> {
  const target = await cafeTarget(deps, actor, input.eventId);
  if (!target) return;
  await showCafe(deps, actor, { target, viewId: input.viewId });
}

export const confirmCafeTables = proposeCafeTables;

/** The key of a person's DM with their tables of one plan revision. */
export function tablesDmKey(eventId: number, revision: number, userId: string): string {
  return `${eventBatch(eventId)}:tables:r${revision}:${userId}`;
}

/** Who the tables were planned for: people, their roles and tandems, and the rounds. */
function tablesFingerprint(people: readonly CafeParticipant[], rounds: number): string {
  const who = people.map((p) => `${p.userId}:${p.role}:${p.tandemId ?? "-"}`).sort();
  return `${rounds}|${who.join(",")}`;
}

/** Per person, their table number in each round ("2,1,3"), to tell who moved. */
function seatsByPerson(plan: readonly CafeRound[]): Map<string, string> {
  const out = new Map<string, number[]>();
  for (const round of plan) {
    round.tables.forEach((table, i) => {
      for (const userId of table) out.set(userId, [...(out.get(userId) ?? []), round.round * 100 + i]);
    });
  }
  return new Map([...out].map(([userId, seats]) => [userId, seats.join(",")]));
}

/**
 * The scheduler's step for World Café tables (run by every tick): once an event's RSVP deadline has
 * passed (tablesDueAt), its tables are planned from the people who said yes and each seated person
 * gets theirs; until the event starts, whenever who said yes changes, they are planned again from
 * the earlier plan (replanWorldCafe), and only whoever was moved or newly seated is told. In the
 * program's working hours, or on the event's day. Returns a key per plan made.
 */
export function planCafeTables(deps: Deps, now: Date): string[] {
  const made: string[] = [];
  let told = 0;
  for (const event of upcomingCafes(deps.db, now.toISOString())) {
    const program = getProgram(deps.db, event.programId);
    if (!program || program.status === "closed") continue;
    const tz = pickTimeZone(program.timezone);
    const calendar = programCalendar(program);
    if (now.getTime() < tablesDueAt(announced(event, now), tz, calendar).getTime()) continue;
    const eventDay = localDate(new Date(event.startsAt), tz) === localDate(now, tz);
    if (!isWithinWorkingHours(now, tz, calendar) && !eventDay) continue;
    const rounds = event.rounds ?? 3;
    const people = cafeParticipants(deps.db, program.id, event.id, invitedStatuses(event.kind));
    const fingerprint = tablesFingerprint(people, rounds);
    if (fingerprint === event.tablesFor) continue;
    const previous = event.tablesFor === null ? undefined : seatsOf(deps.db, event.id);
    const plan =
      people.length === 0
        ? []
        : previous
          ? replanWorldCafe(people, rounds, previous)
          : planWorldCafe(people, rounds);
    const before = seatsByPerson(previous ?? []);
    const info = eventInfo(event, program, now);
    const { revision, sent } = deps.db.transaction((tx) => {
      const revision = storeTables(tx, event.id, plan, fingerprint, now);
      const ops: OpSpec[] = [];
      for (const [userId, seats] of seatsByPerson(plan)) {
        const earlier = before.get(userId);
        if (earlier === seats) continue;
        const t = translator(langOf(deps, userId, undefined, program), program.address);
        const message = buildTablesDm(t, info, userId, plan, earlier !== undefined);
        ops.push({
          key: tablesDmKey(event.id, revision, userId),
          kind: "dm.post",
          args: { user: userId, text: message.text, blocks: message.blocks },
          about: mentionUser(userId),
        });
      }
      return { revision, sent: enqueue(tx, eventBatch(event.id), ops) };
    });
    told += sent;
    // nobody to seat and nobody seated before: stored (not looked at again), nothing to report
    if (plan.length > 0 || previous) made.push(`tables:e${event.id}:r${revision}`);
  }
  if (told > 0) deps.wakeOutbox();
  return made;
}

/**
 * An event's reminder DMs for the scheduler (key: the reminder item's): to everyone invited by the
 * event's rule who did not decline, each fitting their answer (a yes gets the details and, once
 * planned, their tables; no answer is asked for one). Said "in N days" from today: the day-before
 * reminder of a Monday event goes out on Friday. Whoever was sent their tables of the current plan
 * on the reminder's day gets no reminder besides: that DM has the time, place, tables and how to
 * cancel, and one change is one DM (the tables are planned by the same tick, before the reminders).
 */
export function reminderOps(
  tx: DbOrTx,
  program: Program,
  event: ProgramEvent,
  input: { key: string; now: Date },
): OpSpec[] {
  const tz = pickTimeZone(program.timezone);
  const info = { ...eventInfo(event, program, input.now), timezone: tz };
  const days = Math.max(1, daysBetween(localDate(input.now, tz), localDate(new Date(event.startsAt), tz)));
  const plan = event.kind === "world_cafe" && event.tablesFor !== null ? seatsOf(tx, event.id) : [];
  const today = localDate(input.now, tz);
  const plannedToday =
    plan.length > 0 && event.tablesAt !== null && localDate(new Date(event.tablesAt), tz) === today;
  const toldTablesToday = (userId: string) =>
    plannedToday && opByKey(tx, tablesDmKey(event.id, event.tablesRevision, userId)) !== undefined;
  // Past the date the invitation asked answers by, an answer is still welcome (the tables are
  // planned again until the event), but the reminder no longer names a date that has gone by.
  if (info.rsvpBy && localDate(input.now, tz) > info.rsvpBy) info.rsvpBy = null;
  return invitees(tx, program.id, invitedStatuses(event.kind)).flatMap((p): OpSpec[] => {
    const answer = rsvpOf(tx, event.id, p.userId);
    if (answer === "not_going") return [];
    if (answer === "going" && toldTablesToday(p.userId)) return [];
    const t = translator(langFromLocale(p.locale, program.language), program.address);
    const tables = answer === "going" ? personTableLines(t, p.userId, plan) : [];
    return [
      {
        key: `${input.key}:${p.userId}`,
        kind: "dm.post",
        args: { user: p.userId, ...buildEventReminder(t, info, days, { answer, tables }) },
      },
    ];
  });
}
