import type { App } from "@slack/bolt";
import type { Deps } from "../../deps";

export function registerViews(_app: App, _deps: Deps): void {
  // Each feature registers its view submissions here.
}
