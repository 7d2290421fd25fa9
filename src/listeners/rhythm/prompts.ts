import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../../db/queries/managers";
import { currentProgram, getProgram, type Program } from "../../db/queries/programs";
import {
  addCirclePrompt,
  customPrompts,
  listCirclePrompts,
  mentorCircleChannel,
  removeCirclePrompt,
  sentKeys,
} from "../../db/queries/rhythm";
import type { Deps } from "../../deps";
import { circlePlan, validatePromptForm } from "../../domain/rhythm/schedule";
import type { Translator } from "../../i18n";
import { buttonValue, ids, parseValue } from "../../slack/ids";
import { translatorFor } from "../../slack/users";
import {
  buildPromptList,
  buildPromptModal,
  buildPromptSavedView,
  promptErrorsByBlock,
  readPromptForm,
} from "../../slack/views/rhythmSchedule";
import type { SubcommandContext } from "../commands/router";
import type { Registrar } from "../registrar";
import { managerSubmitter, privateAnswer } from "../reply";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

function livingProgram(deps: Deps): Program | undefined {
  const program = currentProgram(deps.db);
  return program && program.status !== "closed" ? program : undefined;
}

/** The circle prompts still to come, with the program's own prompts as they are now. */
function planOf(deps: Deps, program: Program) {
  return circlePlan(program, deps.clock(), sentKeys(deps.db, program.id), customPrompts(deps.db, program.id));
}

/** Opens the prompt modal with the phase of the next circle prompt preselected. */
async function openPromptModal(
  deps: Deps,
  client: WebClient,
  d: { triggerId: string; t: Translator; program: Program },
): Promise<boolean> {
  const phase = planOf(deps, d.program)[0]?.phase ?? "start";
  try {
    await client.views.open({
      trigger_id: d.triggerId,
      view: buildPromptModal(d.t, { programId: d.program.id, phase }),
    });
    return true;
  } catch (error) {
    deps.logger.error(`Could not open the prompt modal: ${String(error)}`);
    return false;
  }
}

/** `/mentoring prompt add` opens the modal; `/mentoring prompt list` lists the program's prompts. */
export async function promptCommand(ctx: SubcommandContext): Promise<void> {
  const reply = (text: string) => ctx.respond({ response_type: "ephemeral", text });
  const program = livingProgram(ctx.deps);
  if (!program) {
    await reply(ctx.t("common.error.no_program"));
    return;
  }
  const verb = (ctx.args[0] ?? "add").toLowerCase();
  if (verb === "list") {
    const list = buildPromptList(ctx.t, listCirclePrompts(ctx.deps.db, program.id));
    await ctx.respond({ response_type: "ephemeral", text: list.text, blocks: list.blocks });
    return;
  }
  if (verb !== "add") {
    await reply(ctx.t("rhythm.prompt.usage"));
    return;
  }
  const opened = await openPromptModal(ctx.deps, ctx.client, { triggerId: ctx.triggerId, t: ctx.t, program });
  if (!opened) await reply(ctx.t("common.error.generic"));
}

/** The schedule's buttons: add a prompt, list the prompts, remove one. Managers only, checked here. */
function promptButtons(deps: Deps, kind: "open" | "list" | "remove") {
  return async ({ ack, body, action, client, respond }: ActionArgs) => {
    await ack();
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const answer = privateAnswer(deps, { body, client, respond });
    const say = (text: string, blocks?: ReturnType<typeof buildPromptList>["blocks"], replace = false) =>
      answer({ text, ...(blocks ? { blocks } : {}), replace });
    if (!isProgramManager(deps.db, deps.config, userId)) {
      deps.logger.warn(`Refused a prompt ${kind} click from ${userId}, who is not a program manager`);
      await say(t("common.error.not_manager"));
      return;
    }
    const program = livingProgram(deps);
    if (!program) {
      await say(t("common.error.no_program"));
      return;
    }
    if (kind === "open") {
      const opened = await openPromptModal(deps, client, { triggerId: body.trigger_id, t, program });
      if (!opened) await say(t("common.error.generic"));
      return;
    }
    if (kind === "remove") {
      const value = buttonValue(action);
      if (typeof value.id === "number") removeCirclePrompt(deps.db, program.id, value.id);
    }
    const list = buildPromptList(t, listCirclePrompts(deps.db, program.id));
    const text = kind === "remove" ? t("rhythm.prompt.removed") : list.text;
    await say(text, list.blocks, kind === "remove");
  };
}

/** Saving the prompt modal: managers only, checked again; inline errors; stored once. */
export function promptSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const textBlock = ids.rhythm.promptInput.text;
    const submitter = await managerSubmitter(deps, { ack, body, client }, textBlock, "a prompt submission");
    if (!submitter) return;
    const { userId, t } = submitter;
    const meta = parseValue(view.private_metadata);
    const program = typeof meta.p === "number" ? getProgram(deps.db, meta.p) : currentProgram(deps.db);
    if (!program || program.status === "closed") {
      await ack({ response_action: "errors", errors: { [textBlock]: t.plain("common.error.no_program") } });
      return;
    }
    const result = validatePromptForm(readPromptForm(view.state.values));
    if (!result.ok) {
      await ack({ response_action: "errors", errors: promptErrorsByBlock(t, result.errors) });
      return;
    }
    const { prompt, created } = addCirclePrompt(deps.db, {
      programId: program.id,
      phase: result.phase,
      text: result.text,
      createdBy: userId,
    });
    const comes = planOf(deps, program).find(
      (e) => e.prompt.source === "custom" && e.prompt.id === prompt.id,
    );
    await ack({
      response_action: "update",
      view: buildPromptSavedView(t, {
        phase: prompt.phase,
        text: prompt.text,
        duplicate: !created,
        date: comes?.date ?? null,
        hasMentorCircle: mentorCircleChannel(deps.db, program.id) !== undefined,
      }),
    });
  };
}

export function registerPrompts(r: Registrar, deps: Deps): void {
  r.subcommand("prompt", { managerOnly: true, run: promptCommand });
  r.action(ids.rhythm.promptOpen, promptButtons(deps, "open"));
  r.action(ids.rhythm.promptList, promptButtons(deps, "list"));
  r.action(ids.rhythm.promptRemove, promptButtons(deps, "remove"));
  r.view(ids.rhythm.promptModal, promptSubmission(deps));
}
