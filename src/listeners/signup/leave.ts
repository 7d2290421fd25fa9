import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { findParticipant, withdrawParticipant } from "../../db/queries/participants";
import { currentProgram, type Program } from "../../db/queries/programs";
import type { Deps } from "../../deps";
import { leaveGate } from "../../domain/signup";
import type { Translator } from "../../i18n";
import { enqueue } from "../../outbox/enqueue";
import { publishHome } from "../../services/home";
import { translatorFor } from "../../slack/users";
import { buildInfoModal, buildLeaveModal } from "../../slack/views/signup";
import {
  buildLeaveConfirm,
  buildWithdrawnDm,
  confirmationDmOp,
  signupBatch,
} from "../../slack/views/signupMessages";
import type { SubcommandContext } from "../commands/router";
import { privateAnswer } from "../reply";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

type LeaveCheck = { ok: true; program: Program; participantId: number } | { ok: false; text: string };

function checkLeave(deps: Deps, t: Translator, userId: string): LeaveCheck {
  const program = currentProgram(deps.db);
  if (!program) return { ok: false, text: t("common.error.no_program") };
  const participant = findParticipant(deps.db, program.id, userId);
  const gate = leaveGate(participant);
  if (gate === "not_signed_up" || !participant) {
    return { ok: false, text: t("signup.leave.not_signed_up", { program: program.name }) };
  }
  if (gate === "matched") return { ok: false, text: t("signup.leave.matched", { program: program.name }) };
  return { ok: true, program, participantId: participant.id };
}

/** Withdraws, queues the DM that tells the person (keyed by the withdrawal) and refreshes their App Home. */
async function withdraw(
  deps: Deps,
  client: WebClient,
  t: Translator,
  userId: string,
  check: LeaveCheck & { ok: true },
) {
  const { id: programId } = check.program;
  deps.db.transaction(() => {
    const withdrawn = withdrawParticipant(deps.db, check.participantId, deps.clock());
    const occasion = `withdrawn:${withdrawn?.withdrawnAt ?? deps.clock().toISOString()}`;
    const dm = buildWithdrawnDm(t, check.program);
    enqueue(deps.db, signupBatch(programId), [confirmationDmOp(programId, userId, occasion, dm)]);
  });
  deps.wakeOutbox();
  await publishHome({ ...deps, client }, userId);
}

/** `/mentoring leave`: asks first, with a danger button. */
export async function leaveCommand(ctx: SubcommandContext): Promise<void> {
  const check = checkLeave(ctx.deps, ctx.t, ctx.userId);
  if (!check.ok) {
    await ctx.respond({ response_type: "ephemeral", text: check.text });
    return;
  }
  const confirm = buildLeaveConfirm(ctx.t, check.program);
  await ctx.respond({ response_type: "ephemeral", text: confirm.text, blocks: confirm.blocks });
}

/**
 * The Leave button. With value "confirm" (the confirmation's danger button) it withdraws; anywhere
 * else (profile, App Home) it asks first: in the conversation when there is one, else in a modal.
 */
export function leaveButton(deps: Deps) {
  return async ({ ack, body, action, client, respond }: ActionArgs) => {
    await ack();
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const inMessage = body.container.type === "message" && Boolean(body.response_url);
    const confirmed = "value" in action && action.value === "confirm";
    const program = currentProgram(deps.db);
    const already = program ? findParticipant(deps.db, program.id, userId) : undefined;
    if (confirmed && program && already?.status === "withdrawn" && inMessage) {
      // A second click on the same confirmation: it is done already.
      await respond({ replace_original: true, text: t("signup.leave.done", { program: program.name }) });
      return;
    }
    const check = checkLeave(deps, t, userId);
    if (!check.ok) {
      if (inMessage) await respond({ response_type: "ephemeral", replace_original: false, text: check.text });
      else await client.views.open({ trigger_id: body.trigger_id, view: buildInfoModal(t, check.text) });
      return;
    }
    if (!confirmed) {
      if (inMessage) {
        const confirm = buildLeaveConfirm(t, check.program);
        await respond({ response_type: "ephemeral", replace_original: false, ...confirm });
      } else {
        await client.views.open({ trigger_id: body.trigger_id, view: buildLeaveModal(t, check.program) });
      }
      return;
    }
    if (inMessage) {
      await respond({
        replace_original: true,
        text: t("signup.leave.done", { program: check.program.name }),
      });
    }
    await withdraw(deps, client, t, userId, check);
  };
}

export function leaveCancelled(deps: Deps) {
  return async ({ ack, body, client, respond }: ActionArgs) => {
    await ack();
    const t = await translatorFor(deps, client, body.user.id);
    const program = currentProgram(deps.db);
    await privateAnswer(deps, { body, client, respond })({
      replace: true,
      text: t("signup.leave.cancelled", { program: program?.name ?? "" }),
    });
  };
}

/** The confirmation modal (from the App Home) was submitted. */
export function leaveModalSubmitted(deps: Deps) {
  return async ({ ack, body, client }: ViewArgs) => {
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const check = checkLeave(deps, t, userId);
    if (!check.ok) {
      await ack({ response_action: "update", view: buildInfoModal(t, check.text) });
      return;
    }
    await ack();
    await withdraw(deps, client, t, userId, check);
  };
}
