import type { Deps } from "../../deps";
import { showProfile } from "../../services/profile";
import type { Registrar } from "../registrar";
import { registerJoin } from "./join";
import { registerLeave } from "./leave";

/** Sign-up: `/mentoring join|profile|leave`, the Join and Leave buttons and the questionnaire modals. */
export function registerSignup(r: Registrar, deps: Deps): void {
  registerJoin(r, deps);
  r.subcommand("profile", {
    managerOnly: false,
    run: (ctx) => showProfile({ ...deps, client: ctx.client }, ctx),
  });
  registerLeave(r, deps);
}
