import { announceKeyPrefix, getEvent, type ProgramEvent } from "../db/queries/events";
import {
  announcedAttendees,
  cancelEvent,
  closingEventOf,
  copyCohortShape,
  lastClosedProgram,
  setClosingSettings,
  successPromptMessage,
  upcomingEvents,
  updateEvent,
  withdrawPendingOps,
} from "../db/queries/lifecycle";
import { currentProgram, getProgram, type Program } from "../db/queries/programs";
import { cachedLocale, tandemMembers } from "../db/queries/rhythm";
import { saveSuccessText, setSuccessConsent, successCounts, successOf } from "../db/queries/successes";
import type { Deps, WorkerDeps } from "../deps";
import { type EventForm, validateEvent } from "../domain/events";
import { nextCohortDates, nextCohortName, shiftInstant } from "../domain/lifecycle";
import { programCalendar } from "../domain/rhythm/holidays";
import { localDate } from "../domain/rhythm/time";
import { langFromLocale, type Translator, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { ids } from "../slack/ids";
import { mentionUser } from "../slack/text";
import {
  buildClosingSettingsModal,
  buildEventCancelModal,
  buildEventChangeDm,
  buildEventEditModal,
  buildEventPicker,
  buildSuccessModal,
  buildSuccessPrompt,
  settingsSavedText,
} from "../slack/views/close";
import { buildEventModal, eventErrorsByBlock, formatWhen } from "../slack/views/rhythmEvents";
import { buildProgramModal } from "../slack/views/setup";
import { type Actor, answerInPlace, type Submitter } from "./actor";
import { eventBatch } from "./events";

/*
 * Use cases of closing a program and starting the next one: the tandems' first successes and their
 * consent, the managers' closing settings, `/mentoring program new`, and changing or cancelling an
 * event. The scheduler's part is in services/lifecycle.
 */

type Member = { role: "mentor" | "mentee"; members: NonNullable<ReturnType<typeof tandemMembers>> };

/** The tandem a success button names, if the person is one of its two members and it still runs. */
function memberOf(deps: Deps, tandemId: number | undefined, userId: string): Member | "gone" | "not_member" {
  const members = tandemId === undefined ? undefined : tandemMembers(deps.db, tandemId);
  if (!members || !["active", "paused"].includes(members.tandem.status)) return "gone";
  if (members.mentorUserId === userId) return { role: "mentor", members };
  if (members.menteeUserId === userId) return { role: "mentee", members };
  return "not_member";
}

function tandemTranslator(deps: Deps, m: Member["members"], program: Program): Translator {
  const mentor = langFromLocale(cachedLocale(deps.db, m.mentorUserId), program.language);
  const mentee = langFromLocale(cachedLocale(deps.db, m.menteeUserId), program.language);
  return translator(mentor === mentee ? mentor : program.language, program.address);
}

/** The success prompt as it stands now, in the tandem's language. */
function successMessage(deps: Deps, m: Member["members"]) {
  const program = getProgram(deps.db, m.tandem.programId);
  if (!program) return undefined;
  const t = tandemTranslator(deps, m, program);
  const event = closingEventOf(deps.db, program.id);
  return buildSuccessPrompt(t, {
    tandemId: m.tandem.id,
    mentorUserId: m.mentorUserId,
    menteeUserId: m.menteeUserId,
    when: event ? formatWhen(t.lang, event.startsAt, program.timezone) : program.endDate,
    success: successOf(deps.db, m.tandem.id),
  });
}

async function refuseMember(actor: Actor, found: "gone" | "not_member"): Promise<void> {
  await actor.reply(actor.t(found === "gone" ? "close.success.gone" : "close.success.not_member"));
}

/** "Write our successes" / "Edit": the modal with the text so far, for either member. */
export async function openSuccessModal(
  deps: WorkerDeps,
  actor: Actor,
  input: { tandemId: number | undefined },
) {
  const found = memberOf(deps, input.tandemId, actor.userId);
  if (typeof found === "string") return refuseMember(actor, found);
  const text = successOf(deps.db, found.members.tandem.id)?.text;
  await actor.openModal(buildSuccessModal(actor.t, { tandemId: found.members.tandem.id, text }));
}

/** Saving the text: a changed text clears both consents; the channel's message shows it. */
export async function saveSuccess(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { tandemId: number | undefined; text: string },
): Promise<void> {
  const { t } = submitter;
  const found = memberOf(deps, input.tandemId, submitter.userId);
  if (typeof found === "string")
    return submitter.refuse({
      [ids.close.successInput]: t.plain(found === "gone" ? "close.success.gone" : "close.success.not_member"),
    });
  if (input.text === "")
    return submitter.refuse({ [ids.close.successInput]: t.plain("close.success.empty") });
  const tandem = found.members.tandem;
  saveSuccessText(deps.db, {
    tandemId: tandem.id,
    programId: tandem.programId,
    text: input.text,
    by: submitter.userId,
    now: deps.clock(),
  });
  await submitter.accept();
  await refreshPrompt(deps, found.members);
}

/** Shows the new state in the tandem channel's prompt (the message both members look at). */
async function refreshPrompt(deps: WorkerDeps, members: Member["members"]): Promise<void> {
  const where = successPromptMessage(deps.db, members.tandem.id);
  const message = successMessage(deps, members);
  if (!where || !message) return;
  try {
    await deps.client.chat.update({ channel: where.channelId, ts: where.ts, ...message });
  } catch (error) {
    deps.logger.warn(`Could not update the success prompt of tandem ${members.tandem.id}: ${String(error)}`);
  }
}

/** "I agree to share this" / "Withdraw my consent": each member for themselves, to the text as it stands. */
export async function answerConsent(
  deps: WorkerDeps,
  actor: Actor,
  input: { tandemId: number | undefined; agree: boolean },
): Promise<void> {
  const found = memberOf(deps, input.tandemId, actor.userId);
  if (typeof found === "string") return refuseMember(actor, found);
  const tandemId = found.members.tandem.id;
  if (input.agree && !successOf(deps.db, tandemId)?.text.trim())
    return actor.reply(actor.t("close.success.write_first"));
  setSuccessConsent(deps.db, tandemId, found.role, input.agree ? deps.clock() : null);
  const message = successMessage(deps, found.members);
  if (message) await answerInPlace(actor, message.text, message.blocks);
}

/** `/mentoring closing`: showcase channel and archiving for the current program. */
export async function openClosingSettings(deps: WorkerDeps, actor: Actor): Promise<void> {
  const { t } = actor;
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(t("common.error.no_program"));
  const closing = closingEventOf(deps.db, program.id);
  await actor.openModal(
    buildClosingSettingsModal(t, {
      programId: program.id,
      program: program.name,
      endDate: program.endDate,
      showcaseChannel: program.showcaseChannel,
      archiveAfterDays: program.archiveAfterDays,
      closing: closing ? { when: formatWhen(t.lang, closing.startsAt, program.timezone) } : undefined,
      counts: successCounts(deps.db, program.id),
    }),
  );
}

export async function saveClosingSettings(
  deps: WorkerDeps,
  submitter: Submitter,
  input: {
    programId: number | undefined;
    showcaseChannel: string | null;
    archiveAfterDays: number | null | undefined;
  },
): Promise<void> {
  const { t } = submitter;
  const program = input.programId === undefined ? undefined : getProgram(deps.db, input.programId);
  if (!program || program.status === "closed")
    return submitter.refuse({ [ids.close.settingsInput.archive]: t.plain("common.error.no_program") });
  if (input.archiveAfterDays === undefined)
    return submitter.refuse({ [ids.close.settingsInput.archive]: t.plain("close.settings.archive_label") });
  const settings = { showcaseChannel: input.showcaseChannel, archiveAfterDays: input.archiveAfterDays };
  setClosingSettings(deps.db, program.id, settings, deps.clock());
  await submitter.accept();
  await submitter.reply(settingsSavedText(t, { program: program.name, ...settings }));
}

/**
 * `/mentoring program new`: the program modal filled in from the last closed cohort, dates moved.
 * A cohort still running is the current one; the next starts when it has closed.
 */
export async function openNextCohortModal(deps: WorkerDeps, actor: Actor): Promise<void> {
  const { t } = actor;
  const current = currentProgram(deps.db);
  if (current) return actor.reply(t("close.next.running", { program: current.name, end: current.endDate }));
  const last = lastClosedProgram(deps.db);
  if (!last) return actor.reply(t("close.next.none"));
  const today = localDate(deps.clock(), last.timezone);
  const dates = nextCohortDates(last, today, programCalendar(last));
  const template: Program = {
    ...last,
    ...dates,
    name: nextCohortName(last.name, dates.shiftDays),
  };
  const view = buildProgramModal(t, { template });
  view.blocks.unshift({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: t("close.next.intro", { program: last.name, weeks: Math.round(dates.shiftDays / 7) }),
      },
    ],
  });
  await actor.openModal(view);
}

