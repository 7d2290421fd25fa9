import type { Deps } from "../../deps";
import { announceSignup } from "../../services/setup";
import type { Registrar } from "../registrar";
import { parseChannelArg } from "./args";

/** `/mentoring announce [#channel]`: where the manager says, or where they typed it. */
export function registerAnnounce(r: Registrar, deps: Deps): void {
  r.subcommand("announce", {
    managerOnly: true,
    run: (ctx) =>
      announceSignup({ ...deps, client: ctx.client }, ctx, {
        channel: ctx.rest === "" ? { id: ctx.channelId } : parseChannelArg(ctx.rest),
      }),
  });
}
