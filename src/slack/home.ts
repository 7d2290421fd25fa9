import type { WebClient } from "@slack/web-api";
import type { Deps } from "../deps";

/**
 * Builds and publishes a user's App Home (participant status, and the dashboard for program
 * managers). Every feature that changes what someone's home shows calls this afterwards.
 */
export async function publishHome(_deps: Deps, _client: WebClient, _userId: string): Promise<void> {
  // Filled in by the App Home feature.
}
