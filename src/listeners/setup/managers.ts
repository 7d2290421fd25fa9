import type { Deps } from "../../deps";
import { addManagers, listManagers } from "../../services/managers";
import type { Registrar } from "../registrar";
import { parseUserArgs } from "./args";

/** `/mentoring manager add @person …` and `/mentoring manager list`. */
export function registerManagers(r: Registrar, deps: Deps): void {
  r.subcommand("manager", {
    managerOnly: true,
    run: (ctx) => {
      const workerDeps = { ...deps, client: ctx.client };
      const verb = (ctx.args[0] ?? "list").toLowerCase();
      if (verb === "list") return listManagers(workerDeps, ctx);
      const userIds = verb === "add" ? parseUserArgs(ctx.rest.replace(/^\S+/, "")) : [];
      if (userIds.length === 0) return ctx.reply(ctx.t("setup.manager.usage"));
      return addManagers(workerDeps, ctx, { userIds });
    },
  });
}
