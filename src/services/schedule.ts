import { upcomingEvents } from "../db/queries/lifecycle";
import { currentProgram } from "../db/queries/programs";
import { customPrompts, readRhythmState, tandemMembersOf } from "../db/queries/rhythm";
import { programRow } from "../db/queries/steering";
import type { Deps, WorkerDeps } from "../deps";
import { type ClosingItem, closingPlan, successesEventId } from "../domain/closing";
import type { RhythmState } from "../domain/rhythm/due";
import { selectPrompt } from "../domain/rhythm/prompts";
import { SCHEDULE_HORIZON_DAYS, type ScheduleEntry, scheduleOverview } from "../domain/rhythm/schedule";
import { pickTimeZone } from "../domain/rhythm/time";
import type { Translator } from "../i18n";
import { context, section } from "../slack/blocks";
import {
  buildSchedule,
  describeItem,
  keysToPlan,
  type ScheduleRow,
  schedulePage,
} from "../slack/views/rhythmSchedule";
import type { BuiltMessage } from "../slack/views/rhythmScheduled";
import { type Actor, answerInPlace } from "./actor";
import { waveSchedule } from "./evaluations";
import { sendSuccessPromptsNow, successPromptKey, successPromptTargets } from "./lifecycle";
import { type SendNowResult, sendItemNow } from "./scheduler";

/**
 * Adds what the builder shows beside an item: the tandem's members (of the items `shown`, all when
 * left out: a big program lists thousands and shows a page), the prompt, the event.
 */
function rowsFor(
  deps: Deps,
  programId: number,
  entries: readonly ScheduleEntry[],
  state: RhythmState = readRhythmState(deps.db),
  shown?: ReadonlySet<string>,
): ScheduleRow[] {
  const shownTandems = entries.flatMap((item) =>
    "tandemId" in item && (!shown || shown.has(item.key)) ? [item.tandemId] : [],
  );
  const members = tandemMembersOf(deps.db, [...new Set(shownTandems)]);
  const custom = customPrompts(deps.db, programId);
  const events = new Map(state.events.map((e) => [e.id, e]));
  const ahead = new Map<string, number>();
  return entries.map((item) => {
    const row: ScheduleRow = { entry: item };
    const m = "tandemId" in item ? members.get(item.tandemId) : undefined;
    if (m) {
      row.mentorUserId = m.mentorUserId;
      row.menteeUserId = m.menteeUserId;
    }
    if (item.kind === "circle") {
      const before = ahead.get(item.phase) ?? 0;
      ahead.set(item.phase, before + 1);
      row.prompt = selectPrompt(item.phase, item.indexInPhase, custom, before);
    }
    if (item.kind === "reminder") {
      const event = events.get(item.eventId);
      if (event) row.event = { kind: event.kind, startsAt: event.startsAt };
    }
    return row;
  });
}

/**
 * The program's closing phase within the schedule's horizon (domain/closing): evaluation waves,
 * each upcoming closing event's success prompts (how many tandems are still to be asked) and showcase,
 * the end, archiving and deletion.
 */
function closingItems(deps: Deps, programId: number, now: Date): ClosingItem[] {
  const program = programRow(deps.db, programId);
  if (!program) return [];
  const events = upcomingEvents(deps.db, [programId], now.toISOString())
    .filter((e) => e.kind === "closing")
    .map((e) => {
      const { tandems, sent } = successPromptTargets(deps.db, programId, e.id);
      const asked = tandems.filter((t) => sent.has(successPromptKey(t.id, e.id))).length;
      return { id: e.id, startsAt: e.startsAt, promptsPending: tandems.length - asked, promptsSent: asked };
    });
  return closingPlan(program, events, now, SCHEDULE_HORIZON_DAYS);
}

/**
 * The current program's schedule, or a sentence saying why there is none. Its times are the
 * scheduler's own: scheduleOverview works them out with dueItems (domain/rhythm/due), the function
 * the scheduler's tick sends by, for the items of the page shown.
 */
