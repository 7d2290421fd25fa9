import type { Deps } from "../../deps";
import { removeManagers } from "../../services/managerRemoval";
import { addManagers, listManagers } from "../../services/managers";
import type { Registrar } from "../registrar";
import { parseUserArgs } from "./args";

/** `/mentoring manager add @person …`, `/mentoring manager remove @person …` and `/mentoring manager list`. */
export function registerManagers(r: Registrar, deps: Deps): void {
  r.subcommand("manager", {
    managerOnly: true,
    run: (ctx) => {
      const workerDeps = { ...deps, client: ctx.client };
      const verb = (ctx.args[0] ?? "list").toLowerCase();
      if (verb === "list") return listManagers(workerDeps, ctx);
      const userIds = verb === "add" || verb === "remove" ? parseUserArgs(ctx.rest.replace(/^\S+/, "")) : [];
      if (verb === "remove" && userIds.length === 0) return ctx.reply(ctx.t("trust.manager.remove_usage"));
      if (userIds.length === 0) return ctx.reply(ctx.t("setup.manager.usage"));
      if (verb === "remove") return removeManagers(workerDeps, ctx, { userIds });
      return addManagers(workerDeps, ctx, { userIds });
    },
  });
}