/**
 * After a new program was saved from the modal of `/mentoring program new`: the last cohort's own
 * prompts and events' shape come along, moved by the same days as the program's start.
 */
export async function carryOverCohort(
  deps: WorkerDeps,
  submitter: Pick<Submitter, "reply" | "t" | "userId">,
  input: { fromProgramId: number; to: Program },
): Promise<void> {
  const from = getProgram(deps.db, input.fromProgramId);
  if (from?.status !== "closed" || input.to.previousProgramId) return;
  const shift = Math.round((Date.parse(input.to.startDate) - Date.parse(from.startDate)) / 86_400_000);
  const copied = deps.db.transaction((tx) =>
    copyCohortShape(tx, {
      from,
      to: input.to,
      by: submitter.userId,
      now: deps.clock(),
      shiftEvent: (startsAt) => shiftInstant(startsAt, shift, input.to.timezone),
    }),
  );
  await submitter.reply(submitter.t("close.next.created", { program: from.name, ...copied }));
}

function pickable(event: ProgramEvent, program: Program) {
  return {
    id: event.id,
    kind: event.kind,
    name: { de: event.nameDe, en: event.nameEn },
    startsAt: event.startsAt,
    place: event.place,
    timezone: program.timezone,
  };
}

/** `/mentoring event edit`: the upcoming events, each with Edit and Cancel. */
export async function showEventPicker(deps: WorkerDeps, actor: Actor): Promise<void> {
  const program = currentProgram(deps.db);
  if (!program) return actor.reply(actor.t("common.error.no_program"));
  const events = upcomingEvents(deps.db, [program.id], deps.clock().toISOString());
  const message = buildEventPicker(
    actor.t,
    events.map((e) => pickable(e, program)),
  );
  await actor.reply(message.text, message.blocks);
}

