import type { Deps } from "../../deps";
import { addPlanGoal, openPlanModal, submitPlan } from "../../services/plan";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readPlanForm } from "../../slack/views/rhythmPlan";
import type { Registrar } from "../registrar";

export function registerPlan(r: Registrar, deps: Deps): void {
  r.subcommand("plan", {
    managerOnly: false,
    run: (ctx) => openPlanModal({ ...deps, client: ctx.client }, ctx, { channelId: ctx.channelId }),
  });
  r.click(ids.rhythm.planOpen, (click) =>
    openPlanModal({ ...deps, client: click.client }, click, {
      channelId: click.body.channel?.id ?? click.body.container?.channel_id ?? "",
    }),
  );
  r.click(
    ids.rhythm.planAddGoal,
    (click) => {
      const view = click.body.view;
      const where = view?.id
        ? { viewId: view.id, metadata: view.private_metadata }
        : { channelId: click.body.channel?.id ?? click.body.container?.channel_id ?? "" };
      return addPlanGoal({ ...deps, client: click.client }, click, where);
    },
    { modalFirst: true },
  );
  r.submission(ids.rhythm.planModal, (submission) => {
    const meta = values.rhythm.planModal.parse(submission.view.private_metadata);
    return submitPlan({ ...deps, client: submission.client }, submission, {
      tandemId: meta?.tandem,
      openedVersion: meta?.v ?? 0,
      form: readPlanForm(submission.view.state.values),
    });
  });
}
