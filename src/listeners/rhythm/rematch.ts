import type { Deps } from "../../deps";
import { decideRematch, openRematchModal, submitRematchRequest } from "../../services/rematch";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readRematchReason } from "../../slack/views/rhythmRematch";
import type { Registrar } from "../registrar";

export function registerRematch(r: Registrar, deps: Deps): void {
  r.subcommand("rematch", {
    managerOnly: false,
    run: (ctx) => openRematchModal({ ...deps, client: ctx.client }, ctx, { channelId: ctx.channelId }),
  });
  r.click(ids.rhythm.rematchOpen, (click) =>
    openRematchModal({ ...deps, client: click.client }, click, {
      tandemId: values.rhythm.rematchOpen.parse(click.value)?.t,
    }),
  );
  r.submission(ids.rhythm.rematchModal, (submission) =>
    submitRematchRequest({ ...deps, client: submission.client }, submission, {
      tandemId: values.rhythm.rematchModal.parse(submission.view.private_metadata)?.t,
      reason: readRematchReason(submission.view.state.values),
    }),
  );
  r.click(
    ids.rhythm.rematchDecision,
    async (click) => {
      const input = values.rhythm.rematchDecision.parse(click.value);
      if (!input) {
        deps.logger.warn(`Ignored a rematch decision with value ${String(click.value)}`);
        return;
      }
      const decision = { requestId: input.r, approve: input.d === "approve" };
      await decideRematch({ ...deps, client: click.client }, click, decision);
    },
    { managerOnly: true, family: true },
  );
}