function editableEvent(deps: Deps, eventId: number | undefined) {
  const event = eventId === undefined ? undefined : getEvent(deps.db, eventId);
  const program = event ? getProgram(deps.db, event.programId) : undefined;
  if (!event || !program || event.cancelledAt || program.status === "closed") return undefined;
  return { event, program };
}

/** An event's menu: the edit form, or the cancel confirmation. */
export async function openEventChange(
  deps: WorkerDeps,
  actor: Actor,
  input: { eventId: number | undefined; action: "edit" | "cancel" | undefined },
): Promise<void> {
  const { t } = actor;
  const found = editableEvent(deps, input.eventId);
  if (!found || !input.action) return actor.reply(t("close.event.gone"));
  const { event, program } = found;
  const tz = program.timezone;
  if (input.action === "cancel") {
    await actor.openModal(
      buildEventCancelModal(t, {
        eventId: event.id,
        kind: event.kind,
        when: formatWhen(t.lang, event.startsAt, tz),
      }),
    );
    return;
  }
  const at = new Date(event.startsAt);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: tz,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
  const base = buildEventModal(t, { timezone: tz, programId: program.id });
  await actor.openModal(
    buildEventEditModal(t, base, {
      eventId: event.id,
      kind: event.kind,
      program: program.name,
      date: localDate(at, tz),
      time,
      place: event.place,
      // an older event's one description counts as written in the program's language
      descriptionDe: event.descriptionDe ?? (program.language === "de" ? event.description : null),
      descriptionEn: event.descriptionEn ?? (program.language === "en" ? event.description : null),
      nameDe: event.nameDe,
      nameEn: event.nameEn,
      rounds: event.rounds,
    }),
  );
}

