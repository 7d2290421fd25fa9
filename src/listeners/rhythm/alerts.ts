import type { Deps } from "../../deps";
import { followUpAlert } from "../../services/alerts";
import { showAtRiskPage } from "../../services/home";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

export function registerAlerts(r: Registrar, deps: Deps): void {
  r.click(
    ids.rhythm.alertFollowUp,
    async (click) => {
      const input = values.rhythm.alertFollowUp.parse(click.value);
      if (!input) deps.logger.warn(`Ignored an alert follow-up with value ${String(click.value)}`);
      else await followUpAlert({ ...deps, client: click.client }, click, input);
    },
    { managerOnly: true, family: true },
  );
  r.click(
    ids.rhythm.atRiskPage,
    async (click) => {
      const input = values.rhythm.atRiskPage.parse(click.value);
      if (!input) deps.logger.warn(`Ignored an at-risk page click with value ${String(click.value)}`);
      else await showAtRiskPage({ ...deps, client: click.client }, click, { offset: input.o });
    },
    { managerOnly: true },
  );
}
