import type { Deps } from "../../deps";
import { sendNow, showSchedule, showSchedulePage } from "../../services/schedule";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

export function registerSchedule(r: Registrar, deps: Deps): void {
  r.subcommand("schedule", {
    managerOnly: true,
    run: (ctx) => showSchedule({ ...deps, client: ctx.client }, ctx),
  });
  r.click(
    ids.rhythm.sendNow,
    async (click) => {
      const input = values.rhythm.sendNow.parse(click.value);
      if (!input) {
        deps.logger.warn(`Ignored a send-now click with value ${String(click.value)}`);
        return;
      }
      await sendNow({ ...deps, client: click.client }, click, { key: input.k });
    },
    { managerOnly: true },
  );
  r.click(
    ids.rhythm.schedulePage,
    async (click) => {
      const input = values.rhythm.schedulePage.parse(click.value);
      if (!input) deps.logger.warn(`Ignored a schedule page click with value ${String(click.value)}`);
      else await showSchedulePage({ ...deps, client: click.client }, click, { offset: input.o });
    },
    { managerOnly: true, family: true },
  );
}
