import type { Deps } from "../../deps";
import { retryLaunch, showLaunchStatus } from "../../services/launch";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

export function registerLaunch(r: Registrar, deps: Deps): void {
  r.subcommand("launch", { managerOnly: true, run: (ctx) => showLaunchStatus(deps, ctx) });
  r.click(
    ids.launch.retry,
    async (click) => {
      const batch = values.launch.retry.parse(click.value)?.batch;
      if (batch) await retryLaunch({ ...deps, client: click.client }, click, { batch, inHome: click.inView });
    },
    { managerOnly: true },
  );
}
