import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { ModalView } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { ensureDraft, findParticipant, ratingsFor, saveSignup } from "../../db/queries/participants";
import { currentProgram, type Program } from "../../db/queries/programs";
import type { Role } from "../../db/schema";
import type { Deps } from "../../deps";
import { isRole, joinGate, localDate, statusAfterSubmit, validateSignup } from "../../domain/signup";
import type { Translator } from "../../i18n";
import { enqueue } from "../../outbox/enqueue";
import { publishHome } from "../../services/home";
import { ids } from "../../slack/ids";
import { translatorFor, translatorWithin } from "../../slack/users";
import {
  buildInfoModal,
  buildQuestionnaire,
  buildRoleModal,
  parseQuestionnaireMeta,
  parseRoleModalMeta,
  readQuestionnaire,
  readRole,
  slackErrors,
} from "../../slack/views/signup";
import {
  buildSignupDm,
  closedText,
  confirmationDmOp,
  type SignupChange,
  signupBatch,
} from "../../slack/views/signupMessages";
import type { SubcommandContext } from "../commands/router";
import { privateAnswer } from "../reply";

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

function today(deps: Deps, program: Program): string {
  return localDate(deps.clock(), program.timezone);
}

/**
 * Decides what `join` shows: the role choice, the role's questionnaire (prefilled when there are
 * answers) or a reply saying why not. Opens the modal before any other work: the trigger is short-lived.
 */
async function startJoin(
  deps: Deps,
  client: WebClient,
  input: { userId: string; triggerId: string; t: Translator; role: Role | undefined },
  reply: (mrkdwn: string) => Promise<void>,
): Promise<void> {
  const { userId, triggerId, t } = input;
  const program = currentProgram(deps.db);
  if (!program) return reply(t("common.error.no_program"));
  const participant = findParticipant(deps.db, program.id, userId);
  const gate = joinGate(program, participant, today(deps, program));
  if (gate.kind === "matched") return reply(t("signup.matched", { program: program.name }));
  if (gate.kind === "closed") return reply(closedText(t, program, today(deps, program)));

  const role = input.role ?? (gate.kind === "edit" ? gate.role : undefined);
  let view: ModalView;
  if (role) {
    const ratings = participant ? ratingsFor(deps.db, [participant.id]).get(participant.id) : undefined;
    view = buildQuestionnaire(t, program, role, {
      ...(participant ? { existing: participant } : {}),
      ...(ratings ? { ratings } : {}),
      editing: gate.kind === "edit",
    });
  } else {
    view = buildRoleModal(t, program, participant?.role);
  }
  try {
    await client.views.open({ trigger_id: triggerId, view });
  } catch (error) {
    // Usually an expired trigger (slow network): say so instead of leaving the person waiting.
    deps.logger.warn(`Opening the sign-up modal for ${userId} failed: ${String(error)}`);
    await reply(t("common.error.generic")).catch(() => undefined);
    return;
  }
  // Program managers see who started: a chosen role leaves a draft until the answers arrive.
  if (role && gate.kind === "new") ensureDraft(deps.db, program.id, userId, role, deps.clock());
}

export async function joinCommand(ctx: SubcommandContext): Promise<void> {
  const arg = ctx.args[0]?.toLowerCase();
  const role = isRole(arg) ? arg : undefined;
  await startJoin(
    ctx.deps,
    ctx.client,
    { userId: ctx.userId, triggerId: ctx.triggerId, t: ctx.t, role },
    async (text) => {
      await ctx.respond({ response_type: "ephemeral", text });
    },
  );
}

/**
 * The Join button (announcement, App Home, profile's Edit); its value may name a role. In a rush
 * users.info is rate-limited and a 429 would outlast the trigger: the modal waits for the profile's
 * language only briefly (translatorWithin), else opens in the one known already.
 */
