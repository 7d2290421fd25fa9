import type { RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Deps } from "../deps";

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
