import { currentProgram } from "../db/queries/programs";
import { customPrompts, readRhythmState, type TandemMembers, tandemMembers } from "../db/queries/rhythm";
import type { Deps, WorkerDeps } from "../deps";
import { selectPrompt } from "../domain/rhythm/prompts";
import { type ScheduleEntry, scheduleOverview } from "../domain/rhythm/schedule";
import { pickTimeZone } from "../domain/rhythm/time";
import type { Translator } from "../i18n";
import { buildSchedule, describeItem, type ScheduleRow } from "../slack/views/rhythmSchedule";
import type { BuiltMessage } from "../slack/views/rhythmScheduled";
import { type Actor, answerInPlace } from "./actor";
import { type SendNowResult, sendItemNow } from "./scheduler";

/** Adds what the builder shows beside an item: the tandem's members, the prompt, the event. */
function rowsFor(deps: Deps, programId: number, entries: readonly ScheduleEntry[]): ScheduleRow[] {
  const members = new Map<number, TandemMembers | undefined>();
  const custom = customPrompts(deps.db, programId);
  const events = readRhythmState(deps.db).events;
  const ahead = new Map<string, number>();
  return entries.map((item) => {
    const row: ScheduleRow = { entry: item };
    if ("tandemId" in item) {
      if (!members.has(item.tandemId)) members.set(item.tandemId, tandemMembers(deps.db, item.tandemId));
      const m = members.get(item.tandemId);
      if (m) {
        row.mentorUserId = m.mentorUserId;
        row.menteeUserId = m.menteeUserId;
      }
    }
    if (item.kind === "circle") {
      const before = ahead.get(item.phase) ?? 0;
      ahead.set(item.phase, before + 1);
      row.prompt = selectPrompt(item.phase, item.indexInPhase, custom, before);
    }
    if (item.kind === "reminder") {
      const event = events.find((e) => e.id === item.eventId);
      if (event) row.event = { kind: event.kind, startsAt: event.startsAt };
    }
    return row;
  });
}

/** The current program's schedule, or a sentence saying why there is none. */
function renderSchedule(deps: Deps, t: Translator, notice?: string): BuiltMessage {
  const program = currentProgram(deps.db);
  if (!program) return { text: t("common.error.no_program"), blocks: [] };
  const state = readRhythmState(deps.db);
  const snapshot = state.programs.find((p) => p.id === program.id);
  if (!snapshot) {
    const text = notice ? `${notice}\n${t("rhythm.schedule.not_running")}` : t("rhythm.schedule.not_running");
    return { text, blocks: [] };
  }
  const entries = scheduleOverview(state, deps.clock(), program.id);
  return buildSchedule(t, {
    programId: program.id,
    programName: program.name,
    timezone: pickTimeZone(program.timezone),
    hasMentorCircle: snapshot.hasMentorCircle,
    rows: rowsFor(deps, program.id, entries),
    ...(notice ? { notice } : {}),
  });
}

/** `/mentoring schedule`: what goes out in the next 4 weeks. */
export async function showSchedule(deps: WorkerDeps, actor: Actor): Promise<void> {
  const message = renderSchedule(deps, actor.t);
  await actor.reply(message.text, message.blocks);
}

/** What the schedule says above itself after a "Send now". */
function sendNowNotice(deps: Deps, actor: Actor, result: SendNowResult): string {
  const { t } = actor;
  switch (result.status) {
    case "sent": {
      const program = currentProgram(deps.db);
      const sent: ScheduleEntry = { ...result.item, date: "", sendAt: undefined, status: "sent" };
      const [row] = rowsFor(deps, result.item.programId, [sent]);
      const what = row ? describeItem(t, row, pickTimeZone(program?.timezone)) : result.item.key;
      deps.logger.info(`send now: ${actor.userId} sent ${result.item.key}`);
      return t.plain("rhythm.schedule.result.sent", { what });
    }
    case "already_sent":
      return t("rhythm.schedule.result.already_sent");
    case "not_scheduled":
      return t("rhythm.schedule.result.not_scheduled");
    case "not_ready":
      return t("rhythm.schedule.result.not_ready");
    case "failed":
      return t("common.error.generic");
  }
}

/**
 * "Send now" on the schedule: the item recomputed from the database by its key and recorded through
 * the scheduler's own step (sendItemNow), so a second click or a later tick sends nothing more. The
 * schedule the manager clicked is then shown again with the result.
 */
export async function sendNow(deps: WorkerDeps, actor: Actor, input: { key: string }): Promise<void> {
  const result = sendItemNow(deps, input.key, deps.clock());
  const message = renderSchedule(deps, actor.t, sendNowNotice(deps, actor, result));
  await answerInPlace(actor, message.text, message.blocks);
}
