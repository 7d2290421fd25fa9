import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { isProgramManager } from "../../db/queries/managers";
import { currentProgram } from "../../db/queries/programs";
import { customPrompts, readRhythmState, type TandemMembers, tandemMembers } from "../../db/queries/rhythm";
import type { Deps } from "../../deps";
import { selectPrompt } from "../../domain/rhythm/prompts";
import { type ScheduleEntry, scheduleOverview } from "../../domain/rhythm/schedule";
import { pickTimeZone } from "../../domain/rhythm/time";
import type { Translator } from "../../i18n";
import { sendItemNow } from "../../jobs/scheduler";
import { buttonValue, ids } from "../../slack/ids";
import { translatorFor } from "../../slack/users";
import { buildSchedule, describeItem, type ScheduleRow } from "../../slack/views/rhythmSchedule";
import type { BuiltMessage } from "../../slack/views/rhythmScheduled";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";
import { privateAnswer } from "../reply";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

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
function loadSchedule(deps: Deps, t: Translator, notice?: string): BuiltMessage {
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

/** `/mentoring schedule` (managers only, through the router): what goes out in the next 4 weeks. */
export async function scheduleCommand(ctx: SubcommandContext): Promise<void> {
  const message = loadSchedule(ctx.deps, ctx.t);
  await ctx.respond({
    response_type: "ephemeral",
    text: message.text,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
  });
}

/**
 * "Send now" on the schedule: authorized again here (a click can be forged), the item recomputed from
 * the database by its key and recorded through the scheduler's own step (sendItemNow), so a second
 * click or a later tick sends nothing more. The schedule is then shown again with the result.
 */
export function sendNowAction(deps: Deps) {
  return async ({ ack, body, action, client, respond }: ActionArgs) => {
    await ack();
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const answer = privateAnswer(deps, { body, client, respond });
    const reply = (message: BuiltMessage, replace: boolean) =>
      answer({ text: message.text, blocks: message.blocks, replace });
    if (!isProgramManager(deps.db, deps.config, userId)) {
      deps.logger.warn(`Refused a send-now click from ${userId}, who is not a program manager`);
      await reply({ text: t("common.error.not_manager"), blocks: [] }, false);
      return;
    }
    const value = buttonValue(action);
    if (typeof value.k !== "string") return;
    const result = sendItemNow(deps, value.k, deps.clock());
    let notice: string;
    switch (result.status) {
      case "sent": {
        const program = currentProgram(deps.db);
        const sent: ScheduleEntry = { ...result.item, date: "", sendAt: undefined, status: "sent" };
        const [row] = rowsFor(deps, result.item.programId, [sent]);
        const what = row ? describeItem(t, row, pickTimeZone(program?.timezone)) : result.item.key;
        notice = t.plain("rhythm.schedule.result.sent", { what });
        deps.logger.info(`send now: ${userId} sent ${result.item.key}`);
        break;
      }
      case "already_sent":
        notice = t("rhythm.schedule.result.already_sent");
        break;
      case "not_scheduled":
        notice = t("rhythm.schedule.result.not_scheduled");
        break;
      case "not_ready":
        notice = t("rhythm.schedule.result.not_ready");
        break;
      case "failed":
        notice = t("common.error.generic");
        break;
    }
    await reply(loadSchedule(deps, t, notice), true);
  };
}

export function registerSchedule(r: Registrar, deps: Deps): void {
  r.subcommand("schedule", { managerOnly: true, run: scheduleCommand });
  r.action(ids.rhythm.sendNow, sendNowAction(deps));
}
