import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewOutput,
  ViewResponseAction,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Block, KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../db/queries/managers";
import type { Deps } from "../deps";
import type { Translator } from "../i18n";
import type { Actor, Submitter } from "../services/actor";
import { triggerClient } from "../slack/triggers";
import { translatorFor, translatorWithin } from "../slack/users";

/** A click, with the clicked element and where it was. */
export interface Click extends Actor {
  action: BlockAction["actions"][number];
  /** the clicked button's or option's value */
  value: string | undefined;
  body: BlockAction;
  client: WebClient;
  /** true for clicks in the App Home or a modal (no response_url, no message to update) */
  inView: boolean;
}

/** A view submission: the submitted view and its submitter; the first answer wins, later ones are ignored. */
export interface Submission extends Submitter {
  /** true once the submission has been answered (accepted, refused, updated or pushed) */
  answered(): boolean;
  view: ViewOutput;
  body: ViewSubmitAction;
  client: WebClient;
}

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * A private answer: through the response_url when the request came with one (commands, message
 * buttons); otherwise (App Home, modals: Slack sends no response_url there, and Bolt's respond()
 * throws without one) in the app's DM with the person.
 */
export function privateReply(
  deps: Deps,
  client: WebClient,
  userId: string,
  respond:
    | ((msg: {
        response_type: "ephemeral";
        replace_original: boolean;
        text: string;
        blocks?: (KnownBlock | Block)[];
      }) => Promise<unknown>)
    | undefined,
  replaceOriginal = false,
): Actor["reply"] {
  return async (text, blocks) => {
    const withBlocks = blocks && blocks.length > 0 ? { blocks } : {};
    try {
      if (respond)
        await respond({ response_type: "ephemeral", replace_original: replaceOriginal, text, ...withBlocks });
      else await client.chat.postMessage({ channel: userId, text, ...withBlocks });
    } catch (error) {
      deps.logger.warn(`Could not answer ${userId}: ${String(error)}`);
    }
  };
}

/**
 * Runs the work that follows an acknowledgement. When it throws unexpectedly, the person hears a
 * short apology in their language, privately (`respond` as in privateReply: through the
 * response_url when there is one, else by DM); the error goes on to whoever logs it.
 */
export async function apologizingFor(
  deps: Deps,
  client: WebClient,
  userId: string,
  respond: Parameters<typeof privateReply>[3],
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    await apologize(deps, client, userId, respond);
    throw error;
  }
}

/** The short apology for an unexpected error; never throws (privateReply logs a failed answer). */
async function apologize(
  deps: Deps,
  client: WebClient,
  userId: string,
  respond: Parameters<typeof privateReply>[3],
): Promise<void> {
  try {
    const t = await translatorWithin(deps, client, userId);
    await privateReply(deps, client, userId, respond)(t("common.error.generic"));
  } catch (failure) {
    deps.logger.warn(`Could not apologize to ${userId}: ${String(failure)}`);
  }
}

/** Opens a modal, or says privately that it could not (usually an expired trigger); the view id when it opened. */
export function modalOpener(
  deps: Deps,
  client: WebClient,
  triggerId: string,
  reply: Actor["reply"],
  t: Translator,
): Actor["openModal"] {
  const opener = triggerClient(deps, client);
  return async (view, otherwise) => {
    try {
      const opened = await opener.views.open({ trigger_id: triggerId, view });
      return opened.view?.id ?? "";
    } catch (error) {
      deps.logger.warn(`Could not open the modal ${view.callback_id ?? ""}: ${String(error)}`);
      const answer = otherwise ?? t("common.error.generic");
      if (typeof answer === "string") await reply(answer);
      else await reply(answer.text, answer.blocks);
      return undefined;
    }
  };
}

/**
 * The person's language. `modalFirst`: a modal must open on the request's 3-second trigger, and a
 * rate-limited users.info could outlast it, so the profile is waited for only briefly.
 */
export function languageOf(
  deps: Deps,
  client: WebClient,
  userId: string,
  modalFirst = false,
): Promise<Translator> {
  return modalFirst ? translatorWithin(deps, client, userId) : translatorFor(deps, client, userId);
}

export async function clickOf(
  deps: Deps,
  args: ActionArgs,
  opts: { modalFirst?: boolean } = {},
): Promise<Click> {
  const { body, action, client, respond } = args;
  const userId = body.user.id;
  const t = await languageOf(deps, client, userId, opts.modalFirst);
  const respondHere = body.response_url ? respond : undefined;
  const reply = privateReply(deps, client, userId, respondHere);
  const value =
    action.type === "button"
      ? action.value
      : "selected_option" in action && action.selected_option
        ? action.selected_option.value
        : undefined;
  return {
    userId,
    t,
    isManager: isProgramManager(deps.db, deps.config, userId),
    reply,
    openModal: modalOpener(deps, client, body.trigger_id, reply, t),
    replaceClicked: privateReply(deps, client, userId, respondHere, true),
    action,
    value,
    body,
    client,
    inView: body.container?.type === "view" || body.view !== undefined,
  };
}

export async function submissionOf(deps: Deps, args: ViewArgs): Promise<Submission> {
  const { body, view, client, ack } = args;
  const userId = body.user.id;
  // Slack waits 3 seconds for the answer to a submission: the profile look-up may not outlast that.
  const t = await translatorWithin(deps, client, userId);
  let acked = false;
  const once = async (answer?: ViewResponseAction) => {
    if (acked) return;
    acked = true;
    await (answer ? ack(answer) : ack());
  };
  return {
    userId,
    t,
    isManager: isProgramManager(deps.db, deps.config, userId),
    view,
    body,
    client,
    answered: () => acked,
    refuse: (errors) => once({ response_action: "errors", errors }),
    accept: () => once(),
    update: (next) => once({ response_action: "update", view: next }),
    push: (next) => once({ response_action: "push", view: next }),
    reply: privateReply(deps, client, userId, undefined),
  };
}

export type { Actor, Submitter };
