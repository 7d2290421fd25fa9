import type { Deps } from "../../deps";
import { changeSignup } from "../../services/setup";
import { ids } from "../../slack/ids";
import type { Registrar } from "../registrar";

/** `/mentoring signup open|close` and the App Home's open/close sign-up buttons. */
export function registerSignupSwitch(r: Registrar, deps: Deps): void {
  r.subcommand("signup", {
    managerOnly: true,
    run: (ctx) => {
      const verb = (ctx.args[0] ?? "").toLowerCase();
      const open = verb === "open" ? true : verb === "close" ? false : undefined;
      if (open === undefined) return ctx.reply(ctx.t("setup.signup.usage"));
      return changeSignup({ ...deps, client: ctx.client }, ctx, { open });
    },
  });
  const managerOnly = { managerOnly: true };
  r.click(
    ids.setup.openSignup,
    (click) => changeSignup({ ...deps, client: click.client }, click, { open: true }),
    managerOnly,
  );
  r.click(
    ids.setup.closeSignup,
    (click) => changeSignup({ ...deps, client: click.client }, click, { open: false }),
    managerOnly,
  );
}
