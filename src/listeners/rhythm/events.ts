import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
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
} from "../../db/queries/events";
import { isProgramManager } from "../../db/queries/managers";
import { opByKey } from "../../db/queries/outbox";
import { currentProgram, getProgram, type Program } from "../../db/queries/programs";
import type { Deps } from "../../deps";
import { invitedStatuses, isRsvp, validateEvent } from "../../domain/events";
import { type CafeRound, planWorldCafe } from "../../domain/rhythm/worldcafe";
import { langFromLocale, type Translator, translator } from "../../i18n";
import { enqueue } from "../../outbox/enqueue";
import type { OpSpec } from "../../outbox/types";
import { buttonValue, ids, parseValue } from "../../slack/ids";
import { mentionUser } from "../../slack/text";
import { cachedUser, translatorFor } from "../../slack/users";
import {
  buildEventAnnouncement,
  buildEventList,
  buildEventModal,
  buildEventSavedView,
  buildTablesDm,
  cafeBlocks,
  type EventInfo,
  eventErrorsByBlock,
  readEventForm,
} from "../../slack/views/rhythmEvents";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";
import { managerSubmitter, privateAnswer } from "../reply";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

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

/** `/mentoring event` opens the modal; `/mentoring event list` lists events with RSVP counts. */
export async function eventCommand(ctx: SubcommandContext): Promise<void> {
  const program = currentProgram(ctx.deps.db);
  if (!program) {
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("common.error.no_program") });
    return;
  }
  if (ctx.args[0]?.toLowerCase() === "list") {
    const now = ctx.deps.clock().getTime();
    const items = listEvents(ctx.deps.db, program.id)
      .filter((e) => !e.cancelledAt)
      .map((e) => ({
        event: eventInfo(e, program),
        ...rsvpCounts(ctx.deps.db, e.id),
        past: Date.parse(e.startsAt) < now,
      }));
    const list = buildEventList(ctx.t, items);
    await ctx.respond({ response_type: "ephemeral", text: list.text, blocks: list.blocks });
    return;
  }
  try {
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: buildEventModal(ctx.t, { timezone: program.timezone, programId: program.id }),
    });
  } catch (error) {
    ctx.deps.logger.error(`Could not open the event modal: ${String(error)}`);
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("common.error.generic") });
  }
}

