import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import {
  isMember,
  pauseTandem,
  resumeTandem,
  type TandemInfo,
  tandemInChannel,
  tandemInfo,
} from "../../db/queries/checkins";
import { isProgramManager } from "../../db/queries/managers";
import type { Deps } from "../../deps";
import { enqueue } from "../../outbox/enqueue";
import { liveTandem as live, openPauseModal } from "../../services/pause";
import { programToday, tandemTranslator } from "../../services/tandems";
import { ids, parseValue } from "../../slack/ids";
import { translatorFor } from "../../slack/users";
import { formatDate } from "../../slack/views/homeParts";
import { buildPausedMessage, buildResumedMessage, readPauseForm } from "../../slack/views/rhythmPause";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";

const PAUSE_BATCH = "rhythm:pause";

function mayPause(deps: Deps, info: TandemInfo, userId: string): boolean {
  return isMember(info, userId) || isProgramManager(deps.db, deps.config, userId);
}

/** The tandem of the channel the command was typed in, if the user may pause it; else a private hint. */
async function tandemHere(
  ctx: SubcommandContext,
  command: "pause" | "resume",
): Promise<TandemInfo | undefined> {
  const info = tandemInChannel(ctx.deps.db, ctx.channelId);
  const reply = (text: string) => ctx.respond({ response_type: "ephemeral", text });
  if (!info) {
    await reply(ctx.t("rhythm.pause.not_in_tandem", { command }));
    return undefined;
  }
  if (!isMember(info, ctx.userId) && !ctx.isManager) {
    await reply(ctx.t("rhythm.pause.not_allowed"));
    return undefined;
  }
  return info;
}

/** `/mentoring pause` in a tandem channel: its members or a program manager. */
export async function pauseCommand(ctx: SubcommandContext): Promise<void> {
  const info = await tandemHere(ctx, "pause");
  if (!info) return;
  await openPauseModal(ctx.deps, ctx, info);
}

/** `/mentoring resume`: ends a pause early; the channel is told. */
export async function resumeCommand(ctx: SubcommandContext): Promise<void> {
  const info = await tandemHere(ctx, "resume");
  if (!info) return;
  const { deps } = ctx;
  const today = programToday(info, deps.clock());
  const resumed = deps.db.transaction((tx) => {
    if (!resumeTandem(tx, info.tandem.id, today)) return false;
    if (info.tandem.channelId) {
      const msg = buildResumedMessage(tandemTranslator(info), { userId: ctx.userId });
      enqueue(tx, PAUSE_BATCH, [
        {
          key: `rhythm:resume:t${info.tandem.id}:${info.tandem.pausedUntil ?? "open"}:${today}`,
          kind: "message.post",
          args: { channel: info.tandem.channelId, text: msg.text, blocks: msg.blocks },
        },
      ]);
    }
    return true;
  });
  if (!resumed) {
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("rhythm.pause.not_paused") });
    return;
  }
  deps.wakeOutbox();
}

/** The pause modal: a day after today, at the latest the program's end; the channel is told. */
export function pauseSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const field = ids.rhythm.pauseUntil;
    const info = tandemInfo(deps.db, Number(parseValue(view.private_metadata).t));
    if (!info || !live(info)) {
      await ack({ response_action: "errors", errors: { [field]: t.plain("rhythm.pause.ended") } });
      return;
    }
    if (!mayPause(deps, info, userId)) {
      deps.logger.warn(`Refused a pause from ${userId}, who is neither a member nor a program manager`);
      await ack({ response_action: "errors", errors: { [field]: t.plain("rhythm.pause.not_allowed") } });
      return;
    }
    const result = readPauseForm(view.state.values, programToday(info, deps.clock()), info.program.endDate);
    if (!result.ok) {
      const end = result.end ? formatDate(t.lang, result.end) : undefined;
      await ack({ response_action: "errors", errors: { [field]: t.plain(result.error, { end }) } });
      return;
    }
    const { until } = result;
    const today = programToday(info, deps.clock());
    deps.db.transaction((tx) => {
      if (!pauseTandem(tx, info.tandem.id, until) || !info.tandem.channelId) return;
      const msg = buildPausedMessage(tandemTranslator(info), { userId, until });
      enqueue(tx, PAUSE_BATCH, [
        {
          key: `rhythm:pause:t${info.tandem.id}:until${until}:on${today}`,
          kind: "message.post",
          args: { channel: info.tandem.channelId, text: msg.text, blocks: msg.blocks },
        },
      ]);
    });
    await ack();
    deps.wakeOutbox();
  };
}

export function registerPause(r: Registrar, deps: Deps): void {
  r.subcommand("pause", { managerOnly: false, run: pauseCommand });
  r.subcommand("resume", { managerOnly: false, run: resumeCommand });
  r.view(ids.rhythm.pauseModal, pauseSubmission(deps));
}