export function renderSchedule(deps: Deps, t: Translator, notice?: string, offset = 0): BuiltMessage {
  const program = currentProgram(deps.db);
  if (!program) return { text: t("common.error.no_program"), blocks: [] };
  const state = readRhythmState(deps.db);
  const snapshot = state.programs.find((p) => p.id === program.id);
  if (!snapshot) {
    const text = notice ? `${notice}\n${t("rhythm.schedule.not_running")}` : t("rhythm.schedule.not_running");
    return { text, blocks: [] };
  }
  const planned = (all: readonly ScheduleEntry[]) => keysToPlan(all, offset);
  const entries = scheduleOverview(state, deps.clock(), program.id, undefined, { planned });
  const tz = pickTimeZone(program.timezone);
  const shown = new Set(
    schedulePage(
      entries.map((entry) => ({ entry })),
      offset,
      tz,
    ).shown.map((r) => r.entry.key),
  );
  return withWaves(
    deps,
    t,
    program.id,
    buildSchedule(t, {
      programId: program.id,
      programName: program.name,
      timezone: tz,
      hasMentorCircle: snapshot.hasMentorCircle,
      rows: rowsFor(deps, program.id, entries, state, shown),
      closing: closingItems(deps, program.id, deps.clock()),
      ...(notice ? { notice } : {}),
      offset,
    }),
  );
}

/**
 * The evaluation waves (services/evaluations) right below the schedule's intro. A schedule that
 * already fills Slack's 50 blocks gets them inside its intro and the button in its last row instead.
 */
function withWaves(deps: Deps, t: Translator, programId: number, message: BuiltMessage): BuiltMessage {
  const waves = waveSchedule(deps, t, programId);
  if (!waves) return message;
  const at = message.blocks.findIndex((b) => b.type === "context");
  const blocks = [...message.blocks];
  const last = blocks.at(-1);
  if (blocks.length + 2 <= 50 || at < 0 || last?.type !== "actions") {
    blocks.splice(at < 0 ? blocks.length : at + 1, 0, section(waves.text, waves.button), context(waves.note));
    return { ...message, blocks: blocks.slice(0, 50) };
  }
  const intro = blocks[at];
  if (intro?.type === "context")
    blocks[at] = { ...intro, elements: [...intro.elements, { type: "mrkdwn", text: waves.text }] };
  blocks[blocks.length - 1] = { ...last, elements: [...last.elements, waves.button] };
  return { ...message, blocks };
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
  const eventId = successesEventId(input.key);
  const notice =
    eventId === undefined
      ? sendNowNotice(deps, actor, sendItemNow(deps, input.key, deps.clock()))
      : successesNotice(deps, actor, eventId);
  const message = renderSchedule(deps, actor.t, notice);
  await answerInPlace(actor, message.text, message.blocks);
}

/**
 * "Send now" on a closing event's success prompts: the lifecycle's own step (sendSuccessPromptsNow),
 * so each tandem is asked once, whoever comes first.
 */
function successesNotice(deps: Deps, actor: Actor, eventId: number): string {
  const { t } = actor;
  const result = sendSuccessPromptsNow(deps, eventId, deps.clock());
  if (result.status !== "sent")
    return t(
      result.status === "already_sent"
        ? "rhythm.schedule.result.already_sent"
        : "rhythm.schedule.result.not_scheduled",
    );
  deps.logger.info(`send now: ${actor.userId} sent ${result.keys.join(", ")}`);
  const what = t.plain("rhythm.schedule.closing.successes", { count: result.keys.length });
  return t.plain("rhythm.schedule.result.sent", { what });
}

/** "Earlier" or "Later" under the schedule: the clicked message, that page shown. */
export async function showSchedulePage(
  deps: WorkerDeps,
  actor: Actor,
  input: { offset: number },
): Promise<void> {
  const message = renderSchedule(deps, actor.t, undefined, input.offset);
  await answerInPlace(actor, message.text, message.blocks);
}
