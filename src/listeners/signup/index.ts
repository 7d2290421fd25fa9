import type { Deps } from "../../deps";
import { ids } from "../../slack/ids";
import type { Registrar } from "../registrar";
import { joinButton, joinCommand, questionnaireSubmitted, roleSubmitted } from "./join";
import { leaveButton, leaveCancelled, leaveCommand, leaveModalSubmitted } from "./leave";
import { profileCommand } from "./profile";

/** Sign-up: `/mentoring join|profile|leave`, the Join and Leave buttons and the questionnaire modals. */
export function registerSignup(r: Registrar, deps: Deps): void {
  r.subcommand("join", { managerOnly: false, modalFirst: true, run: joinCommand });
  r.subcommand("profile", { managerOnly: false, run: profileCommand });
  r.subcommand("leave", { managerOnly: false, run: leaveCommand });
  r.action(ids.signup.join, joinButton(deps));
  r.action(ids.signup.leave, leaveButton(deps));
  r.action(ids.signup.leaveCancel, leaveCancelled(deps));
  r.view(ids.signup.roleModal, roleSubmitted(deps));
  r.view(ids.signup.questionnaire, questionnaireSubmitted(deps));
  r.view(ids.signup.leaveModal, leaveModalSubmitted(deps));
}
