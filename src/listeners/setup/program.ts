import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../../db/queries/managers";
import { createProgram, currentProgram, getProgram, updateProgram } from "../../db/queries/programs";
import type { Deps } from "../../deps";
import { validateProgram } from "../../domain/program";
import type { Translator } from "../../i18n";
import { publishHome } from "../../slack/home";
import { ids, parseValue } from "../../slack/ids";
import {
  buildProgramModal,
  buildProgramSavedView,
  errorsByBlock,
  readProgramForm,
} from "../../slack/views/setup";
import type { SubcommandContext } from "../commands/router";
import { managerSubmitter, replyPrivately, whoClicked } from "../reply";

/** Opens the create/edit modal, prefilled from the current program if there is one. */
async function openProgramModal(
  deps: Deps,
  client: WebClient,
  triggerId: string,
  t: Translator,
): Promise<void> {
  const view = buildProgramModal(t, { program: currentProgram(deps.db) });
  await client.views.open({ trigger_id: triggerId, view });
}

/** `/mentoring program` (manager-only through the router). */
export async function programCommand(ctx: SubcommandContext): Promise<void> {
  try {
    await openProgramModal(ctx.deps, ctx.client, ctx.triggerId, ctx.t);
  } catch (error) {
    ctx.deps.logger.error(`Could not open the program modal: ${String(error)}`);
    await ctx.respond({ response_type: "ephemeral", text: ctx.t("common.error.generic") });
  }
}

/** The "Set up / edit program" button on the App Home dashboard. */
export function openModalAction(deps: Deps) {
  return async ({
    ack,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const { userId, t, to } = await whoClicked(deps, { body, client, respond });
    if (!isProgramManager(deps.db, deps.config, userId)) {
      await replyPrivately(deps, client, to, t("common.error.not_manager"));
      return;
    }
    try {
      await openProgramModal(deps, client, body.trigger_id, t);
    } catch (error) {
      deps.logger.error(`Could not open the program modal: ${String(error)}`);
      await replyPrivately(deps, client, to, t("common.error.generic"));
    }
  };
}

/**
 * Saving the modal. The answer must be the ack itself (errors beside the inputs, or the
 * confirmation view), so validation and the database write happen before it; both are quick.
 */
export function programSubmission(deps: Deps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const firstInput = ids.setup.input.name;
    const submitter = await managerSubmitter(deps, { ack, body, client }, firstInput, "a program submission");
    if (!submitter) return;
    const { userId, t } = submitter;
    const meta = parseValue(view.private_metadata);
    const programId = typeof meta.programId === "number" ? meta.programId : null;
    const result = validateProgram(readProgramForm(view.state.values), {
      now: deps.clock(),
      isNew: programId === null,
    });
    if (!result.ok) {
      await ack({ response_action: "errors", errors: errorsByBlock(t, result.errors) });
      return;
    }

    let program: ReturnType<typeof createProgram> | undefined;
    if (programId === null) {
      if (currentProgram(deps.db)) {
        await ack({
          response_action: "errors",
          errors: { [firstInput]: t.plain("setup.error.program_exists") },
        });
        return;
      }
      program = createProgram(deps.db, result.settings, userId);
    } else {
      const existing = getProgram(deps.db, programId);
      program =
        existing && existing.status !== "closed"
          ? updateProgram(deps.db, programId, result.settings, deps.clock())
          : undefined;
      if (!program) {
        await ack({
          response_action: "errors",
          errors: { [firstInput]: t.plain("setup.error.program_gone") },
        });
        return;
      }
    }
    await ack({
      response_action: "update",
      view: buildProgramSavedView(t, { program, created: programId === null, warnings: result.warnings }),
    });
    await publishHome(deps, client, userId);
  };
}
