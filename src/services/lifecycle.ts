import { announceKeyPrefix, invitees, type ProgramEvent } from "../db/queries/events";
import { endedTandemMembers, waitingParticipants } from "../db/queries/launch";
import {
  announcedUpcomingEvents,
  closeProgram,
  type LiveTandem,
  liveTandems,
  markChannelsArchived,
  opKeysWithPrefix,
  programChannels,
  programsToArchive,
  programsWithStatus,
  upcomingEvents,
} from "../db/queries/lifecycle";
import { listProgramManagers } from "../db/queries/managers";
import type { Program } from "../db/queries/programs";
import { cachedLocales, claimScheduledSend, sentAmong } from "../db/queries/rhythm";
import { sharedSuccesses, successesOf } from "../db/queries/successes";
import type { Deps } from "../deps";
import { invitedStatuses } from "../domain/events";
import { archiveDay, archiveDue, programEndDue, showcaseDue, successPromptDue } from "../domain/lifecycle";
import { programCalendar } from "../domain/rhythm/holidays";
import { type Address, type Lang, langFromLocale, type Translator, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { DbOrTx, OpSpec } from "../outbox/types";
import { mentionChannel, mentionUser } from "../slack/text";
import { buildFarewell, buildShowcase, buildSuccessPrompt } from "../slack/views/close";
import { buildWaitingClosedDm } from "../slack/views/launchMessages";
import { formatWhen } from "../slack/views/rhythmEvents";
import { formatDate } from "../slack/views/setup";
import { announcementOps } from "./events";
import { RHYTHM_HOOK } from "./scheduler";

/*
 * The end of a program, worked through at every scheduler tick (docs/decisions/program-lifecycle.md):
 * the success prompts a week before the closing event, the showcase at its start, the thank-you and
 * the close on the end date, archiving the channels later, and announcements of upcoming events to
 * people who joined after them. Each step is keyed (scheduled_sends, outbox keys), so a tick repeated
 * or a restart sends nothing twice.
 */

export const LIFECYCLE_BATCH = "lifecycle";

export function successPromptKey(tandemId: number, eventId: number): string {
  return `successes:t${tandemId}:e${eventId}`;
}

/** Tandem channels speak the members' common language, else the program's. */
function tandemLang(
  locales: Map<string, string | null>,
  tandem: LiveTandem,
  programLang: Lang,
  address: Address,
): Translator {
  const mentor = langFromLocale(locales.get(tandem.mentorUserId), programLang);
  const mentee = langFromLocale(locales.get(tandem.menteeUserId), programLang);
  return translator(mentor === mentee ? mentor : programLang, address);
}

function localesOf(db: DbOrTx, tandems: readonly LiveTandem[]) {
  return cachedLocales(
    db,
    tandems.flatMap((t) => [t.mentorUserId, t.menteeUserId]),
  );
}

/** The program's closing events that were not cancelled, past ones included (their showcase). */
function closingEvents(deps: Deps, program: Program): ProgramEvent[] {
  return upcomingEvents(deps.db, [program.id], "").filter((e) => e.kind === "closing");
}

/** A direct message to each program manager, in their language, keyed per manager. */
function managerDms(
  deps: Deps,
  tx: DbOrTx,
  program: Program,
  key: string,
  text: (t: Translator) => string,
): OpSpec[] {
  const managers = listProgramManagers(tx, deps.config);
  const locales = cachedLocales(tx, managers);
  return managers.map((user) => ({
    key: `${key}:${user}`,
    kind: "dm.post" as const,
    args: {
      user,
      text: text(translator(langFromLocale(locales.get(user), program.language), program.address)),
    },
    about: mentionUser(user),
  }));
}

/** The live tandems with a channel that a closing event's success prompt goes to, and which got it. */
export function successPromptTargets(
  db: DbOrTx,
  programId: number,
  eventId: number,
): { tandems: LiveTandem[]; sent: Set<string> } {
  const tandems = liveTandems(db, programId, ["active", "paused"]).filter((t) => t.channelId);
  const sent = sentAmong(
    db,
    tandems.map((t) => successPromptKey(t.id, eventId)),
  );
  return { tandems, sent };
}

/** A week before the closing event: each live tandem's channel is asked for its first successes, once. */
function successPrompts(deps: Deps, program: Program, event: ProgramEvent, now: Date): string[] {
  if (!successPromptDue(event.startsAt, program.timezone, now, programCalendar(program))) return [];
  return recordSuccessPrompts(deps, program, event, now);
}

/**
 * A program manager's "Send now" of a closing event's success prompts (the schedule): the program
 * must be running and the event upcoming, as for the scheduler; the prompts go through the same step
 * (recordSuccessPrompts), so each tandem is asked once, whoever comes first, and only the tandems not
 * asked yet are asked now. The keys recorded; none when every tandem was asked already.
 */
export function sendSuccessPromptsNow(
  deps: Deps,
  eventId: number,
  now: Date,
): { status: "sent"; keys: string[] } | { status: "already_sent" | "not_scheduled" } {
  for (const program of programsWithStatus(deps.db, ["running"])) {
    const event = closingEvents(deps, program).find((e) => e.id === eventId);
    if (!event) continue;
    if (Date.parse(event.startsAt) <= now.getTime()) break;
    const keys = recordSuccessPrompts(deps, program, event, now);
    if (keys.length === 0) return { status: "already_sent" };
    deps.wakeOutbox();
    return { status: "sent", keys };
  }
  return { status: "not_scheduled" };
}

/** The success prompts of a closing event not sent yet, recorded and enqueued in one transaction. */
function recordSuccessPrompts(deps: Deps, program: Program, event: ProgramEvent, now: Date): string[] {
  const { tandems, sent } = successPromptTargets(deps.db, program.id, event.id);
  const due = tandems.filter((t) => !sent.has(successPromptKey(t.id, event.id)));
  if (due.length === 0) return [];
  return deps.db.transaction((tx) => {
    const locales = localesOf(tx, due);
    const successes = successesOf(
      tx,
      due.map((t) => t.id),
    );
    const keys: string[] = [];
    if (!program.showcaseChannel) {
      enqueue(
        tx,
        LIFECYCLE_BATCH,
        managerDms(deps, tx, program, `showcase-channel:e${event.id}`, (t) =>
          t("close.manager.no_showcase", {
            program: program.name,
            when: formatWhen(t.lang, event.startsAt, program.timezone),
          }),
        ),
      );
    }
    for (const tandem of due) {
      const key = successPromptKey(tandem.id, event.id);
      const channel = tandem.channelId;
      if (!channel || !claimScheduledSend(tx, { key, programId: program.id, kind: "successes", now }))
        continue;
      const t = tandemLang(locales, tandem, program.language, program.address);
      const message = buildSuccessPrompt(t, {
        tandemId: tandem.id,
        mentorUserId: tandem.mentorUserId,
        menteeUserId: tandem.menteeUserId,
        when: formatWhen(t.lang, event.startsAt, program.timezone),
        success: successes.get(tandem.id),
      });
      enqueue(tx, LIFECYCLE_BATCH, [
        {
          key,
          kind: "message.post",
          args: { channel, ...message },
          onDone: { name: RHYTHM_HOOK.scheduledPosted, params: { key } },
          about: mentionChannel(channel),
        },
      ]);
      keys.push(key);
    }
    return keys;
  });
}

/** At the closing event's start: the successes both members agreed to share, in the chosen channel. */
function showcase(deps: Deps, program: Program, event: ProgramEvent, now: Date): string[] {
  const key = `showcase:e${event.id}`;
  if (!showcaseDue(event.startsAt, now) || sentAmong(deps.db, [key]).size > 0) return [];
  return deps.db.transaction((tx) => {
    if (!claimScheduledSend(tx, { key, programId: program.id, kind: "showcase", now })) return [];
    const shared = sharedSuccesses(tx, program.id);
    if (shared.length === 0) {
      deps.logger.info(`closing: no successes were shared for event ${event.id}`);
      return [];
    }
    const members = new Map(
      liveTandems(tx, program.id, ["launching", "active", "paused", "ended"]).map((t) => [t.id, t] as const),
    );
    const items = shared.flatMap((s) => {
      const tandem = members.get(s.tandemId);
      return tandem
        ? [{ mentorUserId: tandem.mentorUserId, menteeUserId: tandem.menteeUserId, text: s.text }]
        : [];
    });
    const messages = buildShowcase(translator(program.language, program.address), {
      program: program.name,
      items,
    });
    const channel = program.showcaseChannel;
    // Without a chosen channel the program managers get the showcase, so it is not lost.
    const ops: OpSpec[] = channel
      ? messages.map((message, i) => ({
          key: `${key}:m${i + 1}`,
          kind: "message.post" as const,
          args: { channel, ...message },
          ...(i > 0 ? { dependsOn: `${key}:m${i}` } : {}),
          about: mentionChannel(channel),
        }))
      : listProgramManagers(tx, deps.config).flatMap((user) =>
          messages.map((message, i) => ({
            key: `${key}:m${i + 1}:${user}`,
            kind: "dm.post" as const,
            args: { user, ...message },
            ...(i > 0 ? { dependsOn: `${key}:m${i}:${user}` } : {}),
            about: mentionUser(user),
          })),
        );
    enqueue(tx, LIFECYCLE_BATCH, ops);
    return [key];
  });
}

/** On the end date: a thank-you in every live tandem's channel, the tandems end, the program closes. */
function endProgram(deps: Deps, program: Program, now: Date): string[] {
  if (!programEndDue(program.endDate, program.timezone, now, programCalendar(program))) return [];
  const key = `close:p${program.id}`;
  return deps.db.transaction((tx) => {
    if (!claimScheduledSend(tx, { key, programId: program.id, kind: "close", now })) return [];
    const tandems = liveTandems(tx, program.id, ["active", "paused"]);
    const locales = localesOf(tx, tandems);
    const archiveOn = archiveDay(program.endDate, program.archiveAfterDays);
    const ops: OpSpec[] = tandems.flatMap((tandem): OpSpec[] => {
      if (!tandem.channelId) return [];
      const message = buildFarewell(tandemLang(locales, tandem, program.language, program.address), {
        mentorUserId: tandem.mentorUserId,
        menteeUserId: tandem.menteeUserId,
        program: program.name,
        archiveOn,
      });
      return [
        {
          key: `farewell:t${tandem.id}`,
          kind: "message.post",
          args: { channel: tandem.channelId, ...message },
          about: mentionChannel(tandem.channelId),
        },
      ];
    });
    enqueue(tx, LIFECYCLE_BATCH, [
      ...ops,
      ...waitingFarewells(tx, program, key),
      ...managerDms(deps, tx, program, `${key}:dm`, (t) =>
        t("close.manager.closed", {
          program: program.name,
          tandems: tandems.length,
          archive: archiveOn
            ? t("close.manager.archive", { date: formatDate(t.lang, archiveOn) })
            : t("close.manager.keep"),
        }),
      ),
    ]);
    closeProgram(tx, program.id, now);
    return [key, ...ops.map((op) => op.key)];
  });
}

/** People still on the waiting list hear that the program ended: their wait is over too. */
function waitingFarewells(tx: DbOrTx, program: Program, key: string): OpSpec[] {
  const hadTandem = endedTandemMembers(tx, program.id);
  return waitingParticipants(tx, program.id).map((m) => {
    const userId = m.participant.userId;
    const t = translator(langFromLocale(m.user?.locale, program.language), program.address);
    const dm = buildWaitingClosedDm(t, { program: program.name, hadTandem: hadTandem.has(m.participant.id) });
    return {
      key: `${key}:waiting:${userId}`,
      kind: "dm.post" as const,
      args: { user: userId, text: dm.text, blocks: dm.blocks },
      about: mentionUser(userId),
    };
  });
}

/** archive_after_days after the end date: every channel of the program is archived, once. */
function archiveChannels(deps: Deps, program: Program, now: Date): string[] {
  if (!archiveDue(program.endDate, program.archiveAfterDays, program.timezone, now, programCalendar(program)))
    return [];
  return deps.db.transaction((tx) => {
    const channels = programChannels(tx, program.id);
    // After the thank-you: an archived channel refuses posts (is_archived).
    const ops: OpSpec[] = channels.map((c) => ({
      key: c.key,
      kind: "channel.archive",
      args: { channel: c.channelId },
      about: mentionChannel(c.channelId),
    }));
    enqueue(tx, LIFECYCLE_BATCH, ops);
    markChannelsArchived(tx, program.id, now);
    return ops.map((op) => op.key);
  });
}

/**
 * Upcoming events are announced to everyone invited by their rule, also to those who signed up or
 * were matched after the event was announced; the announcement key per event and person keeps it
 * at one each.
 */
function lateAnnouncements(deps: Deps, programs: readonly Program[], now: Date): string[] {
  const keys: string[] = [];
  for (const program of programs) {
    for (const event of announcedUpcomingEvents(deps.db, [program.id], now.toISOString())) {
      const prefix = announceKeyPrefix(event.id);
      const known = opKeysWithPrefix(deps.db, prefix);
      const invited = invitees(deps.db, program.id, invitedStatuses(event.kind));
      if (invited.every((p) => known.has(`${prefix}${p.userId}`))) continue;
      const missing = announcementOps(deps, program, event).filter((op) => !known.has(op.key));
      if (missing.length === 0) continue;
      deps.db.transaction((tx) => enqueue(tx, `event:${event.id}`, missing));
      keys.push(...missing.map((op) => op.key));
    }
  }
  return keys;
}

/** One pass of the lifecycle work; the keys of what was recorded. The caller's tick wakes the outbox. */
export function runLifecycleWork(deps: Deps, now: Date): string[] {
  const keys: string[] = [];
  const step = (name: string, fn: () => string[]) => {
    try {
      keys.push(...fn());
    } catch (error) {
      deps.logger.error(`lifecycle: ${name} failed`, error);
    }
  };
  const open = programsWithStatus(deps.db, ["signup", "matching", "running"]);
  step("announcements", () => lateAnnouncements(deps, open, now));
  for (const program of programsWithStatus(deps.db, ["running", "closed"])) {
    for (const event of closingEvents(deps, program)) {
      if (program.status === "running")
        step("success prompts", () => successPrompts(deps, program, event, now));
      step("showcase", () => showcase(deps, program, event, now));
    }
    if (program.status === "running") step("end", () => endProgram(deps, program, now));
  }
  for (const program of programsToArchive(deps.db))
    step("archive", () => archiveChannels(deps, program, now));
  if (keys.length > 0) deps.wakeOutbox();
  return keys;
}
