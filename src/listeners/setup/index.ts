import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";
import { registerAnnounce } from "./announce";
import { registerManagers } from "./managers";
import { registerProgram } from "./program";
import { registerSignupSwitch } from "./signup";

/**
 * Program setup, for program managers only: the router refuses anyone else at the subcommands,
 * the Registrar at every button and submission (Slack payloads can be forged).
 */
export function registerSetup(r: Registrar, deps: Deps): void {
  registerProgram(r, deps);
  registerSignupSwitch(r, deps);
  registerAnnounce(r, deps);
  registerManagers(r, deps);
}
