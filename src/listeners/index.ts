import type { App } from "@slack/bolt";
import type { Deps } from "../deps";
import type { AfterAckQueue } from "./afterAck";
import { registerClose } from "./close";
import { mentoringCommand } from "./commands/router";
import { registerHome } from "./home";
import { registerLaunch } from "./launch";
import { registerMatching } from "./matching";
import { registerNotices } from "./notices";
import { Registrar } from "./registrar";
import { registerRhythm } from "./rhythm";
import { registerSetup } from "./setup";
import { registerSignup } from "./signup";
import { registerSteering } from "./steering";
import { registerTrust } from "./trust";

/**
 * One module per feature; each registers its subcommands, actions, views and events. afterAck:
 * where work after an acknowledgement runs (listeners/afterAck.ts); the app tells it when a
 * request arrives.
 */
export function registerListeners(app: App, deps: Deps, afterAck: AfterAckQueue): Registrar {
  const r = new Registrar(app, deps, afterAck.run);
  registerSetup(r, deps);
  registerSignup(r, deps);
  registerHome(r, deps);
  registerMatching(r, deps);
  registerLaunch(r, deps);
  registerRhythm(r, deps);
  registerSteering(r, deps);
  registerClose(r, deps);
  registerTrust(r, deps);
  registerNotices(r, deps);
  r.install();
  r.command("/mentoring", mentoringCommand(deps, r.subcommands, afterAck.run));
  return r;
}
