import type {
  AllMiddlewareArgs,
  BlockAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Block, KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../db/queries/managers";
import type { Deps } from "../deps";
import type { Translator } from "../i18n";
import { translatorFor } from "../slack/users";

/**
 * Tells the acting user something only they see: through the response_url when the request came
 * with one (commands, message buttons), otherwise (App Home buttons, modals) in the app's DM.
 */
export async function replyPrivately(
  deps: Deps,
  client: WebClient,
  to: { userId: string; respond?: RespondFn | undefined },
  text: string,
): Promise<void> {
  try {
    if (to.respond) await to.respond({ response_type: "ephemeral", replace_original: false, text });
    else await client.chat.postMessage({ channel: to.userId, text });
  } catch (error) {
    deps.logger.warn(`Could not reply to ${to.userId}: ${String(error)}`);
  }
}

/** What privateAnswer sends: replace swaps the clicked message when there is one to swap. */
export interface PrivateAnswer {
  text: string;
  blocks?: (KnownBlock | Block)[];
  replace?: boolean;
}

/**
 * Answers only the clicker. Slack sends a response_url with clicks in messages only, not with
 * clicks in the App Home or in modals, and Bolt's respond() throws without one: there the answer
 * goes to the app's DM instead. Failures are logged, never thrown.
 */
export function privateAnswer(
  deps: Deps,
  {
    body,
    client,
    respond,
  }: Pick<SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs, "body" | "client" | "respond">,
): (answer: PrivateAnswer) => Promise<void> {
  const userId = body.user.id;
  return async ({ text, blocks, replace = false }) => {
    try {
      if (body.response_url) {
        await respond({
          response_type: "ephemeral",
          replace_original: replace,
          text,
          ...(blocks && blocks.length > 0 ? { blocks } : {}),
        });
      } else {
        await client.chat.postMessage({
          channel: userId,
          text,
          ...(blocks && blocks.length > 0 ? { blocks } : {}),
        });
      }
    } catch (error) {
      deps.logger.warn(`Could not answer ${userId}: ${String(error)}`);
    }
  };
}

/** Who clicked, in their language, and where an answer only they see goes. */
export async function whoClicked(
  deps: Deps,
  {
    body,
    client,
    respond,
  }: Pick<SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs, "body" | "client" | "respond">,
): Promise<{ userId: string; t: Translator; to: { userId: string; respond: RespondFn | undefined } }> {
  const userId = body.user.id;
  const t = await translatorFor(deps, client, userId);
  return { userId, t, to: { userId, respond: body.response_url ? respond : undefined } };
}

/**
 * The submitter of a view only program managers may submit, in their language; anyone else is
 * refused beside the given input (a submission can be forged) and undefined is returned.
 */
export async function managerSubmitter(
  deps: Deps,
  {
    ack,
    body,
    client,
  }: Pick<SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs, "ack" | "body" | "client">,
  refuseAt: string,
  what: string,
): Promise<{ userId: string; t: Translator } | undefined> {
  const userId = body.user.id;
  const t = await translatorFor(deps, client, userId);
  if (isProgramManager(deps.db, deps.config, userId)) return { userId, t };
  deps.logger.warn(`Refused ${what} from ${userId}, who is not a program manager`);
  await ack({ response_action: "errors", errors: { [refuseAt]: t.plain("common.error.not_manager") } });
  return undefined;
}
