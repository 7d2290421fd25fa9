import type { RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Deps } from "../../deps";
import { publishHome } from "../../slack/home";

/** The error code of a Web API platform error (`{ok: false, error}`), if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("error" in data)) return undefined;
  return typeof data.error === "string" ? data.error : undefined;
}

/**
 * Tells the acting user something only they see: through the response_url when the click came
 * with one (commands, message buttons), otherwise (App Home buttons) in the app's DM.
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

/** Refreshes the App Home; a failure there must not undo or hide what was just done. */
export async function refreshHome(deps: Deps, client: WebClient, userId: string): Promise<void> {
  try {
    await publishHome(deps, client, userId);
  } catch (error) {
    deps.logger.warn(`Could not refresh the App Home of ${userId}: ${String(error)}`);
  }
}
