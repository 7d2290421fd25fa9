import type { Deps } from "../../deps";
import { pauseHere, resumeHere, submitPause } from "../../services/pause";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

export function registerPause(r: Registrar, deps: Deps): void {
  r.subcommand("pause", {
    managerOnly: false,
    run: (ctx) => pauseHere({ ...deps, client: ctx.client }, ctx, { channelId: ctx.channelId }),
  });
  r.subcommand("resume", {
    managerOnly: false,
    run: (ctx) => resumeHere({ ...deps, client: ctx.client }, ctx, { channelId: ctx.channelId }),
  });
  r.submission(ids.rhythm.pauseModal, (submission) =>
    submitPause({ ...deps, client: submission.client }, submission, {
      tandemId: values.rhythm.pauseModal.parse(submission.view.private_metadata)?.t,
      values: submission.view.state.values,
    }),
  );
}
