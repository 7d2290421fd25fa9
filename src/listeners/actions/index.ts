import type { App } from "@slack/bolt";
import type { Deps } from "../../deps";

export function registerActions(_app: App, _deps: Deps): void {
  // Each feature registers its actions here.
}
