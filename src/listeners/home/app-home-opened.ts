import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Deps } from "../../deps";
import { publishHome } from "../../services/home";

/** Publishes the Home tab each time it is opened; the Messages tab fires this event too. */
export function appHomeOpened(deps: Deps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    await publishHome({ ...deps, client }, event.user);
  };
}
