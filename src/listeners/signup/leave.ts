import type { Deps } from "../../deps";
import { cancelLeave, leaveProgram, submitLeave } from "../../services/profile";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

/** `/mentoring leave`, the Leave button (asking, or confirming), its Cancel and the App Home's modal. */
export function registerLeave(r: Registrar, deps: Deps): void {
  r.subcommand("leave", {
    managerOnly: false,
    run: (ctx) =>
      leaveProgram({ ...deps, client: ctx.client }, ctx, { confirmed: false, inConversation: true }),
  });
  r.click(ids.signup.leave, (click) =>
    leaveProgram({ ...deps, client: click.client }, click, {
      confirmed: values.signup.leave.parse(click.value) === "confirm",
      // A message's button: Slack gives a response_url to answer (and replace the message) with.
      inConversation: click.body.container?.type === "message" && Boolean(click.body.response_url),
    }),
  );
  r.click(ids.signup.leaveCancel, (click) => cancelLeave({ ...deps, client: click.client }, click));
  r.submission(ids.signup.leaveModal, (submission) =>
    submitLeave({ ...deps, client: submission.client }, submission),
  );
}