/** One announcement per invited participant, in their language, keyed per event and person. */
function announcementOps(deps: Deps, program: Program, event: ProgramEvent): OpSpec[] {
  const info = eventInfo(event, program);
  return invitees(deps.db, program.id, invitedStatuses(event.kind)).map((p) => {
    const t = translator(langOf(deps, p.userId, p.locale, program));
    const message = buildEventAnnouncement(t, info);
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

/** Saving the event modal: managers only, checked again here (a submission can be forged). */
export function eventSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const firstBlock = ids.rhythm.eventInput.kind;
    const submitter = await managerSubmitter(deps, { ack, body, client }, firstBlock, "an event submission");
    if (!submitter) return;
    const { userId, t } = submitter;
    const meta = parseValue(view.private_metadata);
    const program = typeof meta.p === "number" ? getProgram(deps.db, meta.p) : currentProgram(deps.db);
    if (!program || program.status === "closed") {
      await ack({ response_action: "errors", errors: { [firstBlock]: t.plain("common.error.no_program") } });
      return;
    }
    const result = validateEvent(readEventForm(view.state.values), {
      now: deps.clock(),
      timezone: program.timezone,
      programStart: program.startDate,
      programEnd: program.endDate,
    });
    if (!result.ok) {
      await ack({ response_action: "errors", errors: eventErrorsByBlock(t, result.errors) });
      return;
    }
    const { event, invited } = deps.db.transaction((tx) => {
      // A repeated submission (a retry, a double click) finds its event and enqueues nothing new.
      const created =
        sameEvent(tx, program.id, result.event) ?? createEvent(tx, program.id, result.event, userId);
      const ops = announcementOps(deps, program, created);
      enqueue(tx, eventBatch(created.id), ops);
      return { event: created, invited: ops.length };
    });
    const info = eventInfo(event, program);
    const isCafe = event.kind === "world_cafe";
    await ack({
      response_action: "update",
      view: buildEventSavedView(t, { event: info, invited, ...(isCafe ? { plan: null } : {}) }),
    });
    deps.wakeOutbox();
    if (!isCafe) return;
    const plan = proposeTables(deps, program, event);
    try {
      await client.views.update({
        view_id: body.view.id,
        view: buildEventSavedView(t, { event: info, invited, plan }),
      });
    } catch (error) {
      deps.logger.warn(`Could not show the World Café proposal: ${String(error)}`);
    }
  };
}

/** An RSVP click: stored (a second click changes it), and the message shows the answer. */
export function rsvpAction(deps: Deps) {
  return async ({ ack, body, action, client, respond }: ActionArgs) => {
    await ack();
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const value = buttonValue(action);
    const eventId = typeof value.e === "number" ? value.e : -1;
    const event = getEvent(deps.db, eventId);
    const program = event ? getProgram(deps.db, event.programId) : undefined;
    const answer = privateAnswer(deps, { body, client, respond });
    const reply = (text: string) => answer({ text });
    if (!event || !program || event.cancelledAt || !isRsvp(value.r)) {
      await reply(t("event.rsvp.gone"));
      return;
    }
    const invited =
      opByKey(deps.db, `${announceKeyPrefix(event.id)}${userId}`) !== undefined ||
      isInvitable(deps.db, program.id, userId, invitedStatuses(event.kind));
    if (!invited) {
      await reply(t("event.rsvp.not_invited"));
      return;
    }
    saveRsvp(deps.db, event.id, userId, value.r, deps.clock().toISOString());
    const message = buildEventAnnouncement(t, eventInfo(event, program), value.r);
    await answer({ replace: true, text: message.text, blocks: message.blocks });
  };
}

type CafeTarget = { event: ProgramEvent; program: Program };

/** Manager check and the World Café the button names; answers the clicker when something is off. */
async function cafeTarget(deps: Deps, args: ActionArgs, t: Translator): Promise<CafeTarget | undefined> {
  const { body, action } = args;
  const answer = privateAnswer(deps, args);
  const reply = (text: string) => answer({ text });
  if (!isProgramManager(deps.db, deps.config, body.user.id)) {
    await reply(t("common.error.not_manager"));
    return undefined;
  }
  const value = buttonValue(action);
  const event = typeof value.e === "number" ? getEvent(deps.db, value.e) : undefined;
  const program = event ? getProgram(deps.db, event.programId) : undefined;
  if (!event || !program || event.kind !== "world_cafe" || event.cancelledAt) {
    await reply(t("event.error.gone"));
    return undefined;
  }
  return { event, program };
}

/** Shows the proposal where the button was: in the saved-event view, or in the list message. */
async function showCafe(
  deps: Deps,
  args: ActionArgs,
  t: Translator,
  target: CafeTarget,
  plan: CafeRound[],
  sent?: { sent: number; already: number },
): Promise<void> {
  const { body, client } = args;
  const info = eventInfo(target.event, target.program);
  try {
    if (body.view) {
      const invited = rsvpCounts(deps.db, target.event.id).invited;
      await client.views.update({
        view_id: body.view.id,
        view: buildEventSavedView(t, { event: info, invited, plan, ...(sent ? { sent } : {}) }),
      });
    } else {
      const blocks = cafeBlocks(t, target.event.id, plan, sent);
      await privateAnswer(deps, args)({ replace: true, text: t("event.cafe.proposal_title"), blocks });
    }
  } catch (error) {
    deps.logger.warn(`Could not show the World Café tables: ${String(error)}`);
  }
}

export function cafeProposeAction(deps: Deps) {
  return async (args: ActionArgs) => {
    await args.ack();
    const t = await translatorFor(deps, args.client, args.body.user.id);
    const target = await cafeTarget(deps, args, t);
    if (!target) return;
    const plan = proposeTables(deps, target.program, target.event);
    await showCafe(deps, args, t, target, plan);
  };
}

/** Sends each seated person their tables once (keyed per event and person). */
export function cafeConfirmAction(deps: Deps) {
  return async (args: ActionArgs) => {
    await args.ack();
    const t = await translatorFor(deps, args.client, args.body.user.id);
    const target = await cafeTarget(deps, args, t);
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
    const sent = enqueue(deps.db, eventBatch(event.id), ops);
    deps.wakeOutbox();
    await showCafe(deps, args, t, target, plan, { sent, already: ops.length - sent });
  };
}

export function registerEvents(r: Registrar, deps: Deps): void {
  r.subcommand("event", { managerOnly: true, run: eventCommand });
  r.view(ids.rhythm.eventModal, eventSubmission(deps));
  r.actionFamily(ids.rhythm.rsvp, rsvpAction(deps));
  r.action(ids.rhythm.cafePropose, cafeProposeAction(deps));
  r.action(ids.rhythm.cafeConfirm, cafeConfirmAction(deps));
}