export function joinButton(deps: Deps) {
  return async (args: ActionArgs) => {
    const { ack, body, action, client } = args;
    await ack();
    const userId = body.user.id;
    const t = await translatorWithin(deps, client, userId);
    const value = "value" in action ? action.value : undefined;
    const role = isRole(value) ? value : undefined;
    const answer = privateAnswer(deps, args);
    await startJoin(deps, client, { userId, triggerId: body.trigger_id, t, role }, async (text) => {
      // An info modal while the trigger lasts; else (e.g. it was spent) the private answer.
      try {
        await client.views.open({ trigger_id: body.trigger_id, view: buildInfoModal(t, text) });
      } catch {
        await answer({ text });
      }
    });
  };
}

/** The programme this submission belongs to, if it is still the current one. */
function programOf(deps: Deps, programId: number): Program | undefined {
  const program = currentProgram(deps.db);
  return program && program.id === programId ? program : undefined;
}

/** Role chosen: the modal turns into that role's questionnaire. */
export function roleSubmitted(deps: Deps) {
  return async ({ ack, body, view, client }: ViewArgs) => {
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const meta = parseRoleModalMeta(view.private_metadata);
    const role = readRole(view.state.values);
    if (!role) {
      await ack({
        response_action: "errors",
        errors: { [ids.signup.roleInput]: t.plain("signup.error.required") },
      });
      return;
    }
    const program = meta ? programOf(deps, meta.programId) : undefined;
    if (!program) {
      await ack({ response_action: "update", view: buildInfoModal(t, t("common.error.no_program")) });
      return;
    }
    const participant = findParticipant(deps.db, program.id, userId);
    const gate = joinGate(program, participant, today(deps, program));
    if (gate.kind === "matched" || gate.kind === "closed") {
      const text =
        gate.kind === "matched"
          ? t("signup.matched", { program: program.name })
          : closedText(t, program, today(deps, program));
      await ack({ response_action: "update", view: buildInfoModal(t, text) });
      return;
    }
    const existing =
      gate.kind === "new" ? ensureDraft(deps.db, program.id, userId, role, deps.clock()) : participant;
    const ratings = existing ? ratingsFor(deps.db, [existing.id]).get(existing.id) : undefined;
    await ack({
      response_action: "update",
      view: buildQuestionnaire(t, program, role, {
        ...(existing ? { existing } : {}),
        ...(ratings ? { ratings } : {}),
        editing: gate.kind === "edit",
      }),
    });
  };
}

/**
 * A filled-in questionnaire: errors inline, or stored with its confirmation DM queued in the outbox
 * (one per submitted view), and the App Home refreshed.
 */
export function questionnaireSubmitted(deps: Deps) {
  return async ({ ack, body, view, client }: ViewArgs) => {
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const meta = parseQuestionnaireMeta(view.private_metadata);
    const program = meta ? programOf(deps, meta.programId) : undefined;
    if (!meta || !program) {
      await ack({ response_action: "update", view: buildInfoModal(t, t("common.error.no_program")) });
      return;
    }
    const raw = readQuestionnaire(view.state.values, program.topics);
    const result = validateSignup(meta.role, raw, { userId, topics: program.topics });
    if (!result.ok) {
      await ack({ response_action: "errors", errors: slackErrors(t, result.errors) });
      return;
    }
    const before = findParticipant(deps.db, program.id, userId);
    const gate = joinGate(program, before, today(deps, program));
    if (gate.kind === "matched" || gate.kind === "closed") {
      const text =
        gate.kind === "matched"
          ? t("signup.matched", { program: program.name })
          : closedText(t, program, today(deps, program));
      await ack({ response_action: "update", view: buildInfoModal(t, text) });
      return;
    }
    const change: SignupChange =
      gate.kind === "edit" ? (gate.role === meta.role ? "updated" : "switched") : "new";
    deps.db.transaction(() => {
      const saved = saveSignup(
        deps.db,
        program.id,
        userId,
        result.answers,
        statusAfterSubmit(before?.status),
        deps.clock(),
      );
      const dm = buildSignupDm(t, program, saved, change, today(deps, program));
      enqueue(deps.db, signupBatch(program.id), [confirmationDmOp(program.id, userId, view.id, dm)]);
    });
    await ack();
    deps.wakeOutbox();
    await publishHome({ ...deps, client }, userId);
  };
}
