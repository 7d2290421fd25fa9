import type { AllMiddlewareArgs, BlockAction, RespondFn, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
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
