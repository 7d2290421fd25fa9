import type { Deps } from "../../deps";
import { isRole } from "../../domain/signup";
import { chooseRole, startJoin, submitQuestionnaire } from "../../services/signup";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readRole } from "../../slack/views/signup";
import type { Click } from "../interaction";
import type { Registrar } from "../registrar";

/**
 * `/mentoring join [role]`, the Join button (announcement, App Home, profile's Edit; its value may
 * name a role), the role modal and the questionnaire. Both ways in open a modal on a 3-second
 * trigger, so the person's language is waited for only briefly (modalFirst).
 */
export function registerJoin(r: Registrar, deps: Deps): void {
  r.subcommand("join", {
    managerOnly: false,
    modalFirst: true,
    run: (ctx) => {
      const arg = ctx.args[0]?.toLowerCase();
      const role = isRole(arg) ? arg : undefined;
      return startJoin({ ...deps, client: ctx.client }, ctx, { role, from: "command" });
    },
  });
  // The Join button, and the "Try again" after its form could not open: the same step again.
  for (const [id, codec] of [
    [ids.signup.join, values.signup.join],
    [ids.signup.joinRetry, values.signup.joinRetry],
  ] as const) {
    const run = (click: Click) =>
      startJoin({ ...deps, client: click.client }, click, { role: codec.parse(click.value), from: "button" });
    r.click(id, run, { modalFirst: true });
  }
  r.submission(ids.signup.roleModal, (submission) =>
    chooseRole({ ...deps, client: submission.client }, submission, {
      programId: values.signup.roleModal.parse(submission.view.private_metadata)?.programId,
      role: readRole(submission.view.state.values),
    }),
  );
  r.submission(ids.signup.questionnaire, (submission) =>
    submitQuestionnaire({ ...deps, client: submission.client }, submission, {
      form: values.signup.questionnaire.parse(submission.view.private_metadata),
      values: submission.view.state.values,
      viewId: submission.view.id,
    }),
  );
}
