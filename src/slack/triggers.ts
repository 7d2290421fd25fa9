import { WebClient } from "@slack/web-api";
import type { Deps } from "../deps";

const clients = new WeakMap<WebClient, WebClient>();

/**
 * The client that opens modals on a trigger: a 429 comes back at once instead of pausing the shared
 * client's queue for its Retry-After, which a 3-second trigger cannot outlive (the Join rush), so
 * the person is told at once and can try again with a fresh trigger.
 */
export function triggerClient(deps: Deps, client: WebClient): WebClient {
  let opener = clients.get(client);
  if (!opener) {
    opener = new WebClient(client.token, {
      slackApiUrl: client.slackApiUrl,
      logger: deps.logger,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 300 },
    });
    clients.set(client, opener);
  }
  return opener;
}
