import type { Deps } from "../../deps";
import { pauseFromButton, pauseHere, resumeFromButton, resumeHere, submitPause } from "../../services/pause";
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
  r.click(
    ids.rhythm.pauseOpen,
    (click) =>
      pauseFromButton({ ...deps, client: click.client }, click, {
        tandemId: values.rhythm.pauseOpen.parse(click.value)?.t,
      }),
    { modalFirst: true },
  );
  r.click(ids.rhythm.resumeNow, (click) =>
    resumeFromButton({ ...deps, client: click.client }, click, {
      tandemId: values.rhythm.resumeNow.parse(click.value)?.t,
    }),
  );
  r.submission(ids.rhythm.pauseModal, (submission) =>
    submitPause({ ...deps, client: submission.client }, submission, {
      tandemId: values.rhythm.pauseModal.parse(submission.view.private_metadata)?.t,
      values: submission.view.state.values,
    }),
  );
}
