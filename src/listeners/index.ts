import type { App } from "@slack/bolt";
import type { Deps } from "../deps";
import { registerActions } from "./actions";
import { registerCommands } from "./commands";
import { registerEvents } from "./events";
import { Registrar } from "./registrar";
import { registerViews } from "./views";

export function registerListeners(app: App, deps: Deps): Registrar {
  const r = new Registrar(app);
  registerCommands(r, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(r, deps);
  return r;
}
