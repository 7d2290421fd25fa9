import type { Config } from "../config";
import { insertAlert, resumeDuePauses } from "../db/queries/checkins";
import { getEvent } from "../db/queries/events";
import { hasWaitingMentors } from "../db/queries/launch";
import { listProgramManagers } from "../db/queries/managers";
import { opByKey } from "../db/queries/outbox";
import {
  cachedLocale,
  cachedLocales,
  checkinMessage,
  claimScheduledSend,
  customPrompts,
  ensureCheckin,
  markPromptPosted,
  mentorCircleChannel,
  type ProgramRow,
  programById,
  programsByIds,
  readEventSnapshots,
  readRhythmState,
  readRunningPrograms,
  readTandemPage,
  recordCheckinPosted,
  recordScheduledMessage,
  sentAmong,
  startedOnIfNeverMet,
  type TandemMembers,
  tandemMembers,
  tandemMembersOf,
} from "../db/queries/rhythm";
import { atomically } from "../db/tx";
import type { Deps } from "../deps";
import { dueItems, type ItemFacts } from "../domain/rhythm/due";
import { selectPrompt } from "../domain/rhythm/prompts";
import { findScheduledItem, type ScheduledItem } from "../domain/rhythm/schedule";
import { daysBetween, isWithinWorkingHours, localDate, pickTimeZone } from "../domain/rhythm/time";
import { type Address, type Lang, langFromLocale, type Translator, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import { type DbOrTx, type HookCall, type OpSpec, placeholder, resultText, type Tx } from "../outbox/types";
import type { OutboxHooks } from "../outbox/worker";
import { mentionChannel } from "../slack/text";
import { newAlertOps } from "../slack/views/rhythmAlerts";
import {
  type BuiltMessage,
  buildCheckinMessage,
  buildCirclePrompt,
  buildNudgeMessage,
} from "../slack/views/rhythmScheduled";
import { reminderOps } from "./events";

/** An item that cannot be sent yet (e.g. its channel does not exist): it stays due. */
export class NotReady extends Error {}

export const RHYTHM_HOOK = {
  checkinPosted: "rhythm.checkinPosted",
  scheduledPosted: "rhythm.scheduledPosted",
} as const;

/** Where scheduled messages landed, recorded in the transaction that marks the op done. */
export const rhythmHooks: OutboxHooks = {
  [RHYTHM_HOOK.checkinPosted]: (tx, { params, result }) => {
    recordCheckinPosted(tx, Number(params.checkinId), resultText(result.channel), resultText(result.ts));
    recordScheduledMessage(tx, String(params.key), resultText(result.channel), resultText(result.ts));
  },
  [RHYTHM_HOOK.scheduledPosted]: (tx, { params, result }) =>
    recordScheduledMessage(tx, String(params.key), resultText(result.channel), resultText(result.ts)),
};

/**
 * Messages in a tandem's channel speak the members' common language, else the program's: like the
 * welcome, the plan and the check-in message once it is answered (tandemTranslator in services/tandems).
 */
function tandemT(
  locale: (userId: string) => string | null,
  members: { mentorUserId: string; menteeUserId: string },
  programLang: Lang,
  address: Address,
): Translator {
  const mentor = langFromLocale(locale(members.mentorUserId), programLang);
  const mentee = langFromLocale(locale(members.menteeUserId), programLang);
  return translator(mentor === mentee ? mentor : programLang, address);
}

/** The message in a tandem's channel when its pause ends by itself (nothing when it has no channel). */
function pauseEndedOps(tx: Tx, tandemId: number, today: string): OpSpec[] {
  const members = tandemMembers(tx, tandemId);
  const channel = members?.tandem.channelId;
  const program = members ? programById(tx, members.tandem.programId) : undefined;
  if (!members || !channel || !program) return [];
  const text = tandemT(
    (userId) => cachedLocale(tx, userId),
    members,
    program.language,
    program.address,
  )("rhythm.pause.over");
  return [
    {
      key: `pause-end:t${tandemId}:${today}`,
      kind: "message.post",
      args: { channel, text },
      about: mentionChannel(channel),
    },
  ];
}

/** A scheduled message posted once in a channel; the hook records where it landed. */
function channelPost(key: string, channel: string, message: BuiltMessage, onDone: HookCall): OpSpec[] {
  return [
    { key, kind: "message.post", args: { channel, ...message }, onDone, about: mentionChannel(channel) },
  ];
}

/**
 * What the items of one slice need to know, read with a few queries for the whole slice instead of
 * several per item (a tick may carry a check-in for every tandem of a big program).
 */
interface SliceReads {
  program(programId: number): ProgramRow | undefined;
  members(tandemId: number): TandemMembers | undefined;
  locale(userId: string): string | null;
  managers(): string[];
}

function readSlice(tx: DbOrTx, items: readonly ScheduledItem[], config: Config): SliceReads {
  const programs = programsByIds(tx, [...new Set(items.map((item) => item.programId))]);
  const tandemIds = items.flatMap((item) => ("tandemId" in item ? [item.tandemId] : []));
  const members = tandemMembersOf(tx, [...new Set(tandemIds)]);
  const locales = cachedLocales(
    tx,
    [...members.values()].flatMap((m) => [m.mentorUserId, m.menteeUserId]),
  );
  let managers: string[] | undefined;
  return {
    program: (programId) => programs.get(programId),
    members: (tandemId) => members.get(tandemId),
    locale: (userId) => {
      if (!locales.has(userId)) locales.set(userId, cachedLocale(tx, userId));
      return locales.get(userId) ?? null;
    },
    managers: () => {
      managers ??= listProgramManagers(tx, config);
      return managers;
    },
  };
}

/**
 * The Slack operations of one due item, written in the caller's transaction. A message op carries
 * the item's key; DMs to several people add the user id, except alert DMs, which are keyed by the
 * alert row (itself keyed by the item) so that follow-ups can update them. Throws NotReady when the
 * item cannot go out yet, so that the caller rolls back and tries again at the next tick.
 */
function opsForItem(
  tx: DbOrTx,
  reads: SliceReads,
  item: { key: string; programId: number } & ItemFacts,
  now: Date,
): OpSpec[] {
  const program = reads.program(item.programId);
  if (!program) throw new NotReady(`program ${item.programId} is gone`);
  const tz = pickTimeZone(program.timezone);
  const today = localDate(now, tz);
  const programT = translator(program.language, program.address);

  switch (item.kind) {
    case "checkin": {
      const members = reads.members(item.tandemId);
      const channel = members?.tandem.channelId;
      if (!members || !channel) throw new NotReady(`tandem ${item.tandemId} has no channel yet`);
      const checkinId = ensureCheckin(tx, item.tandemId, item.period);
      const message = buildCheckinMessage(tandemT(reads.locale, members, program.language, program.address), {
        checkinId,
        mentorUserId: members.mentorUserId,
        menteeUserId: members.menteeUserId,
        endDate: item.final ? program.endDate : undefined,
      });
      return channelPost(item.key, channel, message, {
        name: RHYTHM_HOOK.checkinPosted,
        params: { checkinId, key: item.key },
      });
    }
    case "nudge": {
      const members = reads.members(item.tandemId);
      const channel = members?.tandem.channelId;
      if (!members || !channel) throw new NotReady(`tandem ${item.tandemId} has no channel yet`);
      // A reply in the thread of the check-in it follows up, not a message of its own: where the
      // check-in is (its row), or where its post will be once the outbox has made it (a reference).
      const message = buildNudgeMessage(tandemT(reads.locale, members, program.language, program.address), {
        mentorUserId: members.mentorUserId,
        menteeUserId: members.menteeUserId,
        days: daysBetween(item.since, today),
        tandemId: item.tandemId,
      });
      const onDone = { name: RHYTHM_HOOK.scheduledPosted, params: { key: item.key } };
      if (item.period === undefined) return channelPost(item.key, channel, message, onDone);
      const thread = checkinMessage(tx, item.tandemId, item.period);
      if (thread?.messageTs) {
        const args = { channel: thread.channelId ?? channel, thread_ts: thread.messageTs, ...message };
        return [{ key: item.key, kind: "message.post", args, onDone, about: mentionChannel(channel) }];
      }
      const checkinKey = `checkin:t${item.tandemId}:p${item.period}`;
      if (!opByKey(tx, checkinKey))
        throw new NotReady(`check-in ${item.period} of tandem ${item.tandemId} was not posted`);
      return [
        {
          key: item.key,
          kind: "message.post",
          args: { channel, thread_ts: placeholder("ts"), ...message },
          dependsOn: checkinKey,
          refs: { ts: { key: checkinKey, field: "ts" } },
          onDone,
          about: mentionChannel(channel),
        },
      ];
    }
    case "circle": {
      const channel = mentorCircleChannel(tx, item.programId);
      if (!channel) throw new NotReady(`program ${item.programId} has no mentor circle channel yet`);
      const prompt = selectPrompt(item.phase, item.indexInPhase, customPrompts(tx, item.programId));
      // in the transaction that records the post, so a restart never posts an own prompt twice
      if (prompt.source === "custom") markPromptPosted(tx, prompt.id, now);
      const waitingMentors = hasWaitingMentors(tx, item.programId);
      const message = buildCirclePrompt(programT, { phase: item.phase, prompt, waitingMentors });
      return channelPost(item.key, channel, message, {
        name: RHYTHM_HOOK.scheduledPosted,
        params: { key: item.key },
      });
    }
    case "alert": {
      const members = reads.members(item.tandemId);
      if (!members) throw new NotReady(`tandem ${item.tandemId} is gone`);
      const since = item.reason === "stall" ? item.since : null;
      const unanswered = item.reason === "stall" ? (item.unanswered ?? null) : null;
      const { alert } = insertAlert(tx, {
        key: item.key,
        tandemId: item.tandemId,
        reason: item.reason,
        since,
        unanswered,
        now,
      });
      const managers = reads.managers().map((userId) => ({
        userId,
        lang: langFromLocale(reads.locale(userId), program.language),
        address: program.address,
      }));
      // The DMs are keyed by the alert (alertOps in newAlertOps), so that a claim or resolve can update them later.
      return newAlertOps(
        alert.key,
        {
          alertId: alert.id,
          reason: item.reason,
          days: since ? daysBetween(since, today) : 0,
          mentorUserId: members.mentorUserId,
          menteeUserId: members.menteeUserId,
          channelId: members.tandem.channelId,
          history:
            since && unanswered !== null
              ? {
                  since,
                  unanswered,
                  startedOn: startedOnIfNeverMet(tx, members.tandem, program.timezone, since),
                }
              : undefined,
        },
        managers,
      );
    }
    case "reminder": {
      const event = getEvent(tx, item.eventId);
      if (!event || event.cancelledAt) return [];
      // each invitee's reminder fits their answer (services/events)
      return reminderOps(tx, program, event, { key: item.key, now });
    }
  }
}

export type Recorded = "sent" | "already_sent" | "not_ready" | "failed";

/**
 * The per-item step shared by the scheduler and "send now": in one transaction, mark the item sent
 * (scheduled_sends) and enqueue its Slack ops under the same key. The outbox performs them exactly
 * once, so a crash at any point sends nothing twice. The caller wakes the outbox.
 */
export function recordItem(deps: Deps, item: ScheduledItem, now: Date): Recorded {
  return recordItems(deps, [item], now)[0] ?? "failed";
}

/**
 * recordItem for a slice of a tick: one transaction for the slice, each item in a savepoint of its
 * own, so an item that cannot go out rolls back alone and stays due, and a crash after the slice
 * loses nothing it recorded. The outcome of each item, in order.
 */
export function recordItems(deps: Deps, items: readonly ScheduledItem[], now: Date): Recorded[] {
  if (items.length === 0) return [];
  try {
    return atomically(deps.db, () => {
      const reads = readSlice(deps.db, items, deps.config);
      return items.map((item) => recordInSavepoint(deps, reads, item, now));
    });
  } catch (error) {
    deps.logger.error(`scheduler: a slice of ${items.length} items failed`, error);
    return items.map(() => "failed");
  }
}

function recordInSavepoint(deps: Deps, reads: SliceReads, item: ScheduledItem, now: Date): Recorded {
  const db = deps.db;
  try {
    const recorded = atomically(db, () => {
      if (!claimScheduledSend(db, { key: item.key, programId: item.programId, kind: item.kind, now }))
        return false;
      enqueue(db, `rhythm:${localDate(now, "UTC")}`, opsForItem(db, reads, item, now));
      return true;
    });
    return recorded ? "sent" : "already_sent";
  } catch (error) {
    if (error instanceof NotReady) {
      deps.logger.debug(`scheduler: ${item.key} not ready: ${error.message}`);
      return "not_ready";
    }
    deps.logger.error(`scheduler: ${item.key} failed`, error);
    return "failed";
  }
}

/**
 * The items of one slice of a tick that may go out now, derived from the database (see
 * docs/decisions/scheduler.md): those of the next `limit` tandems after `afterTandemId`, and with the
 * first slice (afterTandemId 0) the programs' own (circle prompts, event reminders). Together the
 * slices give what dueItems gives for the whole snapshot, but each reads and computes only its own
 * tandems and looks up only its own keys in scheduled_sends.
 */
export function dueSlice(
  deps: Deps,
  now: Date,
  afterTandemId: number,
  limit: number,
): { items: ScheduledItem[]; lastTandemId: number | undefined; tandems: number } {
  const programs = readRunningPrograms(deps.db);
  const programIds = programs.map((p) => p.id);
  const first = afterTandemId === 0;
  const page = readTandemPage(deps.db, programIds, { afterId: afterTandemId, limit });
  const events = readEventSnapshots(deps.db, programIds);
  const candidates = dueItems(
    {
      programs: first ? programs : programs.map((p) => ({ ...p, hasMentorCircle: false })),
      // reminders with the first slice only; every slice keeps check-ins off the closing events' days
      events: first ? events : [],
      calendarEvents: events,
      tandems: page.tandems,
      helpRequests: page.helpRequests,
      // which of them were sent is looked up below, for these keys only
      sent: new Set(),
    },
    now,
  ).filter((item) => item.due);
  const sent = sentAmong(
    deps.db,
    candidates.map((item) => item.key),
  );
  return {
    items: candidates.filter((item) => !sent.has(item.key)),
    lastTandemId: page.tandems.at(-1)?.id,
    tandems: page.tandems.length,
  };
}

/**
 * Pauses that end now: a pause ends at the first tick in working hours on its day, and the channel
 * is told so, never at night. The tandems whose pause ended.
 */
export function endDuePauses(deps: Deps, now: Date): number[] {
  const resumed = deps.db.transaction((tx) => {
    const ids = resumeDuePauses(tx, now, (tz) => isWithinWorkingHours(now, tz));
    for (const id of ids) enqueue(tx, "rhythm", pauseEndedOps(tx, id, now.toISOString().slice(0, 10)));
    return ids;
  });
  if (resumed.length > 0) deps.wakeOutbox();
  return resumed;
}

export type SendNowResult =
  | { status: "sent"; item: ScheduledItem }
  | { status: "already_sent" | "not_scheduled" | "not_ready" | "failed" };

/**
 * A program manager's "send now": the item is recomputed from the database by its key (due, waiting
 * for working hours, or upcoming) and recorded like a scheduler tick would, so it still goes out at
 * most once per item and period. Working hours are not applied: sending now is an explicit decision.
 */
export function sendItemNow(deps: Deps, key: string, now: Date): SendNowResult {
  const state = readRhythmState(deps.db);
  if (state.sent.has(key)) return { status: "already_sent" };
  const item = findScheduledItem(state, now, key);
  if (!item) return { status: "not_scheduled" };
  const outcome = recordItem(deps, item, now);
  if (outcome !== "sent") return { status: outcome };
  deps.wakeOutbox();
  return { status: "sent", item };
}
