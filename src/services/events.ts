import {
  announceKeyPrefix,
  cafeParticipants,
  createEvent,
  getEvent,
  invitees,
  isInvitable,
  listEvents,
  type ProgramEvent,
  replaceSeats,
  rsvpCounts,
  sameEvent,
  saveRsvp,
  seatsOf,
} from "../db/queries/events";
import { markAnnounced } from "../db/queries/lifecycle";
import { opByKey } from "../db/queries/outbox";
import { findParticipant } from "../db/queries/participants";
import { currentProgram, getProgram, type Program } from "../db/queries/programs";
import { cachedUser } from "../db/queries/users";
import type { Deps, WorkerDeps } from "../deps";
import { type EventForm, invitedStatuses, type RsvpResponse, validateEvent } from "../domain/events";
import { type CafeRound, planWorldCafe } from "../domain/rhythm/worldcafe";
import { langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { ids } from "../slack/ids";
import { mentionUser } from "../slack/text";
import {
  buildEventAnnouncement,
  buildEventList,
  buildEventModal,
  buildEventSavedView,
  buildTablesDm,
  cafeBlocks,
  type EventInfo,
  eventErrorsByBlock,
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

export function eventInfo(event: ProgramEvent, program: Program): EventInfo {
  return {
    id: event.id,
    kind: event.kind,
    startsAt: event.startsAt,
    place: event.place,
    description: event.description,
    rounds: event.rounds,
    timezone: program.timezone,
    program: program.name,
  };
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
      event: eventInfo(e, program),
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
  const info = eventInfo(event, program);
  return invitees(deps.db, program.id, invitedStatuses(event.kind)).map((p) => {
    const t = translator(langOf(deps, p.userId, p.locale, program));
    const message = buildEventAnnouncement(t, info, undefined, p.status === "waiting");
    return {
      key: `${announceKeyPrefix(event.id)}${p.userId}`,
      kind: "dm.post",
      args: { user: p.userId, text: message.text, blocks: message.blocks },
      about: mentionUser(p.userId),
    };
  });
}

/** Plans the World Café's tables from who can come now and stores them (replacing earlier ones). */
function proposeTables(deps: Deps, program: Program, event: ProgramEvent): CafeRound[] {
  const people = cafeParticipants(deps.db, program.id, event.id);
  const plan = people.length === 0 ? [] : planWorldCafe(people, event.rounds ?? 3);
  deps.db.transaction((tx) => replaceSeats(tx, event.id, plan));
  return plan;
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
  const info = eventInfo(event, program);
  const isCafe = event.kind === "world_cafe";
  await submitter.update(buildEventSavedView(t, { event: info, invited, ...(isCafe ? { plan: null } : {}) }));
  deps.wakeOutbox();
  if (!isCafe) return;
  const plan = proposeTables(deps, program, event);
  try {
    await deps.client.views.update({
      view_id: input.viewId,
      view: buildEventSavedView(t, { event: info, invited, plan }),
    });
  } catch (error) {
    deps.logger.warn(`Could not show the World Café proposal: ${String(error)}`);
  }
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
  const message = buildEventAnnouncement(t, eventInfo(event, program), input.answer, waiting);
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

/** Shows the proposal where the button was: in the saved-event view, or in the list message. */
async function showCafe(
  deps: WorkerDeps,
  actor: Actor,
  where: { target: CafeTarget; viewId: string | undefined },
  plan: CafeRound[],
  sent?: { sent: number; already: number },
): Promise<void> {
  const { t } = actor;
  const { event, program } = where.target;
  try {
    if (where.viewId) {
      const invited = rsvpCounts(deps.db, event.id).invited;
      await deps.client.views.update({
        view_id: where.viewId,
        view: buildEventSavedView(t, {
          event: eventInfo(event, program),
          invited,
          plan,
          ...(sent ? { sent } : {}),
        }),
      });
    } else {
      await answerInPlace(actor, t("event.cafe.proposal_title"), cafeBlocks(t, event.id, plan, sent));
    }
  } catch (error) {
    deps.logger.warn(`Could not show the World Café tables: ${String(error)}`);
  }
}

/** "Propose tables" / "Propose again": the tables planned afresh from who can come now. */
export async function proposeCafeTables(deps: WorkerDeps, actor: Actor, input: CafeInput): Promise<void> {
  const target = await cafeTarget(deps, actor, input.eventId);
  if (!target) return;
  const plan = proposeTables(deps, target.program, target.event);
  await showCafe(deps, actor, { target, viewId: input.viewId }, plan);
}

/** Sends each seated person their tables once (keyed per event and person). */
export async function confirmCafeTables(deps: WorkerDeps, actor: Actor, input: CafeInput): Promise<void> {
  const target = await cafeTarget(deps, actor, input.eventId);
  if (!target) return;
  const { event, program } = target;
  const plan = seatsOf(deps.db, event.id);
  const people = [...new Set(plan.flatMap((r) => r.tables.flat()))].sort();
  const info = eventInfo(event, program);
  const ops: OpSpec[] = people.map((userId) => {
    const message = buildTablesDm(translator(langOf(deps, userId, undefined, program)), info, userId, plan);
    return {
      key: `${eventBatch(event.id)}:tables:${userId}`,
      kind: "dm.post",
      args: { user: userId, text: message.text, blocks: message.blocks },
      about: mentionUser(userId),
    };
  });
  const sent = deps.db.transaction((tx) => enqueue(tx, eventBatch(event.id), ops));
  deps.wakeOutbox();
  await showCafe(deps, actor, { target, viewId: input.viewId }, plan, { sent, already: ops.length - sent });
}