/** DMs to the people an event was announced to (minus those who declined), in their language. */
function attendeeOps(
  deps: Deps,
  program: Program,
  event: ProgramEvent,
  what: { suffix: string; cancelled: boolean; note: string | null },
): OpSpec[] {
  return announcedAttendees(deps.db, event.id, announceKeyPrefix(event.id)).map((userId) => {
    const t = translator(langFromLocale(cachedLocale(deps.db, userId), program.language), program.address);
    const dm = buildEventChangeDm(t, {
      kind: event.kind,
      name: { de: event.nameDe, en: event.nameEn },
      program: program.name,
      when: formatWhen(t.lang, event.startsAt, program.timezone),
      place: event.place,
      cancelled: what.cancelled,
      note: what.note,
    });
    return {
      key: `${eventBatch(event.id)}:${what.suffix}:${userId}`,
      kind: "dm.post",
      args: { user: userId, ...dm },
      about: mentionUser(userId),
    };
  });
}

/**
 * Saving an edit: the event one revision up, its reminders not yet sent withdrawn (they are armed
 * again under the new revision), and everyone it was announced to told what changed.
 */
export async function saveEventEdit(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { eventId: number | undefined; form: EventForm },
): Promise<void> {
  const { t } = submitter;
  const found = editableEvent(deps, input.eventId);
  if (!found) return submitter.refuse({ [ids.rhythm.eventInput.date]: t.plain("close.event.gone") });
  const { event, program } = found;
  const result = validateEvent(
    { ...input.form, kind: event.kind },
    {
      now: deps.clock(),
      timezone: program.timezone,
      programStart: program.startDate,
      programEnd: program.endDate,
    },
  );
  if (!result.ok) return submitter.refuse(eventErrorsByBlock(t, result.errors));
  const told = deps.db.transaction((tx) => {
    const updated = updateEvent(tx, event.id, result.event, deps.clock());
    if (!updated) return 0;
    withdrawPendingOps(tx, [`reminder:e${event.id}:`]);
    const ops = attendeeOps(deps, program, updated, {
      suffix: `changed:r${updated.revision}`,
      cancelled: false,
      note: null,
    });
    enqueue(tx, eventBatch(event.id), ops);
    return ops.length;
  });
  await submitter.accept();
  deps.wakeOutbox();
  await submitter.reply(t("close.event.saved", { count: told }));
}

/** Cancelling: attendees told, reminders and announcements not yet sent withdrawn; no due items after. */
export async function confirmEventCancel(
  deps: WorkerDeps,
  submitter: Submitter,
  input: { eventId: number | undefined; note: string | null },
): Promise<void> {
  const { t } = submitter;
  const found = editableEvent(deps, input.eventId);
  if (!found) {
    await submitter.accept();
    return submitter.reply(t("close.event.gone"));
  }
  const { event, program } = found;
  const outcome = deps.db.transaction((tx) => {
    if (!cancelEvent(tx, event.id, deps.clock())) return undefined;
    const withdrawn = withdrawPendingOps(tx, [`reminder:e${event.id}:`, `${eventBatch(event.id)}:`]);
    const ops = attendeeOps(deps, program, event, { suffix: "cancelled", cancelled: true, note: input.note });
    enqueue(tx, eventBatch(event.id), ops);
    return { told: ops.length, withdrawn };
  });
  await submitter.accept();
  if (!outcome) return submitter.reply(t("close.event.gone"));
  deps.wakeOutbox();
  await submitter.reply(t("close.event.cancelled", { count: outcome.told, withdrawn: outcome.withdrawn }));
}
