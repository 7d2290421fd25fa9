import type { Deps } from "../../deps";
import { ids } from "../../slack/ids";
import type { Registrar } from "../registrar";
import { announceCommand } from "./announce";
import { managerCommand } from "./managers";
import { openModalAction, programCommand, programSubmission } from "./program";
import { signupAction, signupCommand } from "./signup";

/**
 * Program setup for program managers. The router refuses non-managers for the subcommands;
 * every button and view handler checks again, since Slack payloads can be forged.
 */
export function registerSetup(r: Registrar, deps: Deps): void {
  r.subcommand("program", { managerOnly: true, run: programCommand });
  r.subcommand("signup", { managerOnly: true, run: signupCommand });
  r.subcommand("announce", { managerOnly: true, run: announceCommand });
  r.subcommand("manager", { managerOnly: true, run: managerCommand });
  r.action(ids.setup.openModal, openModalAction(deps));
  r.action(ids.setup.openSignup, signupAction(deps, true));
  r.action(ids.setup.closeSignup, signupAction(deps, false));
  r.view(ids.setup.programView, programSubmission(deps));
}
